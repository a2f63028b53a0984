using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Modellregion.Tests.Infrastructure;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Account;
using Modellregion.Web.Features.Funding;
using Modellregion.Web.Platform;

namespace Modellregion.Tests.Features.Funding;

/// <summary>
/// Where a recorded payment or decision will not show publicly, the form says so before saving, and the public page
/// explains the missing figure. A project known only from public reports (LoRaWAN 2.0) is not administered here: its
/// payments stay unpublished until the project office takes it into the funding administration.
/// </summary>
public sealed class FundingVisibilityTests(FundingApp app) : IClassFixture<FundingApp>
{
    private const string Setting = "Einstellung „In der Förderverwaltung führen“";

    [Fact]
    public async Task A_payment_on_a_project_known_only_from_reports_is_announced_as_unpublished_until_the_office_administers_it()
    {
        var today = app.Clock.Today;
        var id = await app.ProjectIdAsync("lorawan-2-0");
        var (office, password) = await app.CreateUserAsync(AppRole.ProjectOffice, "owl");
        var browser = await app.SignInAsync(office, password);

        // Before saving, each form says what will not appear publicly, and why.
        var requests = await browser.GetPageAsync($"/verwaltung/projekte/{id}/mittelabrufe");
        Assert.Contains("Mittelabrufe dieses Projekts erscheinen nicht in der Fristenübersicht", requests.Text(".visibility-notice"));
        Assert.Contains(Setting, requests.Text(".visibility-notice"));
        var decisions = await browser.GetPageAsync($"/verwaltung/projekte/{id}/bescheide");
        Assert.Contains("Der Bescheid erscheint auf der öffentlichen Projektseite", decisions.Text("form .visibility-notice"));

        var requestId = Assert.IsType<Outcome.Saved>(await app.AsUserAsync(office, async s =>
        {
            var use = s.GetRequiredService<FundRequests>();
            var draft = await use.SaveDraftAsync(id, null, new FundRequestInput { Amount = 12_345m, NeededFrom = today, NeededUntil = today.AddDays(30), Justification = "Rechnungen für Sensoren (Test)" });
            return draft is Outcome.Saved saved ? await use.SubmitAsync(id, saved.Id) : draft;
        })).Id;
        Assert.DoesNotContain(await DeadlinesAsync(), d => d.ProjectId == id);
        Assert.IsType<Outcome.Saved>(await app.AsUserAsync(office, s => s.GetRequiredService<FundRequests>().ForwardAsync(id, requestId)));

        var payment = await browser.GetPageAsync($"/verwaltung/projekte/{id}/mittelabrufe");
        var notice = payment.Text("form[action*='handler=Pay'] .visibility-notice");
        Assert.Contains("Diese Auszahlung erscheint nicht auf der öffentlichen Projektseite, weil das Projekt nur aus öffentlichen Quellen bekannt ist", notice);
        Assert.Contains(Setting, notice);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.SubmitAsync(payment, $"/verwaltung/projekte/{id}/mittelabrufe", "form[action*='handler=Pay']", new()
        {
            ["Payment.PaidOn"] = today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["Payment.Amount"] = "12345",
        })).StatusCode);

        // The public page does not hide the gap: it says why payments are not shown.
        var project = await app.Browser().GetPageAsync("/projekte/lorawan-2-0");
        Assert.DoesNotContain(Formatting.Euro(12_345m), project.Text("aside"));
        Assert.Contains("Auszahlungen an das Projekt sind nicht veröffentlicht", project.Text("aside"));

        // The office takes the project into the administration: the payment is public, the forms say nothing more.
        var overview = await browser.GetPageAsync($"/verwaltung/projekte/{id}/foerderung");
        Assert.Equal(HttpStatusCode.Redirect, (await browser.SubmitAsync(overview, $"/verwaltung/projekte/{id}/foerderung", "form.administration-setting", [])).StatusCode);
        Assert.True(await app.WithDbAsync(db => db.Projects.Where(p => p.Id == id).Select(p => p.IsAdministered).SingleAsync()));
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.EntityType == "Project" && a.EntityId == id.ToString() && a.After!.Contains("IsAdministered"))));

        project = await app.Browser().GetPageAsync("/projekte/lorawan-2-0");
        Assert.Contains(Formatting.Euro(12_345m), project.Text("aside"));
        Assert.DoesNotContain("Auszahlungen an das Projekt sind nicht veröffentlicht", project.Text("aside"));
        Assert.Null((await browser.GetPageAsync($"/verwaltung/projekte/{id}/mittelabrufe")).QuerySelector(".visibility-notice"));
    }

    [Fact]
    public async Task Only_the_project_office_decides_whether_a_project_is_administered()
    {
        var id = await app.ProjectIdAsync("digitale-gesundheitsplattform-owl");
        var version = await app.WithDbAsync(db => db.Projects.Where(p => p.Id == id).Select(p => p.Version).SingleAsync());
        var reader = await app.SignedInAsync(AppRole.ReadOnly, "owl");
        var aachen = await app.SignedInAsync(AppRole.ProjectOffice, "aachen");

        var fields = new Dictionary<string, string> { ["administered"] = "true", ["version"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        Assert.Equal(HttpStatusCode.Forbidden, (await reader.PostAsSessionAsync($"/verwaltung/projekte/{id}/foerderung?handler=Administration", fields)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await aachen.PostAsSessionAsync($"/verwaltung/projekte/{id}/foerderung?handler=Administration", fields)).StatusCode);
        Assert.Null((await reader.GetPageAsync($"/verwaltung/projekte/{id}/foerderung")).QuerySelector("form.administration-setting"));

        var office = await app.SignedInAsync(AppRole.ProjectOffice, "owl");
        fields["version"] = (version - 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(HttpStatusCode.Conflict, (await office.PostAsSessionAsync($"/verwaltung/projekte/{id}/foerderung?handler=Administration", fields)).StatusCode);
        Assert.False(await app.WithDbAsync(db => db.Projects.Where(p => p.Id == id).Select(p => p.IsAdministered).SingleAsync()));
    }

    [Fact]
    public async Task Forms_of_an_administered_published_project_show_no_notice()
    {
        var id = await app.ProjectIdAsync("digitale-bauakte-musterstadt-beispiel");
        var office = await app.SignedInAsync(AppRole.ProjectOffice, "uebungsregion");

        var requests = await office.GetPageAsync($"/verwaltung/projekte/{id}/mittelabrufe");

        Assert.NotNull(requests.QuerySelector("form[action*='handler=Pay']"));
        Assert.Null(requests.QuerySelector(".visibility-notice"));
        Assert.Null((await office.GetPageAsync($"/verwaltung/projekte/{id}/bescheide")).QuerySelector(".visibility-notice"));
    }

    private async Task<IReadOnlyList<Deadline>> DeadlinesAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var board = await scope.ServiceProvider.GetRequiredService<Deadlines>().BoardAsync(null, app.Clock.Today);
        return [.. board.Overdue, .. board.DueSoon, .. board.WaitingForCheck];
    }
}
