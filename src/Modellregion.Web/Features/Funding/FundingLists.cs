using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Account;
using Modellregion.Web.Features.Projects;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Funding;

/// <summary>
/// Which fund requests or proofs a list shows: a stage (<c>stand</c>, e.g. <c>entwurf</c>) and, with <c>meine=true</c>,
/// only those of the projects the person leads. The dashboard counts with the filter it links to.
/// </summary>
public sealed record FundingListFilter(string? Status = null, bool OnlyMine = false)
{
    public string Href(string path) => Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString(path, new Dictionary<string, string?>
    {
        ["stand"] = Status,
        ["meine"] = OnlyMine ? "true" : null,
    }.Where(q => q.Value is not null)!);
}

public sealed record FundRequestRow(int Id, int ProjectId, string ProjectTitle, string RegionName, int Number, decimal Amount, FundRequestStatus Status, DateTime CreatedAt, DateTime? SubmittedAt, DateOnly? PaidOn);

public sealed record ProofRow(int Id, int ProjectId, string ProjectTitle, string RegionName, ProofKind Kind, int? BudgetYear, DateOnly DueOn, ProofStatus Status, DateTime? SubmittedAt);

/// <summary>The fund requests and proofs of all projects a person may see, by stage: the lists behind the dashboard's counts.</summary>
public sealed class FundingLists(AppDbContext db)
{
    public const int PageSize = 50;
    public const string RequestsPath = "/verwaltung/mittelabrufe";
    public const string ProofsPath = "/verwaltung/nachweise";

    public static readonly IReadOnlyList<(FundRequestStatus Status, string Slug)> RequestStatuses =
    [
        (FundRequestStatus.Draft, "entwurf"),
        (FundRequestStatus.Submitted, "eingereicht"),
        (FundRequestStatus.Forwarded, "weitergeleitet"),
        (FundRequestStatus.Paid, "ausgezahlt"),
        (FundRequestStatus.Returned, "zurueckgegeben"),
        (FundRequestStatus.Withdrawn, "zurueckgezogen"),
    ];

    public static readonly IReadOnlyList<(ProofStatus Status, string Slug)> ProofStatuses =
    [
        (ProofStatus.Draft, "entwurf"),
        (ProofStatus.Submitted, "eingereicht"),
        (ProofStatus.Accepted, "angenommen"),
        (ProofStatus.Returned, "zurueckgegeben"),
    ];

    public static string SlugOf(FundRequestStatus status) => RequestStatuses.First(s => s.Status == status).Slug;

    public static string SlugOf(ProofStatus status) => ProofStatuses.First(s => s.Status == status).Slug;

    public IQueryable<FundRequest> Requests(Scopes scopes, FundingListFilter filter)
    {
        var projects = Projects(scopes, filter);
        var requests = db.FundRequests.AsNoTracking().Join(projects, r => r.ProjectId, p => p.Id, (r, _) => r);
        return RequestStatuses.FirstOrDefault(s => s.Slug == filter.Status) is { Slug: not null } status
            ? requests.Where(r => r.Status == status.Status)
            : requests;
    }

    public IQueryable<Proof> Proofs(Scopes scopes, FundingListFilter filter)
    {
        var projects = Projects(scopes, filter);
        var proofs = db.Proofs.AsNoTracking().Join(projects, r => r.ProjectId, p => p.Id, (r, _) => r);
        return ProofStatuses.FirstOrDefault(s => s.Slug == filter.Status) is { Slug: not null } status
            ? proofs.Where(r => r.Status == status.Status)
            : proofs;
    }

    public async Task<Page<FundRequestRow>> RequestPageAsync(Scopes scopes, FundingListFilter filter, int page, CancellationToken cancellationToken = default)
    {
        var requests = Requests(scopes, filter);
        var total = await requests.CountAsync(cancellationToken);
        page = Math.Clamp(page, 1, Math.Max(1, (total + PageSize - 1) / PageSize));
        var rows = await requests.OrderBy(r => r.Project!.Region!.Name).ThenBy(r => r.Project!.Title).ThenBy(r => r.Number)
            .Skip((page - 1) * PageSize).Take(PageSize)
            .Select(r => new FundRequestRow(r.Id, r.ProjectId, r.Project!.Title, r.Project.Region!.ShortName, r.Number, r.Amount, r.Status, r.CreatedAt, r.SubmittedAt, r.PaidOn))
            .ToListAsync(cancellationToken);
        return new Page<FundRequestRow>(rows, page, PageSize, total);
    }

    public async Task<Page<ProofRow>> ProofPageAsync(Scopes scopes, FundingListFilter filter, int page, CancellationToken cancellationToken = default)
    {
        var proofs = Proofs(scopes, filter);
        var total = await proofs.CountAsync(cancellationToken);
        page = Math.Clamp(page, 1, Math.Max(1, (total + PageSize - 1) / PageSize));
        var rows = await proofs.OrderBy(p => p.DueOn).ThenBy(p => p.Project!.Title)
            .Skip((page - 1) * PageSize).Take(PageSize)
            .Select(p => new ProofRow(p.Id, p.ProjectId, p.Project!.Title, p.Project.Region!.ShortName, p.Kind, p.BudgetYear, p.DueOn, p.Status, p.SubmittedAt))
            .ToListAsync(cancellationToken);
        return new Page<ProofRow>(rows, page, PageSize, total);
    }

    private IQueryable<Project> Projects(Scopes scopes, FundingListFilter filter)
    {
        var projects = scopes.Visible(db.Projects.AsNoTracking());
        if (filter.OnlyMine)
        {
            var mine = scopes.LeadProjects.ToList();
            projects = projects.Where(p => mine.Contains(p.Id));
        }

        return projects;
    }
}
