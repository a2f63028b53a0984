using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Audit;

namespace Modellregion.Web.Features.Board;

/// <summary>How the audit trail names what the Digitalboard records and which kind of change it is.</summary>
internal sealed class BoardAuditVocabulary : AuditVocabulary
{
    public override IReadOnlyDictionary<string, string> Entities { get; } = new Dictionary<string, string>
    {
        ["AgendaItem"] = "Tagesordnungspunkt",
        ["Board"] = "Gremium",
        ["Board.Sources"] = "Quelle",
        ["BoardMembership"] = "Mitgliedschaft im Gremium",
        ["BoardMembership.Sources"] = "Quelle",
        ["BoardPerson"] = "Person im Gremium",
        ["BoardPerson.Sources"] = "Quelle",
        ["InvitationRecipient"] = "Empfänger der Einladung",
        ["Meeting"] = "Sitzung",
        ["MeetingInvitation"] = "Einladung",
        ["Paper"] = "Vorlage",
        ["PaperFile"] = "Datei einer Vorlage",
        ["Resolution"] = "Beschluss",
        ["ResolutionAttendance"] = "Anwesenheit bei der Abstimmung",
    };

    public override IReadOnlyDictionary<string, string> Properties { get; } = new Dictionary<string, string>
    {
        ["Abstentions"] = "Enthaltungen",
        ["AgendaItemId"] = "Tagesordnungspunkt",
        ["BoardId"] = "Gremium",
        ["Date"] = "Datum",
        ["DeclaredConflict"] = "Befangenheit erklärt",
        ["DeputyOfId"] = "Stellvertretung für",
        ["EndsAt"] = "Ende",
        ["FamilyName"] = "Nachname",
        ["FormOfAddress"] = "Anrede",
        ["GivenName"] = "Vorname",
        ["HasVotingRight"] = "Stimmrecht",
        ["InvitationEmail"] = "E-Mail für Einladungen",
        ["InvitationId"] = "Einladung",
        ["IsMain"] = "Hauptdatei",
        ["IsPresent"] = "Anwesend",
        ["IsPublic"] = "Öffentlich",
        ["IsQuorate"] = "Beschlussfähig",
        ["Locality"] = "Ort",
        ["MeetingId"] = "Sitzung",
        ["MembershipId"] = "Mitgliedschaft",
        ["MimeType"] = "Dateiart",
        ["Minutes"] = "Niederschrift",
        ["MinutesApprovedInMeetingId"] = "Niederschrift genehmigt in Sitzung",
        ["No"] = "Nein-Stimmen",
        ["Order"] = "Reihenfolge",
        ["OriginatorOrganisationId"] = "Urheber",
        ["PaperId"] = "Vorlage",
        ["PaperType"] = "Art der Vorlage",
        ["ParentBoardId"] = "Übergeordnetes Gremium",
        ["PersonId"] = "Person",
        ["PostalCode"] = "Postleitzahl",
        ["PublicSince"] = "Öffentlich seit",
        ["QuorumPercent"] = "Quorum (%)",
        ["Reference"] = "Kennzeichen",
        ["ResolutionId"] = "Beschluss",
        ["Result"] = "Ergebnis",
        ["Room"] = "Raum",
        ["SentBy"] = "Gesendet von",
        ["Sha512"] = "Prüfsumme (SHA-512)",
        ["StartsAt"] = "Beginn",
        ["State"] = "Stand",
        ["StatusChangeId"] = "Schritt im Förderverfahren",
        ["StreetAddress"] = "Straße",
        ["Vote"] = "Stimme",
        ["VotingMembers"] = "Stimmberechtigte Mitglieder",
        ["VotingMembersPresent"] = "Anwesende Stimmberechtigte",
        ["Yes"] = "Ja-Stimmen",
    };

    public override AuditKind? KindOf(EntityEntry entry, Type root, JsonObject? after) => entry.Entity is PaperFile ? AuditKind.Document : null;

    public override IReadOnlyDictionary<Type, Func<Enum, string>> EnumLabels { get; } = new Dictionary<Type, Func<Enum, string>>
    {
        [typeof(BoardRole)] = e => BoardRoles.Label((BoardRole)e),
        [typeof(MeetingState)] = e => MeetingStates.Label((MeetingState)e),
        [typeof(ResolutionResult)] = e => ResolutionResults.Label((ResolutionResult)e),
    };

    public override IReadOnlyDictionary<string, string> References { get; } = new Dictionary<string, string>
    {
        ["BoardId"] = "Board",
        ["ParentBoardId"] = "Board",
    };

    public override IQueryable<AuditName>? Names(AppDbContext db, string kind, IReadOnlyCollection<int> ids) =>
        kind == "Board" ? db.Boards.Where(b => ids.Contains(b.Id)).Select(b => new AuditName(b.Id, b.Name)) : null;
}
