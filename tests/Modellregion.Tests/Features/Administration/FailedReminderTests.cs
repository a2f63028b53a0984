using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Modellregion.Tests.Features.Transfer;
using Modellregion.Tests.Infrastructure;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Account;
using Modellregion.Web.Features.Funding;
using Modellregion.Web.Features.Transfer;
using Modellregion.Web.Platform.Email;

namespace Modellregion.Tests.Features.Administration;

/// <summary>The app sending mail by SMTP to a port where no server listens: every send fails.</summary>
public sealed class UnreachableMailApp : FundingApp
{
    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Email:Mode", "Smtp");
        builder.UseSetting("Email:Host", "127.0.0.1");
        builder.UseSetting("Email:Port", FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Email:Security", "None");
        builder.UseSetting("Transfer:RemindersEnabled", "false");
    }
}

/// <summary>
/// A reminder that cannot be sent is recorded as failed, with the reason but without the address, tried again at the
/// next run, counted on the office's dashboard and listed for it — for deadlines and for transfer cases.
/// </summary>
public sealed class FailedReminderTests(UnreachableMailApp app) : IClassFixture<UnreachableMailApp>
{
    [Fact]
    public async Task A_deadline_reminder_that_fails_is_recorded_retried_counted_and_listed()
    {
        app.Clock.Set(new DateOnly(2030, 2, 1));
        var id = await app.RunningProjectAsync(50_000m, new DateOnly(2030, 1, 1), new DateOnly(2031, 3, 31));
        var slug = await app.WithDbAsync(db => db.Projects.Where(p => p.Id == id).Select(p => p.Slug).SingleAsync());
        var (lead, _) = await app.CreateUserAsync(AppRole.ProjectLead, projectSlug: slug);

        // 14 days before the end of the funding period the lead is to be reminded; the mail server is not there.
        app.Clock.Set(new DateOnly(2031, 3, 17));
        var first = await SendAsync();
        Assert.True(first.Failed >= 1);
        var log = await app.WithDbAsync(db => db.ReminderLogs.SingleAsync(r => r.ProjectId == id && r.Recipient == lead));
        Assert.Equal(DeliveryStatus.Failed, log.Status);
        Assert.Equal(1, log.Attempts);
        Assert.False(string.IsNullOrWhiteSpace(log.Error));
        Assert.DoesNotContain("@", log.Error, StringComparison.Ordinal);

        // The next run tries again.
        await SendAsync();
        Assert.Equal(2, await app.WithDbAsync(db => db.ReminderLogs.Where(r => r.ProjectId == id && r.Recipient == lead).Select(r => r.Attempts).SingleAsync()));

        var office = await app.SignedInAsync(AppRole.ProjectOffice, "owl");
        var line = (await Dashboard.ReadAsync(office)).Single(l => l.Text.Contains("zu Fristen konnten nicht versandt werden", StringComparison.Ordinal) || l.Text.Contains("zu einer Frist konnte nicht versandt werden", StringComparison.Ordinal));
        Assert.Equal("Erinnerungen", line.Section);
        Assert.Equal("Warning", line.Severity);
        Assert.True(line.Count >= 1);
        var (count, text) = await Dashboard.BehindAsync(office, line.Href!);
        Assert.Equal(line.Count, count);
        Assert.Contains("Ende des Bewilligungszeitraums", text, StringComparison.Ordinal);
        Assert.Contains(lead, text, StringComparison.Ordinal);

        // Another region's office does not see it; a reader has no such list.
        var elsewhere = await app.SignedInAsync(AppRole.ProjectOffice, "aachen");
        Assert.DoesNotContain(slug, (await elsewhere.GetPageAsync("/verwaltung/fristen/erinnerungen")).Text(), StringComparison.Ordinal);
        var reader = await app.SignedInAsync(AppRole.ReadOnly, "owl");
        Assert.Equal(HttpStatusCode.Forbidden, (await reader.GetAsync("/verwaltung/fristen/erinnerungen")).StatusCode);
    }

    [Fact]
    public async Task A_transfer_reminder_that_fails_is_recorded_counted_and_listed()
    {
        var (owner, _) = await app.CreateUserAsync(AppRole.ProjectOffice, "owl", name: "Ohne Postfach");
        var ownerId = await app.WithDbAsync(db => db.Users.Where(u => u.Email == owner).Select(u => u.Id).SingleAsync());
        var now = app.Clock.GetUtcNow().UtcDateTime;
        var caseId = await TransferTestData.NewCaseAsync(app, ags: "05774036", lastActivity: now.AddDays(-40), ownerId: ownerId);

        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<TransferReminders>().RunAsync(now);
        }

        var reminder = await app.WithDbAsync(db => db.TransferReminders.SingleAsync(r => r.TransferCaseId == caseId));
        Assert.Equal(DeliveryStatus.Failed, reminder.Status);
        Assert.DoesNotContain("@", reminder.Error!, StringComparison.Ordinal);

        var office = await app.SignedInAsync(AppRole.ProjectOffice, "owl");
        var line = (await Dashboard.ReadAsync(office)).Single(l => l.Href == "/verwaltung/transfer/erinnerungen");
        Assert.True(line.Count >= 1);
        var (count, text) = await Dashboard.BehindAsync(office, line.Href!);
        Assert.Equal(line.Count, count);
        Assert.Contains(SubmitInterest.CaseNumber(caseId), text, StringComparison.Ordinal);

        // New activity on the case: the failed reminder of the old quiet period no longer matters.
        await app.WithDbAsync(async db =>
        {
            var c = await db.TransferCases.SingleAsync(x => x.Id == caseId);
            c.LastActivityAt = now;
            await db.SaveChangesAsync();
        });
        Assert.DoesNotContain(SubmitInterest.CaseNumber(caseId), (await office.GetPageAsync("/verwaltung/transfer/erinnerungen")).Text(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_stored_reason_keeps_the_kind_of_error_and_drops_addresses()
    {
        var text = DeliveryFailure.Describe(new InvalidOperationException("550 5.1.1 <paula.projektbuero@example.org>: Recipient address rejected"));

        Assert.Equal("InvalidOperationException: 550 5.1.1 <[Adresse]>: Recipient address rejected", text);
        Assert.True(DeliveryFailure.Describe(new IOException(new string('x', 2000))).Length <= DeliveryFailure.MaxLength);
    }

    private async Task<Reminders.Result> SendAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<Reminders>().SendDueAsync();
    }
}
