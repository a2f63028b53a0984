using System.Net;
using Microsoft.EntityFrameworkCore;
using Modellregion.Tests.Infrastructure;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Account;

namespace Modellregion.Tests.Features.Directory;

/// <summary>The project office keeps the actors of its region, with official keys checked against the register.</summary>
public sealed class OrganisationAdminTests(ModellregionApp app) : IClassFixture<ModellregionApp>
{
    private const string Form = "form[method=post].form-grid";

    [Fact]
    public async Task Office_adds_a_municipality_with_its_official_key_and_it_appears_in_the_directory()
    {
        var browser = await app.SignedInAsync(AppRole.ProjectOffice, "owl");
        var owl = await app.WithDbAsync(db => db.Regions.Where(r => r.Slug == "owl").Select(r => r.Id).SingleAsync());

        var response = await browser.SubmitFormAsync("/verwaltung/akteure/neu", Form, new()
        {
            ["Input.Name"] = "Stadt Höxter",
            ["Input.Type"] = "1",
            ["Input.MunicipalityAgs"] = "05762020",
            ["Input.RegionId"] = owl.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await app.Browser().GetPageAsync("/akteure/stadt-hoexter");
        Assert.Contains("05762020 (Höxter)", page.Text());
        Assert.Contains("Detmold", page.Text());
    }

    [Theory]
    [InlineData("okommun", true)]
    [InlineData("OKOMMUN", true)]
    [InlineData("oKommunalw", true)]
    [InlineData("xylokommunalwerke qu", false)]
    [InlineData("okommunx", false)]
    public async Task The_directory_finds_an_actor_by_any_part_of_its_name_whatever_the_case(string part, bool found)
    {
        var slug = "xylo-" + Guid.NewGuid().ToString("N")[..8];
        await app.WithDbAsync(async db =>
        {
            db.Organisations.Add(new() { Slug = slug, Name = "Zweckverband Xylokommunalwerke " + slug[5..], Type = Modellregion.Web.Features.Directory.OrganisationType.Other });
            await db.SaveChangesAsync();
        });

        var page = await app.Browser().GetPageAsync("/akteure?q=" + Uri.EscapeDataString(part));

        Assert.Equal(found, page.QuerySelector($"a[href='/akteure/{slug}']") is not null);
    }

    [Theory]
    [InlineData("Input.MunicipalityAgs", "5774032", "genau 8 Ziffern")]
    [InlineData("Input.MunicipalityAgs", "0577403X", "genau 8 Ziffern")]
    [InlineData("Input.MunicipalityAgs", "05774999", "gibt es im amtlichen Verzeichnis nicht")]
    [InlineData("Input.DistrictAgs", "0577", "genau 5 Ziffern")]
    [InlineData("Input.DistrictAgs", "05999", "gibt es im amtlichen Verzeichnis nicht")]
    [InlineData("Input.Slug", "stadt-paderborn", "bereits vergeben")]
    [InlineData("Input.Name", "", "Bitte geben Sie einen Namen an.")]
    [InlineData("Input.Website", "www.ohne-schema.de", "vollständige Internetadresse")]
    public async Task Invalid_organisation_is_refused_and_nothing_is_stored(string field, string value, string message)
    {
        var browser = await app.SignedInAsync(AppRole.ProjectOffice, "owl");
        var owl = await app.WithDbAsync(db => db.Regions.Where(r => r.Slug == "owl").Select(r => r.Id).SingleAsync());
        var before = await app.WithDbAsync(db => db.Organisations.CountAsync());
        var values = new Dictionary<string, object?>
        {
            ["Input.Name"] = "Neuer Akteur " + Guid.NewGuid().ToString("N")[..6],
            ["Input.Type"] = "10",
            ["Input.RegionId"] = owl.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        values[field] = value;

        var response = await browser.SubmitFormAsync("/verwaltung/akteure/neu", Form, values);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, await response.BodyAsync());
        Assert.Equal(before, await app.WithDbAsync(db => db.Organisations.CountAsync()));
    }

    [Theory]
    [InlineData("theater-paderborn", "owl", HttpStatusCode.OK)]
    [InlineData("optano-gmbh", "owl", HttpStatusCode.OK)]
    [InlineData("theater-paderborn", "aachen", HttpStatusCode.Forbidden)]
    [InlineData("xignsys", "gelsenkirchen", HttpStatusCode.OK)]
    [InlineData("xignsys", "soest", HttpStatusCode.Forbidden)]
    public async Task An_actor_that_takes_part_only_in_one_regions_projects_is_kept_by_that_regions_office(string slug, string region, HttpStatusCode expected)
    {
        var id = await app.WithDbAsync(db => db.Organisations.Where(o => o.Slug == slug).Select(o => o.Id).SingleAsync());
        var browser = await app.SignedInAsync(AppRole.ProjectOffice, region);

        var response = await browser.GetAsync($"/verwaltung/akteure/{id}/bearbeiten");

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task Office_cannot_edit_an_actor_of_another_region()
    {
        var aachen = await app.WithDbAsync(db => db.Organisations.Where(o => o.Slug == "stadt-aachen").Select(o => o.Id).SingleAsync());
        var browser = await app.SignedInAsync(AppRole.ProjectOffice, "owl");

        var response = await browser.GetAsync($"/verwaltung/akteure/{aachen}/bearbeiten");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Stale_organisation_form_is_refused_with_409()
    {
        var id = await app.WithDbAsync(db => db.Organisations.Where(o => o.Slug == "lemgo-digital").Select(o => o.Id).SingleAsync());
        var url = $"/verwaltung/akteure/{id}/bearbeiten";
        var first = await app.SignedInAsync(AppRole.ProjectOffice, "owl");
        var second = await app.SignedInAsync(AppRole.Administrator);
        var firstForm = await first.GetPageAsync(url);
        var secondForm = await second.GetPageAsync(url);

        Assert.Equal(HttpStatusCode.Redirect, (await first.SubmitAsync(firstForm, url, Form, new() { ["Input.City"] = "Lemgo" })).StatusCode);
        var stale = await second.SubmitAsync(secondForm, url, Form, new() { ["Input.City"] = "Detmold" });

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal("Lemgo", await app.WithDbAsync(db => db.Organisations.Where(o => o.Id == id).Select(o => o.City).SingleAsync()));
    }
}
