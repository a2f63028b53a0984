using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Directory;
using Modellregion.Web.Features.Projects;
using Modellregion.Web.Features.Shared;

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
public sealed class MunicipalityReuseSection(AppDbContext db) : IPageSection
{
    public string Slot => PageSlots.MunicipalityBeforeProjects;

    public string Partial => "/Features/Transfer/_MunicipalityReuse.cshtml";

    public async Task<object?> LoadAsync(object? subject, CancellationToken cancellationToken) =>
        subject is string ags ? await LoadAsync(ags, cancellationToken) : null;

    private static readonly Func<AppDbContext, string, IAsyncEnumerable<UseData>> Query = EF.CompileAsyncQuery<AppDbContext, string, UseData>(
        (AppDbContext db, string ags) => db.Set<Reuse>().AsNoTracking()
            .Where(r => r.Status == ReuseStatus.Confirmed && r.Solution!.IsPublished && r.MunicipalityAgs == ags)
            .Select(r => new UseData { Provided = false, Slug = r.Solution!.Slug, Title = r.Solution.Title, Since = r.Since, IsExample = r.Solution.IsExample })
            .Concat(db.Set<Reuse>().AsNoTracking()
                .Where(r => r.Status == ReuseStatus.Confirmed && r.Solution!.IsPublished && r.OrganisationId != null
                            && db.Set<Organisation>().Where(o => o.MunicipalityAgs == ags && !o.IsSynthetic).Select(o => o.Id).Contains(r.OrganisationId.Value))
                .Select(r => new UseData { Provided = false, Slug = r.Solution!.Slug, Title = r.Solution.Title, Since = r.Since, IsExample = r.Solution.IsExample }))
            .Concat(db.Set<Organisation>().Where(o => o.MunicipalityAgs == ags && !o.IsSynthetic)
                .Join(db.Set<Solution>().AsNoTracking().Where(s => s.IsPublished), o => (int?)o.Id, s => s.ProviderId, (o, s) => s)
                .Select(s => new UseData { Provided = true, Slug = s.Slug, Title = s.Title, Since = null, IsExample = s.IsExample }))
            .Concat(db.Set<Solution>().AsNoTracking()
                .Where(s => s.IsPublished
                            && db.Set<ProjectPartner>()
                                .Where(x => db.Set<Organisation>().Where(o => o.MunicipalityAgs == ags && !o.IsSynthetic).Select(o => o.Id).Contains(x.OrganisationId)
                                            && (x.Role == PartnerRole.Lead || x.Role == PartnerRole.Partner))
                                .Join(db.Set<SolutionProject>(), x => x.ProjectId, sp => sp.ProjectId, (x, sp) => sp.SolutionId)
                                .Contains(s.Id)
                            && !(s.ProviderId != null
                                 && db.Set<Organisation>().Where(o => o.MunicipalityAgs == ags && !o.IsSynthetic).Select(o => o.Id).Contains(s.ProviderId.Value)))
                .Select(s => new UseData { Provided = true, Slug = s.Slug, Title = s.Title, Since = null, IsExample = s.IsExample }))
            .OrderBy(r => r.Provided).ThenBy(r => r.Title));

    /// <summary>
    /// Reuses and provided solutions in one compiled query (a union whose parts each start from an index: no scan of
    /// the catalogue); the place's organisations as a subquery, not a list of ids. The place's reuses and its
    /// organisations' reuses are two parts (an OR of both would scan every reuse); a reuse in both comes twice and is
    /// merged by UseRow.Split. Provided solutions start from the organisations (a join the planner drives from the few
    /// organisations of the place, not a scan of the catalogue).
    /// </summary>
    private async Task<SolutionUses> LoadAsync(string ags, CancellationToken cancellationToken) =>
        UseRow.Split([.. (await Query(db, ags).ToListAsync(cancellationToken)).Select(r => new UseRow(r.Provided, r.Slug, r.Title, r.Since, r.IsExample))]);
}

/// <summary>A reused or provided solution as the sections read them, both lists in one query.</summary>
internal sealed record UseRow(bool Provided, string Slug, string Title, DateOnly? Since, bool IsExample)
{
    public static SolutionUses Split(IReadOnlyList<UseRow> rows) => new(
        [.. rows.Where(r => !r.Provided).Select(r => new SolutionUse(r.Slug, r.Title, r.Since) { IsExample = r.IsExample }).DistinctBy(r => r.Slug)],
        [.. rows.Where(r => r.Provided).Select(r => new SolutionUse(r.Slug, r.Title, null) { IsExample = r.IsExample })]);
}

/// <summary>
/// "Nachnutzung" on an organisation's public page and <c>reuses</c>/<c>provided</c> in the organisation API: the
/// solutions it (or, for a municipality, the place) reuses and those it provides or that came from projects it led.
/// Shown for municipalities always, for other organisations when there is something.
/// </summary>
public sealed class OrganisationReuseSection(AppDbContext db) : IPageSection
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

        var uses = await LoadAsync(organisation, cancellationToken);
        return uses.Reuses.Count > 0 || uses.Provided.Count > 0 || organisation.Type == OrganisationType.Municipality ? uses : null;
    }

    /// <summary>
    /// Its own reuses and its place's as two parts, each from its index (an OR of both would scan every reuse); the
    /// solutions from projects it led looked up from its partnerships, not tested for every solution. Compiled once.
    /// </summary>
    private static readonly Func<AppDbContext, int, string?, IAsyncEnumerable<UseData>> Query = EF.CompileAsyncQuery<AppDbContext, int, string?, UseData>(
        (AppDbContext db, int id, string? ags) => db.Set<Reuse>().AsNoTracking()
            .Where(r => r.Status == ReuseStatus.Confirmed && r.Solution!.IsPublished && r.OrganisationId == id)
            .Select(r => new UseData { Provided = false, Slug = r.Solution!.Slug, Title = r.Solution.Title, Since = r.Since, IsExample = r.Solution.IsExample })
            .Concat(db.Set<Reuse>().AsNoTracking()
                .Where(r => r.Status == ReuseStatus.Confirmed && r.Solution!.IsPublished && ags != null && r.MunicipalityAgs == ags)
                .Select(r => new UseData { Provided = false, Slug = r.Solution!.Slug, Title = r.Solution.Title, Since = r.Since, IsExample = r.Solution.IsExample }))
            .Concat(db.Set<Solution>().AsNoTracking()
                .Where(s => s.IsPublished && s.ProviderId == id)
                .Select(s => new UseData { Provided = true, Slug = s.Slug, Title = s.Title, Since = null, IsExample = s.IsExample }))
            .Concat(db.Set<Solution>().AsNoTracking()
                .Where(s => s.IsPublished
                            && db.Set<ProjectPartner>().Where(x => x.OrganisationId == id && x.Role == PartnerRole.Lead)
                                .Join(db.Set<SolutionProject>(), x => x.ProjectId, sp => sp.ProjectId, (x, sp) => sp.SolutionId)
                                .Contains(s.Id)
                            && s.ProviderId != id)
                .Select(s => new UseData { Provided = true, Slug = s.Slug, Title = s.Title, Since = null, IsExample = s.IsExample }))
            .OrderBy(r => r.Provided).ThenBy(r => r.Title));

    private async Task<SolutionUses> LoadAsync(OrganisationSubject organisation, CancellationToken cancellationToken) =>
        UseRow.Split([.. (await Query(db, organisation.Id, organisation.MunicipalityAgs).ToListAsync(cancellationToken))
            .Select(r => new UseRow(r.Provided, r.Slug, r.Title, r.Since, r.IsExample))]);
}

/// <summary>One row of the reuse queries (a class with setters: a union in SQL needs member-wise projections).</summary>
internal sealed class UseData
{
    public bool Provided { get; init; }
    public string Slug { get; init; } = "";
    public string Title { get; init; } = "";
    public DateOnly? Since { get; init; }
    public bool IsExample { get; init; }
}
