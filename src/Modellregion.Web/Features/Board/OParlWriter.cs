using System.Text.Json;
using Modellregion.Web.Features.Directory;
using Modellregion.Web.Features.Regions;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Board;

/// <summary>
/// Writes the OParl 1.1 objects (Body, LegislativeTerm, Organization, Person, Membership, Meeting, AgendaItem,
/// Consultation, Paper, File, Location) as JSON, with the addresses of <see cref="OParlUrls"/> and what
/// <see cref="OParlLoader"/> loaded beside them. Only what was loaded as public is ever written.
/// </summary>
public sealed class OParlWriter(OParlUrls urls, OParlLoader loaded)
{
    private const string Schema = OParlService.Version;

    public OParlUrls Urls => urls;

    public OParlLoader Loaded => loaded;

    private static string Time(DateTime utc) => OParlUrls.Time(utc);

    private static string Day(DateOnly date) => OParlUrls.Day(date);

    private static void Times(Utf8JsonWriter w, DateTime created, DateTime modified)
    {
        w.WriteString("created", Time(created));
        w.WriteString("modified", Time(modified));
    }

    private static void Optional(Utf8JsonWriter w, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            w.WriteString(name, value);
        }
    }

    public void WriteBody(Utf8JsonWriter w, Region region)
    {
        w.WriteStartObject();
        w.WriteString("id", urls.Body(region.Id));
        w.WriteString("type", Schema + "Body");
        w.WriteString("system", urls.System);
        w.WriteString("name", region.Name);
        w.WriteString("shortName", region.ShortName);
        Optional(w, "website", region.Website ?? region.Office.Website);
        w.WriteString("classification", "Digitale Modellregion");
        foreach (var list in OParlService.ListNames)
        {
            w.WriteString(list, urls.List(region.Id, list));
        }

        w.WriteStartArray("legislativeTerm");
        WriteTerm(w, region, standalone: false);
        w.WriteEndArray();
        if (loaded.MainBoards.TryGetValue(region.Id, out var board))
        {
            w.WriteString("mainOrganization", urls.Board(board));
        }

        w.WriteString("web", $"{urls.Site}/regionen/{region.Slug}");
        Times(w, region.CreatedAt, region.UpdatedAt);
        w.WriteEndObject();
    }

    /// <summary>The programme's funding phase is the only "term" a Digitalboard has.</summary>
    public void WriteTerm(Utf8JsonWriter w, Region region, bool standalone)
    {
        var programme = region.Programme!;
        w.WriteStartObject();
        w.WriteString("id", urls.Term(region.Id));
        w.WriteString("type", Schema + "LegislativeTerm");
        if (standalone)
        {
            w.WriteString("body", urls.Body(region.Id));
        }

        w.WriteString("name", $"Förderphase: {programme.Name}");
        if (programme.StartsOn is { } start)
        {
            w.WriteString("startDate", Day(start));
        }

        if (programme.EndsOn is { } end)
        {
            w.WriteString("endDate", Day(end));
        }

        Times(w, programme.CreatedAt, programme.UpdatedAt);
        w.WriteEndObject();
    }

    public void WriteBoard(Utf8JsonWriter w, Board board)
    {
        w.WriteStartObject();
        w.WriteString("id", urls.Board(board.Id));
        w.WriteString("type", Schema + "Organization");
        w.WriteString("body", urls.Body(board.RegionId));
        w.WriteString("name", board.Name);
        Optional(w, "shortName", board.ShortName);
        w.WriteString("organizationType", "Gremium");
        w.WriteString("classification", board.Kind == BoardKind.Board ? "Digitalboard" : "Arbeitsgruppe");
        w.WriteStartArray("post");
        foreach (var role in Enum.GetValues<BoardRole>())
        {
            w.WriteStringValue(BoardRoles.Label(role));
        }

        w.WriteEndArray();
        if (board.Memberships.Count > 0)
        {
            w.WriteStartArray("membership");
            foreach (var membership in board.Memberships)
            {
                w.WriteStringValue(urls.Membership(membership.Id));
            }

            w.WriteEndArray();
        }

        w.WriteString("meeting", urls.BoardMeetings(board.Id));
        if (board.ParentBoardId is { } parent)
        {
            w.WriteString("subOrganizationOf", urls.Board(parent));
        }

        if (board.StartsOn is { } start)
        {
            w.WriteString("startDate", Day(start));
        }

        if (board.EndsOn is { } end)
        {
            w.WriteString("endDate", Day(end));
        }

        w.WriteString("web", $"{urls.Site}/digitalboard/{board.Slug}");
        Times(w, board.CreatedAt, board.UpdatedAt);
        w.WriteEndObject();
    }

    public void WriteRepresented(Utf8JsonWriter w, int body, Organisation organisation)
    {
        w.WriteStartObject();
        w.WriteString("id", urls.Represented(body, organisation.Id));
        w.WriteString("type", Schema + "Organization");
        w.WriteString("body", urls.Body(body));
        w.WriteString("name", organisation.Name);
        Optional(w, "shortName", organisation.ShortName);
        w.WriteString("organizationType", "Sonstiges");
        w.WriteString("classification", OrganisationTypes.Label(organisation.Type));
        Optional(w, "website", organisation.Website);
        w.WriteString("web", $"{urls.Site}/akteure/{organisation.Slug}");
        Times(w, organisation.CreatedAt, organisation.UpdatedAt);
        w.WriteEndObject();
    }

    public void WritePerson(Utf8JsonWriter w, BoardPerson person, bool omitInternal)
    {
        w.WriteStartObject();
        w.WriteString("id", urls.Person(person.Id));
        w.WriteString("type", Schema + "Person");
        w.WriteString("body", urls.Body(person.RegionId));
        w.WriteString("name", person.Name);
        Optional(w, "givenName", person.GivenName);
        Optional(w, "familyName", person.FamilyName);
        Optional(w, "formOfAddress", person.FormOfAddress);
        if (!omitInternal && loaded.PersonMemberships.TryGetValue(person.Id, out var memberships) && memberships.Count > 0)
        {
            w.WriteStartArray("membership");
            foreach (var membership in memberships)
            {
                WriteMembership(w, membership, standalone: false);
            }

            w.WriteEndArray();
        }

        Times(w, person.CreatedAt, person.UpdatedAt);
        w.WriteEndObject();
    }

    public void WriteMembership(Utf8JsonWriter w, BoardMembership membership, bool standalone)
    {
        w.WriteStartObject();
        w.WriteString("id", urls.Membership(membership.Id));
        w.WriteString("type", Schema + "Membership");
        if (standalone && membership.PersonId is { } person)
        {
            w.WriteString("person", urls.Person(person));
        }

        w.WriteString("organization", urls.Board(membership.BoardId));
        w.WriteString("role", BoardRoles.Label(membership.Role));
        w.WriteBoolean("votingRight", membership.HasVotingRight);
        if (membership.StartsOn is { } start)
        {
            w.WriteString("startDate", Day(start));
        }

        if (membership.EndsOn is { } end)
        {
            w.WriteString("endDate", Day(end));
        }

        if (membership.OrganisationId is { } organisation)
        {
            w.WriteString("onBehalfOf", urls.Represented(membership.Board!.RegionId, organisation));
        }

        if (membership.DeputyOfId is { } deputyOf)
        {
            w.WriteString("modellregion:deputyOf", urls.Membership(deputyOf));
        }

        Times(w, membership.CreatedAt, membership.UpdatedAt);
        w.WriteEndObject();
    }

    public void WriteMeeting(Utf8JsonWriter w, Meeting meeting, bool omitInternal)
    {
        w.WriteStartObject();
        w.WriteString("id", urls.Meeting(meeting.Id));
        w.WriteString("type", Schema + "Meeting");
        w.WriteString("name", meeting.Name);
        w.WriteString("meetingState", MeetingStates.Label(meeting.State));
        if (meeting.State == MeetingState.Cancelled)
        {
            w.WriteBoolean("cancelled", true);
        }

        w.WriteString("start", Time(meeting.StartsAt));
        if (meeting.EndsAt is { } end)
        {
            w.WriteString("end", Time(end));
        }

        if (meeting.HasLocation)
        {
            w.WritePropertyName("location");
            WriteLocation(w, meeting, standalone: false);
        }

        w.WriteStartArray("organization");
        w.WriteStringValue(urls.Board(meeting.BoardId));
        w.WriteEndArray();
        if (!omitInternal && meeting.Items.Count > 0)
        {
            w.WriteStartArray("agendaItem");
            foreach (var item in meeting.Items)
            {
                WriteItem(w, item, standalone: false);
            }

            w.WriteEndArray();
        }

        if (meeting.IsExample)
        {
            w.WriteStartArray("keyword");
            w.WriteStringValue("Beispiel");
            w.WriteEndArray();
        }

        w.WriteString("web", $"{urls.Site}/digitalboard/sitzungen/{meeting.Id}");
        Times(w, meeting.CreatedAt, meeting.UpdatedAt);
        w.WriteEndObject();
    }

    private static bool PaperVisible(AgendaItem item) => item.Paper is { DeletedAt: null, IsPublic: true };

    public void WriteItem(Utf8JsonWriter w, AgendaItem item, bool standalone)
    {
        w.WriteStartObject();
        w.WriteString("id", urls.Item(item.Id));
        w.WriteString("type", Schema + "AgendaItem");
        if (standalone)
        {
            w.WriteString("meeting", urls.Meeting(item.MeetingId));
        }

        w.WriteString("number", item.Number);
        w.WriteNumber("order", item.Order);
        w.WriteString("name", item.Title);
        w.WriteBoolean("public", true);
        if (PaperVisible(item))
        {
            w.WriteString("consultation", urls.Consultation(item.Id));
        }

        if (item.Resolution is { } resolution)
        {
            w.WriteString("result", ResolutionResults.OParlCategory(resolution.Result));
            Optional(w, "resolutionText", resolution.Text);
            w.WriteString("modellregion:resultLabel", ResolutionResults.Label(resolution.Result));
            w.WriteStartObject("modellregion:votes");
            w.WriteNumber("yes", resolution.Yes);
            w.WriteNumber("no", resolution.No);
            w.WriteNumber("abstentions", resolution.Abstentions);
            w.WriteNumber("votingMembersPresent", resolution.VotingMembersPresent);
            w.WriteNumber("votingMembers", resolution.VotingMembers);
            w.WriteBoolean("quorate", resolution.IsQuorate);
            w.WriteEndObject();
            var conflicts = resolution.Attendance.Where(a => a.DeclaredConflict).ToList();
            if (conflicts.Count > 0)
            {
                w.WriteStartArray("modellregion:conflictOfInterest");
                foreach (var conflict in conflicts)
                {
                    w.WriteStringValue(urls.Membership(conflict.MembershipId));
                }

                w.WriteEndArray();
            }
        }

        w.WriteString("web", $"{urls.Site}/digitalboard/sitzungen/{item.MeetingId}#top-{item.Id}");
        Times(w, item.CreatedAt, item.UpdatedAt);
        w.WriteEndObject();
    }

    public void WriteConsultation(Utf8JsonWriter w, AgendaItem item, bool standalone)
    {
        w.WriteStartObject();
        w.WriteString("id", urls.Consultation(item.Id));
        w.WriteString("type", Schema + "Consultation");
        if (standalone)
        {
            w.WriteString("paper", urls.Paper(item.PaperId!.Value));
        }

        w.WriteString("agendaItem", urls.Item(item.Id));
        w.WriteString("meeting", urls.Meeting(item.MeetingId));
        w.WriteStartArray("organization");
        w.WriteStringValue(urls.Board(item.Meeting!.BoardId));
        w.WriteEndArray();
        w.WriteBoolean("authoritative", item.Resolution is not null && ResolutionResults.IsVote(item.Resolution.Result));
        w.WriteString("role", item.Paper!.PaperType == "Mitteilungsvorlage" ? "Kenntnisnahme" : "Beschlussfassung");
        Times(w, item.CreatedAt, item.UpdatedAt);
        w.WriteEndObject();
    }

    public void WritePaper(Utf8JsonWriter w, Paper paper, bool omitInternal)
    {
        w.WriteStartObject();
        w.WriteString("id", urls.Paper(paper.Id));
        w.WriteString("type", Schema + "Paper");
        w.WriteString("body", urls.Body(paper.Board!.RegionId));
        w.WriteString("name", paper.Title);
        w.WriteString("reference", paper.Reference);
        w.WriteString("date", Day(paper.Date));
        w.WriteString("paperType", paper.PaperType);
        if (paper.Files.FirstOrDefault(f => f.IsMain) is { } main)
        {
            w.WritePropertyName("mainFile");
            WriteFile(w, main, standalone: false);
        }

        var attachments = paper.Files.Where(f => !f.IsMain).ToList();
        if (attachments.Count > 0)
        {
            w.WriteStartArray("auxiliaryFile");
            foreach (var file in attachments)
            {
                WriteFile(w, file, standalone: false);
            }

            w.WriteEndArray();
        }

        if (paper.OriginatorOrganisationId is { } originator)
        {
            w.WriteStartArray("originatorOrganization");
            w.WriteStringValue(urls.Represented(paper.Board.RegionId, originator));
            w.WriteEndArray();
        }

        if (loaded.PaperConsultations.TryGetValue(paper.Id, out var consultations) && consultations.Count > 0)
        {
            w.WriteStartArray("consultation");
            foreach (var item in consultations)
            {
                WriteConsultation(w, item, standalone: false);
            }

            w.WriteEndArray();
        }

        if (paper.ProjectId is { } project)
        {
            w.WriteString("modellregion:project", $"{urls.Site}/api/v1/projects/{project}");
        }

        w.WriteString("web", $"{urls.Site}/digitalboard/vorlagen/{paper.Id}");
        Times(w, paper.CreatedAt, paper.UpdatedAt);
        w.WriteEndObject();
        _ = omitInternal;
    }

    public void WriteFile(Utf8JsonWriter w, PaperFile file, bool standalone)
    {
        w.WriteStartObject();
        w.WriteString("id", urls.File(file.Id));
        w.WriteString("type", Schema + "File");
        w.WriteString("name", file.Name);
        w.WriteString("fileName", file.FileName);
        w.WriteString("mimeType", file.MimeType);
        w.WriteString("date", Day(Formatting.BerlinDate(file.CreatedAt)));
        w.WriteNumber("size", file.Size);
        w.WriteString("sha512Checksum", file.Sha512);
        w.WriteString("accessUrl", urls.Access(file.Id));
        w.WriteString("downloadUrl", urls.Download(file.Id));
        if (standalone)
        {
            w.WriteStartArray("paper");
            w.WriteStringValue(urls.Paper(file.PaperId));
            w.WriteEndArray();
        }

        Times(w, file.CreatedAt, file.UpdatedAt);
        w.WriteEndObject();
    }

    public void WriteLocation(Utf8JsonWriter w, Meeting meeting, bool standalone)
    {
        w.WriteStartObject();
        w.WriteString("id", urls.Location(meeting.Id));
        w.WriteString("type", Schema + "Location");
        Optional(w, "description", meeting.LocationText);
        Optional(w, "room", meeting.Room);
        Optional(w, "streetAddress", meeting.StreetAddress);
        Optional(w, "postalCode", meeting.PostalCode);
        Optional(w, "locality", meeting.Locality);
        if (standalone)
        {
            w.WriteStartArray("meetings");
            w.WriteStringValue(urls.Meeting(meeting.Id));
            w.WriteEndArray();
        }

        Times(w, meeting.CreatedAt, meeting.UpdatedAt);
        w.WriteEndObject();
    }
}
