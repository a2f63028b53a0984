using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Modellregion.Tests.Infrastructure;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Transfer;

namespace Modellregion.Tests.Features.Transfer;

/// <summary>
/// The public catalogue: real demo solutions with provenance, filters, German-aware search, reuse figures. The training
/// region's two fictional solutions are listed too (after the real ones, marked); the reuse figures leave them out.
/// </summary>
public sealed class CatalogueTests(TransferApp app) : IClassFixture<TransferApp>
{
    private static List<string> Titles(AngleSharp.Html.Dom.IHtmlDocument page) =>
        [.. page.QuerySelectorAll(".result-list h3 a").Select(a => a.TextContent.Trim())];

    [Fact]
    public async Task The_catalogue_lists_the_OWL_solutions_with_the_reuse_figures()
    {
        var page = await app.Browser().GetPageAsync("/loesungen");

        Assert.Equal("9 Lösungen gefunden", page.QuerySelector("#ergebnis-titel")!.TextContent.Trim());
        Assert.Equal("Local Open Data – urbane Datenplattform", Titles(page)[0]);
        Assert.Equal(["Kita-Anmeldung online (Beispiel)", "Leitfaden: Kita-Plätze digital vergeben (Beispiel)"], Titles(page)[^2..]);
        Assert.Equal(2, page.QuerySelectorAll(".result-list .kern-badge").Count(b => b.TextContent.Contains("Beispieldaten – fiktive Übungsregion")));
        var figures = page.QuerySelectorAll("#nachnutzung-zahlen ~ ul .figure").Select(f => f.TextContent.Trim()).ToList();
        Assert.Contains(figures, f => f.StartsWith('7') && f.Contains("Lösungen im Katalog"));
        Assert.Contains(figures, f => f.StartsWith('1') && f.Contains("erreichte Kommune"));
        Assert.Contains(figures, f => f.StartsWith('3') && f.Contains("bestätigte Nachnutzungen"));
        Assert.Contains(figures, f => f.StartsWith('0') && f.Contains("offene Transferfälle"));
        Assert.Contains(figures, f => f.StartsWith("2,5 Mio. €", StringComparison.Ordinal) && f.Contains("je nachnutzender Kommune"));
        Assert.Contains("2.500.000 €", page.Text("#nachnutzung-zahlen ~ p"));
    }

    [Fact]
    public async Task The_start_page_shows_the_reuse_figures()
    {
        var page = await app.Browser().GetPageAsync("/");

        var text = page.Text("#nachnutzung ~ ul");
        Assert.Contains("Lösungen im Katalog", text);
        Assert.Contains("bestätigte Nachnutzungen", text);
        Assert.NotNull(page.QuerySelector("a[href='/loesungen/fuer-meine-kommune']"));
    }

    [Theory]
    [InlineData("art=software", new[] { "Local Open Data – urbane Datenplattform", "Serviceportal für ein digitales Bürgerbüro", "LoRaWAN-Funknetz mit City-Dashboard", "ZEonline – digitale Fragebögen zu Immobilienkäufen", "Kita-Anmeldung online (Beispiel)" })]
    [InlineData("art=betriebsmodell", new[] { "Regionale Gesundheitsplattform nach dem Modell OWL" })]
    [InlineData("reife=pilot", new[] { "LoRaWAN-Funknetz mit City-Dashboard", "INSPIRE – Integrierte Sicherheits-Pilot-Region" })]
    [InlineData("thema=gesundheit", new[] { "Regionale Gesundheitsplattform nach dem Modell OWL" })]
    [InlineData("q=Sensordaten", new[] { "Local Open Data – urbane Datenplattform" })]
    [InlineData("q=buergerbuero", new[] { "Serviceportal für ein digitales Bürgerbüro", "ZEonline – digitale Fragebögen zu Immobilienkäufen" })]
    [InlineData("q=B%C3%BCrgerb%C3%BCros", new[] { "Serviceportal für ein digitales Bürgerbüro", "ZEonline – digitale Fragebögen zu Immobilienkäufen" })]
    [InlineData("q=Fragebogen", new[] { "ZEonline – digitale Fragebögen zu Immobilienkäufen" })]
    public async Task Filters_and_German_aware_search_narrow_the_catalogue(string query, string[] expected)
    {
        var page = await app.Browser().GetPageAsync("/loesungen?" + query);

        Assert.Equal(expected.Order(), Titles(page).Order());
    }

    [Fact]
    public async Task Licence_and_region_filters_and_sorting_work_and_unknown_values_are_reported()
    {
        var noLicence = await app.Browser().GetPageAsync("/loesungen?lizenz=ohne-angabe&region=owl&sortierung=titel");
        Assert.Equal(7, Titles(noLicence).Count);
        Assert.Equal(Titles(noLicence).Order(StringComparer.Ordinal), Titles(noLicence));

        var unknown = await app.Browser().GetPageAsync("/loesungen?art=raumschiff&reife=uralt&seite=abc");
        Assert.Equal(9, Titles(unknown).Count);
        var warning = unknown.Text(".kern-alert--warning");
        Assert.Contains("raumschiff", warning);
        Assert.Contains("uralt", warning);
    }

    [Fact]
    public async Task A_solution_shows_its_provenance_public_money_and_who_uses_it()
    {
        var page = await app.Browser().GetPageAsync("/loesungen/" + TransferTestData.LocalOpenData);

        var provenance = page.QuerySelector("#herkunft")!.ParentElement!.TextContent;
        Assert.Contains("2.500.000 €", page.Text("#herkunft + p"));
        Assert.Contains("bewilligte Zuwendungen der Ursprungsprojekte", page.Text("#herkunft + p"));
        Assert.Contains("Digitale Modellregionen in NRW", provenance);
        Assert.NotNull(page.QuerySelector("#herkunft ~ div a[href='/projekte/zentrale-open-data-plattform-local-open-data']"));
        Assert.NotNull(page.QuerySelector("#herkunft ~ div a[href='/akteure/stadt-paderborn']"));

        var users = page.Text("#wer-nutzt + ul");
        Assert.Contains("Stadt Mönchengladbach", users);
        Assert.Contains("Projekt Berlin-Tegel", users);
        Assert.Contains("5 für Südwestfalen", users);
        Assert.NotNull(page.QuerySelector("#wer-nutzt + ul a[href='/akteure/stadt-moenchengladbach']"));
        Assert.Contains("nicht veröffentlicht", page.Text("aside"));
        Assert.NotNull(page.QuerySelector("a[href$='/publiccode.yml']"));
    }

    [Fact]
    public async Task Unknown_public_money_is_said_to_be_unknown_not_zero()
    {
        var page = await app.Browser().GetPageAsync("/loesungen/serviceportal-fuer-ein-digitales-buergerbuero");

        Assert.Contains("Öffentliche Mittel: nicht veröffentlicht", page.Text("#herkunft + p"));
        Assert.Equal(3, page.QuerySelectorAll("#herkunft ~ div tbody tr").Length);
        Assert.Equal("Noch keine bestätigte Nachnutzung.", page.Text("#wer-nutzt + p").Trim());
    }

    [Fact]
    public async Task The_project_page_lists_its_solutions_and_municipality_pages_show_reuse_and_provision()
    {
        var project = await app.Browser().GetPageAsync("/projekte/lorawan-2-0");
        Assert.NotNull(project.QuerySelector("#loesungen ~ ul a[href='/loesungen/lorawan-funknetz-mit-city-dashboard']"));

        var moenchengladbach = await app.Browser().GetPageAsync("/akteure/stadt-moenchengladbach");
        Assert.Contains("Local Open Data", moenchengladbach.Text(".organisation-transfer"));

        var paderborn = await app.Browser().GetPageAsync("/akteure/stadt-paderborn");
        var provided = paderborn.Text(".organisation-transfer");
        Assert.Contains("Local Open Data", provided);
        Assert.Contains("Serviceportal für ein digitales Bürgerbüro", provided);
        Assert.Contains("Keine bestätigte Nachnutzung.", provided);
    }

    [Fact]
    public async Task Demo_data_invents_no_licences_costs_or_unsourced_reuses()
    {
        // The real solutions; the training region's fictional ones are flagged as example data.
        var solutions = await app.WithDbAsync(db => db.Solutions.AsNoTracking().Where(s => !s.IsExample).Include(s => s.Reuses).ThenInclude(r => r.Sources).Include(s => s.Sources).ToListAsync());
        Assert.All(await app.WithDbAsync(db => db.Solutions.AsNoTracking().Where(s => s.IsExample).Select(s => s.Region!.Slug).ToListAsync()), r => Assert.Equal("uebungsregion", r));

        Assert.Equal(7, solutions.Count);
        Assert.All(solutions, s =>
        {
            Assert.Null(s.Licence);
            Assert.Null(s.CostOneOff);
            Assert.Null(s.CostRunningPerYear);
            Assert.Null(s.MaintenanceType);
            Assert.NotEmpty(s.Sources);
            Assert.All(s.Reuses, r => Assert.NotEmpty(r.Sources));
        });
        Assert.Equal(3, solutions.Sum(s => s.Reuses.Count));
        Assert.All(solutions.Where(s => s.Kind != SolutionKind.Software), s => Assert.Null(s.Platforms));
    }

    [Fact]
    public async Task The_address_of_the_matchmaking_page_cannot_be_taken_by_a_solution()
    {
        var page = await app.Browser().GetPageAsync("/loesungen/fuer-meine-kommune");
        Assert.NotNull(page.QuerySelector("form input#kommune"));
        await app.Browser().GetPageAsync("/loesungen/gibt-es-nicht", HttpStatusCode.NotFound);
        Assert.Equal(0, await app.WithDbAsync(db => db.Solutions.CountAsync(s => s.Slug == SolutionRoutes.Reserved)));
    }
}

/// <summary>The read API of the catalogue and the matchmaking.</summary>
public sealed class TransferApiTests(TransferApp app) : IClassFixture<TransferApp>
{
    [Fact]
    public async Task The_API_lists_solutions_shows_one_and_ranks_them_for_a_municipality()
    {
        var client = app.CreateClient();

        // Four real software solutions and the training region's Kita solution, listed last and marked.
        var list = await client.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/v1/solutions?art=software");
        Assert.Equal(5, list.GetProperty("totalCount").GetInt32());
        Assert.True(list.GetProperty("items")[4].GetProperty("isExample").GetBoolean());

        var one = await client.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/v1/solutions/" + TransferTestData.LocalOpenData);
        Assert.Equal(2_500_000m, one.GetProperty("funding").GetProperty("total").GetDecimal());
        Assert.Equal(3, one.GetProperty("reuses").GetArrayLength());

        var match = await client.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/v1/matchmaking?kommune=Viersen&bedarf=Open%20Data");
        var first = match.GetProperty("matches")[0];
        Assert.Equal("Local Open Data – urbane Datenplattform", first.GetProperty("title").GetString());
        Assert.Contains(first.GetProperty("reasons").EnumerateArray(), r => r.GetProperty("kind").GetString() == "SameGoverningDistrict");

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/v1/solutions/gibt-es-nicht")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/api/v1/matchmaking?kommune=Entenhausen")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/api/v1/matchmaking?kommune=Kleve")).StatusCode);
    }
}

/// <summary>The English interface shows the English texts a solution has, marked with their language.</summary>
public sealed class EnglishSolutionPageTests(TransferApp app) : IClassFixture<TransferApp>
{
    [Fact]
    public async Task The_English_interface_shows_the_English_description_where_there_is_one()
    {
        var browser = app.Browser();
        await browser.GetAsync("/sprache/en?zurueck=/");

        var page = await browser.GetPageAsync("/loesungen/" + TransferTestData.LocalOpenData);

        Assert.Equal("Local Open Data – urban data platform", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("surveying and geoinformation office", page.Text("#beschreibung + div"));
        Assert.Equal("Who uses it?", page.QuerySelector("#wer-nutzt")!.TextContent.Trim());

        var german = await browser.GetPageAsync("/loesungen/inspire-integrierte-sicherheits-pilot-region");
        Assert.Equal("de", german.QuerySelector("h1")!.GetAttribute("lang"));
    }
}
