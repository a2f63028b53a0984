using System.Net;
using Microsoft.EntityFrameworkCore;
using Modellregion.Tests.Infrastructure;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Transfer;

namespace Modellregion.Tests.Features.Transfer;

/// <summary>
/// The interest form opened from matchmaking keeps what was known there: the municipality (its label) and the need
/// that was typed; a name typed on the way arrives as typed.
/// </summary>
public sealed class MatchToInterestTests(TransferApp app) : IClassFixture<TransferApp>
{
    private const string Need = "offene Daten und Sensoren für Pegelstände";

    [Fact]
    public async Task The_interest_form_from_matchmaking_shows_the_municipality_and_the_need_and_files_the_case_for_it()
    {
        var browser = app.BrowserFrom(TransferApp.NewAddress());
        var matches = await browser.GetPageAsync($"/loesungen/fuer-meine-kommune?kommune={Uri.EscapeDataString("Höxter")}&bedarf={Uri.EscapeDataString(Need)}");
        var link = matches.QuerySelector(".match-list > li a[href*='/interesse']")!.GetAttribute("href")!;

        var form = await browser.GetPageAsync(link);

        Assert.Equal("Höxter (Kreis Höxter, NW)", form.QuerySelector("#Input_Municipality")!.GetAttribute("value"));
        Assert.Equal(Need, form.QuerySelector("#Input_Need")!.TextContent.Trim());
        Assert.Equal("05762020", form.QuerySelector("input[type=hidden][name='Input.MunicipalityAgs']")!.GetAttribute("value"));

        var response = await browser.SubmitAsync(form, link, "main form[method=post]", new()
        {
            ["Input.ContactName"] = "Digitalisierung Höxter (Beispiel)",
            ["Input.ContactEmail"] = "digital@hoexter.example",
            ["Input.Timeline"] = ((int)Timeline.WithinYear).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.Consent"] = true,
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var transferCase = await app.WithDbAsync(db => db.TransferCases.AsNoTracking().SingleAsync(c => c.ContactEmail == "digital@hoexter.example"));
        Assert.Equal("05762020", transferCase.MunicipalityAgs);
        Assert.Equal(Need, transferCase.Need);
    }

    [Theory]
    [InlineData("?kommune=05774020", "Delbrück (Kreis Paderborn, NW)", "")]
    [InlineData("?kommune=Irgendwo%20am%20Rhein&bedarf=Kita-Anmeldung", "Irgendwo am Rhein", "Kita-Anmeldung")]
    [InlineData("?ags=99999999&kommune=Nirgendwo", "Nirgendwo", "")]
    public async Task What_arrives_in_the_link_is_shown_as_the_municipality_and_the_need(string query, string municipality, string need)
    {
        var form = await app.Browser().GetPageAsync("/loesungen/local-open-data-urbane-datenplattform/interesse" + query);

        Assert.Equal(municipality, form.QuerySelector("#Input_Municipality")!.GetAttribute("value"));
        Assert.Equal(need, form.QuerySelector("#Input_Need")!.TextContent.Trim());
    }
}
