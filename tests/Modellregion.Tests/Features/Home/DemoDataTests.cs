using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Modellregion.Tests.Infrastructure;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Regions;

namespace Modellregion.Tests.Features.Home;

/// <summary>
/// The demo data is the real programme as reported, with its sources, and invents nothing. The fictional training
/// region beside it is flagged as example data (see TrainingRegionTests); the checks of real facts leave it out.
/// </summary>
public sealed class DemoDataTests(ModellregionApp app) : IClassFixture<ModellregionApp>
{
    [Fact]
    public async Task Five_regions_with_their_lead_municipalities_as_in_the_guideline()
    {
        var leads = await app.WithDbAsync(db => db.Regions.Where(r => !r.IsExample).OrderBy(r => r.Slug).Select(r => new { r.Slug, Lead = r.LeadOrganisation!.Name, r.GoverningDistrict }).ToListAsync());

        Assert.Equal(
            [("aachen", "Stadt Aachen", "Köln"), ("bergisches-staedtedreieck", "Stadt Wuppertal", "Düsseldorf"), ("gelsenkirchen", "Stadt Gelsenkirchen", "Münster"), ("owl", "Stadt Paderborn", "Detmold"), ("soest", "Stadt Soest", "Arnsberg")],
            leads.Select(l => (l.Slug, l.Lead, l.GoverningDistrict!)).ToList());
    }

    [Fact]
    public async Task Reported_amounts_are_loaded_exactly()
    {
        var grants = await app.WithDbAsync(db => db.Projects
            .Select(p => new { p.Slug, p.OwnContribution, p.TotalCosts, Grant = p.GrantDecisions.OrderByDescending(g => g.Sequence).Select(g => (decimal?)g.MaxAmount).FirstOrDefault(), Decisions = p.GrantDecisions.Count })
            .ToDictionaryAsync(p => p.Slug));

        Assert.Equal(1_070_000m, grants["lorawan-2-0"].Grant);
        Assert.Equal(258_126m, grants["lorawan-2-0"].OwnContribution);
        Assert.Equal(2, grants["lorawan-2-0"].Decisions);
        Assert.Equal(4_800_000m, grants["digitale-gesundheitsplattform-owl"].Grant);
        Assert.Equal(6_400_000m, grants["digitale-gesundheitsplattform-owl"].TotalCosts);
        Assert.Equal(699_984.50m, grants["projektbuero-der-digitalen-modellregion-soest"].Grant);
        Assert.Equal(2_500_000m, grants["zentrale-open-data-plattform-local-open-data"].Grant);
        Assert.Equal(652_000m, grants["theaterlytics"].Grant);
        Assert.Equal(90_803m, grants["maschinenbau-lernbetrieb-am-richard-von-weizsaecker-berufskolleg"].Grant);
        Assert.Null(grants["digitales-buergerbuero-auf-basis-eines-serviceportals"].Grant);
    }

    [Fact]
    public async Task Financing_plans_hold_the_reported_figures_and_no_invented_lines()
    {
        var projects = await app.WithDbAsync(db => db.Projects.Include(p => p.GrantDecisions).AsNoTracking()
            .Where(p => p.Slug == "lorawan-2-0" || p.Slug == "digitale-gesundheitsplattform-owl")
            .ToDictionaryAsync(p => p.Slug));
        var lorawan = projects["lorawan-2-0"];
        var health = projects["digitale-gesundheitsplattform-owl"];

        Assert.Equal((1_070_000m, 258_126m, (decimal?)null), (lorawan.Plan.RequestedGrant, lorawan.Plan.OwnContribution, lorawan.Plan.ThirdPartyFunds));
        Assert.Empty(lorawan.Plan.Lines);
        Assert.All(lorawan.GrantDecisions, g =>
        {
            Assert.Equal((1_070_000m, 258_126m), (g.Plan.RequestedGrant, g.Plan.OwnContribution));
            Assert.Empty(g.Plan.Lines);
            Assert.Null(g.EligibleCosts);
            Assert.Null(g.PeriodStart);
            Assert.Null(g.PeriodEnd);
        });
        var decision = Assert.Single(health.GrantDecisions);
        Assert.Equal(6_400_000m, decision.EligibleCosts);
        Assert.Equal((4_800_000m, 1_600_000m), (decision.Plan.RequestedGrant, decision.Plan.OwnContribution));
        Assert.Empty(decision.Plan.Lines);
        Assert.Equal((new DateOnly(2019, 12, 1), new DateOnly(2022, 8, 31)), (decision.PeriodStart, decision.PeriodEnd));

        await using var scope = app.Services.CreateAsyncScope();
        var money = scope.ServiceProvider.GetRequiredService<Modellregion.Web.Features.Funding.MoneyOverview>();
        Assert.Equal(1_328_126m, (await money.ForProjectAsync(lorawan.Id)).Planned);
        Assert.Equal(6_400_000m, (await money.ForProjectAsync(health.Id)).Planned);
    }

    [Fact]
    public async Task Approved_grant_of_each_project_is_the_amount_of_its_latest_decision()
    {
        var projects = await app.WithDbAsync(db => db.Projects.Include(p => p.GrantDecisions).AsNoTracking().ToListAsync());

        Assert.All(projects, p => Assert.Equal(p.GrantDecisions.OrderByDescending(g => g.Sequence).Select(g => (decimal?)g.MaxAmount).FirstOrDefault(), p.ApprovedGrant));
        Assert.All(projects, p => Assert.Equal(Enumerable.Range(1, p.GrantDecisions.Count), p.GrantDecisions.Select(g => g.Sequence).Order()));
    }

    [Fact]
    public async Task Every_real_project_region_and_news_item_names_a_source()
    {
        var withoutSource = await app.WithDbAsync(db => db.Projects.Where(p => !p.Region!.IsExample && !p.Sources.Any()).Select(p => p.Slug).ToListAsync());
        var regionsWithoutSource = await app.WithDbAsync(db => db.Regions.Where(r => !r.IsExample && !r.Sources.Any()).Select(r => r.Slug).ToListAsync());
        var newsWithoutSource = await app.WithDbAsync(db => db.News.Where(n => !n.IsExample && !n.Sources.Any()).Select(n => n.Slug).ToListAsync());

        Assert.Empty(withoutSource);
        Assert.Empty(regionsWithoutSource);
        Assert.Empty(newsWithoutSource);
    }

    [Fact]
    public async Task Demo_data_is_real_not_synthetic_and_names_the_digitalboard_members()
    {
        Assert.False(await app.WithDbAsync(db => db.Projects.AnyAsync(p => p.IsSynthetic)));
        var board = await app.WithDbAsync(db => db.RegionParticipations
            .Where(p => p.Region!.Slug == "owl" && p.Role == RegionRole.BoardMember)
            .Select(p => p.Organisation!.Name).ToListAsync());

        Assert.Contains("Universität Paderborn", board);
        Assert.Contains("it's OWL", board);
        Assert.Contains("Lemgo Digital", board);
        Assert.Contains("Bezirksregierung Detmold", board);
        Assert.Equal(10, board.Count);
    }

    [Fact]
    public async Task Every_organisation_key_exists_in_the_official_register()
    {
        var keys = await app.WithDbAsync(db => db.Organisations.Where(o => o.MunicipalityAgs != null).Select(o => o.MunicipalityAgs!).ToListAsync());
        var known = await app.WithDbAsync(db => db.Municipalities.Where(m => keys.Contains(m.Ags)).CountAsync());

        Assert.Equal(keys.Count, known);
    }
}
