using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Features.Account;
using Modellregion.Web.Features.Projects;
using Modellregion.Web.Features.Shared;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Funding;

/// <summary>
/// What the funding administration adds to the dashboard. The project office: fund requests to check, proofs overdue
/// or due within 30 days, funding periods ending within 60 days, failed reminders. The office and the granting
/// authority: proofs to review and forwarded requests to pay. A project lead: the next deadline of each of his projects
/// and his drafts. Readers: the money of the portfolio. Every count comes from the list it links to: the deadlines
/// (one cached list per day), the fund request and proof lists, the failed reminders.
/// </summary>
public sealed class FundingDashboard(Deadlines deadlines, FundingLists lists, ReminderFailures failures, MoneyOverview money, IAuthorizationService authorization) : IDashboardContribution
{
    public const string FundingSection = "Förderung";
    public const string ProjectsSection = "Ihre Projekte";
    public const string RemindersSection = "Erinnerungen";
    public const string PortfolioSection = "Portfolio";

    /// <summary>Proofs due within this many days are shown to the office.</summary>
    public const int ProofDays = 30;

    /// <summary>Funding periods ending within this many days are shown to the office.</summary>
    public const int PeriodDays = 60;

    /// <summary>The next deadlines of at most this many led projects.</summary>
    public const int LeadProjectsShown = 10;

    public async Task<IReadOnlyList<DashboardItem>> GetItemsAsync(DashboardContext context, CancellationToken cancellationToken)
    {
        var scopes = context.Scopes;
        var isOffice = scopes.IsOfficeAnywhere;
        var managesFunding = isOffice || scopes.AuthorityRegions.Count > 0;
        var isLead = scopes.LeadProjects.Count > 0;
        var items = new List<DashboardItem>();
        var visible = isOffice || isLead ? await deadlines.VisibleAsync(scopes, context.Today, cancellationToken) : [];

        if (isLead)
        {
            items.AddRange(await LeadItemsAsync(scopes, visible, context.Today, cancellationToken));
        }

        if (isOffice)
        {
            int Count(DeadlineFilter filter) => visible.Count(d => filter.Matches(d, context.Today));
            DashboardItem Deadlines(int order, DeadlineFilter filter, string one, string many, DashboardSeverity severity = DashboardSeverity.Action) =>
                DashboardItem.Counted(FundingSection, order, Count(filter), one, many, filter.Href(), severity);

            items.Add(Deadlines(100, new DeadlineFilter(DeadlineFilter.RequestChecks), "{0} Mittelabruf wartet auf die Prüfung", "{0} Mittelabrufe warten auf die Prüfung"));
            items.Add(Deadlines(110, new DeadlineFilter(DeadlineFilter.Proofs, DeadlineFilter.Overdue), "{0} Nachweis ist überfällig", "{0} Nachweise sind überfällig", DashboardSeverity.Warning));
            items.Add(Deadlines(120, new DeadlineFilter(DeadlineFilter.Proofs, WithinDays: ProofDays), "{0} Nachweis ist in den nächsten 30 Tagen fällig", "{0} Nachweise sind in den nächsten 30 Tagen fällig"));
            items.Add(Deadlines(130, new DeadlineFilter(DeadlineFilter.PeriodEnds, WithinDays: PeriodDays), "{0} Bewilligungszeitraum endet in den nächsten 60 Tagen", "{0} Bewilligungszeiträume enden in den nächsten 60 Tagen"));
            items.Add(Deadlines(135, new DeadlineFilter(DeadlineFilter.PeriodEnds, DeadlineFilter.Overdue), "{0} Bewilligungszeitraum ist abgelaufen, der Stand des Projekts aber nicht weitergesetzt", "{0} Bewilligungszeiträume sind abgelaufen, der Stand der Projekte aber nicht weitergesetzt", DashboardSeverity.Warning));
        }

        if (managesFunding)
        {
            var proofs = new FundingListFilter(FundingLists.SlugOf(ProofStatus.Submitted));
            items.Add(DashboardItem.Counted(FundingSection, 140, await lists.Proofs(scopes, proofs).CountAsync(cancellationToken),
                "{0} eingereichter Nachweis wartet auf die Prüfung", "{0} eingereichte Nachweise warten auf die Prüfung", proofs.Href(FundingLists.ProofsPath)));
            var forwarded = new FundingListFilter(FundingLists.SlugOf(FundRequestStatus.Forwarded));
            items.Add(DashboardItem.Counted(FundingSection, 150, await lists.Requests(scopes, forwarded).CountAsync(cancellationToken),
                "{0} weitergeleiteter Mittelabruf wartet auf die Auszahlung", "{0} weitergeleitete Mittelabrufe warten auf die Auszahlung", forwarded.Href(FundingLists.RequestsPath)));
        }

        if (await authorization.AllowsAsync(context.User, RegionResource.Any, FundingOperations.ViewReminderFailures))
        {
            var failed = await failures.ListAsync(scopes, context.Today, cancellationToken);
            items.Add(DashboardItem.Counted(RemindersSection, 400, failed.Count,
                "{0} Erinnerung zu einer Frist konnte nicht versandt werden", "{0} Erinnerungen zu Fristen konnten nicht versandt werden", "/verwaltung/fristen/erinnerungen", DashboardSeverity.Warning));
        }

        if (await authorization.AllowsAsync(context.User, RegionResource.Any, ProjectsOperations.ViewPortfolio))
        {
            var programme = await money.ProgrammeAsync(FundingOperations.Regions(scopes), context.Today, cancellationToken);
            items.Add(Money(510, "Bewilligt: {0}", programme.Total.Approved));
            items.Add(Money(520, "Abgerufen, noch nicht ausgezahlt: {0}", programme.Total.Requested));
            items.Add(Money(530, "Ausgezahlt: {0}", programme.Total.Paid));
        }

        return items;
    }

    private static DashboardItem Money(int order, string text, MoneySum sum) =>
        sum.Unknown == 0
            ? DashboardItem.Figure(PortfolioSection, order, text, "/verwaltung/finanzen", Formatting.Euro(sum.Amount))
            : sum.Known == 0
                ? DashboardItem.Figure(PortfolioSection, order, text, "/verwaltung/finanzen", "unbekannt")
                : DashboardItem.Figure(PortfolioSection, order, text + " (ohne Angaben zu {1})", "/verwaltung/finanzen", Formatting.Euro(sum.Amount), sum.Unknown == 1 ? "1 Projekt" : $"{Formatting.Number(sum.Unknown)} Projekten");

    private async Task<IEnumerable<DashboardItem>> LeadItemsAsync(Scopes scopes, IReadOnlyList<Deadline> visible, DateOnly today, CancellationToken cancellationToken)
    {
        var items = new List<DashboardItem>();

        // The next deadline of each led project: overdue ones first, then by date.
        var next = visible.Where(d => scopes.LeadProjects.Contains(d.ProjectId) && d.Kind != DeadlineKind.RequestCheck)
            .GroupBy(d => d.ProjectId)
            .Select(g => g.OrderBy(d => d.DueOn).First())
            .OrderBy(d => d.DueOn)
            .ThenBy(d => d.ProjectTitle, StringComparer.Ordinal)
            .Take(LeadProjectsShown)
            .ToList();
        var order = 10;
        foreach (var deadline in next)
        {
            var overdue = deadline.DueOn < today;
            items.Add(DashboardItem.Figure(ProjectsSection, order++, overdue ? "{0}: {1} überfällig seit {2}" : "{0}: {1} fällig am {2}",
                new DeadlineFilter(ProjectId: deadline.ProjectId).Href(), deadline.ProjectTitle, deadline.Label, Formatting.Date(deadline.DueOn)) with
            {
                Severity = overdue ? DashboardSeverity.Warning : DashboardSeverity.Info,
            });
        }

        var requestDrafts = new FundingListFilter(FundingLists.SlugOf(FundRequestStatus.Draft), OnlyMine: true);
        items.Add(DashboardItem.Counted(ProjectsSection, 80, await lists.Requests(scopes, requestDrafts).CountAsync(cancellationToken),
            "{0} Entwurf eines Mittelabrufs", "{0} Entwürfe von Mittelabrufen", requestDrafts.Href(FundingLists.RequestsPath)));
        var proofDrafts = new FundingListFilter(FundingLists.SlugOf(ProofStatus.Draft), OnlyMine: true);
        items.Add(DashboardItem.Counted(ProjectsSection, 90, await lists.Proofs(scopes, proofDrafts).CountAsync(cancellationToken),
            "{0} Entwurf eines Nachweises", "{0} Entwürfe von Nachweisen", proofDrafts.Href(FundingLists.ProofsPath)));
        return items;
    }
}
