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

    [Fact]
    public async Task The_event_list_filters_by_the_topics_of_the_projects_presented()
    {
        var page = await app.Browser().GetPageAsync("/veranstaltungen?thema=bildung");
        Assert.NotNull(page.QuerySelector("#thema option[value=bildung][selected]"));
        var main = page.QuerySelector("main")!.InnerHtml;
        Assert.Contains("/veranstaltungen/werkstatt-digitale-verwaltung-uebungsregion", main);
        Assert.DoesNotContain("/veranstaltungen/digitalkongress-2022", main);
        Assert.Contains("Bildung", page.Title);

        // An unknown topic or one too long is no error: the list is empty.
        foreach (var topic in new[] { "gibt-es-nicht", new string('x', 500), "🚀𝔘" })
        {
            var none = await app.Browser().GetPageAsync("/veranstaltungen?thema=" + Uri.EscapeDataString(topic));
            Assert.DoesNotContain("/veranstaltungen/werkstatt-digitale-verwaltung-uebungsregion", none.QuerySelector("main")!.InnerHtml);
        }
    }
}
