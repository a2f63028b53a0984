using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Modellregion.Tests.Infrastructure;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Account;

namespace Modellregion.Tests.Features.Account;

/// <summary>Who may see and do what in the back office: every role against every back-office page.</summary>
public sealed class RoleMatrixTests(ModellregionApp app) : IClassFixture<ModellregionApp>
{
    public enum Who
    {
        Administrator,
        OfficeOwl,
        OfficeAachen,
        OfficeTraining,
        LeadLoRaWan,
        ReadOnlyAll,
        ReadOnlyOwl,
        ReadOnlyTraining,
        NoRole,
    }

    private async Task<HttpClient> BrowserFor(Who who) => who switch
    {
        Who.Administrator => await app.SignedInAsync(AppRole.Administrator),
        Who.OfficeOwl => await app.SignedInAsync(AppRole.ProjectOffice, "owl"),
        Who.OfficeAachen => await app.SignedInAsync(AppRole.ProjectOffice, "aachen"),
        Who.OfficeTraining => await app.SignedInAsync(AppRole.ProjectOffice, "uebungsregion"),
        Who.LeadLoRaWan => await app.SignedInAsync(AppRole.ProjectLead, projectSlug: "lorawan-2-0"),
        Who.ReadOnlyAll => await app.SignedInAsync(AppRole.ReadOnly),
        Who.ReadOnlyOwl => await app.SignedInAsync(AppRole.ReadOnly, "owl"),
        Who.ReadOnlyTraining => await app.SignedInAsync(AppRole.ReadOnly, "uebungsregion"),
        _ => await app.SignInAsync(await NoRoleAccountAsync(), "Test-Passwort-2026"),
    };

    private async Task<string> NoRoleAccountAsync()
    {
        var email = $"ohne-rolle-{Guid.NewGuid():N}@test.example";
        await using var scope = app.Services.CreateAsyncScope();
        var manage = scope.ServiceProvider.GetRequiredService<ManageUsers>();
        await manage.CreateAsync(new NewUserInput { Email = email, DisplayName = "Ohne Rolle" }, "Test-Passwort-2026");
        return email;
    }

    // Pages by who may open them (200) and who is refused (403). "{lorawan}" and "{smart}" are project ids; "{board}",
    // "{meeting}", "{item}", "{paper}" and "{internalPaper}" are the training region's board, its last meeting, an item
    // of it and a public and a non-public paper (the real boards' meetings are not published, so none are in the demo data).
    public static TheoryData<string, Who, HttpStatusCode> Pages()
    {
        var data = new TheoryData<string, Who, HttpStatusCode>();
        void Row(string url, params (Who Who, HttpStatusCode Status)[] cases)
        {
            foreach (var (who, status) in cases)
            {
                data.Add(url, who, status);
            }
        }

        const HttpStatusCode ok = HttpStatusCode.OK;
        const HttpStatusCode no = HttpStatusCode.Forbidden;
        Row("/verwaltung", (Who.Administrator, ok), (Who.OfficeOwl, ok), (Who.LeadLoRaWan, ok), (Who.ReadOnlyAll, ok), (Who.NoRole, ok));
        Row("/verwaltung/projekte", (Who.Administrator, ok), (Who.OfficeOwl, ok), (Who.LeadLoRaWan, ok), (Who.ReadOnlyAll, ok), (Who.NoRole, no));
        Row("/verwaltung/projekte/neu", (Who.Administrator, ok), (Who.OfficeOwl, ok), (Who.LeadLoRaWan, no), (Who.ReadOnlyAll, no), (Who.NoRole, no));
        Row("/verwaltung/projekte/{lorawan}/bearbeiten", (Who.Administrator, ok), (Who.OfficeOwl, ok), (Who.OfficeAachen, no), (Who.LeadLoRaWan, ok), (Who.ReadOnlyAll, no), (Who.ReadOnlyOwl, no), (Who.NoRole, no));
        Row("/verwaltung/projekte/{smart}/bearbeiten", (Who.OfficeOwl, no), (Who.OfficeAachen, ok), (Who.LeadLoRaWan, no));
        Row("/verwaltung/projekte/{lorawan}/meilensteine", (Who.OfficeOwl, ok), (Who.LeadLoRaWan, ok), (Who.OfficeAachen, no), (Who.ReadOnlyAll, no));
        Row("/verwaltung/projekte/{lorawan}/beteiligte", (Who.OfficeOwl, ok), (Who.LeadLoRaWan, ok), (Who.ReadOnlyOwl, no));
        Row("/verwaltung/projekte/{lorawan}/verlauf", (Who.Administrator, ok), (Who.OfficeOwl, ok), (Who.LeadLoRaWan, ok), (Who.ReadOnlyAll, ok), (Who.ReadOnlyOwl, ok), (Who.OfficeAachen, no), (Who.NoRole, no));
        Row("/verwaltung/projekte/{smart}/verlauf", (Who.LeadLoRaWan, no), (Who.ReadOnlyOwl, no), (Who.ReadOnlyAll, ok));
        Row("/verwaltung/akteure", (Who.Administrator, ok), (Who.OfficeOwl, ok), (Who.LeadLoRaWan, no), (Who.ReadOnlyAll, no));
        Row("/verwaltung/akteure/neu", (Who.OfficeOwl, ok), (Who.LeadLoRaWan, no), (Who.ReadOnlyAll, no));
        Row("/verwaltung/meldungen", (Who.OfficeOwl, ok), (Who.LeadLoRaWan, no), (Who.ReadOnlyAll, no));
        Row("/verwaltung/meldungen/neu", (Who.Administrator, ok), (Who.LeadLoRaWan, no));
        Row("/verwaltung/protokoll", (Who.Administrator, ok), (Who.OfficeOwl, ok), (Who.ReadOnlyAll, no), (Who.ReadOnlyOwl, no), (Who.LeadLoRaWan, no), (Who.NoRole, no));
        Row("/verwaltung/benutzer", (Who.Administrator, ok), (Who.OfficeOwl, no), (Who.LeadLoRaWan, no), (Who.ReadOnlyAll, no));

        // A Digitalboard is kept by the office of its region: OWL's (board 1) by the OWL office, the training region's by its office.
        Row("/verwaltung/digitalboard", (Who.Administrator, ok), (Who.OfficeOwl, ok), (Who.OfficeAachen, ok), (Who.LeadLoRaWan, no), (Who.ReadOnlyAll, no), (Who.NoRole, no));
        Row("/verwaltung/digitalboard/1/sitzungen/neu", (Who.Administrator, ok), (Who.OfficeOwl, ok), (Who.OfficeAachen, no), (Who.LeadLoRaWan, no), (Who.ReadOnlyOwl, no));
        Row("/verwaltung/digitalboard/{board}/sitzungen/neu", (Who.OfficeTraining, ok), (Who.OfficeOwl, no), (Who.ReadOnlyTraining, no));
        Row("/verwaltung/digitalboard/sitzungen/{meeting}", (Who.Administrator, ok), (Who.OfficeTraining, ok), (Who.OfficeOwl, no), (Who.ReadOnlyAll, no), (Who.NoRole, no));
        Row("/verwaltung/digitalboard/tagesordnungspunkte/{item}/beschluss", (Who.OfficeTraining, ok), (Who.OfficeOwl, no), (Who.ReadOnlyTraining, no));
        Row("/verwaltung/digitalboard/1/vorlagen/neu", (Who.OfficeOwl, ok), (Who.LeadLoRaWan, no));
        Row("/verwaltung/digitalboard/vorlagen/{paper}", (Who.OfficeTraining, ok), (Who.OfficeOwl, no), (Who.ReadOnlyAll, no));
        Row("/verwaltung/digitalboard/1/mitglieder", (Who.Administrator, ok), (Who.OfficeOwl, ok), (Who.OfficeAachen, no), (Who.LeadLoRaWan, no));

        // The members' area is open to the region's roles (office, read-only) and to linked seats; no one else.
        Row("/digitalboard/mitglieder/sitzungen/{meeting}", (Who.OfficeTraining, ok), (Who.ReadOnlyTraining, ok), (Who.ReadOnlyAll, ok), (Who.OfficeOwl, no), (Who.LeadLoRaWan, no), (Who.NoRole, no));
        Row("/digitalboard/mitglieder/vorlagen/{internalPaper}", (Who.OfficeTraining, ok), (Who.OfficeOwl, no), (Who.NoRole, no));
        return data;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Back_office_page_is_open_only_to_the_roles_allowed(string url, Who who, HttpStatusCode expected)
    {
        var browser = await BrowserFor(who);
        url = url.Replace("{lorawan}", (await app.ProjectIdAsync("lorawan-2-0")).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
                 .Replace("{smart}", (await app.ProjectIdAsync("smart-school")).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        if (url.Contains('{', StringComparison.Ordinal))
        {
            var ids = await app.WithDbAsync(async db =>
            {
                var board = await db.Boards.Where(b => b.Region!.Slug == "uebungsregion").Select(b => b.Id).SingleAsync();
                var meeting = await db.Meetings.Where(m => m.BoardId == board && m.StartsAt < DateTime.UtcNow).Select(m => m.Id).SingleAsync();
                return new Dictionary<string, int>
                {
                    ["{board}"] = board,
                    ["{meeting}"] = meeting,
                    ["{item}"] = await db.AgendaItems.Where(i => i.MeetingId == meeting).OrderBy(i => i.Order).Select(i => i.Id).FirstAsync(),
                    ["{paper}"] = await db.Papers.Where(p => p.BoardId == board && p.IsPublic).OrderBy(p => p.Id).Select(p => p.Id).FirstAsync(),
                    ["{internalPaper}"] = await db.Papers.Where(p => p.BoardId == board && !p.IsPublic).Select(p => p.Id).FirstAsync(),
                };
            });
            url = ids.Aggregate(url, (u, id) => u.Replace(id.Key, id.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));
        }

        var response = await browser.GetAsync(url);

        Assert.Equal(expected, response.StatusCode);
        if (expected == HttpStatusCode.Forbidden)
        {
            Assert.Contains("Kein Zugriff", await response.BodyAsync());
        }
    }

    [Theory]
    [InlineData(Who.OfficeAachen)]
    [InlineData(Who.ReadOnlyAll)]
    [InlineData(Who.ReadOnlyOwl)]
    [InlineData(Who.NoRole)]
    public async Task Refused_roles_cannot_change_a_project_by_posting_either(Who who)
    {
        var id = await app.ProjectIdAsync("lorawan-2-0");
        var version = await app.WithDbAsync(db => Task.FromResult(db.Projects.Single(p => p.Id == id).Version));
        var browser = await BrowserFor(who);

        var response = await browser.PostAsSessionAsync($"/verwaltung/projekte/{id}/bearbeiten", new()
        {
            ["Input.Title"] = "Übernommen",
            ["Input.RegionId"] = "1",
            ["Input.Status"] = "70",
            ["Input.Version"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("LoRaWAN 2.0", await app.WithDbAsync(db => Task.FromResult(db.Projects.Single(p => p.Id == id).Title)));
    }

    [Fact]
    public async Task Project_lead_cannot_create_projects_or_write_news_by_posting()
    {
        var browser = await BrowserFor(Who.LeadLoRaWan);

        var project = await browser.PostAsSessionAsync("/verwaltung/projekte/neu", new() { ["Input.Title"] = "Heimlich", ["Input.RegionId"] = "1", ["Input.Status"] = "10" });
        var news = await browser.PostAsSessionAsync("/verwaltung/meldungen/neu", new() { ["Input.Title"] = "Heimlich", ["Input.RegionId"] = "1", ["Input.PublishedOn"] = "2026-01-01" });

        Assert.Equal(HttpStatusCode.Forbidden, project.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, news.StatusCode);
        Assert.False(await app.WithDbAsync(db => Task.FromResult(db.Projects.Any(p => p.Title == "Heimlich") || db.News.Any(n => n.Title == "Heimlich"))));
    }
}
