using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Directory;
using Modellregion.Web.Features.Funding;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Projects;

public sealed record ProjectDetails(
    int Id,
    string Slug,
    string Title,
    string? Summary,
    string? Description,
    string RegionSlug,
    string RegionName,
    string? ProgrammeName,
    string? FieldName,
    string? FieldSlug,
    IReadOnlyList<Option> Topics,
    ProjectStatus Status,
    string? StatusNote,
    DateOnly? StartsOn,
    DatePrecision StartsOnPrecision,
    DateOnly? EndsOn,
    DatePrecision EndsOnPrecision,
    string? Website,
    ProjectMoney Money,
    IReadOnlyList<PartnerView> Partners,
    IReadOnlyList<PlaceView> Places,
    IReadOnlyList<MilestoneView> Milestones,
    IReadOnlyList<ResultView> Results,
    IReadOnlyList<StatusStepView> Steps,
    IReadOnlyList<SourceReference> Sources,
    bool IsSynthetic,
    DateTime UpdatedAt)
{
    /// <summary>
    /// What other features add to the project in the API (the board's votes, the solutions from its results …),
    /// by their name in the JSON; see <see cref="Shared.IPageSection.Api"/>.
    /// </summary>
    [System.Text.Json.Serialization.JsonExtensionData]
    public Dictionary<string, object?>? Contributed { get; init; }

    /// <summary>English title, summary and description, where the project office has written them.</summary>
    public string? TitleEn { get; init; }

    public string? SummaryEn { get; init; }

    public string? DescriptionEn { get; init; }

    /// <summary>A project of the fictional training region: its page says so.</summary>
    public bool IsExample { get; init; }

    /// <summary>Share of milestones reached, when there are milestones.</summary>
    public int? ProgressPercent => Milestones.Count == 0 ? null : (int)Math.Round(100.0 * Milestones.Count(m => m.IsCompleted) / Milestones.Count);
}

public sealed record ProjectMoney(
    decimal? ApprovedGrant,
    int GrantDecisionCount,
    DateOnly? DecidedOn,
    DateOnly? PeriodStart,
    DateOnly? PeriodEnd,
    decimal? TotalCosts,
    decimal? OwnContribution,
    string? Note,
    decimal? PaidOut,
    IReadOnlyList<MoneyPoint> Timeline)
{
    /// <summary>
    /// Payments are published for projects administered in this system; for projects known only from public reports
    /// they are not, and the page says so (see <see cref="FundingVisibility"/>).
    /// </summary>
    public bool PaymentsPublished { get; init; }
}

public sealed record PartnerView(string Slug, string Name, OrganisationType Type, PartnerRole Role, string? Note);

public sealed record PlaceView(string Ags, string Name, string DistrictName);

public sealed record MilestoneView(string Title, string? Description, DateOnly? DueOn, bool IsCompleted, DateOnly? CompletedOn, DatePrecision Precision);

public sealed record ResultView(string Title, string? Description, string? Url, ResultKind Kind);

public sealed record StatusStepView(ProjectStatus To, DateOnly EffectiveOn, string? Reason);

/// <summary>A public resolution of a Digitalboard on this project: the Votum and where it was taken.</summary>
/// <summary>Everything the public project page and the API show about one project.</summary>
public sealed class GetProjectDetails(AppDbContext db, PublicCache cache, MoneyOverview moneyOverview)
{
    /// <summary>A published project (cached until the next change) or, for the back office, any project.</summary>
    public Task<ProjectDetails?> RunAsync(string slug, bool includeUnpublished = false, CancellationToken cancellationToken = default) =>
        includeUnpublished
            ? LoadAsync(slug, true, cancellationToken)
            : cache.GetOrCreateAsync($"project:{slug}", () => LoadAsync(slug, false, cancellationToken));

    private async Task<ProjectDetails?> LoadAsync(string slug, bool includeUnpublished, CancellationToken cancellationToken)
    {
        var project = await db.Projects.AsNoTracking().AsSplitQuery()
            .Where(p => p.Slug == slug && (includeUnpublished || p.IsPublished))
            .Include(p => p.Region)
            .Include(p => p.Programme)
            .Include(p => p.Field)
            .Include(p => p.Topics)
            .Include(p => p.Partners).ThenInclude(x => x.Organisation)
            .Include(p => p.Municipalities).ThenInclude(m => m.Municipality!).ThenInclude(m => m.District)
            .Include(p => p.Milestones)
            .Include(p => p.Results)
            .Include(p => p.GrantDecisions)
            .Include(p => p.StatusChanges)
            .FirstOrDefaultAsync(cancellationToken);
        if (project is null)
        {
            return null;
        }

        var decisions = project.GrantDecisions.OrderBy(g => g.Sequence).ToList();
        var current = decisions.LastOrDefault();

        // Paid out (Mittelabfluss) is known for projects administered here (nothing paid yet is 0 once there is a grant);
        // for others it is not public.
        var account = project.IsAdministered ? await db.FundingAccounts.AsNoTracking().FirstOrDefaultAsync(a => a.ProjectId == project.Id, cancellationToken) : null;
        var paidOut = account?.Paid ?? (project.IsAdministered && current is not null ? 0m : null);
        var timeline = account is null ? [] : await moneyOverview.TimelineAsync(project.Id, null, db.Today, cancellationToken);
        var money = new ProjectMoney(
            current?.MaxAmount,
            decisions.Count,
            decisions.FirstOrDefault()?.DecidedOn,
            current?.PeriodStart,
            current?.PeriodEnd,
            project.TotalCosts,
            project.OwnContribution,
            current?.Note,
            paidOut,
            timeline)
        { PaymentsPublished = project.IsAdministered };

        return new ProjectDetails(
            project.Id,
            project.Slug,
            project.Title,
            project.Summary,
            project.Description,
            project.Region!.Slug,
            project.Region.Name,
            project.Programme?.Name,
            project.Field?.Name,
            project.Field?.Slug,
            [.. project.Topics.OrderBy(t => t.Name).Select(t => new Option(t.Slug, t.Name))],
            project.Status,
            project.StatusNote,
            project.StartsOn,
            project.StartsOnPrecision,
            project.EndsOn,
            project.EndsOnPrecision,
            project.Website,
            money,
            [.. project.Partners.OrderBy(x => x.Role).ThenBy(x => x.Organisation!.Name)
                .Select(x => new PartnerView(x.Organisation!.Slug, x.Organisation.Name, x.Organisation.Type, x.Role, x.Note))],
            [.. project.Municipalities.OrderBy(m => m.Municipality!.Name)
                .Select(m => new PlaceView(m.Ags, m.Municipality!.Name, m.Municipality.District?.Name ?? ""))],
            [.. project.Milestones.OrderBy(m => m.SortOrder).ThenBy(m => m.DueOn ?? m.CompletedOn)
                .Select(m => new MilestoneView(m.Title, m.Description, m.DueOn, m.IsCompleted, m.CompletedOn, m.DatePrecision))],
            [.. project.Results.OrderBy(r => r.Title).Select(r => new ResultView(r.Title, r.Description, r.Url, r.Kind))],
            [.. project.StatusChanges.OrderBy(s => s.EffectiveOn).ThenBy(s => s.Id).Select(s => new StatusStepView(s.To, s.EffectiveOn, s.Reason))],
            project.Sources,
            project.IsSynthetic,
            project.UpdatedAt)
        { IsExample = project.Region.IsExample, TitleEn = project.TitleEn, SummaryEn = project.SummaryEn, DescriptionEn = project.DescriptionEn };
    }
}
