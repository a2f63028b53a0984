using Modellregion.Web.Features.Directory;
using Modellregion.Web.Features.Funding;
using Modellregion.Web.Features.Projects;
using Modellregion.Web.Features.Regions;
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

}

/// <summary>
/// The core of the training region: its programme, organisations, region and projects with their funding. The
/// features add their parts to it (<see cref="IDemoData.SeedTrainingRegionAsync"/>): the Digitalboard with its
/// meetings, the solutions and transfer cases, the news.
/// </summary>
public sealed class TrainingRegion(DemoDataContext demo, AppDbContext db)
{
    private readonly DateOnly _today = db.Today;
    private readonly Dictionary<string, Organisation> _organisations = [];
    private Programme _programme = null!;
    private Region _region = null!;
    private ProjectsByKey _projects = null!;

    /// <summary>Who recorded the training data (shown in histories).</summary>
    public const string Actor = DemoData.TrainingActor;

    /// <summary>Adds the core of the training region; the organisations are saved, the region and projects only added.</summary>
    public static async Task<TrainingRegion> AddAsync(DemoDataContext demo, CancellationToken cancellationToken)
    {
        var training = new TrainingRegion(demo, demo.Db);
        training.AddProgramme();
        training.AddOrganisations();

        // The organisations first: the region names its lead, and they belong to the region.
        await demo.Db.SaveChangesAsync(cancellationToken);
        training.AddRegion();
        training._projects = training.AddProjects();
        return training;
    }

    /// <summary>The training region (slug <see cref="DemoData.TrainingRegionSlug"/>).</summary>
    public Region Region => _region;

    /// <summary>The fictional programme of the training region.</summary>
    public Programme Programme => _programme;

    /// <summary>The day of seeding (Berlin); every date of the training region is relative to it.</summary>
    public DateOnly Today => _today;

    /// <summary>The training region's projects by key ("kita", "bauakte", "opendata", "drohnen", "fundbuero", "vereinsportal", "schoeffenwahl" …).</summary>
    public IReadOnlyDictionary<string, Project> Projects => _projects;

    /// <summary>An organisation of the training region by key ("musterstadt", "kreis", "beispielhausen", "musterdorf", "hochschule", "software", "verein", "bezirksregierung").</summary>
    public Organisation Organisation(string key) => _organisations[key];

    // ------------------------------------------------------------------ dates

    /// <summary>A day relative to the day of seeding.</summary>
    public DateOnly Day(int days) => _today.AddDays(days);

    /// <summary>A moment (UTC) on a day relative to the day of seeding, at a Berlin hour.</summary>
    public DateTime At(int days, int hour = 10) => Formatting.BerlinToUtc(Day(days), new TimeOnly(hour, 0));

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
            Slug = DemoData.TrainingRegionSlug,
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

    // ------------------------------------------------------------------ projects

    /// <summary>The projects by key, for meetings, solutions and news.</summary>
    private sealed class ProjectsByKey : Dictionary<string, Project>;

    private Project NewProject(ProjectsByKey projects, string key, string title, string field, string[] topics, string summary, string description, string lead)
    {
        var project = new Project
        {
            Slug = Slug.From(title),
            Title = title,
            Summary = summary,
            Description = description + "\n\n*Fiktives Übungsprojekt der Übungsregion (Beispieldaten).*",
            Region = _region,
            Programme = _programme,
            Field = demo.Fields[field],
            Topics = [.. topics.Select(t => demo.Topics[t])],
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
    public static void Walk(Project project, params (ProjectStatus To, DateOnly On, string? Reason)[] steps)
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
            RecordedBy = Actor,
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
            RecordedBy = Actor,
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

    private ProjectsByKey AddProjects()
    {
        var projects = new ProjectsByKey();
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
}
