using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Data.Seeding;
using Modellregion.Web.Features.Projects;

namespace Modellregion.Web.Features.Board;

/// <summary>
/// The Digitalboard's share of the demo data: the Digitalboard OWL as the sources describe it, the training region's
/// board with its seats, a held meeting with resolutions and the next meeting, and the training account of a member.
/// </summary>
public sealed class BoardDemoData : IDemoData
{
    public int Order => 200;

    public Task SeedAsync(DemoDataContext context, CancellationToken cancellationToken)
    {
        AddOwlBoard(context);
        return Task.CompletedTask;
    }

    public Task SeedTrainingRegionAsync(DemoDataContext context, CancellationToken cancellationToken)
    {
        new TrainingBoard(context.Training, context.Db).Add();
        return Task.CompletedTask;
    }

    /// <summary>A member of the training board: the account opens the members' area for the chair's seat.</summary>
    public async Task AddTrainingAccountsAsync(TrainingAccountsContext context, CancellationToken cancellationToken)
    {
        var member = await context.CreateAccountAsync("digitalboard@uebungsregion.example", "Erika Beispiel (Digitalboard, Beispiel)", "Mitglied des Digitalboards (Mitgliederbereich)");
        var seat = await context.Db.BoardMemberships.Where(m => m.Board!.Region!.Slug == DemoData.TrainingRegionSlug && m.Role == BoardRole.Chair && m.DeletedAt == null)
            .OrderBy(m => m.Id).FirstOrDefaultAsync(cancellationToken);
        if (seat is not null)
        {
            seat.UserId = member;
        }
    }

    /// <summary>
    /// The Digitalboard OWL as the sources describe it: the heads of the partner authorities and representatives of
    /// HWK, IHK, it's OWL, Lemgo Digital and the Universität Paderborn; the chair is the mayor of Paderborn, Michael
    /// Dreier. Only the chair is named; the other seats are held by their organisations. Terms and voting rights
    /// are not published: seats carry no dates, and every seat is entered with a voting right (noted on the seat).
    /// Its meetings are not published either; how a board works is shown by the training region's board.
    /// </summary>
    private static void AddOwlBoard(DemoDataContext demo)
    {
        var delbrueck = DemoDataContext.Source("https://www.stadt-delbrueck.de/de/rathaus-online/delbrueck-digital/digitale-modellregion-owl.php", "Stadt Delbrück: Digitale Modellregion OWL", "Mitglieder und Vorsitz des Digitalboards");
        var journal = DemoDataContext.Source("http://www.owl-journal.de/digitale-modellregion-macht-sich-auf-den-weg/", "OWL-Journal: Digitale Modellregion macht sich auf den Weg", "Digitalboard als zentrales Entscheidungsgremium");
        var db = demo.Db;
        var region = demo.Regions["owl"];
        var board = new Board
        {
            Region = region,
            Kind = BoardKind.Board,
            Slug = "digitalboard-owl",
            Name = "Digitalboard OWL",
            ShortName = "Digitalboard",
            Description =
                "Das Digitalboard OWL ist das zentrale Gremium zur Abstimmung der inhaltlichen Belange der Digitalen Modellregion OWL. " +
                "Vertretungen der verschiedenen Handlungsbeteiligten in der Region sitzen hier zusammen, um die Vernetzung in OWL zu " +
                "gewährleisten. Das Digitalboard entscheidet, welche Projekte Vorrang haben und welche Förderanträge gestellt werden.\n\n" +
                "Zu den Beteiligten gehören die Behördenleitungen der Kooperationspartner (Stadt Paderborn, Stadt Bielefeld, Kreis " +
                "Paderborn, Stadt Delbrück, Bezirksregierung Detmold) sowie Vertreter von HWK, IHK, it's OWL, Lemgo Digital, der " +
                "Universität Paderborn und der Kreise der Region. Den Vorsitz hat der Bürgermeister der Stadt Paderborn.\n\n" +
                "Welche Kreise der Region vertreten sind, nennen die Quellen nicht; sie sind deshalb nicht einzeln aufgeführt. " +
                "Eine Geschäftsordnung ist nicht veröffentlicht: Für die Beschlussfähigkeit gilt hier die Voreinstellung „mehr als die " +
                "Hälfte der stimmberechtigten Mitglieder anwesend“.",
            QuorumPercent = 50,
            Sources = [delbrueck.Copy(), journal.Copy()],
        };
        db.Boards.Add(board);

        const string votingNote = "Stimmrecht laut Quellen nicht angegeben; als stimmberechtigt erfasst.";
        var dreier = new BoardPerson
        {
            Region = region,
            Name = "Michael Dreier",
            GivenName = "Michael",
            FamilyName = "Dreier",
            FormOfAddress = "Bürgermeister der Stadt Paderborn",
            Sources = [delbrueck.Copy(), journal.Copy()],
        };
        board.Memberships.Add(new BoardMembership
        {
            Person = dreier,
            Organisation = demo.Organisations["paderborn"],
            Role = BoardRole.Chair,
            HasVotingRight = true,
            Note = votingNote,
            Sources = [delbrueck.Copy(), journal.Copy()],
        });
        foreach (var key in new[] { "bielefeld", "kreis-paderborn", "delbrueck", "bezreg-detmold", "hwk", "ihk", "its-owl", "lemgo-digital", "uni-paderborn" })
        {
            board.Memberships.Add(new BoardMembership
            {
                Organisation = demo.Organisations[key],
                Role = BoardRole.Member,
                HasVotingRight = true,
                Note = key is "bielefeld" or "kreis-paderborn" or "delbrueck" or "bezreg-detmold"
                    ? "Vertreten durch die Behördenleitung (nicht namentlich genannt). " + votingNote
                    : "Vertretung nicht namentlich genannt. " + votingNote,
                Sources = [delbrueck.Copy()],
            });
        }
    }

    /// <summary>The training region's board: seats, the last meeting with its votes and the next meeting.</summary>
    private sealed class TrainingBoard(TrainingRegion training, AppDbContext db)
    {
        private readonly Dictionary<string, BoardMembership> _seats = [];
        private Board _board = null!;

        public void Add()
        {
            AddBoard();
            AddMeetings(training.Projects);
        }

        private void AddBoard()
        {
            _board = new Board
            {
                Region = training.Region,
                Kind = BoardKind.Board,
                Slug = "digitalboard-uebungsregion",
                Name = "Digitalboard der Übungsregion (Beispiel)",
                ShortName = "Digitalboard",
                Description =
                    "Das erfundene Digitalboard der Übungsregion: Es berät die Projektideen und gibt sein Votum ab, bevor ein Antrag " +
                    "gestellt wird. Fünf Sitze haben Stimmrecht, die Bezirksregierung berät ohne Stimmrecht. Beschlussfähig ist das " +
                    "Board, wenn mehr als die Hälfte der stimmberechtigten Mitglieder anwesend und ohne Befangenheit ist.",
                QuorumPercent = 50,
                StartsOn = new DateOnly(training.Today.Year - 4, 1, 1),
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
            var person = new BoardPerson { Region = training.Region, Name = name, GivenName = given, FamilyName = family, FormOfAddress = formOfAddress };
            var seat = new BoardMembership
            {
                Person = person,
                Organisation = training.Organisation(organisation),
                Role = role,
                HasVotingRight = votes,
                StartsOn = new DateOnly(training.Today.Year - 2, 1, 1),
                DeputyOf = deputyOf is null ? null : _seats[deputyOf],
                InvitationEmail = email,
                Note = note,
            };
            _board.Memberships.Add(seat);
            _seats[key] = seat;
        }

        private void AddMeetings(IReadOnlyDictionary<string, Project> projects)
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
                    OriginatorOrganisation = training.Organisation(originator),
                    Project = project,
                    IsPublic = isPublic,
                    PublicSince = isPublic ? training.At(date.DayNumber - training.Today.DayNumber, 9) : null,
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
                StartsAt = training.At(-70, 14),
                EndsAt = training.At(-70, 16),
                State = MeetingState.Held,
                Room = "Ratssaal",
                StreetAddress = "Musterplatz 1",
                PostalCode = "12345",
                Locality = "Musterstadt (fiktiv)",
            };
            db.Meetings.Add(held);
            held.Invitations.Add(new MeetingInvitation
            {
                SentAt = training.At(-84),
                SentBy = "buero@uebungsregion.example",
                Recipients = [.. _seats.Values.Select(s => new InvitationRecipient { Membership = s, Email = s.InvitationEmail! })],
            });
            Item(held, "1", "Begrüßung und Feststellung der Beschlussfähigkeit", true);
            var opendata = Item(held, "2", "Projektidee: Open-Data-Portal Kreis Musterland", true,
                NewPaper("Projektskizze Open-Data-Portal Kreis Musterland (Beispiel)", "Projektskizze", training.Day(-84), true, projects["opendata"], "Skizze, Kosten und Zeitplan des Open-Data-Portals.", "kreis"));
            var drohnen = Item(held, "3", "Projektidee: Drohnen-Lieferdienst für Apotheken", true,
                NewPaper("Projektskizze Drohnen-Lieferdienst (Beispiel)", "Projektskizze", training.Day(-84), true, projects["drohnen"], "Skizze des Lieferdienstes mit Kostenschätzung.", "software"));
            var fundbuero = Item(held, "4", "Projektidee: Digitales Fundbüro", true,
                NewPaper("Projektskizze Digitales Fundbüro (Beispiel)", "Projektskizze", training.Day(-84), true, projects["fundbuero"], "Gemeinsames Fundbüro der Kommunen.", "beispielhausen"));
            Item(held, "5", "Personalangelegenheit des Projektbüros", false);
            held.Items[0].Minutes = "Die Vorsitzende eröffnet die Sitzung und stellt die Beschlussfähigkeit fest (Beispiel).";

            Vote(held, opendata, projects["opendata"], ResolutionResult.Endorsed, 4, 0, 0, conflict: "kreis",
                text: "Das Digitalboard befürwortet die Projektidee und empfiehlt, den Antrag zu stellen (Beispiel).");
            Vote(held, drohnen, projects["drohnen"], ResolutionResult.Rejected, 1, 4, 0,
                text: "Das Digitalboard lehnt die Projektidee ab: Die luftrechtlichen Voraussetzungen sind nicht geklärt (Beispiel).");
            Vote(held, fundbuero, projects["fundbuero"], ResolutionResult.Endorsed, 5, 0, 0,
                text: "Das Digitalboard befürwortet die Projektidee (Beispiel).");
            TrainingRegion.Walk(projects["drohnen"], (ProjectStatus.Rejected, training.Day(-63), "Ablehnen (Votum: abgelehnt)"));
            TrainingRegion.Walk(projects["fundbuero"], (ProjectStatus.ApplicationSubmitted, training.Day(-35), "Antrag bei der Bezirksregierung eingereicht"));

            // The next meeting: two ideas are on the agenda, three more wait for one.
            var next = new Meeting
            {
                Board = _board,
                Name = "Nächste Sitzung des Digitalboards der Übungsregion (Beispiel)",
                StartsAt = training.At(21, 14),
                EndsAt = training.At(21, 16),
                State = MeetingState.Planned,
                Room = "Ratssaal",
                StreetAddress = "Musterplatz 1",
                PostalCode = "12345",
                Locality = "Musterstadt (fiktiv)",
            };
            db.Meetings.Add(next);
            Item(next, "1", "Begrüßung und Feststellung der Beschlussfähigkeit", true);
            Item(next, "2", "Bericht des Projektbüros", true,
                NewPaper("Bericht des Projektbüros (Beispiel)", "Mitteilungsvorlage", training.Day(-2), true, summary: "Stand der Projekte, Mittelabfluss und Transferfälle der Übungsregion."));
            Item(next, "3", "Projektidee: Vereinsportal Musterstadt", true,
                NewPaper("Projektskizze Vereinsportal Musterstadt (Beispiel)", "Projektskizze", training.Day(-2), true, projects["vereinsportal"], "Skizze des Vereinsportals."));
            Item(next, "4", "Projektidee: Digitale Schöffenwahl", true,
                NewPaper("Projektskizze Digitale Schöffenwahl (Beispiel)", "Projektskizze", training.Day(-2), true, projects["schoeffenwahl"], "Skizze der digitalen Schöffenwahl.", "kreis"));
            Item(next, "5", "Vertragsangelegenheit (nicht öffentlich)", false,
                NewPaper("Verlängerung des Vertrags mit dem Auftragnehmer (Beispiel)", "Beschlussvorlage", training.Day(-2), false, summary: "Nicht öffentliche Beispielvorlage: nur im Mitgliederbereich sichtbar."));
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
                RecordedBy = TrainingRegion.Actor,
            };
            RecordResolution.DescribeBoardVote(step, result, meeting, item);
            project.StatusChanges.Add(step);
            project.Status = ProjectStatus.BoardVote;
            resolution.StatusChange = step;
            item.Resolution = resolution;
            db.Resolutions.Add(resolution);
        }
    }
}
