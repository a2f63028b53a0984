using System.Net;
using Microsoft.EntityFrameworkCore;
using Modellregion.Tests.Infrastructure;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Account;

namespace Modellregion.Tests.Features.Platform;

/// <summary>A visitor reads keyed pages, their validation messages and use-case messages in German or, after the switch, in English.</summary>
public sealed class InterfaceLanguageTests(ModellregionApp app) : IClassFixture<ModellregionApp>
{
    private async Task<HttpClient> EnglishAsync(HttpClient? browser = null)
    {
        browser ??= app.Browser();
        var response = await browser.GetAsync("/sprache/en?zurueck=%2F");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return browser;
    }

    [Theory]
    [InlineData("/aktuelles", "Aktuelles", "News")]
    [InlineData("/verwaltung/anmelden", "Anmelden", "Sign in")]
    [InlineData("/impressum", "Impressum", "Legal notice")]
    public async Task A_keyed_page_speaks_German_and_after_the_switch_English(string url, string german, string english)
    {
        var de = await app.Browser().GetPageAsync(url);
        var en = await (await EnglishAsync()).GetPageAsync(url);

        Assert.Equal(german, de.QuerySelector("h1")?.TextContent.Trim());
        Assert.Equal("en", en.DocumentElement.GetAttribute("lang"));
        Assert.Equal(english, en.QuerySelector("h1")?.TextContent.Trim());
    }

    [Theory]
    [InlineData("/verwaltung/digitalboard", "Digitalboard verwalten", "Manage the digital board")]
    public async Task A_keyed_back_office_page_speaks_German_and_after_the_switch_English(string url, string german, string english)
    {
        var de = await (await app.SignedInAsync(AppRole.ProjectOffice, "owl")).GetPageAsync(url);
        var en = await (await EnglishAsync(await app.SignedInAsync(AppRole.ProjectOffice, "owl"))).GetPageAsync(url);

        Assert.Equal(german, de.QuerySelector("h1")?.TextContent.Trim());
        Assert.Equal(english, en.QuerySelector("h1")?.TextContent.Trim());
    }

    [Fact]
    public async Task The_layout_and_the_error_page_come_from_the_shared_texts()
    {
        var de = await app.Browser().GetAsync("/gibt-es-nicht");
        var en = await (await EnglishAsync()).GetAsync("/gibt-es-nicht");

        Assert.Equal(HttpStatusCode.NotFound, de.StatusCode);
        Assert.Contains("Seite nicht gefunden", await de.BodyAsync());
        Assert.Equal(HttpStatusCode.NotFound, en.StatusCode);
        Assert.Contains("Page not found", await en.BodyAsync());
    }

    [Fact]
    public async Task A_page_model_message_follows_the_language()
    {
        var values = new Dictionary<string, object?> { ["Input.Email"] = "niemand@example.org", ["Input.Password"] = "falsch-falsch" };

        var de = await app.Browser().SubmitFormAsync("/verwaltung/anmelden", "form[method=post]", values);
        var en = await (await EnglishAsync()).SubmitFormAsync("/verwaltung/anmelden", "form[method=post]", values);

        Assert.Contains("E-Mail-Adresse oder Passwort sind falsch.", await de.BodyAsync());
        Assert.Contains("The email address or password is incorrect.", await en.BodyAsync());
    }

    [Theory]
    [InlineData("", "05774032", "Bitte geben Sie einen Namen an.", "Please enter a name.")]
    [InlineData("Neuer Akteur", "05774999", "Den Gemeindeschlüssel 05774999 gibt es im amtlichen Verzeichnis nicht.", "The municipality key 05774999 does not exist in the official register.")]
    public async Task Validation_and_use_case_messages_with_values_follow_the_language(string name, string ags, string german, string english)
    {
        var owl = await app.WithDbAsync(db => db.Regions.Where(r => r.Slug == "owl").Select(r => r.Id).SingleAsync());
        var values = new Dictionary<string, object?>
        {
            ["Input.Name"] = name,
            ["Input.Type"] = "10",
            ["Input.RegionId"] = owl.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.MunicipalityAgs"] = ags,
        };

        var de = await (await app.SignedInAsync(AppRole.ProjectOffice, "owl")).SubmitFormAsync("/verwaltung/akteure/neu", "form[method=post].form-grid", values);
        var en = await (await EnglishAsync(await app.SignedInAsync(AppRole.ProjectOffice, "owl"))).SubmitFormAsync("/verwaltung/akteure/neu", "form[method=post].form-grid", values);

        Assert.Equal(HttpStatusCode.BadRequest, de.StatusCode);
        Assert.Contains(german, await de.BodyAsync());
        Assert.Equal(HttpStatusCode.BadRequest, en.StatusCode);
        Assert.Contains(english, await en.BodyAsync());
    }
}
