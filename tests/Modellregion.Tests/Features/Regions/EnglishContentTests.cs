using System.Net;
using Microsoft.EntityFrameworkCore;
using Modellregion.Tests.Infrastructure;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Account;

namespace Modellregion.Tests.Features.Regions;

/// <summary>
/// A region, a project and a programme may have English versions of their public texts: the English site shows them
/// where filled in, and the German text (marked lang="de") where not; the German site always shows German.
/// </summary>
public sealed class EnglishContentTests(ModellregionApp app) : IClassFixture<ModellregionApp>
{
    private async Task<HttpClient> EnglishAsync()
    {
        var browser = app.Browser();
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("/sprache/en?zurueck=%2F")).StatusCode);
        return browser;
    }

    [Fact]
    public async Task The_office_writes_an_English_version_of_a_region_and_the_English_site_shows_it()
    {
        var region = await app.WithDbAsync(db => db.Regions.Where(r => r.Slug == "owl").Select(r => new { r.Id, r.Name, r.Summary }).SingleAsync());
        var admin = await app.SignedInAsync(AppRole.Administrator);
        var edit = $"/verwaltung/regionen/{region.Id}";
        var page = await admin.GetPageAsync(edit);
        Assert.NotNull(page.QuerySelector("input[name='Input.NameEn']"));

        // Unicode beyond the Basic Multilingual Plane and a right-to-left mark are kept as written.
        const string name = "Digital Model Region East Westphalia-Lippe 𝔘 \u200F";
        var saved = await admin.SubmitAsync(page, edit, "form.form-grid", new() { ["Input.NameEn"] = name, ["Input.SummaryEn"] = "Five districts, one city." });
        Assert.True(saved.StatusCode == HttpStatusCode.Redirect, (await Html.ParseAsync(saved)).Text("#fehler"));
        Assert.Equal(name.Trim(), await app.WithDbAsync(db => db.Regions.Where(r => r.Id == region.Id).Select(r => r.NameEn).SingleAsync()));

        var en = await (await EnglishAsync()).GetPageAsync("/regionen/owl");
        var h1 = en.QuerySelector("h1")!;
        Assert.Equal(name.Trim(), h1.TextContent.Trim());
        Assert.Null(h1.GetAttribute("lang"));
        Assert.Equal("Five districts, one city.", en.QuerySelector("p.lead")?.TextContent.Trim());

        var de = await app.Browser().GetPageAsync("/regionen/owl");
        Assert.Equal(region.Name, de.QuerySelector("h1")?.TextContent.Trim());

        // Too long an English name: a German message, nothing stored.
        page = await admin.GetPageAsync(edit);
        var refused = await admin.SubmitAsync(page, edit, "form.form-grid", new() { ["Input.NameEn"] = new string('x', 201) });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("Der englische Name darf höchstens 200 Zeichen lang sein.", await refused.BodyAsync());
        Assert.Equal(name.Trim(), await app.WithDbAsync(db => db.Regions.Where(r => r.Id == region.Id).Select(r => r.NameEn).SingleAsync()));
    }

    [Fact]
    public async Task Without_an_English_version_the_English_site_shows_the_German_text_marked_as_German()
    {
        var project = await app.WithDbAsync(db => db.Projects.Where(p => p.IsPublished && p.TitleEn == null).OrderBy(p => p.Id).Select(p => new { p.Slug, p.Title }).FirstAsync());

        var en = await (await EnglishAsync()).GetPageAsync($"/projekte/{project.Slug}");

        var h1 = en.QuerySelector("h1")!;
        Assert.Equal(project.Title, h1.TextContent.Trim());
        Assert.Equal("de", h1.GetAttribute("lang"));
    }

    [Fact]
    public async Task A_project_with_an_English_title_shows_it_on_the_English_site_and_in_the_API()
    {
        var slug = await app.WithDbAsync(async db =>
        {
            var project = await db.Projects.Where(p => p.IsPublished).OrderByDescending(p => p.Id).FirstAsync();
            project.TitleEn = "Citizens' portal";
            project.DescriptionEn = "Online services for **everyone**.";
            await db.SaveChangesAsync();
            return project.Slug;
        });

        var en = await (await EnglishAsync()).GetPageAsync($"/projekte/{slug}");
        Assert.Equal("Citizens' portal", en.QuerySelector("h1")?.TextContent.Trim());
        Assert.Contains("Online services for everyone.", en.QuerySelector("section.prose")?.TextContent);
        var json = await app.Browser().GetStringAsync($"/api/v1/projects/{slug}");
        Assert.Contains("\"titleEn\":\"Citizens' portal\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_office_writes_an_English_version_of_a_project_in_its_edit_form()
    {
        var project = await app.WithDbAsync(db => db.Projects.Where(p => p.Slug == "ehrenamtinteraktiv").Select(p => new { p.Id, p.Title }).SingleAsync());
        var office = await app.SignedInAsync(AppRole.ProjectOffice, "aachen");
        var edit = $"/verwaltung/projekte/{project.Id}/bearbeiten";
        const string Form = "form[method=post].form-grid";

        const string title = "Volunteering interactive 𝔘";
        var saved = await office.SubmitFormAsync(edit, Form, new() { ["Input.TitleEn"] = title, ["Input.SummaryEn"] = "A platform for volunteers in Aachen." });
        Assert.True(saved.StatusCode == HttpStatusCode.Redirect, (await Html.ParseAsync(saved)).Text("#fehler"));
        var stored = await app.WithDbAsync(db => db.Projects.Where(p => p.Id == project.Id).Select(p => new { p.Title, p.TitleEn, p.SummaryEn }).SingleAsync());
        Assert.Equal((project.Title, title, "A platform for volunteers in Aachen."), (stored.Title, stored.TitleEn, stored.SummaryEn));

        var en = await (await EnglishAsync()).GetPageAsync("/projekte/ehrenamtinteraktiv");
        Assert.Equal(title, en.QuerySelector("h1")?.TextContent.Trim());
        Assert.Equal(project.Title, (await app.Browser().GetPageAsync("/projekte/ehrenamtinteraktiv")).QuerySelector("h1")?.TextContent.Trim());

        // Too long: a German message, the English title stays as it was.
        var refused = await office.SubmitFormAsync(edit, Form, new() { ["Input.TitleEn"] = new string('x', 201) });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("Der englische Titel darf höchstens 200 Zeichen lang sein.", await refused.BodyAsync());
        Assert.Equal(title, await app.WithDbAsync(db => db.Projects.Where(p => p.Id == project.Id).Select(p => p.TitleEn).SingleAsync()));
    }

    [Fact]
    public async Task The_administrator_writes_an_English_version_of_a_programme_and_its_public_page_shows_it()
    {
        var programme = await app.WithDbAsync(db => db.Programmes.Where(p => !p.Slug.StartsWith("uebung")).OrderBy(p => p.Id).Select(p => new { p.Id, p.Slug, p.Name }).FirstAsync());
        var admin = await app.SignedInAsync(AppRole.Administrator);
        var edit = $"/verwaltung/programme/{programme.Id}";

        var saved = await admin.SubmitFormAsync(edit, "form.form-grid", new() { ["Input.NameEn"] = "Digital model regions in North Rhine-Westphalia", ["Input.DescriptionEn"] = "Funding for **five** regions." });
        Assert.True(saved.StatusCode == HttpStatusCode.Redirect, (await Html.ParseAsync(saved)).Text("#fehler"));

        var en = await (await EnglishAsync()).GetPageAsync($"/programme/{programme.Slug}");
        Assert.Equal("Digital model regions in North Rhine-Westphalia", en.QuerySelector("h1")?.TextContent.Trim());
        Assert.Contains("Funding for five regions.", en.Text());
        Assert.Equal(programme.Name, (await app.Browser().GetPageAsync($"/programme/{programme.Slug}")).QuerySelector("h1")?.TextContent.Trim());

        var refused = await admin.SubmitFormAsync(edit, "form.form-grid", new() { ["Input.NameEn"] = "Digital 🚀" });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("darf keine Emojis", await refused.BodyAsync());
        Assert.Equal("Digital model regions in North Rhine-Westphalia", await app.WithDbAsync(db => db.Programmes.Where(p => p.Id == programme.Id).Select(p => p.NameEn).SingleAsync()));
    }
}
