using System.Net;
using Microsoft.EntityFrameworkCore;
using Modellregion.Tests.Infrastructure;
using Modellregion.Web.Data;
using Modellregion.Web.Platform;

namespace Modellregion.Tests.Features.Home;

/// <summary>A citizen opens the portal: every public page answers, in German, with the facts from the data.</summary>
public sealed class PublicPortalTests(ModellregionApp app) : IClassFixture<ModellregionApp>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/regionen")]
    [InlineData("/regionen/owl")]
    [InlineData("/regionen/aachen")]
    [InlineData("/projekte")]
    [InlineData("/projekte/lorawan-2-0")]
    [InlineData("/akteure")]
    [InlineData("/akteure/stadt-paderborn")]
    [InlineData("/aktuelles")]
    [InlineData("/impressum")]
    [InlineData("/datenschutz")]
    [InlineData("/barrierefreiheit")]
    [InlineData("/leichte-sprache")]
    [InlineData("/verwaltung/anmelden")]
    public async Task Public_page_answers_in_German_and_links_the_accessibility_statement(string url)
    {
        var page = await app.Browser().GetPageAsync(url);

        Assert.Equal("de", page.DocumentElement.GetAttribute("lang"));
        Assert.NotNull(page.QuerySelector("h1"));
        Assert.NotNull(page.QuerySelector("a[href='/barrierefreiheit']"));
        Assert.NotNull(page.QuerySelector("main#inhalt"));
    }

    [Fact]
    public async Task Start_page_shows_headline_figures_computed_from_the_data()
    {
        // The programme's figures are the real ones: the fictional training region is left out of them.
        var (regions, projects, approved) = await app.WithDbAsync(async db =>
        {
            var published = db.Projects.Where(p => p.IsPublished && !p.Region!.IsExample);
            var grants = await published.Select(p => p.GrantDecisions.OrderByDescending(g => g.Sequence).Select(g => (decimal?)g.MaxAmount).FirstOrDefault()).ToListAsync();
            return (await db.Regions.CountAsync(r => !r.IsExample), await published.CountAsync(), grants.Sum(g => g ?? 0));
        });

        var page = await app.Browser().GetPageAsync("/");
        var figures = page.QuerySelectorAll(".figure__value").Select(e => e.TextContent.Trim()).ToList();

        Assert.Equal(5, regions);
        Assert.Equal(regions.ToString(System.Globalization.CultureInfo.InvariantCulture), figures[0]);
        Assert.Equal(projects.ToString(System.Globalization.CultureInfo.InvariantCulture), figures[1]);
        Assert.Equal(Formatting.EuroShort(approved), figures[2]);
        Assert.Contains("Digitale Modellregion OWL", page.Text());
        Assert.Contains("Digitalkongress", page.Text());
    }

    [Fact]
    public async Task Region_page_shows_lead_municipality_partners_office_and_projects()
    {
        var page = await app.Browser().GetPageAsync("/regionen/owl");
        var text = page.Text();

        Assert.Contains("Stadt Paderborn – Leitkommune", text);
        Assert.Contains("Kreis Paderborn – Kooperationspartner", text);
        Assert.Contains("Bezirksregierung Detmold – Bewilligungsbehörde", text);
        Assert.Contains("Projektbüro der Digitalen Modellregion OWL", text);
        Assert.Contains("LoRaWAN 2.0", text);
        Assert.Contains("it's OWL", text);
    }

    [Fact]
    public async Task Project_page_shows_money_stage_partners_places_milestones_and_sources()
    {
        var page = await app.Browser().GetPageAsync("/projekte/lorawan-2-0");
        var text = page.Text();

        Assert.Contains("1.070.000 €", text);
        Assert.Contains("258.126 €", text);
        Assert.Contains("mit 1 Änderungsbescheid", text);
        Assert.Contains("Stadt Delbrück – Projektleitung", text);
        Assert.Contains("Delbrück (AGS 05774020)", text);
        Assert.Contains("3 von 3 Meilensteinen erreicht", text);
        Assert.Contains("Januar 2020", text);
        Assert.NotNull(page.QuerySelector("a[href^='https://www.westfalen-blatt.de']"));
        Assert.Equal("step", page.QuerySelector(".lifecycle .is-current")?.GetAttribute("aria-current"));
        Assert.Contains("Bewilligungszeitraum beendet", page.QuerySelector(".lifecycle .is-current")!.TextContent);
    }

    [Fact]
    public async Task Organisation_page_shows_official_key_and_participation()
    {
        var page = await app.Browser().GetPageAsync("/akteure/stadt-paderborn");
        var text = page.Text();

        Assert.Contains("05774032", text);
        Assert.Contains("Regierungsbezirk", text);
        Assert.Contains("Detmold", text);
        Assert.Contains("Digitale Modellregion OWL – Leitkommune", text);
        Assert.Contains("Zentrale Open-Data-Plattform", text);
        Assert.Contains("Mietniveau-Einstufungsverordnung", text);
    }

    [Theory]
    [InlineData("/projekte/gibt-es-nicht")]
    [InlineData("/regionen/gibt-es-nicht")]
    [InlineData("/akteure/gibt-es-nicht")]
    [InlineData("/aktuelles/gibt-es-nicht")]
    [InlineData("/gibt/es/nicht")]
    public async Task Unknown_address_gets_the_German_404_page(string url)
    {
        var page = await app.Browser().GetPageAsync(url, HttpStatusCode.NotFound);

        Assert.Contains("Seite nicht gefunden", page.Text());
    }

    [Fact]
    public async Task Health_endpoint_reports_the_database()
    {
        var response = await app.Browser().GetAsync("/health");
        var body = await response.BodyAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"status\":\"Healthy\"", body);
        Assert.Contains("\"database\":{\"status\":\"Healthy\"", body);
    }

    [Fact]
    public async Task English_switch_changes_the_interface_and_stays_on_the_page()
    {
        var browser = app.Browser();

        var response = await browser.GetAsync("/sprache/en?zurueck=%2Fprojekte");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/projekte", response.Headers.Location?.OriginalString);

        var page = await browser.GetPageAsync("/projekte");
        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Projects", page.QuerySelector("h1")?.TextContent.Trim());
    }

    [Fact]
    public async Task Language_switch_does_not_redirect_to_another_site()
    {
        var response = await app.Browser().GetAsync("/sprache/en?zurueck=%2F%2Fevil.example");

        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Pages_carry_security_headers()
    {
        var response = await app.Browser().GetAsync("/");

        Assert.Contains("default-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task Design_system_is_served_by_the_app_itself()
    {
        var page = await app.Browser().GetPageAsync("/");
        var stylesheets = page.QuerySelectorAll("link[rel=stylesheet]").Select(l => l.GetAttribute("href")!).ToList();

        Assert.All(stylesheets, href => Assert.StartsWith("/", href));
        var kern = stylesheets.Single(s => s.Contains("kern.min.css", StringComparison.Ordinal));
        var css = await app.Browser().GetAsync(kern);
        Assert.Equal(HttpStatusCode.OK, css.StatusCode);
        Assert.Contains(".kern-btn", await css.BodyAsync());
    }
}
