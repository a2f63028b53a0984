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
    /// <summary>The profile with its short lists, compiled once (no expression tree and no parameter extraction per request).</summary>
    private static readonly Func<AppDbContext, string, bool, Task<SolutionHead?>> HeadQuery = EF.CompileAsyncQuery(
        (AppDbContext db, string slug, bool includeUnpublished) => db.Set<Solution>().AsNoTracking().AsSplitQuery()
            .Where(x => x.Slug == slug && (includeUnpublished || x.IsPublished))
            .Select(x => new SolutionHead
            {
                Id = x.Id,
                Slug = x.Slug,
                Title = x.Title,
                Summary = x.Summary,
                Description = x.Description,
                MainLanguage = x.MainLanguage,
                TitleEn = x.TitleEn,
                SummaryEn = x.SummaryEn,
                DescriptionEn = x.DescriptionEn,
                Kind = x.Kind,
                Maturity = x.Maturity,
                Problem = x.Problem,
                TargetTypes = x.TargetTypes,
                TargetSizes = x.TargetSizes,
                Prerequisites = x.Prerequisites,
                AdoptionSteps = x.AdoptionSteps,
                DataNeeded = x.DataNeeded,
                OperatorModels = x.OperatorModels,
                Licence = x.Licence,
                CooperationAgreement = x.CooperationAgreement,
                ProcurementNotes = x.ProcurementNotes,
                CostOneOff = x.CostOneOff,
                CostRunningPerYear = x.CostRunningPerYear,
                CostNote = x.CostNote,
                MaintenanceType = x.MaintenanceType,
                RepositoryUrl = x.RepositoryUrl,
                DemoUrl = x.DemoUrl,
                DocumentationUrl = x.DocumentationUrl,
                Website = x.Website,
                Features = x.Features,
                IsPublished = x.IsPublished,
                IsSynthetic = x.IsSynthetic,
                IsExample = x.IsExample,
                UpdatedAt = x.UpdatedAt,
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
            .FirstOrDefault());

    private static readonly Func<AppDbContext, int, IAsyncEnumerable<SolutionProjectRow>> ProjectsQuery = EF.CompileAsyncQuery(
        (AppDbContext db, int solutionId) => db.Set<SolutionProject>().AsNoTracking()
            .Where(sp => sp.SolutionId == solutionId)
            .Select(sp => new SolutionProjectRow
            {
                Slug = sp.Project!.Slug,
                Title = sp.Project.Title,
                RegionName = sp.Project.Region!.ShortName,
                Status = sp.Project.Status,
                ApprovedGrant = sp.Project.ApprovedGrant,
                // Two correlated scalar subqueries over the project's partners (index on ProjectId): a
                // FirstOrDefault of an object becomes a window function over every lead partner of the programme.
                LeadSlug = sp.Project.Partners.Where(x => x.Role == PartnerRole.Lead).OrderBy(x => x.Id)
                    .Select(x => x.Organisation!.Slug).FirstOrDefault(),
                LeadName = sp.Project.Partners.Where(x => x.Role == PartnerRole.Lead).OrderBy(x => x.Id)
                    .Select(x => x.Organisation!.Name).FirstOrDefault(),
                ProgrammeName = sp.Project.Programme != null ? sp.Project.Programme.Name : null,
            }));

    private static readonly Func<AppDbContext, int, IAsyncEnumerable<SolutionReuseRow>> ReusesQuery = EF.CompileAsyncQuery(
        (AppDbContext db, int solutionId) => db.Set<Reuse>().AsNoTracking().AsSingleQuery()
            .Where(r => r.SolutionId == solutionId && r.Status == ReuseStatus.Confirmed)
            .Select(r => new SolutionReuseRow
            {
                UserName = r.UserName,
                MunicipalityAgs = r.MunicipalityAgs,
                OrganisationSlug = r.Organisation != null ? r.Organisation.Slug : null,
                Since = r.Since,
                SincePrecision = r.SincePrecision,
                Note = r.Note,
                Sources = r.Sources.ToList(),
            }));

    public Task<SolutionDetails?> RunAsync(string slug, bool includeUnpublished = false, CancellationToken cancellationToken = default) =>
        LoadAsync(slug, includeUnpublished, cancellationToken);

    private async Task<SolutionDetails?> LoadAsync(string slug, bool includeUnpublished, CancellationToken cancellationToken)
    {
        var s = await HeadQuery(db, slug, includeUnpublished);
        if (s is null)
        {
            return null;
        }

        var projects = (await ProjectsQuery(db, s.Id).ToListAsync(cancellationToken)).OrderBy(p => p.Title).ToList();
        var reuses = await ReusesQuery(db, s.Id).ToListAsync(cancellationToken);

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

/// <summary>The solution's own columns with region, provider and short lists.</summary>
internal sealed class SolutionHead
{
    public int Id { get; init; }
    public string Slug { get; init; } = "";
    public string Title { get; init; } = "";
    public string? Summary { get; init; }
    public string? Description { get; init; }
    public string MainLanguage { get; init; } = "";
    public string? TitleEn { get; init; }
    public string? SummaryEn { get; init; }
    public string? DescriptionEn { get; init; }
    public SolutionKind Kind { get; init; }
    public Maturity? Maturity { get; init; }
    public string? Problem { get; init; }
    public MunicipalityTypes TargetTypes { get; init; }
    public MunicipalitySizes TargetSizes { get; init; }
    public string? Prerequisites { get; init; }
    public string? AdoptionSteps { get; init; }
    public string? DataNeeded { get; init; }
    public OperatorModels OperatorModels { get; init; }
    public string? Licence { get; init; }
    public string? CooperationAgreement { get; init; }
    public string? ProcurementNotes { get; init; }
    public decimal? CostOneOff { get; init; }
    public decimal? CostRunningPerYear { get; init; }
    public string? CostNote { get; init; }
    public MaintenanceType? MaintenanceType { get; init; }
    public string? RepositoryUrl { get; init; }
    public string? DemoUrl { get; init; }
    public string? DocumentationUrl { get; init; }
    public string? Website { get; init; }
    public string? Features { get; init; }
    public bool IsPublished { get; init; }
    public bool IsSynthetic { get; init; }
    public bool IsExample { get; init; }
    public DateTime UpdatedAt { get; init; }
    public string RegionSlug { get; init; } = "";
    public string RegionName { get; init; } = "";
    public string? ProviderSlug { get; init; }
    public string? ProviderName { get; init; }
    public List<SolutionContractor> Contractors { get; init; } = [];
    public List<SolutionContact> Contacts { get; init; } = [];
    public List<SolutionLink> Links { get; init; } = [];
    public List<SourceReference> Sources { get; init; } = [];
    public List<Option> Topics { get; init; } = [];
    public List<SolutionDocumentView> Documents { get; init; } = [];
}

/// <summary>One originating project as the solution page needs it.</summary>
internal sealed class SolutionProjectRow
{
    public string Slug { get; init; } = "";
    public string Title { get; init; } = "";
    public string RegionName { get; init; } = "";
    public ProjectStatus Status { get; init; }
    public decimal? ApprovedGrant { get; init; }
    public string? LeadSlug { get; init; }
    public string? LeadName { get; init; }
    public string? ProgrammeName { get; init; }
}

/// <summary>One confirmed reuse with its sources.</summary>
internal sealed class SolutionReuseRow
{
    public string UserName { get; init; } = "";
    public string? MunicipalityAgs { get; init; }
    public string? OrganisationSlug { get; init; }
    public DateOnly? Since { get; init; }
    public DatePrecision SincePrecision { get; init; }
    public string? Note { get; init; }
    public List<SourceReference> Sources { get; init; } = [];
}
