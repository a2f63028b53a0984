using System.Net;
using Microsoft.EntityFrameworkCore;
using Modellregion.Tests.Infrastructure;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Transfer;

namespace Modellregion.Tests.Features.Directory;

/// <summary>Every official municipality has a public page, also one that is not in the directory of actors.</summary>
public sealed class MunicipalityPageTests(ModellregionApp app) : IClassFixture<ModellregionApp>
{
    [Fact]
    public async Task A_reusing_municipality_shows_its_Kreis_Land_reuse_and_directory_entry()
    {
        var page = await app.Browser().GetPageAsync("/kommunen/05116000");

        Assert.Contains("Mönchengladbach", page.Text("h1"));
        var facts = page.Text(".municipality-facts");
        Assert.Contains("kreisfreie Stadt", facts);
        Assert.Contains("Nordrhein-Westfalen", facts);
        Assert.NotNull(page.QuerySelector("#nachnutzung + ul a[href='/loesungen/local-open-data-urbane-datenplattform']"));
        Assert.NotNull(page.QuerySelector("main a[href='/akteure/stadt-moenchengladbach']"));
    }

    [Fact]
    public async Task A_providing_municipality_shows_its_solutions_and_projects()
    {
        var page = await app.Browser().GetPageAsync("/kommunen/05774032");

        Assert.Contains("Paderborn", page.Text(".municipality-facts"));
        Assert.NotNull(page.QuerySelector("#bereitgestellt + ul a[href='/loesungen/local-open-data-urbane-datenplattform']"));
        Assert.NotNull(page.QuerySelector("#projekte + ul a[href='/projekte/zentrale-open-data-plattform-local-open-data']"));
        Assert.Contains("Keine bestätigte Nachnutzung.", page.Text("#nachnutzung + p"));

        // A project page names its places and links each to its municipality's page.
        var project = await app.Browser().GetPageAsync("/projekte/zentrale-open-data-plattform-local-open-data");
        Assert.NotNull(project.QuerySelector("a[href='/kommunen/05774032']"));
    }

    [Fact]
    public async Task A_municipality_outside_the_directory_gets_a_page_linked_from_the_solution_it_uses()
    {
        await app.WithDbAsync(async db =>
        {
            var solution = await db.Solutions.SingleAsync(s => s.Slug == "lorawan-funknetz-mit-city-dashboard");
            db.Reuses.Add(new Reuse { SolutionId = solution.Id, UserName = "Stadt Gütersloh (Beispiel)", MunicipalityAgs = "05754008", Status = ReuseStatus.Confirmed, ConfirmedAt = DateTime.UtcNow, ConfirmedBy = "Test" });
            await db.SaveChangesAsync();
        });

        var solutionPage = await app.Browser().GetPageAsync("/loesungen/lorawan-funknetz-mit-city-dashboard");
        Assert.NotNull(solutionPage.QuerySelector("#wer-nutzt + ul a[href='/kommunen/05754008']"));

        var page = await app.Browser().GetPageAsync("/kommunen/05754008");
        Assert.Contains("Gütersloh", page.Text("h1"));
        Assert.Contains("Gütersloh", page.Text(".municipality-facts"));
        Assert.NotNull(page.QuerySelector("#nachnutzung + ul a[href='/loesungen/lorawan-funknetz-mit-city-dashboard']"));
        Assert.Contains("Keine Lösungen im Katalog.", page.Text("#bereitgestellt + p"));
    }

    [Theory]
    [InlineData("/kommunen/99999999")]
    [InlineData("/kommunen/123")]
    [InlineData("/kommunen/abcdefgh")]
    public async Task An_unknown_or_malformed_key_answers_a_German_404(string url)
    {
        var page = await app.Browser().GetPageAsync(url, HttpStatusCode.NotFound);

        Assert.Contains("Seite nicht gefunden", page.Text());
    }
}
