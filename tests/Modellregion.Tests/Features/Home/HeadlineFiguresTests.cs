using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Modellregion.Tests.Infrastructure;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Directory;
using Modellregion.Web.Features.Projects;
using Modellregion.Web.Features.Regions;

namespace Modellregion.Tests.Features.Home;

/// <summary>
/// The start page's figures: each leads to the list it counts and agrees with it, paid out stands beside approved
/// (unknown where no payment is published), and fictional example data never counts.
/// </summary>
public sealed partial class HeadlineFiguresTests(ModellregionApp app) : IClassFixture<ModellregionApp>
{
    private static int Number(string text) => int.Parse(FirstNumber().Match(text).Value.Replace(".", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture);

    private static List<(string Value, string Label, string Href)> Figures(IHtmlDocument page, string section = "section[aria-labelledby=zahlen]") =>
        [.. page.QuerySelectorAll($"{section} .figure__link").Select(a => (
            a.QuerySelector(".figure__value")!.TextContent.Trim(),
            Regex.Replace(a.QuerySelector(".figure__label")!.TextContent, @"\s+", " ").Trim(),
            a.GetAttribute("href")!))];

    [Fact]
    public async Task Every_headline_figure_leads_to_a_list_that_counts_the_same()
    {
        var browser = app.Browser();
        var figures = Figures(await browser.GetPageAsync("/"));

        Assert.Equal(6, figures.Count);
        var (regions, projects, approved, paid, closed, municipalities) = (figures[0], figures[1], figures[2], figures[3], figures[4], figures[5]);
        var regionList = await browser.GetPageAsync(regions.Href);
        Assert.Equal(Number(regions.Value), regionList.QuerySelectorAll(".card-grid > li").Count(li => li.Closest("section[aria-labelledby=beispiele]") is null));
        Assert.Equal(Number(projects.Value), Number((await browser.GetPageAsync(projects.Href)).Text("#ergebnis-titel")));
        Assert.Equal(Number(approved.Label), Number((await browser.GetPageAsync(approved.Href)).Text("#ergebnis-titel")));
        Assert.Contains("geld=bewilligt", approved.Href);
        Assert.Contains("geld=ausgezahlt", paid.Href);
        Assert.Contains("status=abgeschlossen", closed.Href);
        Assert.Equal(Number(closed.Value), Number((await browser.GetPageAsync(closed.Href)).Text("#ergebnis-titel")));
        Assert.Equal(Number(municipalities.Value), Number((await browser.GetPageAsync(municipalities.Href)).Text("main h2")));

        var paidList = await browser.GetPageAsync(paid.Href);
        if (paid.Value == "unbekannt")
        {
            Assert.Contains("für kein Projekt veröffentlicht", paid.Label);
            Assert.Contains("0 Projekte gefunden", paidList.Text("#ergebnis-titel"));
        }
        else
        {
            Assert.Equal(Number(paid.Label), Number(paidList.Text("#ergebnis-titel")));
        }
    }

    [Fact]
    public async Task A_region_card_counts_the_projects_its_page_and_its_project_list_show()
    {
        var start = await app.Browser().GetPageAsync("/");

        var cards = start.QuerySelectorAll("section[aria-labelledby=regionen] .kern-card");
        Assert.NotEmpty(cards);
        foreach (var card in cards)
        {
            var slug = card.QuerySelector("a")!.GetAttribute("href")!["/regionen/".Length..];
            var count = Number(card.QuerySelector(".region-project-count")!.TextContent);
            var regionPage = await app.Browser().GetPageAsync($"/regionen/{slug}");
            Assert.Equal(count, Number(regionPage.QuerySelector("#projekte")!.TextContent));
            Assert.Equal(count, Number((await app.Browser().GetPageAsync($"/projekte?region={slug}")).Text("#ergebnis-titel")));
        }
    }

    [Fact]
    public async Task Paid_out_is_shown_beside_approved_for_the_projects_whose_payments_are_public()
    {
        var id = await app.RunningProjectAsync(40_000m, new DateOnly(2030, 1, 1), new DateOnly(2030, 12, 31), "ausgezahlt-" + Guid.NewGuid().ToString("N")[..6]);
        await app.WithDbAsync(async db =>
        {
            var account = await db.FundingAccounts.SingleAsync(a => a.ProjectId == id);
            account.Paid = 12_500m;
            await db.SaveChangesAsync();
        });
        var expected = await app.WithDbAsync(async db =>
        {
            var withPayments = db.Projects.Where(p => p.IsPublished && !p.Region!.IsExample).WithPublishedPayments(db);
            return (await withPayments.CountAsync(), await db.FundingAccounts.Where(a => withPayments.Any(p => p.Id == a.ProjectId)).SumAsync(a => a.Paid));
        });

        var paid = Figures(await app.Browser().GetPageAsync("/"))[3];

        Assert.Equal(Web.Platform.Formatting.EuroShort(expected.Item2), paid.Value);
        Assert.Contains(expected.Item1 == 1 ? "für 1 Projekt mit veröffentlichten Auszahlungen" : $"für {expected.Item1} Projekte", paid.Label);
        var list = await app.Browser().GetPageAsync(paid.Href);
        Assert.Equal(expected.Item1, Number(list.Text("#ergebnis-titel")));
        var slug = await app.WithDbAsync(db => db.Projects.Where(p => p.Id == id).Select(p => p.Slug).SingleAsync());
        Assert.Contains("12.500 €", (await app.Browser().GetPageAsync($"/projekte/{slug}")).QuerySelector("aside")!.TextContent);
    }

    [Fact]
    public async Task Example_data_is_shown_marked_but_counted_in_no_figure()
    {
        var before = Figures(await app.Browser().GetPageAsync("/")).Select(f => f.Value).ToList();
        var programmeBefore = Figures(await app.Browser().GetPageAsync("/programme/digitale-modellregionen-nrw")).Select(f => f.Value).ToList();
        var slug = "uebungsregion-" + Guid.NewGuid().ToString("N")[..6];
        await app.WithDbAsync(async db =>
        {
            var programme = await db.Programmes.FirstAsync();
            var region = new Region { Slug = slug, Name = "Übungsregion " + slug, ShortName = "Übung", ProgrammeId = programme.Id, IsExample = true, Summary = "Erfundene Region zum Üben." };
            var town = new Organisation { Slug = slug + "-stadt", Name = "Musterstadt (Beispiel)", Type = OrganisationType.Municipality, MunicipalityAgs = "05116000", IsExample = true, Region = region };
            region.Participations.Add(new RegionParticipation { Organisation = town, Role = RegionRole.LeadMunicipality });
            db.Regions.Add(region);
            var project = new Project { Slug = slug + "-projekt", Title = "Übungsprojekt " + slug, Region = region, ProgrammeId = programme.Id, Status = ProjectStatus.Closed };
            project.Municipalities.Add(new ProjectMunicipality { Ags = "05116000" });
            project.RecordGrantDecision(new Web.Features.Funding.GrantDecision { MaxAmount = 1_000_000m, RecordedAt = db.UtcNow });
            db.Projects.Add(project);
            await db.SaveChangesAsync();
        });

        var start = await app.Browser().GetPageAsync("/");
        var after = Figures(start);

        Assert.Equal(before, after.Select(f => f.Value).ToList());
        Assert.Equal(programmeBefore, Figures(await app.Browser().GetPageAsync("/programme/digitale-modellregionen-nrw")).Select(f => f.Value).ToList());
        Assert.All(after.Where(f => f.Href.StartsWith("/projekte", StringComparison.Ordinal)), f => Assert.Contains("beispiele=ohne", f.Href));
        Assert.Contains("Übungsregion " + slug, start.Text());
        Assert.DoesNotContain(start.QuerySelectorAll("section[aria-labelledby=regionen] .kern-card a"), a => a.GetAttribute("href") == $"/regionen/{slug}");
        var regions = await app.Browser().GetPageAsync("/regionen");
        Assert.Contains(regions.QuerySelectorAll("section[aria-labelledby=beispiele] a"), a => a.GetAttribute("href") == $"/regionen/{slug}");
        Assert.Contains("Beispieldaten", (await app.Browser().GetPageAsync($"/regionen/{slug}")).Text());
        var withExamples = await app.Browser().GetPageAsync("/projekte");
        var withoutExamples = await app.Browser().GetPageAsync("/projekte?beispiele=ohne");
        var exampleProjects = await app.WithDbAsync(db => db.Projects.CountAsync(p => p.Region!.IsExample));
        Assert.Equal(Number(withExamples.Text("#ergebnis-titel")) - exampleProjects, Number(withoutExamples.Text("#ergebnis-titel")));
        Assert.NotNull(withoutExamples.QuerySelector("#beispiele[checked]"));
    }

    [GeneratedRegex(@"\d[\d.]*")]
    private static partial Regex FirstNumber();
}
