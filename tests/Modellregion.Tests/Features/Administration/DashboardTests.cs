using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Modellregion.Tests.Features.Transfer;
using Modellregion.Tests.Infrastructure;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Account;
using Modellregion.Web.Features.Board;
using Modellregion.Web.Features.Funding;
using Modellregion.Web.Platform;

namespace Modellregion.Tests.Features.Administration;

/// <summary>
/// The dashboard at /verwaltung, role by role: the project office sees the work of its region (and not another's),
/// a project lead the due dates and drafts of his projects, a reader the portfolio's figures and nothing to do, the
/// administration all of it. Every count is the number of rows of the list it links to.
/// </summary>
public sealed class DashboardTests(FundingApp app) : IClassFixture<FundingApp>
{
    private static readonly DateOnly Today = new(2030, 6, 1);

    /// <summary>
    /// A running project whose funding period ends on 15 July 2030 (within 60 days of <see cref="Today"/>), whose interim
    /// proof for 2029 was due on 30 April 2030 (overdue), with a fund request submitted for the office's check.
    /// </summary>
    private async Task<(int Id, string Title)> BusyProjectAsync(string region)
    {
        app.Clock.Set(Today);
        var id = await app.RunningProjectAsync(100_000m, new DateOnly(2029, 1, 1), new DateOnly(2030, 7, 15), regionSlug: region);
        var (slug, title) = await app.WithDbAsync(async db => await db.Projects.Where(p => p.Id == id).Select(p => new ValueTuple<string, string>(p.Slug, p.Title)).SingleAsync());
        var (lead, _) = await app.CreateUserAsync(AppRole.ProjectLead, projectSlug: slug);
        await app.AsUserAsync(lead, async s =>
        {
            var requests = s.GetRequiredService<FundRequests>();
            var draft = Assert.IsType<Outcome.Saved>(await requests.SaveDraftAsync(id, null, new FundRequestInput { Amount = 5_000m, NeededFrom = Today, NeededUntil = Today.AddDays(20), Justification = "Rechnungen im Juni" }));
            return Assert.IsType<Outcome.Saved>(await requests.SubmitAsync(id, draft.Id));
        });
        return (id, title);
    }

    private async Task<int> UpcomingMeetingWithoutPapersAsync(string region)
    {
        return await app.WithDbAsync(async db =>
        {
            var board = await db.Boards.Where(b => b.Region!.Slug == region && b.DeletedAt == null && !b.IsSynthetic).OrderBy(b => b.Id).FirstAsync();
            var meeting = new Meeting { BoardId = board.Id, Name = "Sitzung im Juni (Test)", StartsAt = Formatting.BerlinToUtc(Today.AddDays(10), new TimeOnly(17, 0)) };
            meeting.Items.Add(new AgendaItem { Number = "1", Order = AgendaNumbers.OrderOf("1"), Title = "Begrüßung" });
            meeting.Items.Add(new AgendaItem { Number = "2", Order = AgendaNumbers.OrderOf("2"), Title = "Projektidee ohne Vorlage" });
            db.Meetings.Add(meeting);
            await db.SaveChangesAsync();
            return meeting.Id;
        });
    }

    /// <summary>Every counted line's number is the number of items its list shows, and every line links somewhere that opens.</summary>
    private static async Task AssertCountsMatchListsAsync(HttpClient browser, IReadOnlyList<DashboardLine> lines)
    {
        foreach (var line in lines.Where(l => l.Count is not null))
        {
            Assert.NotNull(line.Href);
            var (count, _) = await Dashboard.BehindAsync(browser, line.Href!);
            Assert.True(line.Count == count, $"„{line.Text}“ zählt {line.Count}, die Liste {line.Href} zeigt {count}.");
        }

        foreach (var line in lines.Where(l => l.Count is null && l.Href is not null))
        {
            Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync(line.Href)).StatusCode);
        }
    }

    [Fact]
    public async Task The_office_sees_the_work_of_its_region_and_each_count_is_the_list_behind_it()
    {
        var (owlId, owlTitle) = await BusyProjectAsync("owl");
        var (aachenId, aachenTitle) = await BusyProjectAsync("aachen");
        await UpcomingMeetingWithoutPapersAsync("owl");
        await TransferTestData.NewCaseAsync(app, ags: "05774032");
        var office = await app.SignedInAsync(AppRole.ProjectOffice, "owl");
        var aachenOffice = await app.SignedInAsync(AppRole.ProjectOffice, "aachen");

        var lines = await Dashboard.ReadAsync(office);

        DashboardLine Line(params string[] parts) => lines.Single(l => parts.All(p => l.Text.Contains(p, StringComparison.Ordinal)));
        var checks = Line("Mittelabru", "auf die Prüfung");
        var overdueProofs = Line("Nachweis", "überfällig");
        var periodEnds = Line("Bewilligungsz", "in den nächsten 60 Tagen");
        Assert.Equal("Förderung", checks.Section);
        Assert.True(checks.Count >= 1);
        Assert.Equal("Warning", overdueProofs.Severity);
        Assert.True(overdueProofs.Count >= 1 && periodEnds.Count >= 1);
        Assert.Contains(lines, l => l.Section == "Transfer");
        Assert.Contains(lines, l => l.Section == "Digitalboard" && l.Text.StartsWith("Nächste Sitzung: Sitzung im Juni (Test)", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Section == "Digitalboard" && l.Text == "2 Tagesordnungspunkte ohne Vorlage");
        Assert.Contains(lines, l => l.Text == "Einladung noch nicht versandt");
        Assert.DoesNotContain(lines, l => l.Section is "Portfolio" or "Ihre Projekte");
        await AssertCountsMatchListsAsync(office, lines);

        // The lists behind the counts hold the office's own project and not the other region's.
        foreach (var href in new[] { checks.Href!, overdueProofs.Href!, periodEnds.Href! })
        {
            var (_, text) = await Dashboard.BehindAsync(office, href);
            Assert.Contains(owlTitle, text, StringComparison.Ordinal);
            Assert.DoesNotContain(aachenTitle, text, StringComparison.Ordinal);
            var (_, other) = await Dashboard.BehindAsync(aachenOffice, href);
            Assert.Contains(aachenTitle, other, StringComparison.Ordinal);
            Assert.DoesNotContain(owlTitle, other, StringComparison.Ordinal);
        }

        // The other region's office counts its own work, with the same agreement between counts and lists.
        var aachenLines = await Dashboard.ReadAsync(aachenOffice);
        Assert.DoesNotContain(aachenLines, l => l.Text.Contains("Sitzung im Juni (Test)", StringComparison.Ordinal));
        await AssertCountsMatchListsAsync(aachenOffice, aachenLines);
        Assert.NotEqual(owlId, aachenId);
    }

    [Fact]
    public async Task A_project_lead_sees_the_next_due_dates_and_drafts_of_his_projects_only()
    {
        app.Clock.Set(Today);
        var mine = await app.RunningProjectAsync(60_000m, new DateOnly(2030, 1, 1), new DateOnly(2031, 6, 30));
        var other = await app.RunningProjectAsync(60_000m, new DateOnly(2030, 1, 1), new DateOnly(2030, 12, 31));
        var (mySlug, myTitle) = await app.WithDbAsync(async db => await db.Projects.Where(p => p.Id == mine).Select(p => new ValueTuple<string, string>(p.Slug, p.Title)).SingleAsync());
        var otherTitle = await app.WithDbAsync(db => db.Projects.Where(p => p.Id == other).Select(p => p.Title).SingleAsync());
        var (leadEmail, leadPassword) = await app.CreateUserAsync(AppRole.ProjectLead, projectSlug: mySlug);
        var (officeEmail, _) = await app.CreateUserAsync(AppRole.ProjectOffice, "owl");
        await app.AsUserAsync(leadEmail, s => s.GetRequiredService<FundRequests>().SaveDraftAsync(mine, null, new FundRequestInput { Amount = 1_000m, NeededFrom = Today, NeededUntil = Today.AddDays(10), Justification = "Entwurf der Leitung" }));
        await app.AsUserAsync(officeEmail, s => s.GetRequiredService<FundRequests>().SaveDraftAsync(other, null, new FundRequestInput { Amount = 2_000m, NeededFrom = Today, NeededUntil = Today.AddDays(10), Justification = "Entwurf im anderen Projekt" }));
        var lead = await app.SignInAsync(leadEmail, leadPassword);

        var lines = await Dashboard.ReadAsync(lead);

        Assert.All(lines, l => Assert.Equal("Ihre Projekte", l.Section));
        // The interim proof for 2030 is due on 30 April 2031, before the end of the funding period (30 June 2031).
        Assert.Contains(lines, l => l.Text == $"{myTitle}: Zwischennachweis 2030 fällig am 30.04.2031" && l.Href == $"/verwaltung/fristen?projekt={mine}");
        Assert.DoesNotContain(lines, l => l.Text.Contains(otherTitle, StringComparison.Ordinal));
        var drafts = lines.Single(l => l.Text.Contains("Mittelabruf", StringComparison.Ordinal));
        Assert.Equal("1 Entwurf eines Mittelabrufs", drafts.Text);
        await AssertCountsMatchListsAsync(lead, lines);
        var (_, draftList) = await Dashboard.BehindAsync(lead, drafts.Href!);
        Assert.Contains(myTitle, draftList, StringComparison.Ordinal);
        Assert.DoesNotContain(otherTitle, draftList, StringComparison.Ordinal);
        var (_, deadlines) = await Dashboard.BehindAsync(lead, $"/verwaltung/fristen?projekt={mine}");
        Assert.Contains("Zwischennachweis 2030", deadlines, StringComparison.Ordinal);

        // The lead's deadlines page shows his projects only.
        var all = (await lead.GetPageAsync("/verwaltung/fristen")).Text();
        Assert.DoesNotContain(otherTitle, all, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reader_sees_the_portfolio_figures_but_nothing_to_do()
    {
        await BusyProjectAsync("owl");
        var reader = await app.SignedInAsync(AppRole.ReadOnly, "owl");

        var lines = await Dashboard.ReadAsync(reader);

        Assert.All(lines, l => Assert.Equal("Portfolio", l.Section));
        Assert.All(lines, l => Assert.Equal("Info", l.Severity));
        Assert.Contains(lines, l => l.Text.StartsWith("Bewilligt: ", StringComparison.Ordinal) && l.Href == "/verwaltung/finanzen");
        Assert.Contains(lines, l => l.Text.StartsWith("Ausgezahlt: ", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Text.StartsWith("Abgerufen, noch nicht ausgezahlt: ", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Href == "/verwaltung/projekte?status=laufend" && l.Text.EndsWith("im Stand „Laufend“", StringComparison.Ordinal));
        await AssertCountsMatchListsAsync(reader, lines);

        // The figures are those of the finances page of the reader's region.
        var finances = (await reader.GetPageAsync("/verwaltung/finanzen")).Text("main table tfoot");
        var approved = lines.Single(l => l.Text.StartsWith("Bewilligt: ", StringComparison.Ordinal)).Text["Bewilligt: ".Length..].Split(" (")[0];
        Assert.Contains(approved, finances, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_administration_sees_everything_and_the_counts_agree_with_the_lists()
    {
        await BusyProjectAsync("owl");
        await BusyProjectAsync("aachen");
        var admin = await app.SignedInAsync(AppRole.Administrator);

        var lines = await Dashboard.ReadAsync(admin);

        var sections = lines.Select(l => l.Section).Distinct().ToList();
        Assert.Equal(["Förderung", "Transfer", "Digitalboard", "Erinnerungen", "Portfolio"], sections);
        Assert.True(lines.Single(l => l.Text.Contains("auf die Prüfung", StringComparison.Ordinal) && l.Text.Contains("Mittelabru", StringComparison.Ordinal)).Count >= 2);
        await AssertCountsMatchListsAsync(admin, lines);

        // The earlier links stay, as the areas of the back office.
        var page = await admin.GetPageAsync("/verwaltung");
        foreach (var href in new[] { "/verwaltung/projekte", "/verwaltung/fristen", "/verwaltung/finanzen", "/verwaltung/digitalboard", "/verwaltung/transfer", "/verwaltung/benutzer" })
        {
            Assert.NotNull(page.QuerySelector($"nav a[href='{href}']"));
        }
    }

    [Fact]
    public async Task Someone_without_a_role_sees_no_dashboard_and_unknown_filters_are_said()
    {
        var (email, password) = ($"ohne-rolle-{Guid.NewGuid():N}@test.example", "Test-Passwort-2026");
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<ManageUsers>().CreateAsync(new NewUserInput { Email = email, DisplayName = "Ohne Rolle" }, password);
        }

        var nobody = await app.SignInAsync(email, password);
        var page = await nobody.GetPageAsync("/verwaltung");
        Assert.Contains("Sie haben noch keine Rolle", page.Text(), StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("#uebersicht"));
        Assert.Equal(HttpStatusCode.Forbidden, (await nobody.GetAsync("/verwaltung/fristen")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await nobody.GetAsync("/verwaltung/mittelabrufe")).StatusCode);

        var office = await app.SignedInAsync(AppRole.ProjectOffice, "owl");
        var odd = await office.GetPageAsync("/verwaltung/fristen?art=raumschiff&tage=abc");
        Assert.Contains("unbekannt und wurde nicht angewandt", odd.Text(), StringComparison.Ordinal);
        var oddStatus = await office.GetPageAsync("/verwaltung/mittelabrufe?stand=raumschiff");
        Assert.Contains("Diesen Stand gibt es nicht", oddStatus.Text(), StringComparison.Ordinal);
    }
}
