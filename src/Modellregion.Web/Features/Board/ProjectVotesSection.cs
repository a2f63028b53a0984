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
public sealed class ProjectVotesSection(AppDbContext db, PublicCache cache) : IPageSection
{
    public string Slot => PageSlots.ProjectAfterSteps;

    public string Partial => "/Features/Board/_ProjectVotes.cshtml";

    public string? ApiName => "boardVotes";

    public async Task<object?> LoadAsync(object? subject, CancellationToken cancellationToken)
    {
        if (subject is not int projectId)
        {
            return null;
        }

        // Cached like the project's page itself (every save clears the public cache).
        var votes = await cache.GetOrCreateAsync($"project-votes:{projectId}", () => LoadAsync(projectId, cancellationToken));
        return votes.Count == 0 ? null : votes;
    }

    private async Task<IReadOnlyList<BoardVoteView>> LoadAsync(int projectId, CancellationToken cancellationToken) =>
        (await db.Resolutions.AsNoTracking()
                .Where(r => r.ProjectId == projectId && r.AgendaItem!.IsPublic && r.AgendaItem.DeletedAt == null
                    && r.AgendaItem.Meeting!.DeletedAt == null && r.AgendaItem.Meeting.Board!.DeletedAt == null)
                .Select(r => new { r.Result, r.AgendaItemId, r.AgendaItem!.Number, r.AgendaItem.MeetingId, MeetingName = r.AgendaItem.Meeting!.Name, r.AgendaItem.Meeting.StartsAt, BoardName = r.AgendaItem.Meeting.Board!.Name })
                .ToListAsync(cancellationToken))
            .OrderBy(v => v.StartsAt)
            .Select(v => new BoardVoteView(Formatting.BerlinDate(v.StartsAt), ResolutionResults.Label(v.Result), v.MeetingName, v.MeetingId, v.AgendaItemId, v.Number, v.BoardName))
            .ToList();
}
