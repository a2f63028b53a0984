using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Funding;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Home;

public sealed record ProgrammeSummary(int Id, string Slug, string Name, string? ShortName, string? Funder, DateOnly? StartsOn, DateOnly? EndsOn, string? Description);

public sealed record ProgrammeDetails(
    int Id,
    string Slug,
    string Name,
    string? ShortName,
    string? Funder,
    string? LegalBasis,
    DateOnly? StartsOn,
    DateOnly? EndsOn,
    decimal? AnnouncedBudget,
    string? Description,
    FundingRules Rules,
    IReadOnlyList<SourceReference> Sources)
{
    /// <summary>English name and description, where written.</summary>
    public string? NameEn { get; init; }

    public string? DescriptionEn { get; init; }
}

/// <summary>The programmes for the public pages: the start page's overview and each programme's page.</summary>
public sealed class ProgrammeQueries(AppDbContext db, PublicCache cache)
{
    public Task<IReadOnlyList<ProgrammeSummary>> ListAsync(CancellationToken cancellationToken = default) =>
        cache.GetOrCreateAsync<IReadOnlyList<ProgrammeSummary>>("programme-summaries", async () =>
            await db.Programmes.AsNoTracking()
                .OrderBy(p => p.StartsOn == null).ThenBy(p => p.StartsOn).ThenBy(p => p.Name)
                .Select(p => new ProgrammeSummary(p.Id, p.Slug, p.Name, p.ShortName, p.Funder, p.StartsOn, p.EndsOn, p.Description))
                .ToListAsync(cancellationToken));

    public async Task<ProgrammeDetails?> GetAsync(string slug, CancellationToken cancellationToken = default)
    {
        var programme = await db.Programmes.AsNoTracking().FirstOrDefaultAsync(p => p.Slug == slug, cancellationToken);
        return programme is null
            ? null
            : new ProgrammeDetails(programme.Id, programme.Slug, programme.Name, programme.ShortName, programme.Funder, programme.LegalBasis,
                programme.StartsOn, programme.EndsOn, programme.AnnouncedBudget, programme.Description, programme.Rules, programme.Sources)
            { NameEn = programme.NameEn, DescriptionEn = programme.DescriptionEn };
    }
}
