using System.Net;
using Microsoft.EntityFrameworkCore;
using Modellregion.Tests.Infrastructure;
using Modellregion.Web.Data;

namespace Modellregion.Tests.Features.Home;

/// <summary>
/// Another region starts its own installation without demo data: every public page works and says plainly that
/// nothing is set up yet.
/// </summary>
public sealed class EmptyInstallationTests(EmptyInstallationApp app) : IClassFixture<EmptyInstallationApp>
{
    public static TheoryData<string> PublicPages =>
    [
        "/", "/regionen", "/regionen?programm=gibt-es-nicht", "/projekte", "/projekte?status=abgeschlossen&geld=ausgezahlt", "/akteure", "/aktuelles",
        "/loesungen", "/loesungen/fuer-meine-kommune", "/loesungen/fuer-meine-kommune?kommune=05774020", "/kommunen", "/kommunen/05774020",
        "/programme", "/digitalboard", "/impressum", "/datenschutz", "/barrierefreiheit", "/leichte-sprache", "/verwaltung/anmelden",
        "/api/v1/projects", "/api/v1/regions", "/api/v1/solutions", "/oparl/v1.1", "/health",
    ];

    [Theory]
    [MemberData(nameof(PublicPages))]
    public async Task A_public_page_of_an_empty_installation_answers_without_placeholders(string url)
    {
        var response = await app.Browser().GetAsync(url);
        var body = await response.BodyAsync();

        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode}\n{body[..Math.Min(body.Length, 2000)]}");
        Assert.DoesNotContain("Site:", body, StringComparison.Ordinal);
        Assert.DoesNotContain("modellregion.example", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Betreiber dieser Installation", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_empty_start_page_says_nothing_is_set_up_and_shows_no_figures_while_the_directory_is_there()
    {
        var start = await app.Browser().GetPageAsync("/");
        var projects = await app.Browser().GetPageAsync("/projekte");
        var regions = await app.Browser().GetPageAsync("/regionen");
        var impressum = await app.Browser().GetPageAsync("/impressum");

        Assert.Contains("Hier ist noch nichts eingerichtet", start.Text());
        Assert.Empty(start.QuerySelectorAll(".figure"));
        Assert.Contains("Noch keine Projekte veröffentlicht.", projects.Text());
        Assert.Contains("Es ist noch keine Region eingerichtet.", regions.Text());
        Assert.Contains("Angaben des Betreibers fehlen noch", impressum.Text());
        Assert.Contains("Noch nicht eingetragen", impressum.Text());
        Assert.Equal(10793, await app.WithDbAsync(db => db.Municipalities.CountAsync()));
        Assert.Equal((0, 0, 0), await app.WithDbAsync(async db => (await db.Programmes.CountAsync(), await db.Regions.CountAsync(), await db.Projects.CountAsync())));
    }
}
