using System.Net;
using Microsoft.EntityFrameworkCore;
using Modellregion.Tests.Infrastructure;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Account;

namespace Modellregion.Tests.Features.Projects;

/// <summary>A project lead keeps milestones, partners and places of his project current.</summary>
public sealed class MilestonesAndParticipantsTests(ModellregionApp app) : IClassFixture<ModellregionApp>
{
    [Fact]
    public async Task Lead_adds_completes_and_deletes_a_milestone_and_progress_follows()
    {
        var id = await app.ProjectIdAsync("theaterlytics");
        var url = $"/verwaltung/projekte/{id}/meilensteine";
        var browser = await app.SignedInAsync(AppRole.ProjectLead, projectSlug: "theaterlytics");

        var added = await browser.SubmitFormAsync(url, "form.form-grid", new() { ["Input.Title"] = "Pilot im Spielbetrieb", ["Input.DueOn"] = "2021-09-01" });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var publicPage = await app.Browser().GetPageAsync("/projekte/theaterlytics");
        Assert.Contains("1 von 2 Meilensteinen erreicht", publicPage.Text());

        var milestoneId = await app.WithDbAsync(db => db.Milestones.Where(m => m.ProjectId == id && m.Title == "Pilot im Spielbetrieb").Select(m => m.Id).SingleAsync());
        var completed = await browser.SubmitFormAsync($"{url}?bearbeiten={milestoneId}", "form.form-grid", new() { ["Input.IsCompleted"] = true, ["Input.CompletedOn"] = "2021-10-15" });
        Assert.Equal(HttpStatusCode.Redirect, completed.StatusCode);
        Assert.Contains("2 von 2 Meilensteinen erreicht", (await app.Browser().GetPageAsync("/projekte/theaterlytics")).Text());

        var list = await browser.GetPageAsync(url);
        var deleted = await browser.SubmitAsync(list, url, $"form:has(input[name=milestoneId][value='{milestoneId}'])", []);
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.False(await app.WithDbAsync(db => db.Milestones.AnyAsync(m => m.Id == milestoneId)));
    }

    [Fact]
    public async Task A_completion_date_without_completion_is_refused()
    {
        var id = await app.ProjectIdAsync("theaterlytics");
        var browser = await app.SignedInAsync(AppRole.ProjectOffice, "owl");
        var before = await app.WithDbAsync(db => db.Milestones.CountAsync(m => m.ProjectId == id));

        var response = await browser.SubmitFormAsync($"/verwaltung/projekte/{id}/meilensteine", "form.form-grid", new() { ["Input.Title"] = "Halb fertig", ["Input.CompletedOn"] = "2021-01-01" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("nur für erreichte Meilensteine", await response.BodyAsync());
        Assert.Equal(before, await app.WithDbAsync(db => db.Milestones.CountAsync(m => m.ProjectId == id)));
    }

    [Fact]
    public async Task Office_adds_a_partner_and_a_place_by_name_or_key_and_removes_them()
    {
        var id = await app.ProjectIdAsync("zeonline-digitaler-fragebogen-fuer-immobilienkaeufe");
        var url = $"/verwaltung/projekte/{id}/beteiligte";
        var browser = await app.SignedInAsync(AppRole.ProjectOffice, "owl");

        var search = await browser.GetPageAsync(url + "?suche=Universit%C3%A4t%20Paderborn");
        var partner = await browser.SubmitAsync(search, url, "form:has(input[name=organisationId])", new() { ["role"] = "2", ["note"] = "Begleitforschung" });
        Assert.Equal(HttpStatusCode.Redirect, partner.StatusCode);

        var byName = await browser.SubmitFormAsync(url, "form:has(input[name=place])", new() { ["place"] = "Bad Driburg" });
        var byKey = await browser.SubmitFormAsync(url, "form:has(input[name=place])", new() { ["place"] = "05762020" });
        Assert.Equal(HttpStatusCode.Redirect, byName.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, byKey.StatusCode);

        var page = await app.Browser().GetPageAsync("/projekte/zeonline-digitaler-fragebogen-fuer-immobilienkaeufe");
        Assert.Contains("Universität Paderborn – Projektpartner (Begleitforschung)", page.Text());
        Assert.Contains("Bad Driburg (AGS 05762004)", page.Text());
        Assert.Contains("Höxter (AGS 05762020)", page.Text());

        var list = await browser.GetPageAsync(url);
        var removed = await browser.SubmitAsync(list, url, "form:has(input[name=ags][value='05762004'])", []);
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.DoesNotContain("Bad Driburg", (await app.Browser().GetPageAsync("/projekte/zeonline-digitaler-fragebogen-fuer-immobilienkaeufe")).Text());
    }

    [Theory]
    [InlineData("Atlantis", "keine Gemeinde im amtlichen Verzeichnis")]
    [InlineData("12345678", "keine Gemeinde im amtlichen Verzeichnis")]
    [InlineData("Neustadt", "keine Gemeinde")]
    [InlineData("", "Bitte geben Sie den Namen oder den Amtlichen Gemeindeschlüssel")]
    [InlineData("Delbrück", "bereits als Ort eingetragen")]
    public async Task A_place_that_is_not_a_single_official_municipality_is_refused(string place, string message)
    {
        var id = await app.ProjectIdAsync("lorawan-2-0");
        var browser = await app.SignedInAsync(AppRole.ProjectOffice, "owl");
        var before = await app.WithDbAsync(db => db.ProjectMunicipalities.CountAsync(m => m.ProjectId == id));

        var response = await browser.SubmitFormAsync($"/verwaltung/projekte/{id}/beteiligte", "form:has(input[name=place])", new() { ["place"] = place });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, await response.BodyAsync());
        Assert.Equal(before, await app.WithDbAsync(db => db.ProjectMunicipalities.CountAsync(m => m.ProjectId == id)));
    }

    [Fact]
    public async Task A_second_project_lead_is_refused()
    {
        var id = await app.ProjectIdAsync("lorawan-2-0");
        var browser = await app.SignedInAsync(AppRole.ProjectOffice, "owl");
        var url = $"/verwaltung/projekte/{id}/beteiligte";
        var search = await browser.GetPageAsync(url + "?suche=Kreis%20Paderborn");

        var response = await browser.SubmitAsync(search, url, "form:has(input[name=organisationId])", new() { ["role"] = "1" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("bereits eine Projektleitung", await response.BodyAsync());
    }
}
