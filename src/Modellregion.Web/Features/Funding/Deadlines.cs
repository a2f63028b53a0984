using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Account;
using Modellregion.Web.Features.Projects;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Funding;

public enum DeadlineKind
{
    InterimProof = 1,
    FinalProof = 2,
    FundingPeriodEnd = 3,
    RequestCheck = 4,
}

/// <summary>One open deadline of an administered project, with whoever has to act.</summary>
public sealed record Deadline(
    int ProjectId,
    string ProjectSlug,
    string ProjectTitle,
    int RegionId,
    string RegionName,
    DeadlineKind Kind,
    string Label,
    DateOnly DueOn,
    string Responsible,
    IReadOnlyList<string> ResponsibleEmails)
{
    /// <summary>Identifies the deadline for reminders (one per kind, year or request).</summary>
    public required string Key { get; init; }

    /// <summary>The rules of the project's programme: when it counts as due soon and when reminders go out.</summary>
    public required FundingRules Rules { get; init; }

    /// <summary>
    /// Who is told once the deadline is overdue, besides the responsible people: the project office of a
    /// deadline the project lead owns, and for proofs the granting authority of the region.
    /// </summary>
    public IReadOnlyList<string> EscalationEmails { get; init; } = [];
}

public sealed record DeadlineBoard(IReadOnlyList<Deadline> Overdue, IReadOnlyList<Deadline> DueSoon, IReadOnlyList<Deadline> WaitingForCheck, DateOnly Today, int DueSoonDays)
{
    /// <summary>Sorts open deadlines into overdue, due soon (by the rules of each project's programme) and waiting for the check.</summary>
    public static DeadlineBoard From(IEnumerable<Deadline> open, DateOnly today)
    {
        var all = open.ToList();
        var waiting = all.Where(d => d.Kind == DeadlineKind.RequestCheck).OrderBy(d => d.DueOn).ToList();
        var dated = all.Where(d => d.Kind != DeadlineKind.RequestCheck).ToList();

        // Each deadline is due soon by the rules of its own programme; the heading names the longest window shown.
        var soonDays = dated.Count > 0 ? dated.Max(d => d.Rules.DueSoonDays) : new FundingRules().DueSoonDays;
        return new DeadlineBoard(
            [.. dated.Where(d => d.DueOn < today).OrderBy(d => d.DueOn)],
            [.. dated.Where(d => d.DueOn >= today && d.DueOn.DayNumber - today.DayNumber <= d.Rules.DueSoonDays).OrderBy(d => d.DueOn)],
            waiting,
            today,
            soonDays);
    }
}

/// <summary>
/// The deadlines of administered projects: interim proofs (per budget year), the final proof, the end of the funding
/// period, and fund requests waiting for the project office's check — overdue or due soon, with the responsible person.
/// </summary>
public sealed class Deadlines(AppDbContext db, PublicCache cache)
{
    private static readonly ProjectStatus[] WithDeadlines = [ProjectStatus.Approved, ProjectStatus.Running, ProjectStatus.FundingPeriodEnded, ProjectStatus.FinalProofSubmitted];

    public async Task<DeadlineBoard> BoardAsync(IReadOnlyCollection<int>? regions, DateOnly today, CancellationToken cancellationToken = default) =>
        DeadlineBoard.From(await OpenCachedAsync(regions, today, cancellationToken), today);

    /// <summary>
    /// The open deadlines of the given regions (null: all), computed once per set of regions and day until the next
    /// saved change (every save empties the cache).
    /// </summary>
    public Task<IReadOnlyList<Deadline>> OpenCachedAsync(IReadOnlyCollection<int>? regions, DateOnly today, CancellationToken cancellationToken = default)
    {
        var key = regions is null ? "all" : string.Join(',', regions.Order());
        return cache.GetOrCreateAsync($"deadlines-open:{key}:{today.DayNumber}", () => OpenAsync(regions, cancellationToken));
    }

    /// <summary>
    /// The board for those who see every region, of all regions or of the selected ones: sorted once per day until
    /// the next saved change, not on every request (with 10,000 projects that was 40,000 deadlines sorted each time).
    /// </summary>
    public Task<DeadlineBoard> BoardOfAllRegionsCachedAsync(IReadOnlyCollection<int>? selected, DateOnly today, CancellationToken cancellationToken = default)
    {
        var key = selected is null ? "all" : string.Join(',', selected.Order());
        return cache.GetOrCreateAsync($"deadline-board:{key}:{today.DayNumber}", async () =>
        {
            IEnumerable<Deadline> open = await OpenCachedAsync(null, today, cancellationToken);
            return DeadlineBoard.From(selected is null ? open : open.Where(d => selected.Contains(d.RegionId)), today);
        });
    }

    /// <summary>
    /// The open deadlines a person sees: those of the regions whose funding they see, and those of the projects they
    /// lead. The deadlines page and the dashboard count from this one list.
    /// </summary>
    public async Task<IReadOnlyList<Deadline>> VisibleAsync(Scopes scopes, DateOnly today, CancellationToken cancellationToken = default)
    {
        var regions = FundingOperations.Regions(scopes);
        if (regions is null)
        {
            return await OpenCachedAsync(null, today, cancellationToken);
        }

        var leads = scopes.LeadProjects.ToList();
        var leadRegions = leads.Count == 0 ? [] : await db.Projects.AsNoTracking().Where(p => leads.Contains(p.Id)).Select(p => p.RegionId).Distinct().ToListAsync(cancellationToken);
        var all = regions.Concat(leadRegions).Distinct().ToList();
        if (all.Count == 0)
        {
            return [];
        }

        var open = await OpenCachedAsync(all, today, cancellationToken);
        return [.. open.Where(d => regions.Contains(d.RegionId) || scopes.LeadProjects.Contains(d.ProjectId))];
    }

    /// <summary>All open deadlines of administered projects in the given regions (null: all regions).</summary>
    public async Task<IReadOnlyList<Deadline>> OpenAsync(IReadOnlyCollection<int>? regions, CancellationToken cancellationToken = default)
    {
        var projects = db.Projects.AsNoTracking().Where(p => p.IsAdministered && WithDeadlines.Contains(p.Status));
        if (regions is not null)
        {
            var ids = regions.ToList();
            projects = projects.Where(p => ids.Contains(p.RegionId));
        }

        var rows = await projects
            .Select(p => new
            {
                p.Id,
                p.Slug,
                p.Title,
                p.RegionId,
                Region = p.Region!.ShortName,
                p.Status,
                Rules = p.Programme != null ? p.Programme.Rules : null,
                Decision = p.GrantDecisions.OrderByDescending(g => g.Sequence).Select(g => new { g.PeriodStart, g.PeriodEnd }).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        // Joined with the same project filter rather than a list of ids, so the query stays one scan at any size.
        var proofs = (await db.Proofs.AsNoTracking()
                .Where(p => p.Status != ProofStatus.Draft && p.Status != ProofStatus.Returned)
                .Join(projects, p => p.ProjectId, project => project.Id, (p, _) => new { p.ProjectId, p.Kind, p.BudgetYear })
                .ToListAsync(cancellationToken))
            .ToLookup(p => p.ProjectId);
        var requests = db.FundRequests.AsNoTracking().Where(r => r.Status == FundRequestStatus.Submitted && r.Project!.IsAdministered);
        if (regions is not null)
        {
            var ids = regions.ToList();
            requests = requests.Where(r => ids.Contains(r.Project!.RegionId));
        }

        var waiting = await requests
            .Select(r => new { r.Id, r.ProjectId, r.Number, r.SubmittedAt, r.Amount, r.Project!.Slug, r.Project.Title, r.Project.RegionId, Region = r.Project.Region!.ShortName, Rules = r.Project.Programme != null ? r.Project.Programme.Rules : null })
            .ToListAsync(cancellationToken);
        var people = await ResponsibleAsync(regions, cancellationToken);

        var result = new List<Deadline>();
        foreach (var row in rows)
        {
            if (row.Decision?.PeriodStart is not { } start || row.Decision.PeriodEnd is not { } end)
            {
                continue;
            }

            var rules = row.Rules ?? new FundingRules();
            var (lead, leadEmails) = people.Lead(row.Id, row.RegionId);
            var submitted = proofs[row.Id].ToList();
            var officeEmails = people.Office(row.RegionId).Emails;
            Deadline Make(DeadlineKind kind, string label, DateOnly due, string key) =>
                new(row.Id, row.Slug, row.Title, row.RegionId, row.Region, kind, label, due, lead, leadEmails)
                {
                    Key = key,
                    Rules = rules,
                    EscalationEmails = [.. officeEmails.Concat(kind is DeadlineKind.InterimProof or DeadlineKind.FinalProof ? people.Authority(row.RegionId) : []).Except(leadEmails, StringComparer.OrdinalIgnoreCase)],
                };

            for (var year = start.Year; year < end.Year; year++)
            {
                if (!submitted.Any(p => p.Kind == ProofKind.Interim && p.BudgetYear == year))
                {
                    result.Add(Make(DeadlineKind.InterimProof, $"Zwischennachweis {year}", rules.InterimProofDue(year), $"interim-{year}"));
                }
            }

            if (row.Status is ProjectStatus.Approved or ProjectStatus.Running)
            {
                result.Add(Make(DeadlineKind.FundingPeriodEnd, "Ende des Bewilligungszeitraums", end, "period-end"));
            }

            if (row.Status != ProjectStatus.FinalProofSubmitted && !submitted.Any(p => p.Kind == ProofKind.Final))
            {
                result.Add(Make(DeadlineKind.FinalProof, "Verwendungsnachweis", rules.FinalProofDue(end), "final-proof"));
            }
        }

        foreach (var request in waiting)
        {
            var (office, officeEmails) = people.Office(request.RegionId);
            var submittedOn = request.SubmittedAt is { } at ? Formatting.BerlinDate(at) : DateOnly.MinValue;
            result.Add(new Deadline(request.ProjectId, request.Slug, request.Title, request.RegionId, request.Region, DeadlineKind.RequestCheck,
                $"Mittelabruf Nr. {request.Number} über {Formatting.Euro(request.Amount)} prüfen", submittedOn, office, officeEmails)
            { Key = $"request-{request.Id}", Rules = request.Rules ?? new FundingRules() });
        }

        return result;
    }

    private sealed record People(
        Dictionary<int, List<(string Name, string Email)>> Leads,
        Dictionary<int, List<(string Name, string Email)>> Offices,
        Dictionary<int, List<(string Name, string Email)>> Authorities)
    {
        public IReadOnlyList<string> Authority(int regionId) =>
            Authorities.TryGetValue(regionId, out var authorities) ? [.. authorities.Select(a => a.Email)] : [];

        public (string Names, IReadOnlyList<string> Emails) Lead(int projectId, int regionId) =>
            Leads.TryGetValue(projectId, out var leads) && leads.Count > 0
                ? (string.Join(", ", leads.Select(l => l.Name)), leads.Select(l => l.Email).ToList())
                : Office(regionId) is var office ? ($"Projektleitung nicht zugewiesen – {office.Names}", office.Emails) : default;

        public (string Names, IReadOnlyList<string> Emails) Office(int regionId) =>
            Offices.TryGetValue(regionId, out var offices) && offices.Count > 0
                ? (string.Join(", ", offices.Select(o => o.Name)), offices.Select(o => o.Email).ToList())
                : ("Projektbüro (niemand zugewiesen)", []);
    }

    private async Task<People> ResponsibleAsync(IReadOnlyCollection<int>? regions, CancellationToken cancellationToken)
    {
        var query = db.RoleAssignments.AsNoTracking()
            .Where(a => (a.Role == AppRole.ProjectLead && a.ProjectId != null && a.Project!.IsAdministered) || ((a.Role == AppRole.ProjectOffice || a.Role == AppRole.GrantingAuthority) && a.RegionId != null));
        if (regions is not null)
        {
            var ids = regions.ToList();
            query = query.Where(a => (a.RegionId != null && ids.Contains(a.RegionId.Value)) || (a.ProjectId != null && ids.Contains(a.Project!.RegionId)));
        }

        var assignments = await query
            .Select(a => new { a.Role, a.ProjectId, a.RegionId, a.User!.DisplayName, a.User.Email, a.User.LockoutEnd })
            .ToListAsync(cancellationToken);

        // Locked accounts cannot act on a deadline.
        var now = DateTimeOffset.UtcNow;
        assignments.RemoveAll(a => a.LockoutEnd > now);
        return new People(
            assignments.Where(a => a.Role == AppRole.ProjectLead).GroupBy(a => a.ProjectId!.Value).ToDictionary(g => g.Key, g => g.Select(a => (a.DisplayName, a.Email ?? "")).ToList()),
            assignments.Where(a => a.Role == AppRole.ProjectOffice && a.RegionId != null).GroupBy(a => a.RegionId!.Value).ToDictionary(g => g.Key, g => g.Select(a => (a.DisplayName, a.Email ?? "")).ToList()),
            assignments.Where(a => a.Role == AppRole.GrantingAuthority && a.RegionId != null).GroupBy(a => a.RegionId!.Value).ToDictionary(g => g.Key, g => g.Select(a => (a.DisplayName, a.Email ?? "")).ToList()));
    }
}
