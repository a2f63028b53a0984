namespace Modellregion.Web.Features.Board;

/// <summary>
/// The count of one vote of the board, without a database: which seats vote (each seat one vote — the member's own
/// when present, else that of one present deputy of the seat), whether the board has a quorum under its rule of
/// procedure, and whether the tally and the named votes fit the result. Every rule that is broken is named, in the
/// words a secretary understands.
/// </summary>
public sealed class VoteCount
{
    /// <summary>A member of the board on the meeting's day.</summary>
    public sealed record Member(int Id, string Name, bool HasVotingRight, int? DeputyOfId);

    /// <summary>What the minutes say of one member: present, a declared conflict of interest, the named vote.</summary>
    public sealed record Presence(int MembershipId, bool IsPresent, bool DeclaredConflict, VoteChoice Vote);

    /// <summary>The counted votes as minuted.</summary>
    public sealed record Tally(int Yes, int No, int Abstentions)
    {
        public int Cast => Yes + No + Abstentions;
    }

    private readonly Dictionary<int, Member> _members;
    private readonly Dictionary<int, Presence> _presence;
    private readonly Dictionary<int, Member> _voters = [];

    private VoteCount(Dictionary<int, Member> members, Dictionary<int, Presence> presence, int quorumPercent)
    {
        _members = members;
        _presence = presence;
        var seats = members.Values.Where(m => m.HasVotingRight && m.DeputyOfId is null).OrderBy(m => m.Id).ToList();
        foreach (var seat in seats)
        {
            if (IsPresent(seat.Id))
            {
                if (MayVote(seat))
                {
                    _voters[seat.Id] = seat;
                }

                continue;
            }

            var deputies = members.Values.Where(d => d.DeputyOfId == seat.Id && MayVote(d)).OrderBy(d => d.Id).ToList();
            if ((deputies.FirstOrDefault(d => presence[d.Id].Vote != VoteChoice.None) ?? deputies.FirstOrDefault()) is { } deputy)
            {
                _voters[seat.Id] = deputy;
            }
        }

        VotingMembers = seats.Count;
        VotingMembersPresent = _voters.Count;
        QuorumPercent = quorumPercent;
        IsQuorate = VotingMembers > 0 && VotingMembersPresent * 100 > quorumPercent * VotingMembers;
    }

    /// <summary>The seats with a voting right (members, not deputies).</summary>
    public int VotingMembers { get; }

    /// <summary>The seats that vote: present without a conflict of interest, or represented by a deputy.</summary>
    public int VotingMembersPresent { get; }

    public int QuorumPercent { get; }

    /// <summary>More than <see cref="QuorumPercent"/> % of the seats vote.</summary>
    public bool IsQuorate { get; }

    /// <summary>
    /// Counts the vote of <paramref name="members"/> (those active on the meeting's day) from the minuted presence,
    /// or says why the presence cannot be counted (a member named twice, not of the board, an unknown vote).
    /// </summary>
    public static (VoteCount? Count, string? Problem) Of(IEnumerable<Member> members, IEnumerable<Presence> presence, int quorumPercent)
    {
        var active = members.ToDictionary(m => m.Id);
        var entries = new Dictionary<int, Presence>();
        foreach (var entry in presence)
        {
            if (!active.ContainsKey(entry.MembershipId))
            {
                return (null, "Mindestens ein angegebenes Mitglied gehört am Sitzungstag nicht zum Gremium.");
            }

            if (!entries.TryAdd(entry.MembershipId, entry))
            {
                return (null, "Ein Mitglied ist mehrfach angegeben.");
            }

            if (!Enum.IsDefined(entry.Vote))
            {
                return (null, "Diese Stimmabgabe gibt es nicht.");
            }
        }

        return (new VoteCount(active, entries, quorumPercent), null);
    }

    /// <summary>Named votes that may not be cast (absent, conflict of interest, no voting right, a second vote for one seat).</summary>
    public IEnumerable<string> NamedVoteProblems()
    {
        var voting = _voters.Values.Select(v => v.Id).ToHashSet();
        foreach (var (id, entry) in _presence)
        {
            var member = _members[id];
            if (entry.Vote == VoteChoice.None)
            {
                continue;
            }

            if (entry.DeclaredConflict)
            {
                yield return $"{member.Name} hat eine Befangenheit erklärt und darf nicht abstimmen.";
            }
            else if (!entry.IsPresent)
            {
                yield return $"{member.Name} ist nicht anwesend und kann nicht abstimmen.";
            }
            else if (!member.HasVotingRight)
            {
                yield return $"{member.Name} hat kein Stimmrecht.";
            }
            else if (member.DeputyOfId is { } principal && IsPresent(principal))
            {
                yield return $"{member.Name} ist Stellvertretung eines anwesenden Mitglieds und stimmt nicht ab.";
            }
            else if (!voting.Contains(id))
            {
                yield return member.DeputyOfId is { } seat && _voters.TryGetValue(seat, out var other)
                    ? $"Für den Sitz von {_members[seat].Name} stimmt bereits {other.Name} ab; je Sitz zählt nur eine Stimme."
                    : $"{member.Name} vertritt keinen stimmberechtigten Sitz und stimmt nicht ab.";
            }
        }
    }

    /// <summary>A tally with more votes than voting seats, or fewer than the named votes.</summary>
    public IEnumerable<string> TallyProblems(Tally tally)
    {
        if (tally.Cast > VotingMembersPresent)
        {
            yield return $"Die Stimmen ({tally.Cast}) übersteigen die Zahl der anwesenden stimmberechtigten Mitglieder ohne Befangenheit ({VotingMembersPresent}).";
        }

        var named = _presence.Values.Where(a => a.Vote != VoteChoice.None).ToList();
        if (named.Count(a => a.Vote == VoteChoice.Yes) > tally.Yes || named.Count(a => a.Vote == VoteChoice.No) > tally.No
            || named.Count(a => a.Vote == VoteChoice.Abstain) > tally.Abstentions)
        {
            yield return "Es sind mehr namentliche Stimmen erfasst als im Ergebnis gezählt.";
        }
    }

    /// <summary>A result the count does not carry: a vote without a quorum, "befürwortet" without a majority, "abgelehnt" with one.</summary>
    public string? ResultProblem(ResolutionResult result, Tally tally)
    {
        if (!ResolutionResults.IsVote(result))
        {
            return null;
        }

        if (!IsQuorate)
        {
            return $"Das Gremium ist nicht beschlussfähig: {VotingMembersPresent} von {VotingMembers} stimmberechtigten Mitgliedern sind anwesend und ohne Befangenheit, nötig sind mehr als {QuorumPercent} %. Erfassen Sie „Nicht beschlussfähig“ oder „Vertagt“.";
        }

        if (result is ResolutionResult.Endorsed or ResolutionResult.EndorsedWithChanges && tally.Yes <= tally.No)
        {
            return "Befürwortet ist ein Antrag nur mit mehr Ja- als Nein-Stimmen.";
        }

        return result == ResolutionResult.Rejected && tally.Yes > tally.No ? "Mit mehr Ja- als Nein-Stimmen ist der Antrag nicht abgelehnt." : null;
    }

    private bool IsPresent(int id) => _presence.TryGetValue(id, out var a) && a.IsPresent;

    private bool MayVote(Member m) => m.HasVotingRight && IsPresent(m.Id) && !_presence[m.Id].DeclaredConflict;
}
