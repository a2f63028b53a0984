using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Shared;

namespace Modellregion.Web.Features.Board;

/// <summary>The public papers of the Digitalboard in the global search; non-public and deleted papers never.</summary>
public sealed class PapersSearch : ISearchSource
{
    public string Kind => "vorlage";

    public string Label => "Vorlagen";

    public string LabelEn => "Papers";

    public int Order => 60;

    public IReadOnlyCollection<Type> Watches { get; } = [typeof(Paper), typeof(Board), typeof(Regions.Region)];

    public IEnumerable<string>? AffectedKeys(object entity) => entity is Paper paper ? [SearchKeys.Of(paper.Id)] : null;

    public async Task<IReadOnlyList<string>> KeysAsync(AppDbContext db, CancellationToken cancellationToken) =>
        [.. (await db.Papers.Where(p => p.IsPublic && p.DeletedAt == null).Select(p => p.Id).ToListAsync(cancellationToken)).Select(SearchKeys.Of)];

    public async Task<IReadOnlyList<SearchEntry>> ReadAsync(AppDbContext db, IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        var ids = SearchKeys.Ids(keys);
        var papers = await db.Papers.AsNoTracking()
            .Where(p => ids.Contains(p.Id) && p.IsPublic && p.DeletedAt == null && p.Board!.DeletedAt == null)
            .Select(p => new
            {
                p.Id,
                p.Reference,
                p.Title,
                p.PaperType,
                p.Summary,
                p.Date,
                Board = p.Board!.Name,
                RegionSlug = p.Board.Region!.Slug,
                RegionName = p.Board.Region.Name,
                Programme = p.Board.Region.Programme!.Name,
            })
            .ToListAsync(cancellationToken);
        return [.. papers.Select(p => new SearchEntry(
            SearchKeys.Of(p.Id),
            p.Id,
            p.Title,
            string.Join(" · ", new[] { p.Reference, p.PaperType, p.Summary, p.Board }.Where(t => !string.IsNullOrWhiteSpace(t))),
            $"/digitalboard/vorlagen/{p.Id}",
            p.RegionSlug,
            p.RegionName,
            p.Programme,
            Year: p.Date.Year))];
    }
}

/// <summary>
/// The resolutions of public agenda items in the global search, found under the item's title and the resolution's
/// text; resolutions of non-public items never.
/// </summary>
public sealed class ResolutionsSearch : ISearchSource
{
    public string Kind => "beschluss";

    public string Label => "Beschlüsse";

    public string LabelEn => "Resolutions";

    public int Order => 70;

    public IReadOnlyCollection<Type> Watches { get; } = [typeof(Resolution), typeof(AgendaItem), typeof(Meeting), typeof(Board), typeof(Regions.Region)];

    public IEnumerable<string>? AffectedKeys(object entity) => entity switch
    {
        Resolution resolution => [SearchKeys.Of(resolution.AgendaItemId)],
        AgendaItem item => [SearchKeys.Of(item.Id)],
        _ => null,
    };

    public async Task<IReadOnlyList<string>> KeysAsync(AppDbContext db, CancellationToken cancellationToken) =>
        [.. (await db.Set<Resolution>().Where(r => r.AgendaItem!.IsPublic && r.AgendaItem.DeletedAt == null).Select(r => r.AgendaItemId).ToListAsync(cancellationToken)).Select(SearchKeys.Of)];

    public async Task<IReadOnlyList<SearchEntry>> ReadAsync(AppDbContext db, IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        var ids = SearchKeys.Ids(keys);
        var resolutions = await db.Set<Resolution>().AsNoTracking()
            .Where(r => ids.Contains(r.AgendaItemId) && r.AgendaItem!.IsPublic && r.AgendaItem.DeletedAt == null
                && r.AgendaItem.Meeting!.DeletedAt == null && r.AgendaItem.Meeting.Board!.DeletedAt == null)
            .Select(r => new
            {
                r.AgendaItemId,
                r.AgendaItem!.MeetingId,
                r.AgendaItem.Number,
                r.AgendaItem.Title,
                r.AgendaItem.Description,
                r.Text,
                r.Result,
                Meeting = r.AgendaItem.Meeting!.Name,
                r.AgendaItem.Meeting.StartsAt,
                RegionSlug = r.AgendaItem.Meeting.Board!.Region!.Slug,
                RegionName = r.AgendaItem.Meeting.Board.Region.Name,
                Programme = r.AgendaItem.Meeting.Board.Region.Programme!.Name,
            })
            .ToListAsync(cancellationToken);
        return [.. resolutions.Select(r => new SearchEntry(
            SearchKeys.Of(r.AgendaItemId),
            r.AgendaItemId,
            r.Title,
            string.Join(" · ", new[] { ResolutionResults.Label(r.Result), r.Text, r.Description, $"{r.Meeting}, TOP {r.Number}" }.Where(t => !string.IsNullOrWhiteSpace(t))),
            $"/digitalboard/sitzungen/{r.MeetingId}#top-{r.AgendaItemId}",
            r.RegionSlug,
            r.RegionName,
            r.Programme,
            Year: Platform.Formatting.BerlinDate(r.StartsAt).Year))];
    }
}
