using Modellregion.Web.Features.Board;
using static Modellregion.Web.Features.Board.VoteCount;

namespace Modellregion.Tests.Features.Board;

/// <summary>
/// The count of a board's vote without a database: one vote per seat (a deputy only for an absent member), no vote
/// with a declared conflict of interest, the quorum of the rule of procedure, and a result that fits the tally.
/// </summary>
public sealed class VoteCountTests
{
    // Five seats (1–5), a deputy for seat 1 (6) and for seat 2 (7), a guest without a voting right (8).
    private static readonly Member[] Board =
    [
        new(1, "Anna Arndt", true, null),
        new(2, "Bernd Brandt", true, null),
        new(3, "Clara Conrad", true, null),
        new(4, "Dirk Dahl", true, null),
        new(5, "Eva Ernst", true, null),
        new(6, "Frieda Funk", true, 1),
        new(7, "Gustav Graf", true, 2),
        new(8, "Hanna Hahn", false, null),
    ];

    private static Presence Here(int id, VoteChoice vote = VoteChoice.None, bool conflict = false) => new(id, true, conflict, vote);

    private static VoteCount Count(int quorumPercent, params Presence[] presence)
    {
        var (count, problem) = Of(Board, presence, quorumPercent);
        Assert.Null(problem);
        return count!;
    }

    [Fact]
    public void A_deputy_votes_for_an_absent_member_and_the_seat_counts_once()
    {
        var count = Count(50, Here(2), Here(3), Here(6), Here(8));

        Assert.Equal(5, count.VotingMembers);
        Assert.Equal(3, count.VotingMembersPresent);
        Assert.True(count.IsQuorate);
    }

    [Fact]
    public void Half_of_the_seats_is_not_more_than_half()
    {
        var count = Count(50, Here(1), Here(2));
        Assert.False(count.IsQuorate);
        Assert.Contains("2 von 5", count.ResultProblem(ResolutionResult.Endorsed, new(2, 0, 0)));
        Assert.Null(count.ResultProblem(ResolutionResult.NotQuorate, new(0, 0, 0)));
        Assert.Null(count.ResultProblem(ResolutionResult.Deferred, new(0, 0, 0)));
    }

    [Fact]
    public void A_declared_conflict_of_interest_takes_the_seat_out_of_the_vote()
    {
        var count = Count(50, Here(1), Here(2), Here(3, VoteChoice.Yes, conflict: true), Here(4));

        Assert.Equal(3, count.VotingMembersPresent);
        Assert.Equal(["Clara Conrad hat eine Befangenheit erklärt und darf nicht abstimmen."], count.NamedVoteProblems());
    }

    [Fact]
    public void A_deputy_of_a_present_member_a_guest_and_an_absent_member_do_not_vote()
    {
        var count = Count(50, Here(1), Here(6, VoteChoice.Yes), Here(8, VoteChoice.No), new Presence(4, false, false, VoteChoice.Yes));

        Assert.Equal(
            [
                "Frieda Funk ist Stellvertretung eines anwesenden Mitglieds und stimmt nicht ab.",
                "Hanna Hahn hat kein Stimmrecht.",
                "Dirk Dahl ist nicht anwesend und kann nicht abstimmen.",
            ],
            count.NamedVoteProblems());
    }

    [Fact]
    public void More_votes_than_voting_seats_or_fewer_than_the_named_ones_are_refused()
    {
        var count = Count(50, Here(1, VoteChoice.Yes), Here(2, VoteChoice.Yes), Here(3));

        Assert.Contains("Die Stimmen (4) übersteigen", Assert.Single(count.TallyProblems(new(3, 1, 0))));
        Assert.Equal("Es sind mehr namentliche Stimmen erfasst als im Ergebnis gezählt.", Assert.Single(count.TallyProblems(new(1, 1, 0))));
        Assert.Empty(count.TallyProblems(new(2, 1, 0)));
    }

    [Theory]
    [InlineData(ResolutionResult.Endorsed, 2, 2, "nur mit mehr Ja- als Nein-Stimmen")]
    [InlineData(ResolutionResult.EndorsedWithChanges, 1, 2, "nur mit mehr Ja- als Nein-Stimmen")]
    [InlineData(ResolutionResult.Rejected, 3, 1, "nicht abgelehnt")]
    [InlineData(ResolutionResult.Endorsed, 3, 1, null)]
    [InlineData(ResolutionResult.Rejected, 2, 2, null)]
    public void The_result_must_fit_the_tally(ResolutionResult result, int yes, int no, string? problem)
    {
        var count = Count(50, Here(1), Here(2), Here(3), Here(4));

        var actual = count.ResultProblem(result, new(yes, no, 0));

        if (problem is null)
        {
            Assert.Null(actual);
        }
        else
        {
            Assert.Contains(problem, actual);
        }
    }

    [Fact]
    public void Two_deputies_for_one_seat_give_one_vote_the_named_one()
    {
        Member[] board = [new(1, "Anna Arndt", true, null), new(2, "Frieda Funk", true, 1), new(3, "Jan Jung", true, 1)];

        var (count, _) = Of(board, [Here(2), Here(3, VoteChoice.Yes)], 50);

        Assert.Equal(1, count!.VotingMembersPresent);
        Assert.Empty(count.NamedVoteProblems());
        var (second, _) = Of(board, [Here(2, VoteChoice.No), Here(3, VoteChoice.Yes)], 50);
        Assert.Equal(["Für den Sitz von Anna Arndt stimmt bereits Frieda Funk ab; je Sitz zählt nur eine Stimme."], second!.NamedVoteProblems());
    }

    [Fact]
    public void Presence_that_cannot_be_counted_is_named()
    {
        Assert.Equal("Ein Mitglied ist mehrfach angegeben.", Of(Board, [Here(1), Here(1)], 50).Problem);
        Assert.Equal("Mindestens ein angegebenes Mitglied gehört am Sitzungstag nicht zum Gremium.", Of(Board, [Here(99)], 50).Problem);
        Assert.Equal("Diese Stimmabgabe gibt es nicht.", Of(Board, [Here(1, (VoteChoice)9)], 50).Problem);
    }
}
