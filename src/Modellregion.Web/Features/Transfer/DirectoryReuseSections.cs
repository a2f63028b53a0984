using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Directory;
using Modellregion.Web.Features.Projects;
using Modellregion.Web.Features.Shared;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Transfer;

/// <summary>A solution of the catalogue as a municipality's or an organisation's page lists it.</summary>
public sealed record SolutionUse(string Slug, string Title, DateOnly? Since)
{
    /// <summary>A solution of the fictional training region, marked where it is listed.</summary>
    public bool IsExample { get; init; }
}

/// <summary>
/// The solutions a municipality or an organisation reuses (confirmed reuses; a transfer case closed as
/// "Nachgenutzt" records one) and those it provided or that came from its projects.
/// </summary>
public sealed record SolutionUses(IReadOnlyList<SolutionUse> Reuses, IReadOnlyList<SolutionUse> Provided);

/// <summary>
/// "Nutzt Lösungen aus dem Katalog" and "Hat Lösungen bereitgestellt" on the page of a municipality of the official
/// list (/kommunen/{ags}): reuses by the municipality or its organisations in the directory, and solutions they
/// provided or that came from projects they led or took part in.
/// </summary>
public sealed class MunicipalityReuseSection(AppDbContext db, PublicCache cache) : IPageSection
{
    public string Slot => PageSlots.MunicipalityBeforeProjects;

    public string Partial => "/Features/Transfer/_MunicipalityReuse.cshtml";

    public async Task<object?> LoadAsync(object? subject, CancellationToken cancellationToken) =>
        subject is string ags ? await cache.GetOrCreateAsync($"municipality-solutions:{ags}", () => LoadAsync(ags, cancellationToken)) : null;

    private async Task<SolutionUses> LoadAsync(string ags, CancellationToken cancellationToken)
    {
        var organisationIds = await db.Organisations.AsNoTracking().Where(o => o.MunicipalityAgs == ags && !o.IsSynthetic)
            .Select(o => o.Id).ToListAsync(cancellationToken);
        var reuses = await db.Reuses.AsNoTracking()
            .Where(r => r.Status == ReuseStatus.Confirmed && r.Solution!.IsPublished
                        && (r.MunicipalityAgs == ags || (r.OrganisationId != null && organisationIds.Contains(r.OrganisationId.Value))))
            .OrderBy(r => r.Solution!.Title)
            .Select(r => new SolutionUse(r.Solution!.Slug, r.Solution.Title, r.Since) { IsExample = r.Solution.IsExample })
            .ToListAsync(cancellationToken);
        var provided = await db.Solutions.AsNoTracking()
            .Where(s => s.IsPublished && ((s.ProviderId != null && organisationIds.Contains(s.ProviderId.Value))
                        || s.Projects.Any(p => p.Project!.Partners.Any(x => organisationIds.Contains(x.OrganisationId) && (x.Role == PartnerRole.Lead || x.Role == PartnerRole.Partner)))))
            .OrderBy(s => s.Title)
            .Select(s => new SolutionUse(s.Slug, s.Title, null) { IsExample = s.IsExample })
            .ToListAsync(cancellationToken);
        return new SolutionUses([.. reuses.DistinctBy(r => r.Slug)], provided);
    }
}

/// <summary>
/// "Nachnutzung" on an organisation's public page and <c>reuses</c>/<c>provided</c> in the organisation API: the
/// solutions it (or, for a municipality, the place) reuses and those it provides or that came from projects it led.
/// Shown for municipalities always, for other organisations when there is something.
/// </summary>
public sealed class OrganisationReuseSection(AppDbContext db, PublicCache cache) : IPageSection
{
    public string Slot => PageSlots.OrganisationAfterProjects;

    public string Partial => "/Features/Transfer/_OrganisationReuse.cshtml";

    public IEnumerable<KeyValuePair<string, object?>> Api(object? model) =>
        model is SolutionUses uses
            ? [new("reuses", uses.Reuses), new("provided", uses.Provided)]
            : [new("reuses", Array.Empty<SolutionUse>()), new("provided", Array.Empty<SolutionUse>())];

    public async Task<object?> LoadAsync(object? subject, CancellationToken cancellationToken)
    {
        if (subject is not OrganisationSubject organisation)
        {
            return null;
        }

        var uses = await cache.GetOrCreateAsync($"organisation-solutions:{organisation.Id}", () => LoadAsync(organisation, cancellationToken));
        return uses.Reuses.Count > 0 || uses.Provided.Count > 0 || organisation.Type == OrganisationType.Municipality ? uses : null;
    }

    private async Task<SolutionUses> LoadAsync(OrganisationSubject organisation, CancellationToken cancellationToken)
    {
        var (id, ags) = (organisation.Id, organisation.MunicipalityAgs);
        var reuses = await db.Reuses.AsNoTracking()
            .Where(r => r.Status == ReuseStatus.Confirmed && r.Solution!.IsPublished && (r.OrganisationId == id || (ags != null && r.MunicipalityAgs == ags)))
            .OrderBy(r => r.Solution!.Title)
            .Select(r => new SolutionUse(r.Solution!.Slug, r.Solution.Title, r.Since) { IsExample = r.Solution.IsExample })
            .ToListAsync(cancellationToken);
        var provided = await db.Solutions.AsNoTracking()
            .Where(s => s.IsPublished && (s.ProviderId == id || s.Projects.Any(p => p.Project!.Partners.Any(x => x.OrganisationId == id && x.Role == PartnerRole.Lead))))
            .OrderBy(s => s.Title)
            .Select(s => new SolutionUse(s.Slug, s.Title, null) { IsExample = s.IsExample })
            .ToListAsync(cancellationToken);
        return new SolutionUses([.. reuses.DistinctBy(r => r.Slug)], provided);
    }
}
