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

/// <summary>
/// Everything the public project page and the API show about one project, in at most four SQL commands whatever the project
/// holds: the project with its region, programme, field and account; all its lists (topics, partners, places,
/// milestones, results, status steps, sources) as one UNION ALL of narrow rows; its grant decisions; and, for a
/// project with a funding account, its payments per day for the money timeline.
/// </summary>
public sealed class GetProjectDetails(AppDbContext db, MoneyOverview moneyOverview)
{
    /// <summary>The project with region, programme, field and account, as one compiled query (no expression tree per request).</summary>
    private static readonly Func<AppDbContext, string, bool, Task<ProjectHead?>> HeadQuery = EF.CompileAsyncQuery(
        (AppDbContext db, string slug, bool includeUnpublished) => db.Set<Project>().AsNoTracking()
            .Where(p => p.Slug == slug && (includeUnpublished || p.IsPublished))
            .Select(p => new ProjectHead
            {
                Id = p.Id,
                Slug = p.Slug,
                Title = p.Title,
                Summary = p.Summary,
                Description = p.Description,
                TitleEn = p.TitleEn,
                SummaryEn = p.SummaryEn,
                DescriptionEn = p.DescriptionEn,
                RegionSlug = p.Region!.Slug,
                RegionName = p.Region.Name,
                RegionIsExample = p.Region.IsExample,
                ProgrammeName = p.Programme!.Name,
                FieldName = p.Field!.Name,
                FieldSlug = p.Field.Slug,
                Status = p.Status,
                StatusNote = p.StatusNote,
                StartsOn = p.StartsOn,
                StartsOnPrecision = p.StartsOnPrecision,
                EndsOn = p.EndsOn,
                EndsOnPrecision = p.EndsOnPrecision,
                Website = p.Website,
                TotalCosts = p.TotalCosts,
                OwnContribution = p.OwnContribution,
                IsAdministered = p.IsAdministered,
                IsSynthetic = p.IsSynthetic,
                UpdatedAt = p.UpdatedAt,
                Paid = db.Set<FundingAccount>().Where(a => a.ProjectId == p.Id).Select(a => (decimal?)a.Paid).FirstOrDefault(),
            })
            .FirstOrDefault());

    private static readonly Func<AppDbContext, int, IAsyncEnumerable<DecisionRow>> DecisionsQuery = EF.CompileAsyncQuery(
        (AppDbContext db, int projectId) => db.Set<GrantDecision>().AsNoTracking().Where(g => g.ProjectId == projectId).OrderBy(g => g.Sequence)
            .Select(g => new DecisionRow { Sequence = g.Sequence, DecidedOn = g.DecidedOn, PeriodStart = g.PeriodStart, PeriodEnd = g.PeriodEnd, MaxAmount = g.MaxAmount, Note = g.Note }));

    /// <summary>A published project or, for the back office, any project.</summary>
    public Task<ProjectDetails?> RunAsync(string slug, bool includeUnpublished = false, CancellationToken cancellationToken = default) =>
        LoadAsync(slug, includeUnpublished, cancellationToken);

    private async Task<ProjectDetails?> LoadAsync(string slug, bool includeUnpublished, CancellationToken cancellationToken)
    {
        var project = await HeadQuery(db, slug, includeUnpublished);
        if (project is null)
        {
            return null;
        }

        var rows = await ProjectRows.Query(db, project.Id).ToListAsync(cancellationToken);

        // Money stays out of the union: providers store decimals differently (SQLite as text), a union column would not keep it.
        var decisions = await DecisionsQuery(db, project.Id).ToListAsync(cancellationToken);
        var current = decisions.LastOrDefault();

        // Paid out (Mittelabfluss) is known for projects administered here (nothing paid yet is 0 once there is a grant);
        // for others it is not public.
        var paidOut = project.IsAdministered ? project.Paid ?? (current is not null ? 0m : null) : null;
        var timeline = project.IsAdministered && project.Paid is not null
            ? await moneyOverview.ProjectTimelineAsync(project.Id, decisions.Select(d => new DecisionPoint(project.Id, d.Sequence, d.DecidedOn, d.PeriodStart, d.MaxAmount)), db.Today, cancellationToken)
            : [];
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

        IEnumerable<ProjectRow> Of(int kind) => rows.Where(r => r.Kind == kind);
        return new ProjectDetails(
            project.Id,
            project.Slug,
            project.Title,
            project.Summary,
            project.Description,
            project.RegionSlug,
            project.RegionName,
            project.ProgrammeName,
            project.FieldName,
            project.FieldSlug,
            [.. Of(ProjectRows.Topic).OrderBy(t => t.B).Select(t => new Option(t.A!, t.B!))],
            project.Status,
            project.StatusNote,
            project.StartsOn,
            project.StartsOnPrecision,
            project.EndsOn,
            project.EndsOnPrecision,
            project.Website,
            money,
            [.. Of(ProjectRows.Partner).OrderBy(x => (PartnerRole)x.I2).ThenBy(x => x.B)
                .Select(x => new PartnerView(x.A!, x.B!, (OrganisationType)x.I1, (PartnerRole)x.I2, x.C))],
            [.. Of(ProjectRows.Place).OrderBy(m => m.B).Select(m => new PlaceView(m.A!, m.B!, m.C ?? ""))],
            [.. Of(ProjectRows.Milestone).OrderBy(m => m.Sort).ThenBy(m => m.D1 ?? m.D2)
                .Select(m => new MilestoneView(m.A!, m.B, m.D1, m.Flag, m.D2, (DatePrecision)m.I1))],
            [.. Of(ProjectRows.Result).OrderBy(r => r.A).Select(r => new ResultView(r.A!, r.B, r.C, (ResultKind)r.I1))],
            [.. Of(ProjectRows.Step).OrderBy(s => s.D1).ThenBy(s => s.Sort).Select(s => new StatusStepView((ProjectStatus)s.I1, s.D1!.Value, s.A))],
            [.. Of(ProjectRows.Source).OrderBy(s => s.Sort).Select(s => new SourceReference { Url = s.A!, Title = s.B!, Supports = s.C })],
            project.IsSynthetic,
            project.UpdatedAt)
        { IsExample = project.RegionIsExample, TitleEn = project.TitleEn, SummaryEn = project.SummaryEn, DescriptionEn = project.DescriptionEn };
    }
}

/// <summary>The project's own columns with its region, programme, field and paid amount (null: no funding account).</summary>
internal sealed class ProjectHead
{
    public int Id { get; init; }
    public string Slug { get; init; } = "";
    public string Title { get; init; } = "";
    public string? Summary { get; init; }
    public string? Description { get; init; }
    public string? TitleEn { get; init; }
    public string? SummaryEn { get; init; }
    public string? DescriptionEn { get; init; }
    public string RegionSlug { get; init; } = "";
    public string RegionName { get; init; } = "";
    public bool RegionIsExample { get; init; }
    public string? ProgrammeName { get; init; }
    public string? FieldName { get; init; }
    public string? FieldSlug { get; init; }
    public ProjectStatus Status { get; init; }
    public string? StatusNote { get; init; }
    public DateOnly? StartsOn { get; init; }
    public DatePrecision StartsOnPrecision { get; init; }
    public DateOnly? EndsOn { get; init; }
    public DatePrecision EndsOnPrecision { get; init; }
    public string? Website { get; init; }
    public decimal? TotalCosts { get; init; }
    public decimal? OwnContribution { get; init; }
    public bool IsAdministered { get; init; }
    public bool IsSynthetic { get; init; }
    public DateTime UpdatedAt { get; init; }
    public decimal? Paid { get; init; }
}

/// <summary>One grant decision as the project page needs it.</summary>
internal sealed class DecisionRow
{
    public int Sequence { get; init; }
    public DateOnly? DecidedOn { get; init; }
    public DateOnly? PeriodStart { get; init; }
    public DateOnly? PeriodEnd { get; init; }
    public decimal MaxAmount { get; init; }
    public string? Note { get; init; }
}

/// <summary>One narrow row of a project's lists; <see cref="ProjectRows"/> says what each column holds per kind.</summary>
public sealed class ProjectRow
{
    public int Kind { get; init; }
    public int Sort { get; init; }
    public string? A { get; init; }
    public string? B { get; init; }
    public string? C { get; init; }
    public int I1 { get; init; }
    public int I2 { get; init; }
    public DateOnly? D1 { get; init; }
    public DateOnly? D2 { get; init; }
    public DateOnly? D3 { get; init; }
    public bool Flag { get; init; }
}

/// <summary>All lists of one project as one query (UNION ALL), so the page's cost does not grow with its lists.</summary>
internal static class ProjectRows
{
    public const int Topic = 0;
    public const int Partner = 1;
    public const int Place = 2;
    public const int Milestone = 3;
    public const int Result = 4;
    public const int Step = 6;
    public const int Source = 7;

    /// <summary>All lists of one project as one compiled query.</summary>
    public static readonly Func<AppDbContext, int, IAsyncEnumerable<ProjectRow>> Query = EF.CompileAsyncQuery(
        (AppDbContext db, int projectId) => db.Set<Project>().AsNoTracking().Where(p => p.Id == projectId).SelectMany(p => p.Topics).Select(t => new ProjectRow
        {
            Kind = Topic,
            Sort = 0,
            A = t.Slug,
            B = t.Name,
            C = null,
            I1 = 0,
            I2 = 0,
            D1 = null,
            D2 = null,
            D3 = null,
            Flag = false,
        })
            .Concat(db.Set<ProjectPartner>().AsNoTracking().Where(x => x.ProjectId == projectId).Select(x => new ProjectRow
            {
                Kind = Partner,
                Sort = 0,
                A = x.Organisation!.Slug,
                B = x.Organisation.Name,
                C = x.Note,
                I1 = (int)x.Organisation.Type,
                I2 = (int)x.Role,
                D1 = null,
                D2 = null,
                D3 = null,
                Flag = false,
            }))
            .Concat(db.Set<ProjectMunicipality>().AsNoTracking().Where(m => m.ProjectId == projectId).Select(m => new ProjectRow
            {
                Kind = Place,
                Sort = 0,
                A = m.Ags,
                B = m.Municipality!.Name,
                C = m.Municipality.District!.Name,
                I1 = 0,
                I2 = 0,
                D1 = null,
                D2 = null,
                D3 = null,
                Flag = false,
            }))
            .Concat(db.Set<Milestone>().AsNoTracking().Where(m => m.ProjectId == projectId).Select(m => new ProjectRow
            {
                Kind = Milestone,
                Sort = m.SortOrder,
                A = m.Title,
                B = m.Description,
                C = null,
                I1 = (int)m.DatePrecision,
                I2 = 0,
                D1 = m.DueOn,
                D2 = m.CompletedOn,
                D3 = null,
                Flag = m.IsCompleted,
            }))
            .Concat(db.Set<ProjectResult>().AsNoTracking().Where(r => r.ProjectId == projectId).Select(r => new ProjectRow
            {
                Kind = Result,
                Sort = 0,
                A = r.Title,
                B = r.Description,
                C = r.Url,
                I1 = (int)r.Kind,
                I2 = 0,
                D1 = null,
                D2 = null,
                D3 = null,
                Flag = false,
            }))
            .Concat(db.Set<StatusChange>().AsNoTracking().Where(s => s.ProjectId == projectId).Select(s => new ProjectRow
            {
                Kind = Step,
                Sort = (int)s.Id,
                A = s.Reason,
                B = null,
                C = null,
                I1 = (int)s.To,
                I2 = 0,
                D1 = s.EffectiveOn,
                D2 = null,
                D3 = null,
                Flag = false,
            }))
            .Concat(db.Set<Project>().AsNoTracking().Where(p => p.Id == projectId).SelectMany(p => p.Sources).Select(s => new ProjectRow
            {
                Kind = Source,
                Sort = 0,
                A = s.Url,
                B = s.Title,
                C = s.Supports,
                I1 = 0,
                I2 = 0,
                D1 = null,
                D2 = null,
                D3 = null,
                Flag = false,
            })));
}
