using Microsoft.EntityFrameworkCore;
using Modellregion.Tests.Infrastructure;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Account;
using Modellregion.Web.Features.Board;
using Modellregion.Web.Features.Funding;
using Modellregion.Web.Features.Projects;
using Modellregion.Web.Features.Transfer;
using Modellregion.Web.Platform;

namespace Modellregion.Tests.Features.Home;

/// <summary>
/// The training region ("Übungsregion") of the demo data: fictional, flagged as example data, consistent with the rules
/// of the use cases, with projects at every stage; marked on every page that shows it and listed after the real data.
/// </summary>
public sealed class TrainingRegionTests(ModellregionApp app) : IClassFixture<ModellregionApp>
{
    private const string Notice = "Beispieldaten – fiktive Übungsregion";

    [Fact]
    public async Task Its_projects_stand_at_every_stage_with_a_history_the_rules_allow()
    {
        var projects = await app.WithDbAsync(db => db.Projects.AsNoTracking().Include(p => p.StatusChanges).Include(p => p.GrantDecisions).Include(p => p.Programme)
            .Where(p => p.Region!.IsExample).ToListAsync());
        var today = Formatting.BerlinDate(DateTime.UtcNow);

        Assert.Superset(
            new HashSet<ProjectStatus>
            {
                ProjectStatus.Idea, ProjectStatus.Consultation, ProjectStatus.BoardVote, ProjectStatus.ApplicationSubmitted, ProjectStatus.Approved,
                ProjectStatus.Running, ProjectStatus.FundingPeriodEnded, ProjectStatus.FinalProofSubmitted, ProjectStatus.Closed, ProjectStatus.Rejected,
            },
            projects.Select(p => p.Status).ToHashSet());
        Assert.All(projects, p =>
        {
            Assert.True(p.IsAdministered && p.IsPublished, p.Title);
            Assert.EndsWith("(Beispiel)", p.Title, StringComparison.Ordinal);
            Assert.Equal("uebungsprogramm", p.Programme!.Slug);

            // Each step is one the lifecycle allows (a Votum also from Idee or Beratung, as the board records it), in date order, up to the status.
            var status = ProjectStatus.Idea;
            var date = DateOnly.MinValue;
            foreach (var step in p.StatusChanges.OrderBy(s => s.EffectiveOn).ThenBy(s => s.Id))
            {
                Assert.Equal(status, step.From);
                Assert.True(LifecycleRules.Find(status, step.To) is not null || (step.To == ProjectStatus.BoardVote && status is ProjectStatus.Idea or ProjectStatus.Consultation),
                    $"{p.Title}: {status} → {step.To}");
                Assert.InRange(step.EffectiveOn, date, today);
                (status, date) = (step.To, step.EffectiveOn);
            }

            Assert.Equal(p.Status, status);
            Assert.Equal(p.GrantDecisions.MaxBy(g => g.Sequence)?.MaxAmount, p.ApprovedGrant);
            Assert.Equal(p.GrantDecisions.Count != 0, ProjectStatuses.IsFunded(p.Status));
        });
        var amended = Assert.Single(projects, p => p.GrantDecisions.Count == 2);
        Assert.NotNull(amended.GrantDecisions.Single(g => g.IsAmendment).Reason);
    }

    [Fact]
    public async Task Its_money_matches_the_fund_requests_and_never_exceeds_the_grant()
    {
        var (requests, accounts, grants) = await app.WithDbAsync(async db => (
            await db.FundRequests.AsNoTracking().Where(r => r.Project!.Region!.IsExample).ToListAsync(),
            await db.FundingAccounts.AsNoTracking().Where(a => a.Project!.Region!.IsExample).ToListAsync(),
            await db.Projects.Where(p => p.Region!.IsExample).ToDictionaryAsync(p => p.Id, p => p.ApprovedGrant)));

        Assert.Superset(new HashSet<FundRequestStatus> { FundRequestStatus.Draft, FundRequestStatus.Submitted, FundRequestStatus.Forwarded, FundRequestStatus.Paid },
            requests.Select(r => r.Status).ToHashSet());
        Assert.Equal(requests.Select(r => r.ProjectId).Distinct().Order(), accounts.Select(a => a.ProjectId).Order());
        Assert.All(accounts, a =>
        {
            var own = requests.Where(r => r.ProjectId == a.ProjectId).ToList();
            Assert.Equal(own.Where(r => r.IsOpen).Sum(r => r.Amount), a.Requested);
            Assert.Equal(own.Where(r => r.Status == FundRequestStatus.Paid).Sum(r => r.PaidAmount ?? 0m), a.Paid);
            Assert.True(a.Committed <= grants[a.ProjectId], $"Projekt {a.ProjectId}: {a.Committed} > {grants[a.ProjectId]}");
        });
        Assert.All(requests.Where(r => r.Status == FundRequestStatus.Paid), r => Assert.True(r.NeededUntil <= r.PaidOn!.Value.AddMonths(2)));
    }

    [Fact]
    public async Task Its_board_transfer_and_catalogue_leave_something_to_do_in_every_journey()
    {
        var data = await app.WithDbAsync(async db =>
        {
            var now = db.UtcNow;
            var next = await db.Meetings.Include(m => m.Items).ThenInclude(i => i.Paper).ThenInclude(p => p!.Project)
                .Where(m => m.Board!.Region!.IsExample && m.StartsAt > now).SingleAsync();
            var onAgenda = await db.Papers.Where(p => p.ProjectId != null).Select(p => p.ProjectId!.Value).ToListAsync();
            return new
            {
                Next = next,
                IdeasWaiting = await db.Projects.CountAsync(p => p.Region!.IsExample && p.Status == ProjectStatus.Idea && !onAgenda.Contains(p.Id)),
                VotingSeats = await db.BoardMemberships.CountAsync(m => m.Board!.Region!.IsExample && m.HasVotingRight && m.DeputyOfId == null),
                Conflicts = await db.ResolutionAttendance.CountAsync(a => a.DeclaredConflict && a.Resolution!.AgendaItem!.Meeting!.Board!.Region!.IsExample),
                Stages = await db.TransferCases.Where(c => c.Solution!.IsExample).Select(c => c.Stage).Distinct().ToListAsync(),
                Declared = await db.Reuses.CountAsync(r => r.Solution!.IsExample && r.Status == ReuseStatus.Declared),
                KitaFrom = await db.SolutionProjects.Where(s => s.Solution!.Slug == "kita-anmeldung-online-beispiel").Select(s => s.Project!.Status).SingleAsync(),
                NeighbourReuse = await db.Reuses.AnyAsync(r => r.Solution!.IsExample && r.Status == ReuseStatus.Confirmed && r.MunicipalityAgs!.StartsWith("05762")),
                Flags = await db.Organisations.Where(o => o.Region!.IsExample).AllAsync(o => o.IsExample)
                    && await db.Solutions.Where(s => s.Region!.IsExample).AllAsync(s => s.IsExample)
                    && await db.News.Where(n => n.Region!.IsExample).AllAsync(n => n.IsExample),
                Mixed = await db.ProjectPartners.CountAsync(p => p.Organisation!.IsExample != p.Project!.Region!.IsExample)
                    + await db.RegionParticipations.CountAsync(p => p.Organisation!.IsExample != p.Region!.IsExample),
            };
        });

        // Journey 3: a meeting ahead with ideas on its agenda, more ideas waiting, members with voting rights.
        Assert.Equal(MeetingState.Planned, data.Next.State);
        Assert.True(data.Next.Items.Count(i => i.Paper?.Project is { Status: ProjectStatus.Idea or ProjectStatus.Consultation }) >= 2);
        Assert.True(data.IdeasWaiting >= 3);
        Assert.Equal(5, data.VotingSeats);
        Assert.Equal(1, data.Conflicts);

        // Journey 2: cases in every stage, a declaration to confirm, a solution from a closed project used next door in Kreis Höxter.
        Assert.Equal(TransferStages.All.Select(s => s.Stage).Order(), data.Stages.Order());
        Assert.Equal(1, data.Declared);
        Assert.Equal(ProjectStatus.Closed, data.KitaFrom);
        Assert.True(data.NeighbourReuse);

        // Fictional records are flagged, and nothing real is tied to them.
        Assert.True(data.Flags);
        Assert.Equal(0, data.Mixed);
    }

    [Fact]
    public async Task Every_page_of_the_training_region_says_it_is_example_data()
    {
        var ids = await app.WithDbAsync(async db => new
        {
            Meetings = await db.Meetings.Where(m => m.Board!.Region!.IsExample).Select(m => m.Id).ToListAsync(),
            Paper = await db.Papers.Where(p => p.Board!.Region!.IsExample && p.IsPublic).Select(p => p.Id).FirstAsync(),
            News = await db.News.Where(n => n.IsExample).Select(n => n.Slug).FirstAsync(),
            Projects = await db.Projects.Where(p => p.Region!.IsExample).Select(p => p.Slug).ToListAsync(),
        });
        var pages = new List<string>
        {
            "/regionen/uebungsregion", "/loesungen/kita-anmeldung-online-beispiel", "/loesungen/leitfaden-digitale-kita-platzvergabe-beispiel",
            "/akteure/musterstadt-beispiel", "/aktuelles/" + ids.News, "/digitalboard/digitalboard-uebungsregion", "/digitalboard/vorlagen/" + ids.Paper,
        };
        pages.AddRange(ids.Meetings.Select(id => "/digitalboard/sitzungen/" + id));
        pages.AddRange(ids.Projects.Select(slug => "/projekte/" + slug));

        foreach (var url in pages)
        {
            var page = await app.Browser().GetPageAsync(url);
            Assert.True(page.Text(".example-notice").Contains(Notice, StringComparison.Ordinal), url);
        }

        foreach (var url in new[] { "/regionen/owl", "/projekte/lorawan-2-0", "/loesungen/local-open-data-urbane-datenplattform", "/akteure/stadt-paderborn", "/digitalboard" })
        {
            Assert.Null((await app.Browser().GetPageAsync(url)).QuerySelector(".example-notice"));
        }
    }

    [Fact]
    public async Task Lists_show_the_training_items_after_the_real_ones_with_a_badge()
    {
        static List<bool> Marked(AngleSharp.Html.Dom.IHtmlDocument page, string items) =>
            [.. page.QuerySelectorAll(items).Select(li => li.TextContent.Contains(Notice, StringComparison.Ordinal))];

        var regions = Marked(await app.Browser().GetPageAsync("/regionen"), ".card-grid > li");
        Assert.Equal([false, false, false, false, false, true], regions);

        var news = Marked(await app.Browser().GetPageAsync("/aktuelles"), ".result-list > li");
        Assert.Equal(news.OrderBy(x => x), news);
        Assert.Equal(2, news.Count(x => x));

        var projects = Marked(await app.Browser().GetPageAsync("/projekte?region=uebungsregion"), ".result-list > li");
        Assert.NotEmpty(projects);
        Assert.All(projects, Assert.True);

        var organisations = Marked(await app.Browser().GetPageAsync("/akteure?region=uebungsregion"), ".result-list > li");
        Assert.Equal(8, organisations.Count(x => x));

        // A real municipality whose (fictional) reuse the training region shows: the entry is marked.
        var nieheim = await app.Browser().GetPageAsync("/kommunen/05762028");
        Assert.Contains("Kita-Anmeldung online (Beispiel)", nieheim.Text("#nachnutzung + ul"));
        Assert.Contains(Notice, nieheim.Text("#nachnutzung + ul"));

        var owlBoard = await app.Browser().GetPageAsync("/digitalboard/digitalboard-owl");
        Assert.Contains(Notice, owlBoard.Text("aside"));
    }

    [Fact]
    public async Task The_programme_finances_list_the_training_region_but_leave_it_out_of_the_total()
    {
        var admin = await app.SignedInAsync(AppRole.Administrator);
        var realApproved = await app.WithDbAsync(db => db.Projects.Where(p => !p.Region!.IsExample).SumAsync(p => p.ApprovedGrant));

        var page = await admin.GetPageAsync("/verwaltung/finanzen");

        var footer = page.Text("tfoot");
        Assert.Contains("Zusammen (ohne Beispieldaten)", footer);
        Assert.Contains(Formatting.Euro(realApproved ?? 0m), footer);
        Assert.Contains(Notice, page.Text("tbody tr:last-child"));

        // The training office sees its own region's money, with it in the total.
        var office = await app.SignedInAsync(AppRole.ProjectOffice, "uebungsregion");
        var own = await office.GetPageAsync("/verwaltung/finanzen");
        Assert.DoesNotContain("ohne Beispieldaten", own.Text("tfoot"));
    }
}
