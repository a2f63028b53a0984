using System.Net;
using Microsoft.EntityFrameworkCore;
using Modellregion.Tests.Infrastructure;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Account;
using Modellregion.Web.Features.Directory;
using Modellregion.Web.Features.Regions;

namespace Modellregion.Tests.Features.Home;

/// <summary>An administrator completes an installation started without demo data, in the browser only.</summary>
public sealed class SetUpWithoutCodeTests(EmptyInstallationApp app) : IClassFixture<EmptyInstallationApp>
{
    [Fact]
    public async Task An_administrator_sets_up_programme_region_board_and_operator_in_the_browser()
    {
        var admin = await app.SignedInAsync(AppRole.Administrator);
        var office = await admin.GetPageAsync("/verwaltung");
        Assert.Contains("Angaben des Betreibers fehlen noch", office.Text());
        Assert.NotNull(office.QuerySelector("a[href='/verwaltung/programme']"));

        var programme = await admin.SubmitFormAsync("/verwaltung/programme/neu", "form.form-grid", new()
        {
            ["Input.Name"] = "Digitale Region Oberfranken",
            ["Input.ShortName"] = "DRO",
            ["Input.Funder"] = "Bayerisches Staatsministerium für Digitales",
            ["Input.StartsOn"] = "2026-01-01",
            ["Input.EndsOn"] = "2029-12-31",
            ["Input.AnnouncedBudget"] = "12000000",
            ["Input.Description"] = "Ein Förderprogramm für digitale Verwaltung in Oberfranken.",
            ["Input.Sources"] = "https://example.org/richtlinie Förderrichtlinie | Förderquoten",
            ["Rules.MaxRateMunicipality"] = "70",
        });
        Assert.Equal(HttpStatusCode.Redirect, programme.StatusCode);

        // "Bamberg" is the beginning of several names: the form asks which one is meant.
        var region = new Dictionary<string, object?>
        {
            ["Input.Name"] = "Digitale Region Bamberg",
            ["Input.ShortName"] = "Bamberg",
            ["Input.Summary"] = "Die Stadt Bamberg mit Hallstadt.",
            ["Input.LeadMunicipality"] = "Bamberg",
            ["Input.PartnerMunicipalities[0]"] = "Hallstadt",
            ["Input.GoverningDistrict"] = "Oberfranken",
            ["Input.GrantingAuthority"] = "Regierung von Oberfranken",
            ["Input.OfficeName"] = "Projektbüro Digitale Region Bamberg",
            ["Input.OfficeEmail"] = "projektbuero@bamberg.example",
        };
        var ambiguous = await admin.SubmitFormAsync("/verwaltung/regionen/neu", "form.form-grid", region);
        Assert.Equal(HttpStatusCode.BadRequest, ambiguous.StatusCode);
        var choice = await Html.ParseAsync(ambiguous);
        Assert.NotNull(choice.QuerySelector("input[type=radio][name='Input.LeadMunicipalityAgs'][value='09461000']"));
        region["Input.LeadMunicipalityAgs"] = "09461000";
        var created = await admin.SubmitAsync(choice, "/verwaltung/regionen/neu", "form.form-grid", region);
        Assert.True(created.StatusCode == HttpStatusCode.Redirect, (await Html.ParseAsync(created)).Text("#fehler"));

        var board = await admin.SubmitFormAsync("/verwaltung/digitalboard/gremien?region=bamberg", "form.form-grid", new()
        {
            ["Input.Name"] = "Digitalboard Bamberg",
            ["Input.Description"] = "Das Gremium der Region: Oberbürgermeister und Bürgermeister der Partner.",
        });
        Assert.Equal(HttpStatusCode.Redirect, board.StatusCode);

        var operatorDetails = await admin.SubmitFormAsync("/verwaltung/betreiber", "form.form-grid", new()
        {
            ["Input.Name"] = "Stadt Bamberg – Projektbüro Digitale Region",
            ["Input.Address"] = "Maximiliansplatz 3\n96047 Bamberg",
            ["Input.Representative"] = "Der Oberbürgermeister",
            ["Input.Email"] = "digital@bamberg.example",
            ["Input.DataProtectionOfficer"] = "Datenschutzbeauftragte der Stadt Bamberg, datenschutz@bamberg.example",
            ["Input.DataProtectionAuthority"] = "Bayerisches Landesamt für Datenschutzaufsicht, Ansbach",
            ["Input.AccessibilityEnforcementBody"] = "Durchsetzungsstelle für digitale Barrierefreiheit Bayern",
        });
        Assert.Equal(HttpStatusCode.Redirect, operatorDetails.StatusCode);

        // What a visitor now sees.
        var start = await app.Browser().GetPageAsync("/");
        Assert.Equal("Digitale Region Oberfranken", start.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal("1", start.QuerySelector(".figure__value")!.TextContent.Trim());
        Assert.Contains("Digitale Region Bamberg", start.Text());
        var regionPage = await app.Browser().GetPageAsync("/regionen/bamberg");
        Assert.Contains("Stadt Bamberg – Leitkommune", regionPage.Text());
        Assert.Contains("Stadt Hallstadt – Kooperationspartner", regionPage.Text());
        Assert.Contains("Regierung von Oberfranken – Bewilligungsbehörde", regionPage.Text());
        Assert.NotNull(regionPage.QuerySelector("a[href='/digitalboard/digitalboard-bamberg']"));
        var programmePage = await app.Browser().GetPageAsync("/programme/digitale-region-oberfranken");
        Assert.Contains("70 %", programmePage.Text());
        var impressum = await app.Browser().GetPageAsync("/impressum");
        Assert.DoesNotContain("fehlen noch", impressum.Text());
        Assert.Contains("Maximiliansplatz 3", impressum.Text());
        Assert.DoesNotContain("Angaben des Betreibers fehlen noch", (await admin.GetPageAsync("/verwaltung")).Text());

        // The municipalities became organisations with their official keys, kept by the new region's office.
        var organisations = await app.WithDbAsync(db => db.Organisations.AsNoTracking().Where(o => o.MunicipalityAgs != null).OrderBy(o => o.Name)
            .Select(o => new { o.Name, o.MunicipalityAgs, o.Type, Region = o.Region!.Slug }).ToListAsync());
        Assert.Equal(
            [("Stadt Bamberg", "09461000", OrganisationType.Municipality, "bamberg"), ("Stadt Hallstadt", "09471140", OrganisationType.Municipality, "bamberg")],
            organisations.Select(o => (o.Name, o.MunicipalityAgs, o.Type, o.Region)).ToList());

        // Every step is in the audit trail, under the administrator's name.
        var audited = await app.WithDbAsync(db => db.AuditEntries.Select(a => a.EntityType).Distinct().ToListAsync());
        Assert.Contains("Programme", audited);
        Assert.Contains("Region", audited);
        Assert.Contains("RegionParticipation", audited);
        Assert.Contains("Board", audited);
        Assert.Contains("OperatorDetails", audited);
        Assert.Equal(RegionRole.LeadMunicipality, await app.WithDbAsync(db => db.RegionParticipations.Where(p => p.Organisation!.MunicipalityAgs == "09461000").Select(p => p.Role).SingleAsync()));
    }
}
