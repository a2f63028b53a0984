using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Shared;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Board;

/// <summary>One resolution of the Digitalboard on a project, as its public page and the project API show it.</summary>
public sealed record BoardVoteView(DateOnly DecidedOn, string Result, string MeetingName, int MeetingId, int AgendaItemId, string AgendaItemNumber, string BoardName);

/// <summary>
/// "Votum des Digitalboards" on a project's public page: the board's resolutions on the project where the agenda
/// item is public, oldest first.
/// </summary>
public sealed class ProjectVotesSection(AppDbContext db) : IPageSection
{
    /// <summary>One compiled query: not cached, so random project pages do not crowd out the list cache.</summary>
    private static readonly Func<AppDbContext, int, IAsyncEnumerable<VoteRow>> Query = EF.CompileAsyncQuery(
        (AppDbContext db, int projectId) => db.Set<Resolution>().AsNoTracking()
            .Where(r => r.ProjectId == projectId && r.AgendaItem!.IsPublic && r.AgendaItem.DeletedAt == null
                && r.AgendaItem.Meeting!.DeletedAt == null && r.AgendaItem.Meeting.Board!.DeletedAt == null)
            .Select(r => new VoteRow(r.Result, r.AgendaItemId, r.AgendaItem!.Number, r.AgendaItem.MeetingId, r.AgendaItem.Meeting!.Name, r.AgendaItem.Meeting.StartsAt, r.AgendaItem.Meeting.Board!.Name)));

    public string Slot => PageSlots.ProjectAfterSteps;

    public string Partial => "/Features/Board/_ProjectVotes.cshtml";

    public string? ApiName => "boardVotes";

    public async Task<object?> LoadAsync(object? subject, CancellationToken cancellationToken)
    {
        if (subject is not int projectId)
        {
            return null;
        }

        var votes = (await Query(db, projectId).ToListAsync(cancellationToken))
            .OrderBy(v => v.StartsAt)
            .Select(v => new BoardVoteView(Formatting.BerlinDate(v.StartsAt), ResolutionResults.Label(v.Result), v.MeetingName, v.MeetingId, v.AgendaItemId, v.Number, v.BoardName))
            .ToList();
        return votes.Count == 0 ? null : votes;
    }
}

/// <summary>One resolution on a project with its agenda item, meeting and board, as the query reads it.</summary>
internal sealed record VoteRow(ResolutionResult Result, int AgendaItemId, string Number, int MeetingId, string MeetingName, DateTime StartsAt, string BoardName);
