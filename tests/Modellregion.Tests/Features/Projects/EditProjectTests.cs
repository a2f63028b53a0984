using System.Net;
using Microsoft.EntityFrameworkCore;
using Modellregion.Tests.Infrastructure;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Account;
using Modellregion.Web.Features.Audit;
using Modellregion.Web.Features.Projects;

namespace Modellregion.Tests.Features.Projects;

/// <summary>The project office keeps its projects current: edits are validated, audited and protected against overwriting.</summary>
public sealed class EditProjectTests(ModellregionApp app) : IClassFixture<ModellregionApp>
{
    private const string Form = "form[method=post].form-grid";

    private async Task<(int Id, string Url)> ProjectAsync(string slug)
    {
        var id = await app.ProjectIdAsync(slug);
        return (id, $"/verwaltung/projekte/{id}/bearbeiten");
    }

    private Task<Project> LoadAsync(int id) => app.WithDbAsync(db => db.Projects.AsNoTracking().SingleAsync(p => p.Id == id));

    [Fact]
    public async Task Office_edits_a_project_the_public_page_shows_it_and_the_history_records_before_and_after()
    {
        var (id, url) = await ProjectAsync("ehrenamtinteraktiv");
        var browser = await app.SignedInAsync(AppRole.ProjectOffice, "aachen");

        var response = await browser.SubmitFormAsync(url, Form, new()
        {
            ["Input.Summary"] = "Eine Plattform für das Ehrenamt in Aachen.",
            ["Input.TotalCosts"] = "125000,50",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var project = await LoadAsync(id);
        Assert.Equal(125_000.50m, project.TotalCosts);
        var publicPage = await app.Browser().GetPageAsync("/projekte/ehrenamtinteraktiv");
        Assert.Contains("Eine Plattform für das Ehrenamt in Aachen.", publicPage.Text());
        Assert.Contains("125.000,50 €", publicPage.Text());

        var entry = await app.WithDbAsync(db => db.AuditEntries.Where(a => a.ProjectId == id && a.EntityType == "Project" && a.Action == AuditAction.Updated).OrderByDescending(a => a.Id).FirstAsync());
        Assert.Contains("Ehrenamt in Aachen", entry.After);
        Assert.Contains("\"TotalCosts\":125000.50", entry.After);
        Assert.Contains("Digitale Unterstützung", entry.Before);
        Assert.Equal(AuditKind.Money, entry.Kind);
        Assert.StartsWith("Projektbüro", entry.ActorName);

        var history = await browser.GetPageAsync($"/verwaltung/projekte/{id}/verlauf");
        Assert.Contains("Eine Plattform für das Ehrenamt in Aachen.", history.Text());
        Assert.Contains("Digitale Unterstützung für das Ehrenamt.", history.QuerySelector("del")?.TextContent);
    }

    public static TheoryData<Dictionary<string, object?>, string, string> InvalidInput() => new()
    {
        { new() { ["Input.Title"] = "" }, "Input.Title", "Bitte geben Sie einen Titel an." },
        { new() { ["Input.Title"] = "ab" }, "Input.Title", "Der Titel muss 3 bis 200 Zeichen lang sein." },
        { new() { ["Input.Title"] = new string('x', 201) }, "Input.Title", "Der Titel muss 3 bis 200 Zeichen lang sein." },
        { new() { ["Input.StartsOn"] = "2022-05-01", ["Input.EndsOn"] = "2021-01-01" }, "Input.EndsOn", "Das Ende darf nicht vor dem Beginn liegen." },
        { new() { ["Input.TotalCosts"] = "-5" }, "Input.TotalCosts", "nicht negativ" },
        { new() { ["Input.TotalCosts"] = "10,555" }, "Input.TotalCosts", "höchstens zwei Nachkommastellen" },
        { new() { ["Input.TotalCosts"] = "viel" }, "Input.TotalCosts", "„viel“ ist kein gültiger Wert" },
        { new() { ["Input.TotalCosts"] = "100", ["Input.OwnContribution"] = "200" }, "Input.OwnContribution", "Der Eigenanteil darf nicht größer sein" },
        { new() { ["Input.Slug"] = "Nicht Erlaubt!" }, "Input.Slug", "nur Kleinbuchstaben" },
        { new() { ["Input.Slug"] = "lorawan-2-0" }, "Input.Slug", "bereits vergeben" },
        { new() { ["Input.Website"] = "javascript:alert(1)" }, "Input.Website", "vollständige Internetadresse" },
        { new() { ["Input.StartsOn"] = "31.02.2020" }, "Input.StartsOn", "ist kein gültiger Wert" },
        { new() { ["Input.RegionId"] = "4711" }, "Input.RegionId", "In diese Region dürfen Sie das Projekt nicht verschieben." },
        { new() { ["Input.TopicIds"] = new[] { "999" } }, "Input.TopicIds", "Themen gibt es nicht" },
        { new() { ["Input.Description"] = new string('x', 20_001) }, "Input.Description", "höchstens 20.000 Zeichen" },
    };

    [Theory]
    [MemberData(nameof(InvalidInput))]
    public async Task Invalid_input_is_refused_with_a_German_message_and_nothing_is_stored(Dictionary<string, object?> values, string field, string message)
    {
        var (id, url) = await ProjectAsync("oecher-lab");
        var before = await LoadAsync(id);
        var audited = await app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.ProjectId == id));
        var browser = await app.SignedInAsync(AppRole.ProjectOffice, "aachen");

        var response = await browser.SubmitFormAsync(url, Form, values);
        var page = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, page.Text("#fehler"));
        Assert.NotNull(page.QuerySelector($"#fehler a[href='#{field.Replace('.', '_')}']"));
        Assert.Equal("true", page.QuerySelector($"[name='{field}'][aria-invalid]")?.GetAttribute("aria-invalid") ?? (field == "Input.TopicIds" ? "true" : null));
        var after = await LoadAsync(id);
        Assert.Equal((before.Title, before.Slug, before.Summary, before.TotalCosts, before.Version), (after.Title, after.Slug, after.Summary, after.TotalCosts, after.Version));
        Assert.Equal(audited, await app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.ProjectId == id)));
    }

    [Fact]
    public async Task A_concurrent_edit_is_detected_and_not_silently_overwritten()
    {
        var (id, url) = await ProjectAsync("digitales-stadtarchiv");
        var first = await app.SignedInAsync(AppRole.ProjectOffice, "aachen");
        var second = await app.SignedInAsync(AppRole.Administrator);
        var firstForm = await first.GetPageAsync(url);
        var secondForm = await second.GetPageAsync(url);

        var saved = await first.SubmitAsync(firstForm, url, Form, new() { ["Input.Summary"] = "Erste Fassung" });
        var stale = await second.SubmitAsync(secondForm, url, Form, new() { ["Input.Summary"] = "Zweite Fassung" });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("inzwischen von jemand anderem geändert", await stale.BodyAsync());
        Assert.Equal("Erste Fassung", (await LoadAsync(id)).Summary);
    }

    [Fact]
    public async Task A_project_lead_edits_content_but_not_region_stage_or_publication()
    {
        var (id, url) = await ProjectAsync("lorawan-2-0");
        var browser = await app.SignedInAsync(AppRole.ProjectLead, projectSlug: "lorawan-2-0");
        var form = await browser.GetPageAsync(url);
        Assert.Null(form.QuerySelector("[name='Input.RegionId']"));

        var response = await browser.SubmitAsync(form, url, Form, new()
        {
            ["Input.Summary"] = "Aktualisiert von der Projektleitung.",
            ["Input.Status"] = "110",
            ["Input.RegionId"] = "1",
            ["Input.IsPublished"] = false,
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var project = await LoadAsync(id);
        Assert.Equal("Aktualisiert von der Projektleitung.", project.Summary);
        Assert.Equal(ProjectStatus.FundingPeriodEnded, project.Status);
        Assert.True(project.IsPublished);
        Assert.Equal("owl", await app.WithDbAsync(db => db.Regions.Where(r => r.Id == project.RegionId).Select(r => r.Slug).SingleAsync()));
    }

    [Fact]
    public async Task Office_creates_a_project_which_appears_publicly_with_its_first_lifecycle_step()
    {
        var browser = await app.SignedInAsync(AppRole.ProjectOffice, "owl");

        var response = await browser.SubmitFormAsync("/verwaltung/projekte/neu", Form, new()
        {
            ["Input.Title"] = "Kita-Anmeldung online für den Kreis",
            ["Input.Summary"] = "Eltern melden ihr Kind online an.",
            ["Input.TopicIds"] = new[] { "7" },
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var project = await app.WithDbAsync(db => db.Projects.Include(p => p.StatusChanges).Include(p => p.Region).SingleAsync(p => p.Slug == "kita-anmeldung-online-fuer-den-kreis"));
        Assert.Equal("owl", project.Region!.Slug);
        Assert.Equal(ProjectStatus.Idea, Assert.Single(project.StatusChanges).To);
        var page = await app.Browser().GetPageAsync("/projekte/kita-anmeldung-online-fuer-den-kreis");
        Assert.Contains("Eltern melden ihr Kind online an.", page.Text());
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.ProjectId == project.Id && a.Action == AuditAction.Created && a.EntityType == "Project")));
    }

    [Fact]
    public async Task Headline_figures_follow_a_change_at_once()
    {
        var before = (await app.Browser().GetPageAsync("/")).QuerySelectorAll(".figure__value")[1].TextContent.Trim();
        var browser = await app.SignedInAsync(AppRole.ProjectOffice, "soest");

        await browser.SubmitFormAsync("/verwaltung/projekte/neu", Form, new() { ["Input.Title"] = "Digitale Bibliothek Soest" });

        var after = (await app.Browser().GetPageAsync("/")).QuerySelectorAll(".figure__value")[1].TextContent.Trim();
        Assert.Equal(int.Parse(before, System.Globalization.CultureInfo.InvariantCulture) + 1, int.Parse(after, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Office_cannot_create_a_project_in_another_region()
    {
        var aachen = await app.WithDbAsync(db => db.Regions.Where(r => r.Slug == "aachen").Select(r => r.Id).SingleAsync());
        var browser = await app.SignedInAsync(AppRole.ProjectOffice, "owl");

        var response = await browser.PostAsSessionAsync("/verwaltung/projekte/neu", new()
        {
            ["Input.Title"] = "Fremdes Projekt",
            ["Input.RegionId"] = aachen.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.Status"] = "10",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("In dieser Region dürfen Sie keine Projekte anlegen.", await response.BodyAsync());
        Assert.False(await app.WithDbAsync(db => db.Projects.AnyAsync(p => p.Title == "Fremdes Projekt")));
    }
}
