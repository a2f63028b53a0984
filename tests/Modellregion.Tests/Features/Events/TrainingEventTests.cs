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
}
