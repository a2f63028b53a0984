using System.Net;
using Microsoft.EntityFrameworkCore;
using Modellregion.Tests.Infrastructure;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Account;

namespace Modellregion.Tests.Features.Audit;

/// <summary>The audit trail is append-only and can be read by those allowed, filtered by person, date and kind.</summary>
public sealed class AuditTrailTests(ModellregionApp app) : IClassFixture<ModellregionApp>
{
    [Fact]
    public async Task Audit_entries_cannot_be_changed_or_deleted()
    {
        await app.WithDbAsync(async db =>
        {
            var entry = await db.AuditEntries.FirstAsync();
            entry.ActorName = "Jemand anderes";
            var change = await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
            Assert.Contains("unveränderlich", change.Message);
        });

        await app.WithDbAsync(async db =>
        {
            db.AuditEntries.Remove(await db.AuditEntries.FirstAsync());
            await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        });
    }

    [Fact]
    public async Task Viewer_filters_by_person_and_kind_and_shows_only_the_offices_region()
    {
        var (email, password) = await app.CreateUserAsync(AppRole.ProjectOffice, "aachen", name: "Anna Aachen");
        var office = await app.SignInAsync(email, password);
        var id = await app.ProjectIdAsync("smart-shopping");
        await office.SubmitFormAsync($"/verwaltung/projekte/{id}/bearbeiten", "form[method=post].form-grid", new() { ["Input.Summary"] = "Geändert von Anna." });

        var byPerson = await office.GetPageAsync("/verwaltung/protokoll?person=Anna");
        Assert.Contains("Geändert von Anna.", byPerson.Text());
        Assert.Contains("Smart Shopping", byPerson.Text());

        var owlOffice = await app.SignedInAsync(AppRole.ProjectOffice, "owl");
        var foreign = await owlOffice.GetPageAsync("/verwaltung/protokoll?person=Anna");
        Assert.DoesNotContain("Geändert von Anna.", foreign.Text());

        var access = await (await app.SignedInAsync(AppRole.Administrator)).GetPageAsync("/verwaltung/protokoll?art=Access");
        Assert.Contains("Rolle", access.Text());
        Assert.DoesNotContain("Geändert von Anna.", access.Text());
    }

    [Fact]
    public async Task A_paper_without_a_project_is_in_its_boards_region_for_the_office()
    {
        var board = await app.WithDbAsync(db => db.Boards.Where(b => b.Region!.Slug == "owl").Select(b => new { b.Id, b.RegionId }).FirstAsync());
        var office = await app.SignedInAsync(AppRole.ProjectOffice, "owl");

        var response = await office.SubmitFormAsync($"/verwaltung/digitalboard/{board.Id}/vorlagen/neu", "main form[method=post]", new()
        {
            ["Input.Reference"] = "PROTOKOLL-2026/001",
            ["Input.Title"] = "Vorlage ohne Projekt für das Protokoll",
            ["Input.PaperType"] = "Mitteilungsvorlage",
            ["Input.Date"] = "2026-11-02",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var entry = await app.WithDbAsync(db => db.AuditEntries.Where(a => a.EntityType == "Paper").OrderByDescending(a => a.Id).FirstAsync());
        Assert.Contains("PROTOKOLL-2026/001", entry.After);
        Assert.Equal(board.RegionId, entry.RegionId);
        Assert.Contains("PROTOKOLL-2026/001", (await office.GetPageAsync("/verwaltung/protokoll?person=Projektb")).Text());
    }

    [Fact]
    public async Task Invalid_filter_values_do_not_break_the_viewer()
    {
        var admin = await app.SignedInAsync(AppRole.Administrator);

        var response = await admin.GetAsync("/verwaltung/protokoll?von=gestern&art=unbekannt&seite=x");
        var extremes = await admin.GetAsync("/verwaltung/protokoll?von=0001-01-01&bis=9999-12-31");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, extremes.StatusCode);
    }
}
