using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Projects;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Transfer;

public sealed record ProvenanceProject(string Slug, string Title, string RegionName, ProjectStatus Status, decimal? PublicMoney, string? LeadSlug, string? LeadName, string? ProgrammeName);

public sealed record ReuseView(string UserName, string? MunicipalityAgs, string? OrganisationSlug, DateOnly? Since, DatePrecision SincePrecision, string? Note, IReadOnlyList<SourceReference> Sources);

/// <summary>A PDF document of a solution, served at /loesungen/{slug}/dokumente/{id}.</summary>
public sealed record SolutionDocumentView(int Id, string Name, string FileName, long Size);

/// <summary>A public paper of a Digitalboard about the solution.</summary>

public sealed record SolutionDetails(
    int Id,
    string Slug,
    string Title,
    string? Summary,
    string? Description,
    string MainLanguage,
    string? TitleEn,
    string? SummaryEn,
    string? DescriptionEn,
    SolutionKind Kind,
    Maturity? Maturity,
    string? Problem,
    MunicipalityTypes TargetTypes,
    MunicipalitySizes TargetSizes,
    string? Prerequisites,
    string? AdoptionSteps,
    string? DataNeeded,
    OperatorModels OperatorModels,
    string? Licence,
    string? CooperationAgreement,
    string? ProcurementNotes,
    decimal? CostOneOff,
    decimal? CostRunningPerYear,
    string? CostNote,
    MaintenanceType? MaintenanceType,
    IReadOnlyList<SolutionContractor> Contractors,
    IReadOnlyList<SolutionContact> Contacts,
    string? RepositoryUrl,
    string? DemoUrl,
    string? DocumentationUrl,
    string? Website,
    IReadOnlyList<SolutionLink> Links,
    IReadOnlyList<string> Features,
    IReadOnlyList<Option> Topics,
    string RegionSlug,
    string RegionName,
    string? ProviderSlug,
    string? ProviderName,
    IReadOnlyList<ProvenanceProject> Projects,
    IReadOnlyList<string> Programmes,
    PublicFunding.Sum Funding,
    IReadOnlyList<ReuseView> Reuses,
    IReadOnlyList<SourceReference> Sources,
    bool IsPublished,
    bool IsSynthetic,
    DateTime UpdatedAt,
    IReadOnlyList<SolutionDocumentView> Documents)
{
    /// <summary>What other features add to the solution in the API (e.g. the Digitalboard's <c>boardPapers</c>).</summary>
    [System.Text.Json.Serialization.JsonExtensionData]
    public Dictionary<string, object?>? Contributed { get; init; }

    public bool HasPublicCode => Kind == SolutionKind.Software;

    /// <summary>A solution of the fictional training region: its page says so.</summary>
    public bool IsExample { get; init; }
}

/// <summary>
/// Everything the public solution page shows: profile, provenance with its public money, who uses it. Only the
/// columns shown are read: the profile with its short lists (one query each, from one statement), the originating
/// projects with their lead and programme (one) and the confirmed reuses with their sources (one); no more when a
/// solution has more projects, reuses or links. Not cached: a random page of thousands would only fill the cache.
/// </summary>
public sealed class GetSolutionDetails(AppDbContext db)
{
    public Task<SolutionDetails?> RunAsync(string slug, bool includeUnpublished = false, CancellationToken cancellationToken = default) =>
        LoadAsync(slug, includeUnpublished, cancellationToken);

    private async Task<SolutionDetails?> LoadAsync(string slug, bool includeUnpublished, CancellationToken cancellationToken)
    {
        var s = await db.Solutions.AsNoTracking().AsSplitQuery()
            .Where(x => x.Slug == slug && (includeUnpublished || x.IsPublished))
            .Select(x => new
            {
                x.Id,
                x.Slug,
                x.Title,
                x.Summary,
                x.Description,
                x.MainLanguage,
                x.TitleEn,
                x.SummaryEn,
                x.DescriptionEn,
                x.Kind,
                x.Maturity,
                x.Problem,
                x.TargetTypes,
                x.TargetSizes,
                x.Prerequisites,
                x.AdoptionSteps,
                x.DataNeeded,
                x.OperatorModels,
                x.Licence,
                x.CooperationAgreement,
                x.ProcurementNotes,
                x.CostOneOff,
                x.CostRunningPerYear,
                x.CostNote,
                x.MaintenanceType,
                x.RepositoryUrl,
                x.DemoUrl,
                x.DocumentationUrl,
                x.Website,
                x.Features,
                x.IsPublished,
                x.IsSynthetic,
                x.IsExample,
                x.UpdatedAt,
                RegionSlug = x.Region!.Slug,
                RegionName = x.Region.Name,
                ProviderSlug = x.Provider != null ? x.Provider.Slug : null,
                ProviderName = x.Provider != null ? x.Provider.Name : null,
                Contractors = x.Contractors.ToList(),
                Contacts = x.Contacts.ToList(),
                Links = x.Links.ToList(),
                Sources = x.Sources.ToList(),
                Topics = x.Topics.Select(t => new Option(t.Slug, t.Name)).ToList(),
                Documents = x.Documents.Where(d => d.DeletedAt == null).OrderBy(d => d.Name)
                    .Select(d => new SolutionDocumentView(d.Id, d.Name, d.FileName, d.Size)).ToList(),
            })
            .FirstOrDefaultAsync(cancellationToken);
        if (s is null)
        {
            return null;
        }

        var projects = (await db.SolutionProjects.AsNoTracking()
                .Where(sp => sp.SolutionId == s.Id)
                .Select(sp => new
                {
                    sp.Project!.Slug,
                    sp.Project.Title,
                    RegionName = sp.Project.Region!.ShortName,
                    sp.Project.Status,
                    sp.Project.ApprovedGrant,
                    // Two correlated scalar subqueries over the project's partners (index on ProjectId): a
                    // FirstOrDefault of an object becomes a window function over every lead partner of the programme.
                    LeadSlug = sp.Project.Partners.Where(x => x.Role == PartnerRole.Lead).OrderBy(x => x.Id)
                        .Select(x => x.Organisation!.Slug).FirstOrDefault(),
                    LeadName = sp.Project.Partners.Where(x => x.Role == PartnerRole.Lead).OrderBy(x => x.Id)
                        .Select(x => x.Organisation!.Name).FirstOrDefault(),
                    ProgrammeName = sp.Project.Programme != null ? sp.Project.Programme.Name : null,
                })
                .ToListAsync(cancellationToken))
            .OrderBy(p => p.Title).ToList();
        var reuses = await db.Reuses.AsNoTracking().AsSingleQuery()
            .Where(r => r.SolutionId == s.Id && r.Status == ReuseStatus.Confirmed)
            .Select(r => new
            {
                r.UserName,
                r.MunicipalityAgs,
                OrganisationSlug = r.Organisation != null ? r.Organisation.Slug : null,
                r.Since,
                r.SincePrecision,
                r.Note,
                Sources = r.Sources.ToList(),
            })
            .ToListAsync(cancellationToken);

        var provenance = projects.Select(p =>
            new ProvenanceProject(p.Slug, p.Title, p.RegionName, p.Status, p.ApprovedGrant, p.LeadSlug, p.LeadName, p.ProgrammeName)).ToList();
        return new SolutionDetails(
            s.Id, s.Slug, s.Title, s.Summary, s.Description, s.MainLanguage, s.TitleEn, s.SummaryEn, s.DescriptionEn,
            s.Kind, s.Maturity, s.Problem, s.TargetTypes, s.TargetSizes, s.Prerequisites, s.AdoptionSteps, s.DataNeeded, s.OperatorModels,
            s.Licence, s.CooperationAgreement, s.ProcurementNotes, s.CostOneOff, s.CostRunningPerYear, s.CostNote,
            s.MaintenanceType, s.Contractors, s.Contacts, s.RepositoryUrl, s.DemoUrl, s.DocumentationUrl, s.Website, s.Links,
            SolutionVocabulary.Lines(s.Features),
            [.. s.Topics.OrderBy(t => t.Label)],
            s.RegionSlug, s.RegionName, s.ProviderSlug, s.ProviderName,
            provenance,
            [.. projects.Where(p => p.ProgrammeName is not null).Select(p => p.ProgrammeName!).Distinct()],
            PublicFunding.Of(projects.Select(p => p.ApprovedGrant)),
            [.. reuses.OrderBy(r => r.Since ?? DateOnly.MaxValue).ThenBy(r => r.UserName)
                .Select(r => new ReuseView(r.UserName, r.MunicipalityAgs, r.OrganisationSlug, r.Since, r.SincePrecision, r.Note, r.Sources))],
            s.Sources, s.IsPublished, s.IsSynthetic, s.UpdatedAt, s.Documents)
        { IsExample = s.IsExample };
    }
}
