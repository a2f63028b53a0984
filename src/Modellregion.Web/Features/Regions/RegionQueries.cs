using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Directory;
using Modellregion.Web.Features.Projects;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Regions;

/// <summary>
/// A region in lists: <paramref name="ProjectCount"/> counts its published projects (those its page lists),
/// <paramref name="ApprovedTotal"/> the grants of the <paramref name="ProjectsWithGrant"/> among them whose grant is published.
/// </summary>
public sealed record RegionSummary(
    string Slug,
    string Name,
    string ShortName,
    string? Summary,
    string? GoverningDistrict,
    string? LeadName,
    int ProjectCount,
    decimal ApprovedTotal,
    int ProjectsWithGrant = 0,
    string? ProgrammeSlug = null,
    string? ProgrammeName = null,
    bool IsExample = false);

public sealed record RegionParticipant(string Slug, string Name, OrganisationType Type, RegionRole Role, string? Note);

public sealed record RegionProject(string Slug, string Title, ProjectStatus Status, decimal? ApprovedGrant);

public sealed record RegionDetails(
    int Id,
    string Slug,
    string Name,
    string ShortName,
    string? Summary,
    string? Description,
    string? GoverningDistrict,
    string? ProgrammeName,
    string? LeadSlug,
    string? LeadName,
    ProjectOfficeContact Office,
    IReadOnlyList<RegionParticipant> Participants,
    IReadOnlyList<RegionProject> Projects,
    decimal ApprovedTotal,
    IReadOnlyList<SourceReference> Sources,
    bool IsSynthetic,
    string? ProgrammeSlug = null,
    bool IsExample = false)
{
    /// <summary>What other features add to the region in the API (e.g. <c>boardSlug</c>, <c>boardName</c>).</summary>
    [System.Text.Json.Serialization.JsonExtensionData]
    public Dictionary<string, object?>? Contributed { get; init; }

    /// <summary>English name, summary and description, where the region's office has written them.</summary>
    public string? NameEn { get; init; }

    public string? SummaryEn { get; init; }

    public string? DescriptionEn { get; init; }
}

/// <summary>Regions for the public pages and the API.</summary>
public sealed class RegionQueries(AppDbContext db, PublicCache cache)
{
    /// <summary>All regions: real ones first, then synthetic test data and fictional example data.</summary>
    public Task<IReadOnlyList<RegionSummary>> ListAsync(CancellationToken cancellationToken = default) => ListAsync(null, cancellationToken);

    /// <summary>The regions of one programme (null: all).</summary>
    public Task<IReadOnlyList<RegionSummary>> ListAsync(int? programmeId, CancellationToken cancellationToken = default) =>
        cache.GetOrCreateAsync($"region-summaries:{programmeId}", () => ListUncachedAsync(programmeId, cancellationToken));

    private async Task<IReadOnlyList<RegionSummary>> ListUncachedAsync(int? programmeId, CancellationToken cancellationToken)
    {
        var totals = await db.Projects.AsNoTracking()
            .Where(p => p.IsPublished)
            .GroupBy(p => p.RegionId)
            .Select(g => new { RegionId = g.Key, Count = g.Count(), WithGrant = g.Count(p => p.ApprovedGrant != null), Approved = g.Sum(p => p.ApprovedGrant) })
            .ToDictionaryAsync(t => t.RegionId, cancellationToken);
        var regions = db.Regions.AsNoTracking();
        if (programmeId is { } id)
        {
            regions = regions.Where(r => r.ProgrammeId == id);
        }

        var rows = await regions
            .OrderBy(r => r.IsSynthetic).ThenBy(r => r.IsExample).ThenBy(r => r.Name)
            .Select(r => new
            {
                r.Id,
                r.Slug,
                r.Name,
                r.ShortName,
                r.Summary,
                r.GoverningDistrict,
                Lead = r.LeadOrganisation != null ? r.LeadOrganisation.Name : null,
                ProgrammeSlug = r.Programme!.Slug,
                ProgrammeName = r.Programme.Name,
                r.IsExample,
            })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new RegionSummary(r.Slug, r.Name, r.ShortName, r.Summary, r.GoverningDistrict, r.Lead,
            totals.GetValueOrDefault(r.Id)?.Count ?? 0, totals.GetValueOrDefault(r.Id)?.Approved ?? 0m, totals.GetValueOrDefault(r.Id)?.WithGrant ?? 0,
            r.ProgrammeSlug, r.ProgrammeName, r.IsExample))];
    }

    /// <summary>Slugs and names of all regions, for filter choices.</summary>
    public Task<IReadOnlyList<Option>> OptionsAsync(CancellationToken cancellationToken = default) =>
        cache.GetOrCreateAsync<IReadOnlyList<Option>>("region-options", async () =>
            await db.Regions.AsNoTracking().OrderBy(r => r.Name).Select(r => new Option(r.Slug, r.Name)).ToListAsync(cancellationToken));

    public async Task<RegionDetails?> GetAsync(string slug, CancellationToken cancellationToken = default)
    {
        var region = await db.Regions.AsNoTracking().AsSplitQuery()
            .Include(r => r.Programme)
            .Include(r => r.LeadOrganisation)
            .Include(r => r.Participations).ThenInclude(p => p.Organisation)
            .FirstOrDefaultAsync(r => r.Slug == slug, cancellationToken);
        if (region is null)
        {
            return null;
        }

        var projects = await db.Projects.AsNoTracking()
            .Where(p => p.RegionId == region.Id && p.IsPublished)
            .OrderBy(p => p.Title)
            .Select(p => new RegionProject(p.Slug, p.Title, p.Status,
                p.ApprovedGrant))
            .ToListAsync(cancellationToken);

        return new RegionDetails(
            region.Id,
            region.Slug,
            region.Name,
            region.ShortName,
            region.Summary,
            region.Description,
            region.GoverningDistrict,
            region.Programme?.Name,
            region.LeadOrganisation?.Slug,
            region.LeadOrganisation?.Name,
            region.Office,
            [.. region.Participations.OrderBy(p => p.Role).ThenBy(p => p.Organisation!.Name)
                .Select(p => new RegionParticipant(p.Organisation!.Slug, p.Organisation.Name, p.Organisation.Type, p.Role, p.Note))],
            projects,
            projects.Sum(p => p.ApprovedGrant ?? 0m),
            region.Sources,
            region.IsSynthetic,
            region.Programme?.Slug,
            region.IsExample)
        { NameEn = region.NameEn, SummaryEn = region.SummaryEn, DescriptionEn = region.DescriptionEn };
    }
}
