using Modellregion.Web.Features.Board;

namespace Modellregion.Web.Data.Seeding;

public sealed partial class DemoData
{
    /// <summary>
    /// The Digitalboard OWL as the sources describe it: the heads of the partner authorities and representatives of
    /// HWK, IHK, it's OWL, Lemgo Digital and the Universität Paderborn; the chair is the mayor of Paderborn, Michael
    /// Dreier. Only the chair is named; the other seats are held by their organisations. Terms and voting rights
    /// are not published: seats carry no dates, and every seat is entered with a voting right (noted on the seat).
    /// Its meetings are not published either; how a board works is shown by the training region's board.
    /// </summary>
    private void AddBoard()
    {
        var delbrueck = Src("https://www.stadt-delbrueck.de/de/rathaus-online/delbrueck-digital/digitale-modellregion-owl.php", "Stadt Delbrück: Digitale Modellregion OWL", "Mitglieder und Vorsitz des Digitalboards");
        var journal = Src("http://www.owl-journal.de/digitale-modellregion-macht-sich-auf-den-weg/", "OWL-Journal: Digitale Modellregion macht sich auf den Weg", "Digitalboard als zentrales Entscheidungsgremium");
        var region = _regions["owl"];
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
            Organisation = O("paderborn"),
            Role = BoardRole.Chair,
            HasVotingRight = true,
            Note = votingNote,
            Sources = [delbrueck.Copy(), journal.Copy()],
        });
        foreach (var key in new[] { "bielefeld", "kreis-paderborn", "delbrueck", "bezreg-detmold", "hwk", "ihk", "its-owl", "lemgo-digital", "uni-paderborn" })
        {
            board.Memberships.Add(new BoardMembership
            {
                Organisation = O(key),
                Role = BoardRole.Member,
                HasVotingRight = true,
                Note = key is "bielefeld" or "kreis-paderborn" or "delbrueck" or "bezreg-detmold"
                    ? "Vertreten durch die Behördenleitung (nicht namentlich genannt). " + votingNote
                    : "Vertretung nicht namentlich genannt. " + votingNote,
                Sources = [delbrueck.Copy()],
            });
        }
    }
}
