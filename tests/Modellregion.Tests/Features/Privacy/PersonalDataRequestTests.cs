using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Modellregion.Tests.Features.Events;
using Modellregion.Tests.Features.Transfer;
using Modellregion.Tests.Infrastructure;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Account;
using Modellregion.Web.Features.Transfer;

namespace Modellregion.Tests.Features.Privacy;

/// <summary>
/// Access and erasure on request across the installation (Art. 15 and 17 GDPR): one search by e-mail address finds the
/// person's account, expressions of interest and event registrations; the download holds them all; one erasure empties
/// them all in one transaction. The register of processing activities lists what every feature contributes.
/// </summary>
public sealed class PersonalDataRequestTests(EventsApp app) : IClassFixture<EventsApp>
{
    private const string Page = "/verwaltung/datenschutz/auskunft";

    /// <summary>One person known to three features: an account, an open expression of interest, a registration.</summary>
    private async Task<(string Email, int CaseId, int EventId, string UserId)> PersonAsync()
    {
        var email = $"person-{Guid.NewGuid():N}@beispiel.example";
        var (eventId, slug, _) = await app.EventAsync(5);
        await app.JoinAsync(slug, email);
        var caseId = await TransferTestData.NewCaseAsync(app);
        await app.WithDbAsync(async db =>
        {
            var transferCase = await db.TransferCases.SingleAsync(c => c.Id == caseId);
            transferCase.ContactEmail = email.ToUpperInvariant();
            transferCase.ContactName = "Erika Beispiel";
            await db.SaveChangesAsync();
        });

        await using var scope = app.Services.CreateAsyncScope();
        var manage = scope.ServiceProvider.GetRequiredService<ManageUsers>();
        var (outcome, created) = await manage.CreateAsync(new NewUserInput { Email = email, DisplayName = "Erika Beispiel" }, "Test-Passwort-2026");
        Assert.True(created is not null, $"Konto nicht angelegt: {outcome}");
        var projectId = await app.WithDbAsync(db => db.Projects.Select(p => p.Id).FirstAsync());
        await manage.AssignAsync(created!.UserId, new RoleInput { Role = AppRole.ProjectLead, ProjectId = projectId });
        return (email, caseId, eventId, created.UserId);
    }

    [Fact]
    public async Task An_administrator_finds_hands_out_and_erases_one_persons_data_in_every_feature()
    {
        var (email, caseId, eventId, userId) = await PersonAsync();
        var admin = await app.SignedInAsync(AppRole.Administrator);
        var form = await admin.GetPageAsync(Page);

        var found = await Html.ParseAsync(await admin.SubmitAsync(form, Page, "form[action*=Find]", new() { ["Input.Email"] = "  " + email.ToUpperInvariant() + " " }));
        var main = found.QuerySelector("main")!.TextContent;
        Assert.Contains("3 Einträge gespeichert", main);
        Assert.Contains("Konten der Verwaltung", main);
        Assert.Contains("Transfer", main);
        Assert.Contains("Veranstaltungen", main);
        Assert.Contains("Erika Beispiel", main);
        Assert.Contains("Projektleitung", main);
        Assert.Equal(["h2", "h3", "h4"], found.QuerySelectorAll("main h2, main h3, main h4").Select(h => h.LocalName).Distinct().Order());

        // The download holds every record with its labels.
        var download = await admin.SubmitAsync(found, Page, "form[action*=Download]", []);
        Assert.Equal("application/json", download.Content.Headers.ContentType!.MediaType);
        using var json = JsonDocument.Parse(await download.Content.ReadAsStringAsync());
        var areas = json.RootElement.GetProperty("sections").EnumerateArray().Select(s => s.GetProperty("area").GetString()).ToList();
        Assert.Equal(["Konten der Verwaltung", "Transfer", "Veranstaltungen"], areas);
        Assert.Contains(email, json.RootElement.ToString(), StringComparison.OrdinalIgnoreCase);

        // Without the confirmation nothing is erased.
        var unconfirmed = await admin.SubmitAsync(found, Page, "form[action*=Erase]", []);
        Assert.Equal(HttpStatusCode.BadRequest, unconfirmed.StatusCode);
        Assert.Contains("Bitte bestätigen Sie die Löschung.", (await Html.ParseAsync(unconfirmed)).QuerySelector("#fehler")!.TextContent);
        Assert.Equal(1, await app.WithDbAsync(db => db.EventRegistrations.CountAsync(r => r.EventId == eventId && r.EmailKey == email)));

        var erased = await admin.SubmitAsync(found, Page, "form[action*=Erase]", new() { ["Input.ConfirmErase"] = true });
        Assert.Equal(HttpStatusCode.Redirect, erased.StatusCode);
        var notice = await admin.GetPageAsync(Page);
        Assert.Contains("3 Einträge gelöscht.", notice.QuerySelector("main")!.TextContent);

        // Every feature: the registration anonymised, the open case cancelled without its contact, the account an empty locked shell.
        var registration = await app.WithDbAsync(db => db.EventRegistrations.SingleAsync(r => r.EventId == eventId && r.AnonymisedAt != null));
        Assert.Null(registration.Email);
        var transferCase = await TransferTestData.CaseAsync(app, caseId);
        Assert.Equal(TransferStage.Cancelled, transferCase.Stage);
        Assert.Equal(EraseContactData.Erased, transferCase.ContactEmail);
        Assert.Equal(EraseContactData.Erased, transferCase.ContactName);
        Assert.NotNull(transferCase.ContactErasedAt);
        Assert.Contains(transferCase.Steps, s => s.To == TransferStage.Cancelled);
        var user = await app.WithDbAsync(db => db.Users.Include(u => u.RoleAssignments).SingleAsync(u => u.Id == userId));
        Assert.Equal(AccountPersonalDataSource.ErasedName, user.DisplayName);
        Assert.DoesNotContain("beispiel.example", user.Email, StringComparison.Ordinal);
        Assert.Null(user.PasswordHash);
        Assert.Empty(user.RoleAssignments);
        Assert.True(user.LockoutEnd > DateTimeOffset.UtcNow.AddYears(100));

        // The audit of the registration and the case recorded the erasure but none of the values (ADR 0009); the account's
        // address stays in the account administration's audit, for accountability.
        string[] erasable = ["Registration", "TransferCase", "Reuse"];
        var audit = await app.WithDbAsync(db => db.AuditEntries.Where(a => erasable.Contains(a.EntityType)).Select(a => (a.Before ?? "") + (a.After ?? "")).ToListAsync());
        Assert.DoesNotContain(audit, a => a.Contains(email, StringComparison.OrdinalIgnoreCase));

        // Nothing is left to find.
        var again = await Html.ParseAsync(await admin.SubmitFormAsync(Page, "form[action*=Find]", new() { ["Input.Email"] = email }));
        Assert.Contains("0 Einträge gespeichert", again.QuerySelector("main")!.TextContent);
        var nothing = await admin.SubmitAsync(again, Page, "form[action*=Find]", new() { ["Input.Email"] = email });
        Assert.Equal(HttpStatusCode.OK, nothing.StatusCode);
    }

    [Fact]
    public async Task Bad_addresses_get_a_german_message_and_nothing_changes()
    {
        var admin = await app.SignedInAsync(AppRole.Administrator);
        foreach (var bad in new[] { "", "kein-at", "𝔘@", new string('x', 300) + "@beispiel.example", "a b@beispiel.example" })
        {
            foreach (var handler in new[] { "Find", "Download", "Erase" })
            {
                var refused = await admin.PostAsSessionAsync($"{Page}?handler={handler}", new() { ["Input.Email"] = bad, ["Input.ConfirmErase"] = "true" }, Page);
                Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
                Assert.Contains("gültige E-Mail-Adresse", (await Html.ParseAsync(refused)).QuerySelector("main")!.TextContent);
            }
        }

        // An address nobody uses: nothing to erase, said in German.
        var unknown = await admin.PostAsSessionAsync($"{Page}?handler=Erase", new() { ["Input.Email"] = "niemand@beispiel.example", ["Input.ConfirmErase"] = "true" }, Page);
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("Zu dieser E-Mail-Adresse ist nichts gespeichert.", (await Html.ParseAsync(unknown)).QuerySelector("#fehler")!.TextContent);
    }

    [Fact]
    public async Task The_erasure_is_all_or_nothing_an_administrator_cannot_erase_their_own_account()
    {
        var (email, password) = await app.CreateUserAsync(AppRole.Administrator);
        var (_, slug, _) = await app.EventAsync(5);
        await app.JoinAsync(slug, email);
        var admin = await app.SignInAsync(email, password);
        var found = await Html.ParseAsync(await admin.SubmitFormAsync(Page, "form[action*=Find]", new() { ["Input.Email"] = email }));
        Assert.Contains("2 Einträge gespeichert", found.QuerySelector("main")!.TextContent);

        var refused = await admin.SubmitAsync(found, Page, "form[action*=Erase]", new() { ["Input.ConfirmErase"] = true });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("Ihr eigenes Konto", (await Html.ParseAsync(refused)).QuerySelector("#fehler")!.TextContent);

        // The registration, erased before the account refused, is still there: one transaction for all.
        Assert.Equal(1, await app.WithDbAsync(db => db.EventRegistrations.CountAsync(r => r.EmailKey == email)));
        Assert.Equal(1, await app.WithDbAsync(db => db.Users.CountAsync(u => u.Email == email)));
    }

    [Fact]
    public async Task Offices_read_the_register_only_administrators_handle_requests()
    {
        Assert.Equal(HttpStatusCode.Redirect, (await app.Browser().GetAsync(Page)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await app.Browser().GetAsync("/verwaltung/datenschutz")).StatusCode);

        var office = await app.SignedInAsync(AppRole.ProjectOffice, "owl");
        Assert.Equal(HttpStatusCode.Forbidden, (await office.GetAsync(Page)).StatusCode);
        var register = await office.GetPageAsync("/verwaltung/datenschutz");
        var text = register.QuerySelector("main")!.TextContent;
        foreach (var activity in new[] { "Konten der Verwaltung und Änderungsprotokoll", "Interessensbekundungen und Nachnutzungen von Lösungen", "Anmeldungen zu Veranstaltungen", "Betrieb der Website und der Verwaltung" })
        {
            Assert.Contains(activity, text);
        }

        Assert.Contains("Rechtsgrundlage", text);
        Assert.Contains("Löschfristen", text);
        Assert.Contains("365 Tage", text);

        var reader = await app.SignedInAsync(AppRole.ReadOnly, "owl");
        Assert.Equal(HttpStatusCode.Forbidden, (await reader.GetAsync("/verwaltung/datenschutz")).StatusCode);

        var english = await office.GetPageAsync("/verwaltung/datenschutz?lang=en");
        Assert.Contains("Register of processing activities", english.QuerySelector("h1")!.TextContent);
    }
}
