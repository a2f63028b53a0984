using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Modellregion.Tests.Infrastructure;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Account;
using Modellregion.Web.Features.Transfer;
using Modellregion.Web.Platform;

namespace Modellregion.Tests.Features.Transfer;

/// <summary>
/// The personal data of an interest is erased on request or after the retention period, and the audit never held a
/// copy of it; the case itself stays for the figures.
/// </summary>
public sealed class ContactErasureTests(TransferApp app) : IClassFixture<TransferApp>
{
    private static string CaseUrl(int id) => $"/verwaltung/transfer/faelle/{id}";

    private Task<int> AuditMentionsAsync(string text) =>
        app.WithDbAsync(db => db.AuditEntries.CountAsync(a => (a.After != null && a.After.Contains(text)) || (a.Before != null && a.Before.Contains(text))));

    [Fact]
    public async Task On_request_the_office_erases_the_contact_of_a_closed_case_and_no_copy_is_left_in_the_audit()
    {
        var email = $"loeschen-{Guid.NewGuid():N}@example.org";
        var submitted = await app.BrowserFrom(TransferApp.NewAddress()).SubmitFormAsync("/loesungen/local-open-data-urbane-datenplattform/interesse", "main form[method=post]", new()
        {
            ["Input.Municipality"] = "Delbrück",
            ["Input.ContactName"] = "Lotte Löschbar",
            ["Input.ContactEmail"] = email,
            ["Input.ContactPhone"] = "05250 123456",
            ["Input.Need"] = "Wir möchten Sensordaten offen zeigen.",
            ["Input.Timeline"] = ((int)Timeline.WithinSixMonths).ToString(CultureInfo.InvariantCulture),
            ["Input.Consent"] = true,
        });
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        var id = await app.WithDbAsync(db => db.TransferCases.Where(c => c.ContactEmail == email).Select(c => c.Id).SingleAsync());
        Assert.Equal(0, await AuditMentionsAsync(email));
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.EntityType == nameof(TransferCase) && a.EntityId == id.ToString(CultureInfo.InvariantCulture)
            && a.After!.Contains(ErasablePersonalDataAttribute.AuditMarker))));

        var office = await app.SignedInAsync(AppRole.ProjectOffice, "owl");
        var open = await office.GetPageAsync(CaseUrl(id));
        Assert.Null(open.QuerySelector("#form-loeschen"));
        var cancelled = await office.SubmitFormAsync(CaseUrl(id), "#form-stand", new()
        {
            ["Move.To"] = ((int)TransferStage.Cancelled).ToString(CultureInfo.InvariantCulture),
            ["Move.CancelReason"] = ((int)CancelReason.NoLongerNeeded).ToString(CultureInfo.InvariantCulture),
        });
        Assert.Equal(HttpStatusCode.Redirect, cancelled.StatusCode);

        var erased = await office.SubmitFormAsync(CaseUrl(id), "#form-loeschen", []);

        Assert.Equal(HttpStatusCode.Redirect, erased.StatusCode);
        var transferCase = await TransferTestData.CaseAsync(app, id);
        Assert.Equal((EraseContactData.Erased, EraseContactData.Erased, (string?)null, EraseContactData.Erased), (transferCase.ContactName, transferCase.ContactEmail, transferCase.ContactPhone, transferCase.Need));
        Assert.NotNull(transferCase.ContactErasedAt);
        Assert.Equal(TransferStage.Cancelled, transferCase.Stage);
        var page = await office.GetPageAsync(CaseUrl(id));
        Assert.DoesNotContain("Lotte Löschbar", page.Text());
        Assert.Contains("gelöscht", page.Text("#anfrage ~ p"));
        Assert.Equal(0, await AuditMentionsAsync(email));
        Assert.Equal(0, await AuditMentionsAsync("Lotte Löschbar"));
    }

    [Fact]
    public async Task The_contact_of_an_open_case_is_not_erased()
    {
        var id = await TransferTestData.NewCaseAsync(app, stage: TransferStage.FirstMeeting);
        var office = await app.SignedInAsync(AppRole.ProjectOffice, "owl");
        var token = (await office.GetPageAsync(CaseUrl(id))).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var version = (await TransferTestData.CaseAsync(app, id)).Version;

        var response = await office.PostAsync($"{CaseUrl(id)}?handler=Erase", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["version"] = version.ToString(CultureInfo.InvariantCulture),
            ["__RequestVerificationToken"] = token,
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Brechen Sie den Fall zuerst ab", (await Html.ParseAsync(response)).Text("#fehler"), StringComparison.Ordinal);
        Assert.Equal("Max Muster", (await TransferTestData.CaseAsync(app, id)).ContactName);
    }

    [Fact]
    public async Task A_reader_may_not_erase()
    {
        var id = await TransferTestData.NewCaseAsync(app, stage: TransferStage.Cancelled);
        var reader = await app.SignedInAsync(AppRole.ReadOnly, "owl");
        var token = (await reader.GetPageAsync("/verwaltung")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        var response = await reader.PostAsync($"{CaseUrl(id)}?handler=Erase", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["version"] = "0",
            ["__RequestVerificationToken"] = token,
        }));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("Max Muster", (await TransferTestData.CaseAsync(app, id)).ContactName);
    }

    [Fact]
    public async Task Closed_cases_are_erased_after_the_retention_period_open_and_recent_ones_are_kept()
    {
        var now = DateTime.UtcNow;
        var old = await TransferTestData.NewCaseAsync(app, stage: TransferStage.Reused, lastActivity: now.AddDays(-400));
        var recent = await TransferTestData.NewCaseAsync(app, stage: TransferStage.Cancelled, lastActivity: now.AddDays(-30));
        var openButOld = await TransferTestData.NewCaseAsync(app, stage: TransferStage.Agreement, lastActivity: now.AddDays(-400));

        await using var scope = app.Services.CreateAsyncScope();
        var erased = await scope.ServiceProvider.GetRequiredService<EraseContactData>().EraseExpiredAsync(now);

        Assert.True(erased >= 1);
        Assert.Equal(EraseContactData.Erased, (await TransferTestData.CaseAsync(app, old)).ContactName);
        Assert.Equal("Max Muster", (await TransferTestData.CaseAsync(app, recent)).ContactName);
        Assert.Equal("Max Muster", (await TransferTestData.CaseAsync(app, openButOld)).ContactName);
        Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<EraseContactData>().EraseExpiredAsync(now));
    }
}
