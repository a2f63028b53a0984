using Modellregion.Web.Features.Board;
using Modellregion.Web.Features.Directory;
using Modellregion.Web.Features.Funding;
using Modellregion.Web.Features.News;
using Modellregion.Web.Features.Projects;
using Modellregion.Web.Features.Regions;
using Modellregion.Web.Features.Transfer;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Data.Seeding;

/// <summary>
/// The training region ("Übungsregion"): a fictional region with its own fictional programme, organisations, people,
/// board and solutions, flagged <c>IsExample</c>. The real programme's fund requests and proofs are not public, so
/// without it the office's daily work could not be tried on a fresh start. Its projects stand at every stage of the
/// lifecycle; every date is relative to the day of seeding, so that "overdue" and "due soon" hold whenever the data is
/// loaded. Money follows the rules of the use cases: accounts match the fund requests, requests never exceed the grant,
/// each lifecycle step is an allowed one and recorded with its date.
/// </summary>
public sealed partial class DemoData
{
    public const string TrainingRegionSlug = "uebungsregion";

    /// <summary>Who recorded the training data (shown in histories).</summary>
    public const string TrainingActor = "Beispieldaten (Übungsregion)";

    /// <summary>The municipality of Kreis Höxter whose (fictional) reuse of the training Kita solution shows matchmaking by neighbourhood.</summary>
    public const string TrainingReuseAgs = "05762028";

    private Task AddTrainingRegionAsync(CancellationToken cancellationToken) => new TrainingRegion(this, db).AddAsync(cancellationToken);

    private sealed class TrainingRegion(DemoData demo, AppDbContext db)
    {
        private readonly DateOnly _today = db.Today;
        private readonly Dictionary<string, Organisation> _organisations = [];
        private readonly Dictionary<string, BoardMembership> _seats = [];
        private Programme _programme = null!;
        private Region _region = null!;
        private Board _board = null!;

        public async Task AddAsync(CancellationToken cancellationToken)
        {
            AddProgramme();
            AddOrganisations();

            // The organisations first: the region names its lead, and they belong to the region.
            await db.SaveChangesAsync(cancellationToken);
            AddRegion();
            AddBoard();
            var projects = AddProjects();
            AddMeetings(projects);
            var solutions = AddSolutions(projects);
            AddTransfer(solutions);
            AddNews(projects);
            await db.SaveChangesAsync(cancellationToken);
        }

        // ------------------------------------------------------------------ dates

        /// <summary>A day relative to the day of seeding.</summary>
        private DateOnly Day(int days) => _today.AddDays(days);

        /// <summary>A moment (UTC) on a day relative to the day of seeding, at a Berlin hour.</summary>
        private DateTime At(int days, int hour = 10) => Formatting.BerlinToUtc(Day(days), new TimeOnly(hour, 0));

        private static DateOnly EndOfMonth(DateOnly day) => new DateOnly(day.Year, day.Month, 1).AddMonths(1).AddDays(-1);

        // ------------------------------------------------------------------ programme, organisations, region

        private void AddProgramme()
        {
            _programme = new Programme
            {
                Slug = "uebungsprogramm",
                Name = "Übungsprogramm (Beispieldaten)",
                ShortName = "Übungsprogramm",
                Funder = "Fiktiver Fördergeber der Übungsregion",
                Description =
                    "Ein **erfundenes Förderprogramm** für die Übungsregion. Es folgt den Förderregeln der Digitalen Modellregionen in NRW " +
                    "(Förderquoten, Zwei-Monats-Regel für Mittelabrufe, Zwischennachweis bis 30. April, Verwendungsnachweis sechs Monate " +
                    "nach dem Bewilligungszeitraum), damit sich jeder Schritt der Förderverwaltung ausprobieren lässt. Alle Beträge sind " +
                    "erfunden und zählen nicht zu den Zahlen des echten Programms.",
                StartsOn = new DateOnly(_today.Year - 4, 1, 1),
                Rules = new FundingRules(),
            };
            db.Programmes.Add(_programme);
        }

        private Organisation Org(string key, string name, OrganisationType type, string? description = null, string? city = "Musterstadt")
        {
            var organisation = new Organisation
            {
                Slug = Slug.From(name),
                Name = name,
                Type = type,
                City = city,
                Description = description,
                IsExample = true,
            };
            _organisations[key] = organisation;
            db.Organisations.Add(organisation);
            return organisation;
        }

        private Organisation O(string key) => _organisations[key];

        private void AddOrganisations()
        {
            Org("musterstadt", "Musterstadt (Beispiel)", OrganisationType.Municipality,
                "Fiktive Leitkommune der Übungsregion und Sitz ihres Projektbüros.");
            Org("beispielhausen", "Beispielhausen (Beispiel)", OrganisationType.Municipality,
                "Fiktive kreisangehörige Stadt der Übungsregion.", "Beispielhausen");
            Org("musterdorf", "Musterdorf (Beispiel)", OrganisationType.Municipality,
                "Fiktive kleine Gemeinde der Übungsregion.", "Musterdorf");
            Org("kreis", "Kreis Musterland (Beispiel)", OrganisationType.District,
                "Fiktiver Kreis der Übungsregion.");
            Org("bezirksregierung", "Bezirksregierung Musterbezirk (Beispiel)", OrganisationType.DistrictGovernment,
                "Fiktive Bewilligungsbehörde der Übungsregion.");
            Org("hochschule", "Hochschule Musterstadt (Beispiel)", OrganisationType.University,
                "Fiktive Hochschule; Partnerin in Projekten der Übungsregion.");
            Org("software", "Beispiel-Software GmbH (Beispiel)", OrganisationType.Company,
                "Fiktives Unternehmen; Auftragnehmer in Projekten der Übungsregion.");
            Org("verein", "Digitale Nachbarschaft Musterstadt e. V. (Beispiel)", OrganisationType.Association,
                "Fiktiver Verein; im Digitalboard der Übungsregion vertreten.");
        }

        private void AddRegion()
        {
            _region = new Region
            {
                Slug = TrainingRegionSlug,
                Name = "Übungsregion (Beispieldaten)",
                ShortName = "Übungsregion (Beispiel)",
                GoverningDistrict = "Musterbezirk (fiktiv)",
                Summary = "Eine erfundene Region zum Ausprobieren: Projekte in jedem Schritt des Förderverfahrens, ein Digitalboard mit Sitzungen, Lösungen und Transferfälle.",
                Description =
                    "**Die Übungsregion ist erfunden.** Kommunen, Personen, Projekte, Beträge und Termine sind Beispieldaten. Sie zeigen, " +
                    "wie ein Projektbüro mit Modellregion arbeitet: Projektideen für die nächste Sitzung des Digitalboards, ein Antrag, " +
                    "Bescheide mit Änderungsbescheid, Mittelabrufe in jedem Stand, ein überfälliger Zwischennachweis, ein " +
                    "Verwendungsnachweis in der Prüfung, ein abgeschlossenes Projekt und dessen Lösung mit Transferfällen.\n\n" +
                    "Alle Termine richten sich nach dem Tag, an dem die Beispieldaten geladen wurden. Die Übungsregion zählt nicht zu den " +
                    "Zahlen des Programms und erscheint nicht in der OParl-Schnittstelle.",
                Programme = _programme,
                LeadOrganisation = O("musterstadt"),
                Office = new ProjectOfficeContact
                {
                    Name = "Projektbüro der Übungsregion (Beispiel)",
                    Host = "Musterstadt (Beispiel)",
                    Email = "buero@uebungsregion.example",
                    Address = "Musterplatz 1, 12345 Musterstadt (fiktiv)",
                },
                IsExample = true,
            };
            void Participation(string key, RegionRole role, string? note = null) =>
                _region.Participations.Add(new RegionParticipation { Organisation = O(key), Role = role, Note = note });
            Participation("musterstadt", RegionRole.LeadMunicipality);
            Participation("beispielhausen", RegionRole.CooperationPartner);
            Participation("musterdorf", RegionRole.CooperationPartner);
            Participation("kreis", RegionRole.CooperationPartner);
            Participation("bezirksregierung", RegionRole.GrantingAuthority);
            Participation("musterstadt", RegionRole.ProjectOfficeHost);
            Participation("musterstadt", RegionRole.BoardMember, "Vorsitz: Bürgermeisterin von Musterstadt");
            foreach (var key in new[] { "kreis", "beispielhausen", "hochschule", "verein", "bezirksregierung" })
            {
                Participation(key, RegionRole.BoardMember);
            }

            foreach (var organisation in _organisations.Values)
            {
                organisation.Region = _region;
            }

            db.Regions.Add(_region);
        }

        // ------------------------------------------------------------------ board and its members

        private void AddBoard()
        {
            _board = new Board
            {
                Region = _region,
                Kind = BoardKind.Board,
                Slug = "digitalboard-uebungsregion",
                Name = "Digitalboard der Übungsregion (Beispiel)",
                ShortName = "Digitalboard",
                Description =
                    "Das erfundene Digitalboard der Übungsregion: Es berät die Projektideen und gibt sein Votum ab, bevor ein Antrag " +
                    "gestellt wird. Fünf Sitze haben Stimmrecht, die Bezirksregierung berät ohne Stimmrecht. Beschlussfähig ist das " +
                    "Board, wenn mehr als die Hälfte der stimmberechtigten Mitglieder anwesend und ohne Befangenheit ist.",
                QuorumPercent = 50,
                StartsOn = new DateOnly(_today.Year - 4, 1, 1),
            };
            db.Boards.Add(_board);

            Seat("chair", "Erika Beispiel", "Erika", "Beispiel", "Bürgermeisterin", "musterstadt", BoardRole.Chair, true, "erika.beispiel@musterstadt.example");
            Seat("kreis", "Max Mustermann", "Max", "Mustermann", "Landrat", "kreis", BoardRole.Member, true, "max.mustermann@kreis-musterland.example");
            Seat("beispielhausen", "Otto Normal", "Otto", "Normal", "Bürgermeister", "beispielhausen", BoardRole.Member, true, "otto.normal@beispielhausen.example");
            Seat("hochschule", "Dr. Maria Muster", "Maria", "Muster", "Präsidentin", "hochschule", BoardRole.Member, true, "maria.muster@hochschule-musterstadt.example");
            Seat("verein", "Lena Probe", "Lena", "Probe", "Vorsitzende", "verein", BoardRole.Member, true, "lena.probe@nachbarschaft-musterstadt.example");
            Seat("deputy", "Jonas Exempel", "Jonas", "Exempel", "Erster Beigeordneter", "musterstadt", BoardRole.Deputy, true, "jonas.exempel@musterstadt.example", deputyOf: "chair");
            Seat("bezirksregierung", "Sabine Test", "Sabine", "Test", "Dezernentin", "bezirksregierung", BoardRole.Member, false, "sabine.test@bezreg-musterbezirk.example",
                note: "Beratend, ohne Stimmrecht.");
        }

        private void Seat(string key, string name, string given, string family, string formOfAddress, string organisation, BoardRole role, bool votes, string email,
            string? deputyOf = null, string? note = null)
        {
            var person = new BoardPerson { Region = _region, Name = name, GivenName = given, FamilyName = family, FormOfAddress = formOfAddress };
            var seat = new BoardMembership
            {
                Person = person,
                Organisation = O(organisation),
                Role = role,
                HasVotingRight = votes,
                StartsOn = new DateOnly(_today.Year - 2, 1, 1),
                DeputyOf = deputyOf is null ? null : _seats[deputyOf],
                InvitationEmail = email,
                Note = note,
            };
            _board.Memberships.Add(seat);
            _seats[key] = seat;
        }

        // ------------------------------------------------------------------ projects

        /// <summary>The projects by key, for meetings, solutions and news.</summary>
        private sealed class Projects : Dictionary<string, Project>;

        private Project NewProject(Projects projects, string key, string title, string field, string[] topics, string summary, string description, string lead)
        {
            var project = new Project
            {
                Slug = Slug.From(title),
                Title = title,
                Summary = summary,
                Description = description + "\n\n*Fiktives Übungsprojekt der Übungsregion (Beispieldaten).*",
                Region = _region,
                Programme = _programme,
                Field = demo._fields[field],
                Topics = [.. topics.Select(t => demo._topics[t])],
                Status = ProjectStatus.Idea,
                IsAdministered = true,
            };
            project.Partners.Add(new ProjectPartner { Organisation = O(lead), Role = PartnerRole.Lead });
            projects[key] = project;
            db.Projects.Add(project);
            return project;
        }

        /// <summary>
        /// Walks the project through its lifecycle. Every step must be one the rules allow, so the history is one the
        /// application could have recorded itself.
        /// </summary>
        private static void Walk(Project project, params (ProjectStatus To, DateOnly On, string? Reason)[] steps)
        {
            foreach (var (to, on, reason) in steps)
            {
                var transition = LifecycleRules.Find(project.Status, to)
                    ?? throw new InvalidOperationException($"Kein erlaubter Schritt von {project.Status} nach {to} ({project.Title}).");
                Step(project, to, on, reason ?? transition.Label);
            }
        }

        private static void Step(Project project, ProjectStatus to, DateOnly on, string reason)
        {
            project.StatusChanges.Add(new StatusChange
            {
                From = project.Status,
                To = to,
                EffectiveOn = on,
                RecordedAt = Formatting.BerlinToUtc(on, new TimeOnly(12, 0)),
                RecordedBy = TrainingActor,
                Reason = reason,
            });
            project.Status = to;
        }

        private static void AddMilestone(Project project, string title, DateOnly on, bool done) =>
            project.Milestones.Add(new Milestone
            {
                Title = title,
                IsCompleted = done,
                CompletedOn = done ? on : null,
                DueOn = done ? null : on,
                SortOrder = project.Milestones.Count,
            });

        private static FinancingPlan Plan(decimal personnel, decimal contracts, decimal material, decimal ratePercent)
        {
            var eligible = personnel + contracts + material;
            var grant = decimal.Round(eligible * ratePercent / 100m, 2);
            return new FinancingPlan
            {
                Lines =
                [
                    new PlanLine { Category = CostCategory.Personnel, Description = "Projektstelle (Beispiel)", Amount = personnel, SortOrder = 0 },
                    new PlanLine { Category = CostCategory.Contracts, Description = "Softwareentwicklung durch einen Auftragnehmer (Beispiel)", Amount = contracts, SortOrder = 1 },
                    new PlanLine { Category = CostCategory.Material, Description = "Lizenzen, Geräte und Schulungen (Beispiel)", Amount = material, SortOrder = 2 },
                ],
                RequestedGrant = grant,
                OwnContribution = eligible - grant,
            };
        }

        private static GrantDecision Decide(Project project, DateOnly decidedOn, DateOnly periodStart, DateOnly periodEnd, string fileNumber, string? reason = null)
        {
            var plan = project.Plan.Copy();
            var decision = project.RecordGrantDecision(new GrantDecision
            {
                DecidedOn = decidedOn,
                FileNumber = fileNumber,
                MaxAmount = plan.RequestedGrant!.Value,
                FundingRatePercent = plan.RatePercent,
                EligibleCosts = plan.EligibleCosts,
                PeriodStart = periodStart,
                PeriodEnd = periodEnd,
                Conditions = reason is null ? "Es gelten die Allgemeinen Nebenbestimmungen für Zuwendungen zur Projektförderung (ANBest-P, Beispiel)." : null,
                Reason = reason,
                Plan = plan,
                RecordedAt = Formatting.BerlinToUtc(decidedOn, new TimeOnly(12, 0)),
                RecordedBy = TrainingActor,
            });
            project.StartsOn = periodStart;
            project.EndsOn = periodEnd;
            return decision;
        }

        /// <summary>A fund request with the account booking its stage implies (requested while open, paid once paid).</summary>
        private void Request(Project project, FundingAccount account, int number, decimal amount, DateOnly neededFrom, DateOnly neededUntil,
            FundRequestStatus status, int createdDaysAgo, string justification)
        {
            var created = At(-createdDaysAgo, 9);
            var submitted = status == FundRequestStatus.Draft ? (DateTime?)null : created.AddHours(2);
            var forwarded = status is FundRequestStatus.Forwarded or FundRequestStatus.Paid ? created.AddDays(3) : (DateTime?)null;
            DateOnly? paidOn = status == FundRequestStatus.Paid ? Formatting.BerlinDate(created).AddDays(10) : null;
            if (paidOn is { } paid && (paid > _today || neededUntil > paid.AddMonths(_programme.Rules.FundRequestHorizonMonths)))
            {
                throw new InvalidOperationException($"Mittelabruf {number} von {project.Title} verletzt die Auszahlungsregeln.");
            }

            db.FundRequests.Add(new FundRequest
            {
                Project = project,
                Number = number,
                Amount = amount,
                NeededFrom = neededFrom,
                NeededUntil = neededUntil,
                Justification = justification,
                Status = status,
                CreatedAt = created,
                CreatedBy = "Projektleitung (Beispiel)",
                SubmittedAt = submitted,
                SubmittedBy = submitted is null ? null : "Projektleitung (Beispiel)",
                ForwardedAt = forwarded,
                ForwardedBy = forwarded is null ? null : "Projektbüro der Übungsregion (Beispiel)",
                PaidOn = paidOn,
                PaidAmount = paidOn is null ? null : amount,
                PaymentRecordedBy = paidOn is null ? null : "Bezirksregierung Musterbezirk (Beispiel)",
            });
            if (status == FundRequestStatus.Paid)
            {
                account.Paid += amount;
            }
            else if (status is FundRequestStatus.Submitted or FundRequestStatus.Forwarded)
            {
                account.Requested += amount;
            }

            if (account.Committed > project.ApprovedGrant)
            {
                throw new InvalidOperationException($"Die Mittelabrufe von {project.Title} übersteigen die Zuwendung.");
            }
        }

        private FundingAccount Account(Project project)
        {
            var account = new FundingAccount { Project = project };
            db.FundingAccounts.Add(account);
            return account;
        }

        /// <summary>
        /// Interim proofs for the budget years of the funding period that are already over: accepted when their due
        /// date lies a month back, otherwise submitted and waiting for the check. <paramref name="missing"/> is left out
        /// (an overdue proof). Years still running have no proof yet; their due date is months away.
        /// </summary>
        private void InterimProofs(Project project, DateOnly periodStart, DateOnly periodEnd, int? missing = null)
        {
            var rules = _programme.Rules;
            for (var year = periodStart.Year; year < periodEnd.Year && year < _today.Year; year++)
            {
                if (year == missing)
                {
                    continue;
                }

                var due = rules.InterimProofDue(year);
                var accepted = due < _today.AddDays(-30);
                var submittedOn = new DateOnly(year + 1, 3, 20) < _today ? new DateOnly(year + 1, 3, 20) : _today.AddDays(-3);
                db.Proofs.Add(new Proof
                {
                    Project = project,
                    Kind = ProofKind.Interim,
                    BudgetYear = year,
                    DueOn = due,
                    Status = accepted ? ProofStatus.Accepted : ProofStatus.Submitted,
                    NarrativeReport = $"Sachstand {year} (Beispiel): Die Arbeiten liefen nach Plan; Ausschreibung und Umsetzung wie im Finanzierungsplan vorgesehen.",
                    Lines = ProofLines(project.Plan, 0.3m),
                    SubmittedAt = Formatting.BerlinToUtc(submittedOn, new TimeOnly(11, 0)),
                    SubmittedBy = "Projektleitung (Beispiel)",
                    ReviewedAt = accepted ? Formatting.BerlinToUtc(submittedOn.AddDays(21), new TimeOnly(11, 0)) : null,
                    ReviewedBy = accepted ? "Projektbüro der Übungsregion (Beispiel)" : null,
                    ReviewNote = accepted ? "Geprüft ohne Beanstandung (Beispiel)." : null,
                });
            }
        }

        private static List<ProofLine> ProofLines(FinancingPlan plan, decimal share) =>
            [.. plan.Lines.Select(l => new ProofLine { Category = l.Category, Description = l.Description, Planned = l.Amount, Actual = decimal.Round(l.Amount * share, 2) })];

        private Projects AddProjects()
        {
            var projects = new Projects();
            var y = _today.Year;

            // Ideas: two on the agenda of the next meeting, three not yet on any agenda.
            var p = NewProject(projects, "vereinsportal", "Vereinsportal Musterstadt (Beispiel)", "e-government", ["beteiligung", "digitales-buergerbuero"],
                "Vereine beantragen Zuschüsse, Hallenzeiten und Genehmigungen an einer Stelle online.",
                "Die Vereine in Musterstadt stellen heute Anträge auf Papier bei drei Ämtern. Ein Vereinsportal bündelt Zuschüsse, " +
                "Hallenbelegung und Genehmigungen für Veranstaltungen.", "musterstadt");
            Walk(p, (ProjectStatus.Consultation, Day(-40), "Beratung durch das Projektbüro begonnen"));
            p = NewProject(projects, "schoeffenwahl", "Digitale Schöffenwahl (Beispiel)", "e-government", ["digitales-buergerbuero"],
                "Bewerbung für das Schöffenamt und die Vorschlagsliste digital.",
                "Die Bewerbungen für das Schöffenamt kommen bisher per Post. Ein Online-Formular mit Prüfung der Voraussetzungen " +
                "und eine digitale Vorschlagsliste für den Rat sollen die Wahl vereinfachen.", "kreis");
            Walk(p, (ProjectStatus.Consultation, Day(-30), null));
            NewProject(projects, "parken", "Smarte Parkplatzsuche Beispielhausen (Beispiel)", "digitale-stadtentwicklung", ["mobilitaet", "internet-der-dinge"],
                "Sensoren zeigen freie Parkplätze in der Innenstadt von Beispielhausen an.",
                "Bodensensoren und eine Anzeige in der Stadt-App sollen den Parksuchverkehr in der Innenstadt verringern.", "beispielhausen");
            NewProject(projects, "termine", "Online-Terminbuchung für das Bürgerbüro (Beispiel)", "e-government", ["digitales-buergerbuero"],
                "Termine im Bürgerbüro rund um die Uhr online buchen.",
                "Eine Terminbuchung für alle Bürgerbüros der Region mit Erinnerung per E-Mail und Warteschlangenanzeige.", "musterdorf");
            NewProject(projects, "hundesteuer", "Digitale Hundesteuer-Anmeldung (Beispiel)", "e-government", ["digitales-buergerbuero"],
                "Hunde online an- und abmelden, Steuermarke per Post.",
                "Die An- und Abmeldung von Hunden soll vollständig online möglich sein, mit Anbindung an das Steuerverfahren.", "beispielhausen");

            // In consultation with the project office.
            p = NewProject(projects, "maengelmelder", "Mängelmelder Musterdorf (Beispiel)", "digitale-stadtentwicklung", ["beteiligung"],
                "Schlaglöcher, defekte Laternen und wilden Müll per App melden.",
                "Bürgerinnen und Bürger melden Mängel mit Foto und Ort; der Bauhof sieht sie sortiert und meldet zurück.", "musterdorf");
            Walk(p, (ProjectStatus.Consultation, Day(-12), "Erstgespräch mit dem Projektbüro"));

            // Voted on in the last meeting (the Votum itself is recorded with the meeting's resolutions).
            p = NewProject(projects, "opendata", "Open-Data-Portal Kreis Musterland (Beispiel)", "e-government", ["open-data"],
                "Die Daten des Kreises offen und maschinenlesbar bereitstellen.",
                "Ein Open-Data-Portal für Haushalt, Geodaten und Verkehrszählungen des Kreises Musterland, angebunden an GovData.", "kreis");
            Walk(p, (ProjectStatus.Consultation, Day(-150), null));
            p = NewProject(projects, "drohnen", "Drohnen-Lieferdienst für Apotheken (Beispiel)", "digitale-stadtentwicklung", ["gesundheit", "mobilitaet"],
                "Medikamente per Drohne in die Ortsteile liefern.",
                "Apotheken sollten eilige Medikamente per Drohne in entlegene Ortsteile liefern.", "software");
            Walk(p, (ProjectStatus.Consultation, Day(-140), null));
            p = NewProject(projects, "fundbuero", "Digitales Fundbüro (Beispiel)", "e-government", ["digitales-buergerbuero"],
                "Fundsachen online melden, suchen und abholen.",
                "Ein gemeinsames digitales Fundbüro der Kommunen der Übungsregion mit Suche, Benachrichtigung und Abholtermin.", "beispielhausen");
            Walk(p, (ProjectStatus.Consultation, Day(-160), null));
            p.Plan = Plan(60_000m, 90_000m, 10_000m, 80m);
            p.Partners.Add(new ProjectPartner { Organisation = O("software"), Role = PartnerRole.Partner });

            // Approved, not yet started.
            p = NewProject(projects, "schulwlan", "Schul-WLAN Beispielhausen (Beispiel)", "digitale-stadtentwicklung", ["bildung"],
                "Flächendeckendes WLAN mit zentraler Verwaltung für die fünf Schulen in Beispielhausen.",
                "Die Schulen in Beispielhausen erhalten ein zentral verwaltetes WLAN; die Hochschule begleitet die Einführung.", "beispielhausen");
            p.Partners.Add(new ProjectPartner { Organisation = O("hochschule"), Role = PartnerRole.Partner });
            Walk(p, (ProjectStatus.Consultation, Day(-300), null), (ProjectStatus.BoardVote, Day(-250), "Votum Digitalboard: befürwortet"),
                (ProjectStatus.ApplicationSubmitted, Day(-200), null), (ProjectStatus.AdditionalInformationRequested, Day(-170), "Angebote für die Hardware fehlen."),
                (ProjectStatus.ApplicationSubmitted, Day(-120), null));
            p.Plan = Plan(40_000m, 30_000m, 150_000m, 80m);
            var start = new DateOnly(_today.AddMonths(1).Year, _today.AddMonths(1).Month, 1);
            Decide(p, Day(-14), start, EndOfMonth(start.AddMonths(23)), "UEB-2-04/" + y);
            Walk(p, (ProjectStatus.Approved, Day(-14), "Zuwendungsbescheid erhalten"));
            AddMilestone(p, "Zuwendungsbescheid", Day(-14), true);
            AddMilestone(p, "Ausschreibung der Hardware", start.AddMonths(3), false);

            // Running: grant decision and amendment, fund requests in every stage, one overdue interim proof.
            p = NewProject(projects, "bauakte", "Digitale Bauakte Musterstadt (Beispiel)", "e-government", ["digitales-buergerbuero"],
                "Bauanträge digital einreichen und bearbeiten, mit elektronischer Bauakte.",
                "Musterstadt führt die Bauakte elektronisch: Anträge kommen online, Fachämter nehmen digital Stellung, die Akte " +
                "ist jederzeit vollständig. Ein Änderungsbescheid hat den Bewilligungszeitraum verlängert und die Zuwendung für " +
                "die Anbindung an das Landesportal erhöht.", "musterstadt");
            p.Partners.Add(new ProjectPartner { Organisation = O("software"), Role = PartnerRole.Partner });
            var periodStart = new DateOnly(y - 2, 1, 1);
            var periodEnd = EndOfMonth(_today.AddMonths(14));
            Walk(p, (ProjectStatus.Consultation, periodStart.AddDays(-200), null), (ProjectStatus.BoardVote, periodStart.AddDays(-150), "Votum Digitalboard: befürwortet"),
                (ProjectStatus.ApplicationSubmitted, periodStart.AddDays(-120), null));
            p.Plan = Plan(225_000m, 180_000m, 45_000m, 80m);
            Decide(p, periodStart.AddDays(-20), periodStart, periodEnd.AddMonths(-6), "UEB-2-01/" + (y - 2));
            Walk(p, (ProjectStatus.Approved, periodStart.AddDays(-20), "Zuwendungsbescheid erhalten"), (ProjectStatus.Running, periodStart, "Projektstart"));
            p.Plan = Plan(250_000m, 200_000m, 50_000m, 80m);
            Decide(p, Day(-90), periodStart, periodEnd, "UEB-2-01/" + (y - 2) + "-Ä1",
                "Änderungsbescheid: Verlängerung um sechs Monate und Erhöhung der Zuwendung für die Anbindung an das Landesportal.");
            var account = Account(p);
            Request(p, account, 1, 80_000m, Day(-300), Day(-250), FundRequestStatus.Paid, 310, "Abschlagszahlung an den Auftragnehmer für Modul 1 (Beispiel).");
            Request(p, account, 2, 60_000m, Day(-150), Day(-100), FundRequestStatus.Paid, 160, "Personalausgaben des Halbjahres und Lizenzen (Beispiel).");
            Request(p, account, 3, 45_000m, Day(-5), Day(40), FundRequestStatus.Forwarded, 12, "Abschlagszahlung Modul 2 (fällig laut Vertrag, Beispiel).");
            Request(p, account, 4, 38_500m, Day(5), Day(45), FundRequestStatus.Submitted, 2, "Personalausgaben und Schulungen der nächsten sechs Wochen (Beispiel).");
            Request(p, account, 5, 25_000m, Day(30), Day(55), FundRequestStatus.Draft, 0, "Anbindung an das Landesportal, erste Rate (Entwurf, Beispiel).");
            InterimProofs(p, periodStart, periodEnd, missing: y - 2);
            AddMilestone(p, "Online-Bauantrag in Betrieb", Day(-200), true);
            AddMilestone(p, "Elektronische Bauakte für alle Fachämter", Day(60), false);
            AddMilestone(p, "Anbindung an das Landesportal", periodEnd.AddMonths(-2), false);

            // Running, the funding period ends in about six weeks; one overdue interim proof.
            p = NewProject(projects, "hochwasser", "Sensornetz Hochwasser (Beispiel)", "digitale-stadtentwicklung", ["klima-umwelt", "internet-der-dinge"],
                "Pegelsensoren an den Bächen warnen früh vor Hochwasser.",
                "Zwanzig Pegelsensoren an den Bächen im Kreis Musterland melden Wasserstände; ab einer Schwelle warnt die Leitstelle.", "kreis");
            p.Partners.Add(new ProjectPartner { Organisation = O("hochschule"), Role = PartnerRole.Partner });
            periodStart = new DateOnly(y - 2, 1, 1);
            periodEnd = Day(40);
            Walk(p, (ProjectStatus.Consultation, periodStart.AddDays(-180), null), (ProjectStatus.BoardVote, periodStart.AddDays(-140), "Votum Digitalboard: befürwortet"),
                (ProjectStatus.ApplicationSubmitted, periodStart.AddDays(-100), null));
            p.Plan = Plan(90_000m, 60_000m, 100_000m, 80m);
            Decide(p, periodStart.AddDays(-25), periodStart, periodEnd, "UEB-2-02/" + (y - 2));
            Walk(p, (ProjectStatus.Approved, periodStart.AddDays(-25), null), (ProjectStatus.Running, periodStart, "Projektstart"));
            account = Account(p);
            Request(p, account, 1, 70_000m, Day(-400), Day(-350), FundRequestStatus.Paid, 410, "Beschaffung der Sensoren (Beispiel).");
            Request(p, account, 2, 50_000m, Day(-200), Day(-150), FundRequestStatus.Paid, 210, "Installation und Personalausgaben (Beispiel).");
            InterimProofs(p, periodStart, periodEnd, missing: y - 2);
            AddMilestone(p, "Alle Sensoren installiert", Day(-180), true);
            AddMilestone(p, "Warnkette mit der Leitstelle erprobt", Day(20), false);

            // Funding period ended; the final proof is due within a month.
            p = NewProject(projects, "buergerapp", "Bürger-App Musterstadt (Beispiel)", "e-government", ["digitales-buergerbuero", "beteiligung"],
                "Eine App für Termine, Abfallkalender, Meldungen und Beteiligung.",
                "Die Bürger-App bündelt Dienste der Stadt: Termine, Abfallkalender, Mängelmeldungen und Umfragen.", "musterstadt");
            // The final proof is due at the end of the sixth month after the period: here at the end of this month or the next, 5 to 35 days ahead.
            periodEnd = EndOfMonth(EndOfMonth(_today.AddDays(5)).AddMonths(-6));
            periodStart = new DateOnly(periodEnd.Year - 2, periodEnd.Month, 1);
            Walk(p, (ProjectStatus.Consultation, periodStart.AddDays(-200), null), (ProjectStatus.BoardVote, periodStart.AddDays(-150), "Votum Digitalboard: befürwortet"),
                (ProjectStatus.ApplicationSubmitted, periodStart.AddDays(-120), null));
            p.Plan = Plan(100_000m, 120_000m, 30_000m, 80m);
            Decide(p, periodStart.AddDays(-30), periodStart, periodEnd, "UEB-2-03/" + periodStart.Year);
            Walk(p, (ProjectStatus.Approved, periodStart.AddDays(-30), null), (ProjectStatus.Running, periodStart, null),
                (ProjectStatus.FundingPeriodEnded, periodEnd.AddDays(1), "Bewilligungszeitraum abgelaufen"));
            account = Account(p);
            foreach (var (number, amount, offset) in new[] { (1, 60_000m, 5), (2, 70_000m, 250), (3, 55_000m, 500) })
            {
                var created = periodStart.AddDays(offset);
                var from = created.AddDays(12);
                Request(p, account, number, amount, from, from.AddDays(40), FundRequestStatus.Paid, _today.DayNumber - created.DayNumber, "Fällige Zahlungen laut Finanzierungsplan (Beispiel).");
            }

            InterimProofs(p, periodStart, periodEnd);
            db.Proofs.Add(new Proof
            {
                Project = p,
                Kind = ProofKind.Final,
                DueOn = _programme.Rules.FinalProofDue(periodEnd),
                Status = ProofStatus.Draft,
                NarrativeReport = "Entwurf des Sachberichts (Beispiel): Die App ist seit dem Frühjahr in Betrieb; die Auswertung der Nutzung fehlt noch.",
                Lines = ProofLines(p.Plan, 0.72m),
            });
            AddMilestone(p, "App in den Stores veröffentlicht", periodEnd.AddMonths(-8), true);

            // Final proof under review.
            p = NewProject(projects, "eakte", "E-Akte für die Kreisverwaltung (Beispiel)", "e-government", ["digitales-buergerbuero"],
                "Die elektronische Akte für alle Ämter der Kreisverwaltung.",
                "Die Kreisverwaltung Musterland führt die E-Akte in allen Ämtern ein, mit Scanstelle und Schulungen.", "kreis");
            periodEnd = _today.AddMonths(-4);
            periodStart = periodEnd.AddYears(-2).AddDays(1);
            Walk(p, (ProjectStatus.Consultation, periodStart.AddDays(-200), null), (ProjectStatus.BoardVote, periodStart.AddDays(-150), "Votum Digitalboard: befürwortet"),
                (ProjectStatus.ApplicationSubmitted, periodStart.AddDays(-120), null));
            p.Plan = Plan(150_000m, 200_000m, 50_000m, 80m);
            Decide(p, periodStart.AddDays(-30), periodStart, periodEnd, "UEB-2-05/" + periodStart.Year);
            Walk(p, (ProjectStatus.Approved, periodStart.AddDays(-30), null), (ProjectStatus.Running, periodStart, null),
                (ProjectStatus.FundingPeriodEnded, periodEnd.AddDays(1), null));
            account = Account(p);
            Request(p, account, 1, 150_000m, periodStart.AddDays(20), periodStart.AddDays(70), FundRequestStatus.Paid, _today.DayNumber - periodStart.AddDays(10).DayNumber, "Scanstelle und Lizenzen (Beispiel).");
            Request(p, account, 2, 120_000m, periodEnd.AddDays(-120), periodEnd.AddDays(-70), FundRequestStatus.Paid, _today.DayNumber - periodEnd.AddDays(-130).DayNumber, "Rollout in den Ämtern (Beispiel).");
            InterimProofs(p, periodStart, periodEnd);
            var submittedOn = _today.AddDays(-9);
            db.Proofs.Add(new Proof
            {
                Project = p,
                Kind = ProofKind.Final,
                DueOn = _programme.Rules.FinalProofDue(periodEnd),
                Status = ProofStatus.Submitted,
                NarrativeReport = "Sachbericht (Beispiel): Die E-Akte ist in allen zwölf Ämtern eingeführt; 640 Beschäftigte wurden geschult. Der Zweck der Zuwendung ist erreicht.",
                Lines = ProofLines(p.Plan, 0.68m),
                SubmittedAt = Formatting.BerlinToUtc(submittedOn, new TimeOnly(11, 0)),
                SubmittedBy = "Projektleitung (Beispiel)",
            });
            Walk(p, (ProjectStatus.FinalProofSubmitted, submittedOn, "Verwendungsnachweis eingereicht"));

            // Closed; its result is a solution of the catalogue.
            p = NewProject(projects, "kita", "Zentrale Kita-Vergabe Musterstadt (Beispiel)", "e-government", ["bildung"],
                "Eltern melden ihr Kind online für einen Kita-Platz an; die Stadt vergibt die Plätze zentral.",
                "Die zentrale Kita-Vergabe ersetzt die Anmeldung in jeder einzelnen Kita: Eltern geben bis zu drei Wunsch-Kitas an, die Stadt " +
                "vergibt die Plätze nach transparenten Kriterien, Zu- und Absagen kommen digital. Aus dem Projekt sind die Lösung " +
                "„Kita-Anmeldung online“ und ein Leitfaden zur Platzvergabe entstanden.", "musterstadt");
            p.Partners.Add(new ProjectPartner { Organisation = O("software"), Role = PartnerRole.Partner });
            periodEnd = _today.AddMonths(-20);
            periodStart = periodEnd.AddYears(-2).AddDays(1);
            Walk(p, (ProjectStatus.Consultation, periodStart.AddDays(-200), null), (ProjectStatus.BoardVote, periodStart.AddDays(-150), "Votum Digitalboard: befürwortet"),
                (ProjectStatus.ApplicationSubmitted, periodStart.AddDays(-120), null));
            p.Plan = Plan(70_000m, 70_000m, 10_000m, 80m);
            Decide(p, periodStart.AddDays(-30), periodStart, periodEnd, "UEB-1-07/" + periodStart.Year);
            Walk(p, (ProjectStatus.Approved, periodStart.AddDays(-30), null), (ProjectStatus.Running, periodStart, null),
                (ProjectStatus.FundingPeriodEnded, periodEnd.AddDays(1), null));
            account = Account(p);
            Request(p, account, 1, 60_000m, periodStart.AddDays(20), periodStart.AddDays(70), FundRequestStatus.Paid, _today.DayNumber - periodStart.AddDays(10).DayNumber, "Entwicklung des Portals (Beispiel).");
            Request(p, account, 2, 54_000m, periodEnd.AddDays(-100), periodEnd.AddDays(-50), FundRequestStatus.Paid, _today.DayNumber - periodEnd.AddDays(-110).DayNumber, "Einführung und Schulung (Beispiel).");
            InterimProofs(p, periodStart, periodEnd);
            var finalSubmitted = periodEnd.AddMonths(4);
            db.Proofs.Add(new Proof
            {
                Project = p,
                Kind = ProofKind.Final,
                DueOn = _programme.Rules.FinalProofDue(periodEnd),
                Status = ProofStatus.Accepted,
                NarrativeReport = "Sachbericht (Beispiel): Alle 23 Kitas der Stadt vergeben ihre Plätze über die Online-Anmeldung; 94 % der Anmeldungen kommen online.",
                Lines = ProofLines(p.Plan, 0.76m),
                SubmittedAt = Formatting.BerlinToUtc(finalSubmitted, new TimeOnly(11, 0)),
                SubmittedBy = "Projektleitung (Beispiel)",
                ReviewedAt = Formatting.BerlinToUtc(finalSubmitted.AddDays(60), new TimeOnly(11, 0)),
                ReviewedBy = "Bezirksregierung Musterbezirk (Beispiel)",
                ReviewNote = "Prüfvermerk (Beispiel): Verwendungsnachweis geprüft; der Zweck ist erreicht, die Ausgaben sind belegt.",
            });
            Walk(p, (ProjectStatus.FinalProofSubmitted, finalSubmitted, null), (ProjectStatus.Audited, finalSubmitted.AddDays(60), "Prüfvermerk erteilt"),
                (ProjectStatus.Closed, finalSubmitted.AddDays(75), null));
            AddMilestone(p, "Online-Anmeldung in Betrieb", periodEnd.AddMonths(-10), true);
            AddMilestone(p, "Alle Kitas angeschlossen", periodEnd.AddMonths(-3), true);
            p.Results.Add(new ProjectResult { Title = "Kita-Anmeldung online (Beispiel)", Kind = ResultKind.Software, Description = "Online-Anmeldung mit zentraler Vergabe der Kita-Plätze." });
            p.Results.Add(new ProjectResult { Title = "Leitfaden zur digitalen Kita-Platzvergabe (Beispiel)", Kind = ResultKind.Report });

            return projects;
        }

        // ------------------------------------------------------------------ meetings

        private void AddMeetings(Projects projects)
        {
            var number = 0;
            Paper NewPaper(string title, string type, DateOnly date, bool isPublic, Project? project = null, string? summary = null, string originator = "musterstadt")
            {
                var paper = new Paper
                {
                    Board = _board,
                    Reference = $"UEB-{date.Year}/{++number:000}",
                    Title = title,
                    PaperType = type,
                    Date = date,
                    Summary = summary,
                    OriginatorOrganisation = O(originator),
                    Project = project,
                    IsPublic = isPublic,
                    PublicSince = isPublic ? At(date.DayNumber - _today.DayNumber, 9) : null,
                };
                db.Papers.Add(paper);
                return paper;
            }

            AgendaItem Item(Meeting meeting, string itemNumber, string title, bool isPublic, Paper? paper = null)
            {
                var item = new AgendaItem
                {
                    Number = itemNumber,
                    Order = AgendaNumbers.OrderOf(itemNumber),
                    Title = title,
                    IsPublic = isPublic,
                    PublicSince = isPublic ? new[] { meeting.StartsAt.AddDays(-14), db.UtcNow }.Min() : null,
                    Paper = paper,
                };
                meeting.Items.Add(item);
                return item;
            }

            // The last meeting: three ideas voted on, one with a declared conflict of interest.
            var held = new Meeting
            {
                Board = _board,
                Name = "Sitzung des Digitalboards der Übungsregion (Beispiel)",
                StartsAt = At(-70, 14),
                EndsAt = At(-70, 16),
                State = MeetingState.Held,
                Room = "Ratssaal",
                StreetAddress = "Musterplatz 1",
                PostalCode = "12345",
                Locality = "Musterstadt (fiktiv)",
            };
            db.Meetings.Add(held);
            held.Invitations.Add(new MeetingInvitation
            {
                SentAt = At(-84),
                SentBy = "buero@uebungsregion.example",
                Recipients = [.. _seats.Values.Select(s => new InvitationRecipient { Membership = s, Email = s.InvitationEmail! })],
            });
            Item(held, "1", "Begrüßung und Feststellung der Beschlussfähigkeit", true);
            var opendata = Item(held, "2", "Projektidee: Open-Data-Portal Kreis Musterland", true,
                NewPaper("Projektskizze Open-Data-Portal Kreis Musterland (Beispiel)", "Projektskizze", Day(-84), true, projects["opendata"], "Skizze, Kosten und Zeitplan des Open-Data-Portals.", "kreis"));
            var drohnen = Item(held, "3", "Projektidee: Drohnen-Lieferdienst für Apotheken", true,
                NewPaper("Projektskizze Drohnen-Lieferdienst (Beispiel)", "Projektskizze", Day(-84), true, projects["drohnen"], "Skizze des Lieferdienstes mit Kostenschätzung.", "software"));
            var fundbuero = Item(held, "4", "Projektidee: Digitales Fundbüro", true,
                NewPaper("Projektskizze Digitales Fundbüro (Beispiel)", "Projektskizze", Day(-84), true, projects["fundbuero"], "Gemeinsames Fundbüro der Kommunen.", "beispielhausen"));
            Item(held, "5", "Personalangelegenheit des Projektbüros", false);
            held.Items[0].Minutes = "Die Vorsitzende eröffnet die Sitzung und stellt die Beschlussfähigkeit fest (Beispiel).";

            Vote(held, opendata, projects["opendata"], ResolutionResult.Endorsed, 4, 0, 0, conflict: "kreis",
                text: "Das Digitalboard befürwortet die Projektidee und empfiehlt, den Antrag zu stellen (Beispiel).");
            Vote(held, drohnen, projects["drohnen"], ResolutionResult.Rejected, 1, 4, 0,
                text: "Das Digitalboard lehnt die Projektidee ab: Die luftrechtlichen Voraussetzungen sind nicht geklärt (Beispiel).");
            Vote(held, fundbuero, projects["fundbuero"], ResolutionResult.Endorsed, 5, 0, 0,
                text: "Das Digitalboard befürwortet die Projektidee (Beispiel).");
            Walk(projects["drohnen"], (ProjectStatus.Rejected, Day(-63), "Ablehnen (Votum: abgelehnt)"));
            Walk(projects["fundbuero"], (ProjectStatus.ApplicationSubmitted, Day(-35), "Antrag bei der Bezirksregierung eingereicht"));

            // The next meeting: two ideas are on the agenda, three more wait for one.
            var next = new Meeting
            {
                Board = _board,
                Name = "Nächste Sitzung des Digitalboards der Übungsregion (Beispiel)",
                StartsAt = At(21, 14),
                EndsAt = At(21, 16),
                State = MeetingState.Planned,
                Room = "Ratssaal",
                StreetAddress = "Musterplatz 1",
                PostalCode = "12345",
                Locality = "Musterstadt (fiktiv)",
            };
            db.Meetings.Add(next);
            Item(next, "1", "Begrüßung und Feststellung der Beschlussfähigkeit", true);
            Item(next, "2", "Bericht des Projektbüros", true,
                NewPaper("Bericht des Projektbüros (Beispiel)", "Mitteilungsvorlage", Day(-2), true, summary: "Stand der Projekte, Mittelabfluss und Transferfälle der Übungsregion."));
            Item(next, "3", "Projektidee: Vereinsportal Musterstadt", true,
                NewPaper("Projektskizze Vereinsportal Musterstadt (Beispiel)", "Projektskizze", Day(-2), true, projects["vereinsportal"], "Skizze des Vereinsportals."));
            Item(next, "4", "Projektidee: Digitale Schöffenwahl", true,
                NewPaper("Projektskizze Digitale Schöffenwahl (Beispiel)", "Projektskizze", Day(-2), true, projects["schoeffenwahl"], "Skizze der digitalen Schöffenwahl.", "kreis"));
            Item(next, "5", "Vertragsangelegenheit (nicht öffentlich)", false,
                NewPaper("Verlängerung des Vertrags mit dem Auftragnehmer (Beispiel)", "Beschlussvorlage", Day(-2), false, summary: "Nicht öffentliche Beispielvorlage: nur im Mitgliederbereich sichtbar."));
        }

        /// <summary>A resolution as <see cref="RecordResolution"/> records it: attendance, tally, quorum and the project's Votum step.</summary>
        private void Vote(Meeting meeting, AgendaItem item, Project project, ResolutionResult result, int yes, int no, int abstentions, string text, string? conflict = null)
        {
            var seats = _seats.Where(s => s.Value.HasVotingRight && s.Value.DeputyOf is null).ToList();
            var voting = seats.Count(s => s.Key != conflict);
            if (yes + no + abstentions > voting || voting * 100 <= _board.QuorumPercent * seats.Count)
            {
                throw new InvalidOperationException($"Die Abstimmung zu {project.Title} passt nicht zur Besetzung des Boards.");
            }

            var resolution = new Resolution
            {
                AgendaItem = item,
                Result = result,
                Text = text,
                Yes = yes,
                No = no,
                Abstentions = abstentions,
                VotingMembers = seats.Count,
                VotingMembersPresent = voting,
                IsQuorate = true,
                Project = project,
            };
            foreach (var (key, seat) in _seats)
            {
                resolution.Attendance.Add(new ResolutionAttendance { Membership = seat, IsPresent = key != "deputy", DeclaredConflict = key == conflict });
            }

            var step = new StatusChange
            {
                From = project.Status,
                To = ProjectStatus.BoardVote,
                RecordedAt = meeting.EndsAt!.Value,
                RecordedBy = TrainingActor,
            };
            RecordResolution.DescribeBoardVote(step, result, meeting, item);
            project.StatusChanges.Add(step);
            project.Status = ProjectStatus.BoardVote;
            resolution.StatusChange = step;
            item.Resolution = resolution;
            db.Resolutions.Add(resolution);
        }

        // ------------------------------------------------------------------ solutions and transfer

        private (Solution Kita, Solution Guide) AddSolutions(Projects projects)
        {
            var kita = new Solution
            {
                Slug = "kita-anmeldung-online-beispiel",
                Title = "Kita-Anmeldung online (Beispiel)",
                Kind = SolutionKind.Software,
                Maturity = Maturity.Production,
                Region = _region,
                Provider = O("musterstadt"),
                Summary = "Eltern melden ihr Kind online für einen Kita-Platz an; die Kommune vergibt die Plätze zentral.",
                Problem = "Eltern melden ihr Kind bei vielen Kitas einzeln an, Plätze werden doppelt zugesagt, Zusagen kommen spät.",
                Description =
                    "Die Kita-Anmeldung online ist im Projekt „Zentrale Kita-Vergabe Musterstadt“ entstanden: Eltern wählen bis zu drei Wunsch-Kitas, " +
                    "die Kommune vergibt die Plätze nach veröffentlichten Kriterien, Zu- und Absagen kommen digital. Der Anbieter betreibt " +
                    "die Lösung für andere Kommunen mit; eigene Server sind nicht nötig.\n\n*Fiktive Lösung der Übungsregion (Beispieldaten).*",
                TargetTypes = MunicipalityTypes.DistrictMember | MunicipalityTypes.IndependentCity,
                TargetSizes = MunicipalitySizes.Small | MunicipalitySizes.Medium,
                OperatorModels = OperatorModels.HostedByProvider | OperatorModels.SharedService,
                Prerequisites = "Liste der Kitas mit Plätzen je Altersgruppe; Kriterien der Platzvergabe (Satzung).",
                AdoptionSteps = "Erstgespräch mit dem Projektbüro\nKriterien der Platzvergabe festlegen\nKitas und Plätze erfassen\nFreischaltung für Eltern",
                Licence = "EUPL-1.2",
                CostOneOff = 8_000m,
                CostRunningPerYear = 3_600m,
                CostNote = "Beispielwerte für eine Kommune mit 10 bis 25 Kitas.",
                MaintenanceType = MaintenanceType.Internal,
                SoftwareType = "standalone/web",
                Platforms = "web",
                Scope = "local-authorities,education",
                Features = "Anmeldung mit bis zu drei Wunsch-Kitas\nZentrale Platzvergabe nach Kriterien\nZu- und Absagen per E-Mail\nÜbersicht für Kitas und Jugendamt",
                Contacts = [new SolutionContact { Name = "Projektbüro der Übungsregion (Beispiel)", Email = "buero@uebungsregion.example" }],
                Topics = [demo._topics["bildung"]],
                IsExample = true,
            };
            kita.Projects.Add(new SolutionProject { Project = projects["kita"] });
            kita.Reuses.Add(new Reuse
            {
                UserName = "Beispielhausen (Beispiel)",
                Organisation = O("beispielhausen"),
                Since = Day(-200),
                Note = "Nutzt die Lösung im Betrieb des Anbieters (Beispiel).",
                Status = ReuseStatus.Confirmed,
                ConfirmedAt = At(-190),
                ConfirmedBy = "Projektbüro der Übungsregion (Beispiel)",
            });
            kita.Reuses.Add(new Reuse
            {
                UserName = "Musterdorf (Beispiel)",
                Organisation = O("musterdorf"),
                Since = Day(-20),
                Note = "Gemeldet über das Formular „Nachnutzung melden“ (Beispiel); wartet auf die Bestätigung durch das Projektbüro.",
                Status = ReuseStatus.Declared,
                DeclaredByName = "Paul Beispiel",
                DeclaredByEmail = "paul.beispiel@example.org",
            });
            db.Solutions.Add(kita);

            var guide = new Solution
            {
                Slug = "leitfaden-digitale-kita-platzvergabe-beispiel",
                Title = "Leitfaden: Kita-Plätze digital vergeben (Beispiel)",
                Kind = SolutionKind.Guide,
                Maturity = Maturity.Established,
                Region = _region,
                Provider = O("musterstadt"),
                Summary = "Wie eine Kommune die Kita-Anmeldung digitalisiert: Kriterien, Satzung, Datenschutz, Einführung.",
                Problem = "Kommunen wollen die Kita-Anmeldung online anbieten und wissen nicht, wo sie anfangen sollen.",
                Description =
                    "Der Leitfaden fasst die Erfahrungen aus dem Projekt „Zentrale Kita-Vergabe Musterstadt“ zusammen: Vergabekriterien, Änderung " +
                    "der Satzung, Datenschutz-Folgenabschätzung, Einbindung der Kita-Träger und ein Zeitplan für die Einführung.\n\n" +
                    "*Fiktive Lösung der Übungsregion (Beispieldaten).*",
                TargetTypes = MunicipalityTypes.DistrictMember | MunicipalityTypes.IndependentCity | MunicipalityTypes.District,
                TargetSizes = MunicipalitySizes.Small | MunicipalitySizes.Medium | MunicipalitySizes.Large,
                Licence = "CC-BY-4.0",
                Topics = [demo._topics["bildung"]],
                IsExample = true,
            };
            guide.Projects.Add(new SolutionProject { Project = projects["kita"] });
            db.Solutions.Add(guide);
            return (kita, guide);
        }

        /// <summary>Transfer cases in every stage of the pipeline, with the steps that led there.</summary>
        private void AddTransfer((Solution Kita, Solution Guide) solutions)
        {
            TransferCase Case(Solution solution, string ags, string contact, string email, string need, Timeline timeline, int openedDaysAgo,
                params (TransferStage To, int DaysAgo, string? Reason)[] steps)
            {
                var opened = At(-openedDaysAgo, 9);
                var transferCase = new TransferCase
                {
                    Solution = solution,
                    MunicipalityAgs = ags,
                    ContactName = contact,
                    ContactEmail = email,
                    ContactRole = "Digitalisierungsbeauftragte (Beispiel)",
                    Need = need,
                    Timeline = timeline,
                    ConsentAt = opened,
                    Stage = TransferStage.Request,
                    LastActivityAt = opened,
                    CreatedAt = opened,
                };
                transferCase.Steps.Add(new TransferCaseStep { To = TransferStage.Request, At = opened, By = "Öffentliches Formular", Reason = "Interessensbekundung eingegangen" });
                foreach (var (to, daysAgo, reason) in steps)
                {
                    if (!TransferStages.AllowedTargets(transferCase.Stage, transferCase.CancelledFrom).Contains(to))
                    {
                        throw new InvalidOperationException($"Kein erlaubter Schritt im Transferfall von {transferCase.Stage} nach {to}.");
                    }

                    var at = At(-daysAgo, 11);
                    transferCase.Steps.Add(new TransferCaseStep { From = transferCase.Stage, To = to, At = at, By = "Projektbüro der Übungsregion (Beispiel)", Reason = reason });
                    if (to == TransferStage.Cancelled)
                    {
                        transferCase.CancelledFrom = transferCase.Stage;
                    }

                    transferCase.Stage = to;
                    transferCase.LastActivityAt = at;
                }

                db.TransferCases.Add(transferCase);
                return transferCase;
            }

            Case(solutions.Kita, "05766016", "Jana Beispiel", "jana.beispiel@example.org",
                "Wir möchten die Anmeldung für unsere neun Kitas online anbieten (Beispiel).", Timeline.WithinSixMonths, 2);
            var meeting = Case(solutions.Kita, "05766060", "Tom Beispiel", "tom.beispiel@example.org",
                "Unsere Wartelisten sind doppelt geführt; wir suchen eine zentrale Vergabe (Beispiel).", Timeline.WithinYear, 20,
                (TransferStage.FirstMeeting, 5, "Erstgespräch per Video vereinbart"));
            meeting.NextStep = "Zweites Gespräch mit dem Jugendamt";
            meeting.NextStepDue = Day(7);
            meeting.Notes.Add(new TransferCaseNote { Text = "Das Jugendamt möchte die Kriterien der Platzvergabe vorab sehen (Beispiel).", CreatedAt = At(-5, 12), AuthorName = "Projektbüro der Übungsregion (Beispiel)" });
            Case(solutions.Guide, "05766052", "Eva Beispiel", "eva.beispiel@example.org",
                "Wir brauchen eine Anleitung für die Satzungsänderung (Beispiel).", Timeline.Now, 40,
                (TransferStage.FirstMeeting, 30, null), (TransferStage.Agreement, 10, "Leitfaden und Mustersatzung übergeben; Begleitung vereinbart"));
            Case(solutions.Kita, "05766032", "Ben Beispiel", "ben.beispiel@example.org",
                "Anmeldung für sechs Kitas in zwei Ortsteilen (Beispiel).", Timeline.Now, 120,
                (TransferStage.FirstMeeting, 100, null), (TransferStage.Agreement, 70, null), (TransferStage.Implementation, 30, "Einrichtung beim Anbieter beauftragt"));
            var reused = Case(solutions.Kita, TrainingReuseAgs, "Nina Beispiel", "nina.beispiel@example.org",
                "Online-Anmeldung für die Kitas der Stadt (Beispiel).", Timeline.Now, 260,
                (TransferStage.FirstMeeting, 250, null), (TransferStage.Agreement, 220, null), (TransferStage.Implementation, 180, null),
                (TransferStage.Reused, 120, "Im Betrieb seit dem Start des Kita-Jahres (Beispiel)"));
            solutions.Kita.Reuses.Add(new Reuse
            {
                UserName = "Nieheim (Beispiel-Nachnutzung)",
                MunicipalityAgs = TrainingReuseAgs,
                Since = Day(-120),
                Note = "Fiktive Nachnutzung der Übungsregion: zeigt, wie Matchmaking eine Nachbarkommune im selben Kreis erkennt. Über den Transferfall begleitet (Beispiel).",
                Status = ReuseStatus.Confirmed,
                ConfirmedAt = At(-120, 11),
                ConfirmedBy = "Projektbüro der Übungsregion (Beispiel)",
                TransferCase = reused,
                DeclaredByName = reused.ContactName,
                DeclaredByEmail = reused.ContactEmail,
            });
            var cancelled = Case(solutions.Guide, "05766012", "Lea Beispiel", "lea.beispiel@example.org",
                "Leitfaden für die Umstellung der Kita-Anmeldung (Beispiel).", Timeline.Open, 90,
                (TransferStage.FirstMeeting, 80, null), (TransferStage.Cancelled, 60, "Keine Mittel oder Kapazität: Stelle nicht besetzt (Beispiel)"));
            cancelled.CancelReason = CancelReason.NoMoneyOrCapacity;
            cancelled.CancelNote = "Stelle nicht besetzt (Beispiel).";
        }

        // ------------------------------------------------------------------ news

        private void AddNews(Projects projects)
        {
            void News(int daysAgo, string title, string teaser, string body, Project? project = null) =>
                db.News.Add(new NewsItem
                {
                    Slug = Slug.From("beispiel-" + title),
                    Title = title,
                    Teaser = teaser,
                    Body = body + "\n\n*Fiktive Meldung der Übungsregion (Beispieldaten).*",
                    PublishedOn = Day(-daysAgo),
                    Region = _region,
                    Project = project,
                    IsExample = true,
                });

            News(60, "Digitalboard befürwortet Open-Data-Portal und Digitales Fundbüro (Beispiel)",
                "Zwei von drei Projektideen haben das Votum des Digitalboards der Übungsregion.",
                "In seiner Sitzung hat das Digitalboard der Übungsregion das Open-Data-Portal des Kreises Musterland und das Digitale " +
                "Fundbüro befürwortet. Den Drohnen-Lieferdienst hat es abgelehnt.", projects["opendata"]);
            News(100, "Kita-Anmeldung online jetzt auch in Nachbarkommunen (Beispiel)",
                "Die Lösung aus der zentralen Kita-Vergabe Musterstadt wird nachgenutzt.",
                "Die in Musterstadt entwickelte Kita-Anmeldung wird inzwischen auch außerhalb der Übungsregion genutzt.", projects["kita"]);
        }
    }
}
