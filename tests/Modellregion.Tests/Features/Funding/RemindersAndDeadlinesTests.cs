using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Modellregion.Tests.Infrastructure;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Account;
using Modellregion.Web.Features.Funding;

namespace Modellregion.Tests.Features.Funding;

/// <summary>The app, sending its mail by SMTP to a real server on loopback.</summary>
public sealed class SmtpFundingApp : FundingApp
{
    public SmtpServer Smtp { get; } = new();

    public override async Task InitializeAsync()
    {
        await Smtp.InitializeAsync();
        await base.InitializeAsync();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Email:Mode", "Smtp");
        builder.UseSetting("Email:Host", "127.0.0.1");
        builder.UseSetting("Email:Port", Smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Email:Security", "None");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Smtp.DisposeAsync().GetAwaiter().GetResult();
        }
    }
}

/// <summary>The deadlines board and the reminders: before and after a due date, each sent once, also across restarts.</summary>
public sealed class RemindersAndDeadlinesTests(SmtpFundingApp app) : IClassFixture<SmtpFundingApp>
{
    private async Task<Reminders.Result> SendAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<Reminders>().SendDueAsync();
    }

    [Fact]
    public async Task Reminders_go_out_before_and_after_a_due_date_once_each_by_smtp()
    {
        app.Clock.Set(new DateOnly(2030, 2, 1));
        var id = await app.RunningProjectAsync(50_000m, new DateOnly(2030, 1, 1), new DateOnly(2031, 3, 31));
        var slug = await app.WithDbAsync(db => db.Projects.Where(p => p.Id == id).Select(p => p.Slug).SingleAsync());
        var (lead, _) = await app.CreateUserAsync(AppRole.ProjectLead, projectSlug: slug);

        // The funding period ends on 31 March 2031; 14 days before, the lead gets a reminder — once.
        app.Clock.Set(new DateOnly(2031, 3, 17));
        await SendAsync();
        await SendAsync();
        var periodEnd = app.Smtp.MessagesTo(lead).Where(m => (m.TextBody ?? "").Contains("Ende des Bewilligungszeitraums", StringComparison.Ordinal)).ToList();
        Assert.Single(periodEnd);
        Assert.StartsWith("Erinnerung: Ende des Bewilligungszeitraums bis 31.03.2031", periodEnd[0].Subject, StringComparison.Ordinal);

        // The interim proof for 2030 is due on 30 April 2031: a reminder 14 days before, and one 7 days after,
        // also when a restarted app (or another node) looks again.
        app.Clock.Set(new DateOnly(2031, 4, 20));
        await SendAsync();
        app.Clock.Set(new DateOnly(2031, 5, 7));
        await SendAsync();
        await using (var restarted = new RestartedApp(app))
        {
            await using var scope = restarted.Services.CreateAsyncScope();
            var again = await scope.ServiceProvider.GetRequiredService<Reminders>().SendDueAsync();
            Assert.Equal(0, again.Sent);
        }

        var interim = app.Smtp.MessagesTo(lead).Where(m => (m.TextBody ?? "").Contains("Zwischennachweis 2030", StringComparison.Ordinal)).Select(m => m.Subject).Order(StringComparer.Ordinal).ToList();
        // The mail server's folder does not keep the order of arrival: compare the set.
        Assert.Equal(["Erinnerung: Zwischennachweis 2030 bis 30.04.2031 – Testvorhaben " + slug, "Überfällig: Zwischennachweis 2030 – Testvorhaben " + slug], interim);
        Assert.Equal(4, await app.WithDbAsync(db => db.ReminderLogs.CountAsync(r => r.ProjectId == id && r.Recipient == lead)));
    }

    [Fact]
    public async Task An_overdue_deadline_is_escalated_to_the_office_and_for_proofs_to_the_granting_authority()
    {
        app.Clock.Set(new DateOnly(2032, 2, 1));
        var id = await app.RunningProjectAsync(40_000m, new DateOnly(2032, 1, 1), new DateOnly(2033, 6, 30));
        var title = await app.WithDbAsync(db => db.Projects.Where(p => p.Id == id).Select(p => p.Title).SingleAsync());
        var slug = await app.WithDbAsync(db => db.Projects.Where(p => p.Id == id).Select(p => p.Slug).SingleAsync());
        var (lead, _) = await app.CreateUserAsync(AppRole.ProjectLead, projectSlug: slug);
        var (office, _) = await app.CreateUserAsync(AppRole.ProjectOffice, "owl");
        var (authority, _) = await app.CreateUserAsync(AppRole.GrantingAuthority, "owl");
        List<string> About(string recipient) => [.. app.Smtp.MessagesTo(recipient).Where(m => m.Subject?.Contains(title, StringComparison.Ordinal) == true).Select(m => m.Subject!).Order(StringComparer.Ordinal)];

        // Before the interim proof for 2032 is due (30 April 2033) only the lead hears of it.
        app.Clock.Set(new DateOnly(2033, 4, 20));
        await SendAsync();
        Assert.Single(About(lead));
        Assert.Empty(About(office));
        Assert.Empty(About(authority));

        // Overdue: the office and the granting authority are told as well, once.
        app.Clock.Set(new DateOnly(2033, 5, 8));
        await SendAsync();
        await SendAsync();
        Assert.Equal(["Überfällig: Zwischennachweis 2032 – " + title], About(office));
        Assert.Equal(["Überfällig: Zwischennachweis 2032 – " + title], About(authority));
        var copy = app.Smtp.MessagesTo(authority).Single(m => m.Subject!.Contains(title, StringComparison.Ordinal));
        Assert.Contains("zur Kenntnis", copy.TextBody, StringComparison.Ordinal);
        Assert.Contains("Zuständig:", copy.TextBody, StringComparison.Ordinal);
        Assert.Matches("https?://[^/\\s]+/verwaltung/fristen", copy.TextBody);

        // The end of the funding period is the office's business, not the authority's.
        app.Clock.Set(new DateOnly(2033, 7, 8));
        await SendAsync();
        Assert.Contains("Überfällig: Ende des Bewilligungszeitraums – " + title, About(office));
        Assert.DoesNotContain("Überfällig: Ende des Bewilligungszeitraums – " + title, About(authority));
    }

    [Fact]
    public async Task The_board_shows_overdue_due_soon_and_waiting_requests_with_the_responsible_person()
    {
        app.Clock.Set(new DateOnly(2030, 2, 1));
        var id = await app.RunningProjectAsync(50_000m, new DateOnly(2030, 1, 1), new DateOnly(2031, 3, 31));
        var slug = await app.WithDbAsync(db => db.Projects.Where(p => p.Id == id).Select(p => p.Slug).SingleAsync());
        await app.CreateUserAsync(AppRole.ProjectLead, projectSlug: slug, name: "Pia Projektleitung");
        app.Clock.Set(new DateOnly(2031, 3, 1));
        var office = await app.SignedInAsync(AppRole.ProjectOffice, "owl");

        var page = await office.GetPageAsync("/verwaltung/fristen?region=owl");
        var soon = page.QuerySelector("#tabelle-bald")!.ParentElement!.TextContent;
        var overdue = page.QuerySelector("#tabelle-ueberfaellig")?.ParentElement?.TextContent ?? "";

        Assert.Contains("Ende des Bewilligungszeitraums", soon);
        Assert.Contains("Pia Projektleitung", soon);
        Assert.DoesNotContain("Testvorhaben " + slug, overdue);
        Assert.DoesNotContain("LoRaWAN 2.0", page.Text());

        var aachen = await app.SignedInAsync(AppRole.ProjectOffice, "aachen");
        Assert.DoesNotContain("Testvorhaben " + slug, (await aachen.GetPageAsync("/verwaltung/fristen")).Text());
    }

    [Fact]
    public async Task A_long_list_of_deadlines_is_paged_fifty_at_a_time_and_each_table_on_its_own()
    {
        // A funding period of sixty years leaves sixty interim proofs overdue once it is over.
        app.Clock.Set(new DateOnly(2030, 2, 1));
        await app.RunningProjectAsync(50_000m, new DateOnly(2030, 1, 1), new DateOnly(2089, 12, 31));
        app.Clock.Set(new DateOnly(2091, 1, 2));
        var office = await app.SignedInAsync(AppRole.ProjectOffice, "owl");

        var first = await office.GetPageAsync("/verwaltung/fristen?region=owl");
        var caption = first.QuerySelector("#tabelle-ueberfaellig")!.TextContent;
        var total = int.Parse(System.Text.RegularExpressions.Regex.Match(caption, @"\((\d+)\)").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(total > 60, caption);
        Assert.Equal(50, first.QuerySelectorAll("section[aria-labelledby=ueberfaellig] tbody tr").Length);
        var next = first.QuerySelector("nav[aria-label='Seiten: Überfällige Fristen'] a[rel=next]")!.GetAttribute("href")!;
        Assert.Equal("/verwaltung/fristen?region=owl&ueberfaellig=2#ueberfaellig", next);

        var second = await office.GetPageAsync(next);
        var rows = second.QuerySelectorAll("section[aria-labelledby=ueberfaellig] tbody tr");
        Assert.Equal(Math.Min(50, total - 50), rows.Length);
        Assert.Contains("Seite 2 von", second.QuerySelector("nav[aria-label='Seiten: Überfällige Fristen']")!.TextContent);

        // A page past the end shows the last one, not an error.
        var beyond = await office.GetPageAsync("/verwaltung/fristen?region=owl&ueberfaellig=999");
        Assert.NotEmpty(beyond.QuerySelectorAll("section[aria-labelledby=ueberfaellig] tbody tr"));
    }

    /// <summary>A second app on the same database, as after a restart or on another node.</summary>
    private sealed class RestartedApp(SmtpFundingApp original) : Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Testing");
            builder.UseSetting("Database:Provider", TestDatabase.ProviderName);
            builder.UseSetting("ConnectionStrings:Modellregion", original.ConnectionString);
            builder.UseSetting("Database:CreateFirstAdministrator", "false");
            builder.UseSetting("Reminders:Enabled", "false");
            builder.UseSetting("Email:Mode", "Smtp");
            builder.UseSetting("Email:Host", "127.0.0.1");
            builder.UseSetting("Email:Port", original.Smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
            builder.UseSetting("Email:Security", "None");
            builder.ConfigureServices(services => services.AddSingleton<TimeProvider>(original.Clock));
        }
    }
}
