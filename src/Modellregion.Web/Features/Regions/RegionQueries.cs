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

    /// <summary>The region's row with programme, lead and office, compiled once (no expression tree per request).</summary>
    private static readonly Func<AppDbContext, string, Task<RegionHead?>> HeadQuery = EF.CompileAsyncQuery(
        (AppDbContext db, string slug) => db.Set<Region>().AsNoTracking()
            .Where(r => r.Slug == slug)
            .Select(r => new RegionHead
            {
                Id = r.Id,
                Slug = r.Slug,
                Name = r.Name,
                ShortName = r.ShortName,
                Summary = r.Summary,
                Description = r.Description,
                NameEn = r.NameEn,
                SummaryEn = r.SummaryEn,
                DescriptionEn = r.DescriptionEn,
                GoverningDistrict = r.GoverningDistrict,
                ProgrammeName = r.Programme!.Name,
                ProgrammeSlug = r.Programme.Slug,
                LeadSlug = r.LeadOrganisation != null ? r.LeadOrganisation.Slug : null,
                LeadName = r.LeadOrganisation != null ? r.LeadOrganisation.Name : null,
                OfficeName = r.Office.Name,
                OfficeHost = r.Office.Host,
                OfficeEmail = r.Office.Email,
                OfficePhone = r.Office.Phone,
                OfficeAddress = r.Office.Address,
                OfficeWebsite = r.Office.Website,
                IsSynthetic = r.IsSynthetic,
                IsExample = r.IsExample,
            })
            .FirstOrDefault());

    private static readonly Func<AppDbContext, int, IAsyncEnumerable<RegionParticipant>> ParticipantsQuery = EF.CompileAsyncQuery(
        (AppDbContext db, int regionId) => db.Set<RegionParticipation>().AsNoTracking()
            .Where(p => p.RegionId == regionId)
            .OrderBy(p => p.Role).ThenBy(p => p.Organisation!.Name)
            .Select(p => new RegionParticipant(p.Organisation!.Slug, p.Organisation.Name, p.Organisation.Type, p.Role, p.Note)));

    private static readonly Func<AppDbContext, int, IAsyncEnumerable<SourceReference>> SourcesQuery = EF.CompileAsyncQuery<AppDbContext, int, SourceReference>(
        (AppDbContext db, int regionId) => db.Set<Region>().AsNoTracking()
            .Where(r => r.Id == regionId)
            .SelectMany(r => r.Sources)
            .OrderBy(s => EF.Property<int>(s, "Id")));

    private static readonly Func<AppDbContext, int, IAsyncEnumerable<RegionProject>> ProjectsQuery = EF.CompileAsyncQuery(
        (AppDbContext db, int regionId) => db.Set<Project>().AsNoTracking()
            .Where(p => p.RegionId == regionId && p.IsPublished)
            .OrderBy(p => p.Title)
            .Select(p => new RegionProject(p.Slug, p.Title, p.Status, p.ApprovedGrant)));

    /// <summary>
    /// A region's page: its row with programme and lead (one query), then its partners, sources and published
    /// projects (one query each, by the region's id), each with only the columns shown; all four compiled once.
    /// </summary>
    public async Task<RegionDetails?> GetAsync(string slug, CancellationToken cancellationToken = default)
    {
        var region = await HeadQuery(db, slug);
        if (region is null)
        {
            return null;
        }

        var participants = await ParticipantsQuery(db, region.Id).ToListAsync(cancellationToken);
        var sources = await SourcesQuery(db, region.Id).ToListAsync(cancellationToken);
        var projects = await ProjectsQuery(db, region.Id).ToListAsync(cancellationToken);

        var office = new ProjectOfficeContact
        {
            Name = region.OfficeName,
            Host = region.OfficeHost,
            Email = region.OfficeEmail,
            Phone = region.OfficePhone,
            Address = region.OfficeAddress,
            Website = region.OfficeWebsite,
        };
        return new RegionDetails(
            region.Id,
            region.Slug,
            region.Name,
            region.ShortName,
            region.Summary,
            region.Description,
            region.GoverningDistrict,
            region.ProgrammeName,
            region.LeadSlug,
            region.LeadName,
            office,
            participants,
            projects,
            projects.Sum(p => p.ApprovedGrant ?? 0m),
            sources,
            region.IsSynthetic,
            region.ProgrammeSlug,
            region.IsExample)
        { NameEn = region.NameEn, SummaryEn = region.SummaryEn, DescriptionEn = region.DescriptionEn };
    }
}

/// <summary>A region's own columns with programme, lead and office, as its page needs them.</summary>
internal sealed class RegionHead
{
    public int Id { get; init; }
    public string Slug { get; init; } = "";
    public string Name { get; init; } = "";
    public string ShortName { get; init; } = "";
    public string? Summary { get; init; }
    public string? Description { get; init; }
    public string? NameEn { get; init; }
    public string? SummaryEn { get; init; }
    public string? DescriptionEn { get; init; }
    public string? GoverningDistrict { get; init; }
    public string ProgrammeName { get; init; } = "";
    public string ProgrammeSlug { get; init; } = "";
    public string? LeadSlug { get; init; }
    public string? LeadName { get; init; }
    public string? OfficeName { get; init; }
    public string? OfficeHost { get; init; }
    public string? OfficeEmail { get; init; }
    public string? OfficePhone { get; init; }
    public string? OfficeAddress { get; init; }
    public string? OfficeWebsite { get; init; }
    public bool IsSynthetic { get; init; }
    public bool IsExample { get; init; }
}
