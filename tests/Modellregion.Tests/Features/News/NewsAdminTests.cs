using System.Net;
using Microsoft.EntityFrameworkCore;
using Modellregion.Tests.Infrastructure;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Account;

namespace Modellregion.Tests.Features.News;

/// <summary>The project office publishes news of its region; drafts stay private.</summary>
public sealed class NewsAdminTests(ModellregionApp app) : IClassFixture<ModellregionApp>
{
    private const string Form = "form[method=post].form-grid";

    [Fact]
    public async Task Office_publishes_news_which_appears_on_the_start_page_and_in_the_list()
    {
        var browser = await app.SignedInAsync(AppRole.ProjectOffice, "owl");

        var response = await browser.SubmitFormAsync("/verwaltung/meldungen/neu", Form, new()
        {
            ["Input.Title"] = "Neue Sprechstunde des Projektbüros",
            ["Input.Teaser"] = "Jeden Dienstag beantwortet das Projektbüro Fragen zur Förderung.",
            ["Input.Body"] = "Die Sprechstunde ist **kostenlos**. <script>alert(1)</script>",
            ["Input.PublishedOn"] = "2030-01-15",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var slug = await app.WithDbAsync(db => db.News.Where(n => n.Title == "Neue Sprechstunde des Projektbüros").Select(n => n.Slug).SingleAsync());
        Assert.Contains("Neue Sprechstunde", (await app.Browser().GetPageAsync("/")).Text());
        var page = await app.Browser().GetAsync($"/aktuelles/{slug}");
        var body = await page.BodyAsync();
        Assert.Contains("<strong>kostenlos</strong>", body);
        Assert.DoesNotContain("<script>alert(1)</script>", body);
    }

    [Fact]
    public async Task A_draft_is_not_public()
    {
        var browser = await app.SignedInAsync(AppRole.ProjectOffice, "owl");

        await browser.SubmitFormAsync("/verwaltung/meldungen/neu", Form, new()
        {
            ["Input.Title"] = "Entwurf einer Meldung",
            ["Input.PublishedOn"] = "2030-02-01",
            ["Input.IsPublished"] = false,
        });

        var slug = await app.WithDbAsync(db => db.News.Where(n => n.Title == "Entwurf einer Meldung").Select(n => n.Slug).SingleAsync());
        await app.Browser().GetPageAsync($"/aktuelles/{slug}", HttpStatusCode.NotFound);
        Assert.DoesNotContain("Entwurf einer Meldung", (await app.Browser().GetPageAsync("/aktuelles")).Text());
    }

    [Fact]
    public async Task News_without_a_date_or_with_a_project_of_another_region_is_refused()
    {
        var browser = await app.SignedInAsync(AppRole.Administrator);
        var aachenProject = await app.ProjectIdAsync("smart-school");
        var owl = await app.WithDbAsync(db => db.Regions.Where(r => r.Slug == "owl").Select(r => r.Id).SingleAsync());

        var noDate = await browser.SubmitFormAsync("/verwaltung/meldungen/neu", Form, new() { ["Input.Title"] = "Ohne Datum", ["Input.PublishedOn"] = "", ["Input.RegionId"] = owl.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        var wrongProject = await browser.PostAsSessionAsync("/verwaltung/meldungen/neu", new()
        {
            ["Input.Title"] = "Falsches Projekt",
            ["Input.PublishedOn"] = "2030-01-01",
            ["Input.RegionId"] = owl.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.ProjectId"] = aachenProject.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });

        Assert.Equal(HttpStatusCode.BadRequest, noDate.StatusCode);
        Assert.Contains("Bitte geben Sie das Datum an.", await noDate.BodyAsync());
        Assert.Equal(HttpStatusCode.BadRequest, wrongProject.StatusCode);
        Assert.Contains("Das gewählte Projekt gibt es in dieser Region nicht.", await wrongProject.BodyAsync());
        Assert.False(await app.WithDbAsync(db => db.News.AnyAsync(n => n.Title == "Ohne Datum" || n.Title == "Falsches Projekt")));
    }
}
