using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Shared;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Board;

/// <summary>A meeting in the read API's list (times in UTC).</summary>
public sealed record MeetingApiCard(
    int Id, string Name, DateTime StartsAt, DateTime? EndsAt, MeetingState State, string? Location, string BoardSlug, string BoardName, string RegionSlug,
    string Url, bool IsExample);

/// <summary>A public paper as the read API names it, with the address of its public page.</summary>
public sealed record PaperApiRef(int Id, string Reference, string Title, string PaperType, DateOnly Date, string Url);

/// <summary>A public file of a public paper, with the address it is served at.</summary>
public sealed record FileApiRef(int Id, string Name, string FileName, long Size, bool IsMain, string Url);

/// <summary>The board's decision on a public agenda item.</summary>
public sealed record ResolutionApiView(
    ResolutionResult Result, string ResultLabel, string? Text, int Yes, int No, int Abstentions, int VotingMembersPresent, int VotingMembers, bool IsQuorate,
    IReadOnlyList<string> Conflicts, ApiLink? Project);

/// <summary>A public agenda item with its public paper, public files, resolution and (once approved) minutes.</summary>
public sealed record AgendaItemApiView(int Id, string Number, string Title, string? Description, PaperApiRef? Paper, IReadOnlyList<FileApiRef> Files,
    ResolutionApiView? Resolution, string? Minutes);

/// <summary>A meeting with its public agenda, as the public meeting page shows it.</summary>
public sealed record MeetingApiDetails(
    int Id, string Name, DateTime StartsAt, DateTime? EndsAt, MeetingState State, string? Location, string BoardSlug, string BoardName, string Url,
    bool IsExample, bool MinutesApproved, int? MinutesApprovedInMeetingId, IReadOnlyList<AgendaItemApiView> Items);

/// <summary>A resolution taken under a public agenda item.</summary>
public sealed record ResolutionApiItem(
    int Id, int MeetingId, string MeetingName, DateTime MeetingStartsAt, int AgendaItemId, string AgendaItemNumber, string AgendaItemTitle,
    ResolutionResult Result, string ResultLabel, string? Text, int Yes, int No, int Abstentions, int VotingMembersPresent, int VotingMembers, bool IsQuorate,
    ApiLink? Project, PaperApiRef? Paper, string BoardSlug, string BoardName, string RegionSlug, string Url, bool IsExample);

/// <summary>
/// The Digitalboard's read API. It shows exactly what the public board pages show: meetings of boards that are not
/// deleted, and under them only public agenda items, public papers and public files (<see cref="BoardQueries"/>
/// without <c>includeInternal</c>; the same rules as OParl, <see cref="OParlQueries"/>). A resolution is public
/// only with its public agenda item.
/// </summary>
public sealed class BoardApiQueries(AppDbContext db, BoardQueries board)
{
    public const int PageSize = 20;

    public static string MeetingUrl(int id) => $"/digitalboard/sitzungen/{id}";

    public static string PaperUrl(int id) => $"/digitalboard/vorlagen/{id}";

    public static string FileUrl(int id) => $"/digitalboard/dateien/{id}";

    public async Task<int?> RegionIdAsync(string slug, CancellationToken cancellationToken = default) =>
        await db.Regions.AsNoTracking().Where(r => r.Slug == slug).Select(r => (int?)r.Id).FirstOrDefaultAsync(cancellationToken);

    /// <summary>Public meetings starting in [<paramref name="fromUtc"/>, <paramref name="toUtc"/>), latest first.</summary>
    public async Task<Page<MeetingApiCard>> MeetingsAsync(int? regionId, DateTime? fromUtc, DateTime? toUtc, int page, CancellationToken cancellationToken = default)
    {
        var meetings = PublicMeetings();
        if (regionId is { } region)
        {
            meetings = meetings.Where(m => m.Board!.RegionId == region);
        }

        if (fromUtc is { } from)
        {
            meetings = meetings.Where(m => m.StartsAt >= from);
        }

        if (toUtc is { } to)
        {
            meetings = meetings.Where(m => m.StartsAt < to);
        }

        var total = await meetings.CountAsync(cancellationToken);
        var rows = await meetings.OrderByDescending(m => m.StartsAt).ThenByDescending(m => m.Id).Skip((page - 1) * PageSize).Take(PageSize)
            .Select(m => new { Meeting = m, BoardSlug = m.Board!.Slug, BoardName = m.Board.Name, RegionSlug = m.Board.Region!.Slug, InExample = m.Board.Region.IsExample })
            .ToListAsync(cancellationToken);
        var items = rows.Select(r => new MeetingApiCard(r.Meeting.Id, r.Meeting.Name, ReadApiInput.Utc(r.Meeting.StartsAt), ReadApiInput.Utc(r.Meeting.EndsAt), r.Meeting.State,
            r.Meeting.LocationText, r.BoardSlug, r.BoardName, r.RegionSlug, MeetingUrl(r.Meeting.Id), r.Meeting.IsExample || r.InExample)).ToList();
        return new Page<MeetingApiCard>(items, page, PageSize, total);
    }

    /// <summary>A public meeting with its public agenda, or null; read by the public page's query.</summary>
    public async Task<MeetingApiDetails?> MeetingAsync(int id, CancellationToken cancellationToken = default)
    {
        if (await board.MeetingAsync(id, includeInternal: false, cancellationToken) is not { } meeting)
        {
            return null;
        }

        // The public query reads public items, papers and files only; checked again here, so that a change there cannot leak.
        var items = meeting.Items.Where(i => i.IsPublic).Select(i =>
        {
            var paper = i.Paper is { IsPublic: true } p ? new PaperApiRef(p.Id, p.Reference, p.Title, p.PaperType, p.Date, PaperUrl(p.Id)) : null;
            var files = paper is null ? [] : i.Files.Where(f => f.IsPublic).Select(f => new FileApiRef(f.Id, f.Name, f.FileName, f.Size, f.IsMain, FileUrl(f.Id))).ToList();
            var resolution = i.Resolution is { } r
                ? new ResolutionApiView(r.Result, ResolutionResults.Label(r.Result), r.Text, r.Yes, r.No, r.Abstentions, r.VotingMembersPresent, r.VotingMembers, r.IsQuorate,
                    r.Conflicts, r.ProjectSlug is { } slug ? new ApiLink(slug, r.ProjectTitle ?? slug) : null)
                : null;
            return new AgendaItemApiView(i.Id, i.Number, i.Title, i.Description, paper, files, resolution, meeting.MinutesApproved ? i.Minutes : null);
        }).ToList();
        return new MeetingApiDetails(meeting.Id, meeting.Name, ReadApiInput.Utc(meeting.StartsAt), ReadApiInput.Utc(meeting.EndsAt), meeting.State, meeting.Location,
            meeting.BoardSlug, meeting.BoardName, MeetingUrl(meeting.Id), meeting.IsExample, meeting.MinutesApproved, meeting.MinutesApprovedInId, items);
    }

    /// <summary>Resolutions under public agenda items of public meetings starting in the period, latest meeting first; the search looks at public texts only.</summary>
    public async Task<Page<ResolutionApiItem>> ResolutionsAsync(int? regionId, DateTime? fromUtc, DateTime? toUtc, string? text, int page, CancellationToken cancellationToken = default)
    {
        var resolutions = db.Resolutions.AsNoTracking()
            .Where(r => r.AgendaItem!.DeletedAt == null && r.AgendaItem.IsPublic && r.AgendaItem.Meeting!.DeletedAt == null && r.AgendaItem.Meeting.Board!.DeletedAt == null);
        if (regionId is { } region)
        {
            resolutions = resolutions.Where(r => r.AgendaItem!.Meeting!.Board!.RegionId == region);
        }

        if (fromUtc is { } from)
        {
            resolutions = resolutions.Where(r => r.AgendaItem!.Meeting!.StartsAt >= from);
        }

        if (toUtc is { } to)
        {
            resolutions = resolutions.Where(r => r.AgendaItem!.Meeting!.StartsAt < to);
        }

        var ordered = resolutions.OrderByDescending(r => r.AgendaItem!.Meeting!.StartsAt).ThenBy(r => r.AgendaItem!.MeetingId)
            .ThenBy(r => r.AgendaItem!.Order).ThenBy(r => r.Id);
        IQueryable<Resolution> chosen;
        int total;
        if (SearchText.Fold(text) is { Length: > 0 } folded)
        {
            // Only what is public is searched: the item, the resolution, a public paper's title and a published project's title.
            var texts = await ordered.Select(r => new
            {
                r.Id,
                Item = r.AgendaItem!.Title,
                r.Text,
                Paper = r.AgendaItem.Paper != null && r.AgendaItem.Paper.IsPublic && r.AgendaItem.Paper.DeletedAt == null ? r.AgendaItem.Paper.Title : null,
                Project = r.Project != null && r.Project.IsPublished ? r.Project.Title : null,
            }).ToListAsync(cancellationToken);
            var ids = texts.Where(r => SearchText.Fold($"{r.Item} {r.Text} {r.Paper} {r.Project}").Contains(folded, StringComparison.Ordinal)).Select(r => r.Id).ToList();
            total = ids.Count;
            ids = [.. ids.Skip((page - 1) * PageSize).Take(PageSize)];
            chosen = ordered.Where(r => ids.Contains(r.Id));
        }
        else
        {
            total = await resolutions.CountAsync(cancellationToken);
            chosen = ordered.Skip((page - 1) * PageSize).Take(PageSize);
        }

        var rows = await chosen.Select(r => new
        {
            r.Id,
            r.AgendaItem!.MeetingId,
            MeetingName = r.AgendaItem.Meeting!.Name,
            r.AgendaItem.Meeting.StartsAt,
            AgendaItemId = r.AgendaItem.Id,
            r.AgendaItem.Number,
            ItemTitle = r.AgendaItem.Title,
            r.Result,
            r.Text,
            r.Yes,
            r.No,
            r.Abstentions,
            r.VotingMembersPresent,
            r.VotingMembers,
            r.IsQuorate,
            ProjectSlug = r.Project != null && r.Project.IsPublished ? r.Project.Slug : null,
            ProjectTitle = r.Project != null && r.Project.IsPublished ? r.Project.Title : null,
            Paper = r.AgendaItem.Paper != null && r.AgendaItem.Paper.IsPublic && r.AgendaItem.Paper.DeletedAt == null
                ? new { r.AgendaItem.Paper.Id, r.AgendaItem.Paper.Reference, r.AgendaItem.Paper.Title, r.AgendaItem.Paper.PaperType, r.AgendaItem.Paper.Date }
                : null,
            BoardSlug = r.AgendaItem.Meeting.Board!.Slug,
            BoardName = r.AgendaItem.Meeting.Board.Name,
            RegionSlug = r.AgendaItem.Meeting.Board.Region!.Slug,
            InExample = r.AgendaItem.Meeting.Board.Region.IsExample || r.AgendaItem.Meeting.Name.StartsWith(Meeting.ExamplePrefix),
        }).ToListAsync(cancellationToken);
        var items = rows.Select(r => new ResolutionApiItem(r.Id, r.MeetingId, r.MeetingName, ReadApiInput.Utc(r.StartsAt), r.AgendaItemId, r.Number, r.ItemTitle,
            r.Result, ResolutionResults.Label(r.Result), r.Text, r.Yes, r.No, r.Abstentions, r.VotingMembersPresent, r.VotingMembers, r.IsQuorate,
            r.ProjectSlug is { } slug ? new ApiLink(slug, r.ProjectTitle ?? slug) : null,
            r.Paper is { } p ? new PaperApiRef(p.Id, p.Reference, p.Title, p.PaperType, p.Date, PaperUrl(p.Id)) : null,
            r.BoardSlug, r.BoardName, r.RegionSlug, MeetingUrl(r.MeetingId) + "#top-" + r.AgendaItemId, r.InExample)).ToList();
        return new Page<ResolutionApiItem>(items, page, PageSize, total);
    }

    /// <summary>Meetings as the public board pages list them: not deleted, of a board that is not deleted.</summary>
    private IQueryable<Meeting> PublicMeetings() => db.Meetings.AsNoTracking().Where(m => m.DeletedAt == null && m.Board!.DeletedAt == null);
}
