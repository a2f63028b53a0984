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

/// <summary>Everything the public solution page shows: profile, provenance with its public money, who uses it.</summary>
public sealed class GetSolutionDetails(AppDbContext db, PublicCache cache)
{
    public Task<SolutionDetails?> RunAsync(string slug, bool includeUnpublished = false, CancellationToken cancellationToken = default) =>
        includeUnpublished
            ? LoadAsync(slug, true, cancellationToken)
            : cache.GetOrCreateAsync($"solution:{slug}", () => LoadAsync(slug, false, cancellationToken));

    private async Task<SolutionDetails?> LoadAsync(string slug, bool includeUnpublished, CancellationToken cancellationToken)
    {
        var s = await db.Solutions.AsNoTracking().AsSplitQuery()
            .Where(x => x.Slug == slug && (includeUnpublished || x.IsPublished))
            .Include(x => x.Region)
            .Include(x => x.Provider)
            .Include(x => x.Topics)
            .Include(x => x.Projects).ThenInclude(p => p.Project!).ThenInclude(p => p.Region)
            .Include(x => x.Projects).ThenInclude(p => p.Project!).ThenInclude(p => p.Programme)
            .Include(x => x.Projects).ThenInclude(p => p.Project!).ThenInclude(p => p.Partners).ThenInclude(pp => pp.Organisation)
            .Include(x => x.Reuses.Where(r => r.Status == ReuseStatus.Confirmed)).ThenInclude(r => r.Organisation)
            .FirstOrDefaultAsync(cancellationToken);
        if (s is null)
        {
            return null;
        }

        var documents = await db.SolutionDocuments.AsNoTracking().Where(d => d.SolutionId == s.Id && d.DeletedAt == null).OrderBy(d => d.Name)
            .Select(d => new SolutionDocumentView(d.Id, d.Name, d.FileName, d.Size)).ToListAsync(cancellationToken);
        var projects = s.Projects.Select(p => p.Project!).OrderBy(p => p.Title).ToList();
        var provenance = projects.Select(p =>
        {
            var lead = p.Partners.FirstOrDefault(x => x.Role == PartnerRole.Lead)?.Organisation;
            return new ProvenanceProject(p.Slug, p.Title, p.Region!.ShortName, p.Status, PublicFunding.OfProject(p), lead?.Slug, lead?.Name, p.Programme?.Name);
        }).ToList();

        return new SolutionDetails(
            s.Id, s.Slug, s.Title, s.Summary, s.Description, s.MainLanguage, s.TitleEn, s.SummaryEn, s.DescriptionEn,
            s.Kind, s.Maturity, s.Problem, s.TargetTypes, s.TargetSizes, s.Prerequisites, s.AdoptionSteps, s.DataNeeded, s.OperatorModels,
            s.Licence, s.CooperationAgreement, s.ProcurementNotes, s.CostOneOff, s.CostRunningPerYear, s.CostNote,
            s.MaintenanceType, s.Contractors, s.Contacts, s.RepositoryUrl, s.DemoUrl, s.DocumentationUrl, s.Website, s.Links,
            SolutionVocabulary.Lines(s.Features),
            [.. s.Topics.OrderBy(t => t.Name).Select(t => new Option(t.Slug, t.Name))],
            s.Region!.Slug, s.Region.Name, s.Provider?.Slug, s.Provider?.Name,
            provenance,
            [.. projects.Where(p => p.Programme is not null).Select(p => p.Programme!.Name).Distinct()],
            PublicFunding.Of(projects),
            [.. s.Reuses.OrderBy(r => r.Since ?? DateOnly.MaxValue).ThenBy(r => r.UserName)
                .Select(r => new ReuseView(r.UserName, r.MunicipalityAgs, r.Organisation?.Slug, r.Since, r.SincePrecision, r.Note, r.Sources))],
            s.Sources, s.IsPublished, s.IsSynthetic, s.UpdatedAt, documents)
        { IsExample = s.IsExample };
    }
}
