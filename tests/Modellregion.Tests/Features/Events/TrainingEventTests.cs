using Modellregion.Tests.Infrastructure;

namespace Modellregion.Tests.Features.Events;

/// <summary>The training region's fictional event on a fresh start (real clock): marked as example data, full on site.</summary>
public sealed class TrainingEventTests(ModellregionApp app) : IClassFixture<ModellregionApp>
{
    [Fact]
    public async Task The_training_event_is_marked_as_example_and_full_on_site_so_a_registration_waits()
    {
        var page = await app.Browser().GetPageAsync("/veranstaltungen/werkstatt-digitale-verwaltung-uebungsregion");
        Assert.NotNull(page.QuerySelector(".example-notice, [class*=example]"));
        Assert.Contains("Vor Ort: Alle Plätze sind vergeben", page.Text());
        Assert.Contains("Zentrale Kita-Vergabe Musterstadt (Beispiel)", page.QuerySelector("ol.programme")!.TextContent);
    }

    [Fact]
    public async Task A_project_page_and_the_project_api_list_the_events_where_it_was_presented()
    {
        var page = await app.Browser().GetPageAsync("/projekte/zentrale-kita-vergabe-musterstadt-beispiel");
        var section = page.QuerySelector("section[aria-labelledby=veranstaltungen]");
        Assert.NotNull(section);
        Assert.NotNull(section!.QuerySelector("a[href='/veranstaltungen/werkstatt-digitale-verwaltung-uebungsregion']"));
        Assert.Contains("Beispiel", section.TextContent);

        var json = await app.Browser().GetStringAsync("/api/v1/projects/zentrale-kita-vergabe-musterstadt-beispiel");
        Assert.Contains("\"slug\":\"werkstatt-digitale-verwaltung-uebungsregion\"", json.Replace(" ", ""));

        // A project not presented anywhere has no such section.
        var other = await app.Browser().GetPageAsync("/projekte/lorawan-2-0");
        Assert.Null(other.QuerySelector("section[aria-labelledby=veranstaltungen]"));
    }
}
