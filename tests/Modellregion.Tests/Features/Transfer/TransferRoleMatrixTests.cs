using System.Net;
using Microsoft.EntityFrameworkCore;
using Modellregion.Tests.Infrastructure;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Account;
using Modellregion.Web.Features.Transfer;

namespace Modellregion.Tests.Features.Transfer;

/// <summary>Who may open which page of the transfer back office, and who may change a solution.</summary>
public sealed class TransferRoleMatrixTests(TransferApp app) : IClassFixture<TransferApp>
{
    public enum Who
    {
        Administrator,
        OfficeOwl,
        OfficeAachen,
        LeadLoRaWan,
        ReadOnlyAll,
    }

    private async Task<HttpClient> BrowserFor(Who who) => who switch
    {
        Who.Administrator => await app.SignedInAsync(AppRole.Administrator),
        Who.OfficeOwl => await app.SignedInAsync(AppRole.ProjectOffice, "owl"),
        Who.OfficeAachen => await app.SignedInAsync(AppRole.ProjectOffice, "aachen"),
        Who.LeadLoRaWan => await app.SignedInAsync(AppRole.ProjectLead, projectSlug: "lorawan-2-0"),
        _ => await app.SignedInAsync(AppRole.ReadOnly),
    };

    [Theory]
    [InlineData("/verwaltung/transfer", Who.Administrator, HttpStatusCode.OK)]
    [InlineData("/verwaltung/transfer", Who.OfficeAachen, HttpStatusCode.OK)]
    [InlineData("/verwaltung/transfer", Who.ReadOnlyAll, HttpStatusCode.OK)]
    [InlineData("/verwaltung/transfer", Who.LeadLoRaWan, HttpStatusCode.Forbidden)]
    [InlineData("/verwaltung/transfer/faelle", Who.OfficeOwl, HttpStatusCode.OK)]
    [InlineData("/verwaltung/transfer/faelle", Who.LeadLoRaWan, HttpStatusCode.Forbidden)]
    [InlineData("/verwaltung/transfer/loesungen", Who.ReadOnlyAll, HttpStatusCode.OK)]
    [InlineData("/verwaltung/transfer/loesungen/neu", Who.OfficeOwl, HttpStatusCode.OK)]
    [InlineData("/verwaltung/transfer/loesungen/neu", Who.ReadOnlyAll, HttpStatusCode.Forbidden)]
    [InlineData("/verwaltung/transfer/loesungen/{lod}/bearbeiten", Who.OfficeOwl, HttpStatusCode.OK)]
    [InlineData("/verwaltung/transfer/loesungen/{lod}/bearbeiten", Who.OfficeAachen, HttpStatusCode.Forbidden)]
    [InlineData("/verwaltung/transfer/loesungen/{lod}/bearbeiten", Who.ReadOnlyAll, HttpStatusCode.Forbidden)]
    [InlineData("/verwaltung/transfer/loesungen/import", Who.OfficeAachen, HttpStatusCode.OK)]
    [InlineData("/verwaltung/transfer/loesungen/import", Who.LeadLoRaWan, HttpStatusCode.Forbidden)]
    [InlineData("/verwaltung/transfer/nachnutzungen", Who.OfficeOwl, HttpStatusCode.OK)]
    [InlineData("/verwaltung/transfer/nachnutzungen", Who.LeadLoRaWan, HttpStatusCode.Forbidden)]
    public async Task Transfer_back_office_pages_are_open_only_to_the_roles_allowed(string url, Who who, HttpStatusCode expected)
    {
        var id = await app.WithDbAsync(db => db.Solutions.Where(s => s.Slug == TransferTestData.LocalOpenData).Select(s => s.Id).SingleAsync());
        var browser = await BrowserFor(who);

        var response = await browser.GetAsync(url.Replace("{lod}", id.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task The_office_edits_a_solution_of_its_region_and_bad_input_is_refused()
    {
        var id = await app.WithDbAsync(db => db.Solutions.Where(s => s.Slug == "zeonline-digitale-frageboegen-zu-immobilienkaeufen").Select(s => s.Id).SingleAsync());
        var url = $"/verwaltung/transfer/loesungen/{id}/bearbeiten";
        var office = await app.SignedInAsync(AppRole.ProjectOffice, "owl");

        foreach (var (field, value, message) in new (string, object?, string)[]
                 {
                     ("Input.Licence", "Freeware", "keine bekannte SPDX-Lizenzkennung"),
                     ("Input.Slug", "fuer-meine-kommune", "reserviert"),
                     ("Input.Platforms", null, "mindestens eine Plattform"),
                     ("Input.Summary", new string('x', 151), "höchstens 150 Zeichen"),
                     ("Input.Links", "Nur ein Titel", "Titel | https://"),
                     ("Input.CostOneOff", "-3", "nicht negativ"),
                 })
        {
            var refused = await office.SubmitFormAsync(url, "main form", new() { [field] = value });
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.Contains(message, (await Html.ParseAsync(refused)).Text("#fehler"));
        }

        var saved = await office.SubmitFormAsync(url, "main form", new()
        {
            ["Input.Licence"] = "EUPL-1.2",
            ["Input.CostOneOff"] = "12000",
            ["Input.OperatorModels"] = new[] { ((int)OperatorModels.SharedService).ToString(System.Globalization.CultureInfo.InvariantCulture) },
        });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var solution = await app.WithDbAsync(db => db.Solutions.AsNoTracking().SingleAsync(s => s.Id == id));
        Assert.Equal(("EUPL-1.2", 12000m, OperatorModels.SharedService), (solution.Licence, solution.CostOneOff, solution.OperatorModels));
        var page = await app.Browser().GetPageAsync("/loesungen/zeonline-digitale-frageboegen-zu-immobilienkaeufen");
        Assert.Contains("EUPL-1.2", page.Text("aside"));
        Assert.Contains("Gemeinsamer Dienst", page.Text("aside"));

        var aachen = await app.SignedInAsync(AppRole.ProjectOffice, "aachen");
        var forbidden = await aachen.PostAsSessionAsync(url, new() { ["Input.Title"] = "Übernommen", ["Input.Kind"] = "1", ["Input.RegionId"] = "1", ["Input.Summary"] = "x" });
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
    }
}
