using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using Modellregion.Tests.Infrastructure;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Account;
using Modellregion.Web.Features.Events;
using Modellregion.Web.Platform;

namespace Modellregion.Tests.Features.Events;

/// <summary>
/// Check-in at the entrance by the office of the event's region: by the ticket's QR token, its short code or by name;
/// a ticket is let in once, cancelled tickets and tickets of other events are refused. The confirmation of an
/// on-site place carries the ticket as a PNG that holds only the opaque token.
/// </summary>
public sealed class CheckInTests(EventsApp app) : IClassFixture<EventsApp>
{
    private const string Form = "#einlass-code";

    private async Task<(int EventId, string Slug)> OwlEventAsync(int onSite = 10, int online = 0)
    {
        var (eventId, slug, _) = await app.EventAsync(onSite, online);
        await app.WithDbAsync(async db =>
        {
            var item = await db.Events.SingleAsync(e => e.Id == eventId);
            item.RegionId = (await db.Regions.SingleAsync(r => r.Slug == "owl")).Id;
            await db.SaveChangesAsync();
        });
        return (eventId, slug);
    }

    private async Task<(string Email, string ManageToken, Registration Registration)> JoinAsync(string slug, string name = "Erika Mustermann", TicketKind kind = TicketKind.OnSite)
    {
        var email = $"einlass-{Guid.NewGuid():N}@example.org";
        var (_, receipt) = await app.RunAsync(s => s.GetRequiredService<Register>().RunAsync(slug,
            new RegistrationInput { Name = name, Email = email, Kind = kind, PrivacyConsent = true }, EventsApp.Site));
        Assert.NotNull(receipt);
        var (_, status) = await app.ConfirmAsync(slug, receipt!.ConfirmToken);
        Assert.Equal(RegistrationStatus.Confirmed, status);
        return (email, receipt.ManageToken, await RegistrationAsync(email));
    }

    private Task<Registration> RegistrationAsync(string email) =>
        app.WithDbAsync(db => db.EventRegistrations.AsNoTracking().SingleAsync(r => r.Email == email));

    private static async Task<(HttpStatusCode Status, string Result, AngleSharp.Html.Dom.IHtmlDocument Page)> ScanAsync(HttpClient office, int eventId, string code)
    {
        var response = await office.SubmitFormAsync($"/verwaltung/veranstaltungen/{eventId}/einlass", Form, new() { ["Code"] = code });
        var page = await Html.ParseAsync(response);
        return (response.StatusCode, page.Text("#ergebnis").Trim(), page);
    }

    [Fact]
    public async Task The_office_checks_in_by_the_QR_token_once_and_a_second_scan_is_refused_with_the_time()
    {
        var (eventId, slug) = await OwlEventAsync();
        var (email, _, registration) = await JoinAsync(slug);
        var office = await app.SignedInAsync(AppRole.ProjectOffice, "owl");

        var page = await office.GetPageAsync($"/verwaltung/veranstaltungen/{eventId}/einlass");
        Assert.Equal("Ticket-Code oder Name", page.QuerySelector("label[for=Code]")!.TextContent.Trim());
        Assert.Equal("status", page.QuerySelector("#ergebnis")!.GetAttribute("role"));
        Assert.NotNull(page.QuerySelector("script[src^='/js/checkin.js']"));
        Assert.Null(page.QuerySelector("script:not([src])"));
        Assert.True(page.QuerySelector("#kamera")!.HasAttribute("hidden"));

        var (status, result, after) = await ScanAsync(office, eventId, registration.TicketToken!);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Eingelassen: Erika Mustermann (Vor Ort)", result);
        Assert.NotNull((await RegistrationAsync(email)).CheckedInAt);
        var figures = after.QuerySelectorAll("table.kern-table tbody tr").Select(r => r.TextContent.Trim()).ToList();
        Assert.Contains(figures, f => System.Text.RegularExpressions.Regex.IsMatch(f, @"^Vor Ort\s+1\s+1$"));

        // The clock stands at 10 January 2030, 09:00 UTC: 10:00 in Berlin.
        var (again, refused, _) = await ScanAsync(office, eventId, registration.TicketToken!);
        Assert.Equal(HttpStatusCode.Conflict, again);
        Assert.Contains("bereits eingelassen", refused, StringComparison.Ordinal);
        Assert.Contains("10.01.2030, 10:00 Uhr", refused, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_short_code_is_typed_in_any_case_with_spaces_or_dashes()
    {
        var (eventId, slug) = await OwlEventAsync();
        var (email, _, registration) = await JoinAsync(slug, "Jonas Beispiel");
        var office = await app.SignedInAsync(AppRole.ProjectOffice, "owl");
        var code = registration.ShortCode!;
        var typed = $" {code[..4].ToLowerInvariant()}-{code[4..]} ";

        var (status, result, _) = await ScanAsync(office, eventId, typed);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Eingelassen: Jonas Beispiel (Vor Ort)", result);
        Assert.NotNull((await RegistrationAsync(email)).CheckedInAt);
    }

    [Fact]
    public async Task A_name_search_lists_the_confirmed_registrations_and_each_is_let_in_with_its_button()
    {
        var (eventId, slug) = await OwlEventAsync();
        var family = "Quellenberg" + Guid.NewGuid().ToString("N")[..4];
        var (emailA, _, _) = await JoinAsync(slug, $"Anna {family}");
        var (emailB, _, _) = await JoinAsync(slug, $"Bernd {family}");
        var (_, manageC, clara) = await JoinAsync(slug, $"Clara {family}");
        Assert.IsType<Outcome.Saved>(await app.RunAsync(s => s.GetRequiredService<ManageRegistration>().CancelAsync(slug, manageC, clara.Version)));
        var office = await app.SignedInAsync(AppRole.ProjectOffice, "owl");
        var url = $"/verwaltung/veranstaltungen/{eventId}/einlass";

        var (status, _, page) = await ScanAsync(office, eventId, family.ToLowerInvariant());

        Assert.Equal(HttpStatusCode.OK, status);
        var listed = page.QuerySelectorAll(".checkin-matches li").Select(li => li.TextContent).ToList();
        Assert.Equal(2, listed.Count);
        Assert.Contains(listed, l => l.Contains($"Anna {family}", StringComparison.Ordinal));
        Assert.DoesNotContain(listed, l => l.Contains("Clara", StringComparison.Ordinal));
        Assert.Null((await RegistrationAsync(emailA)).CheckedInAt);

        var bernd = page.QuerySelectorAll(".checkin-matches li").Single(li => li.TextContent.Contains("Bernd", StringComparison.Ordinal));
        var form = (AngleSharp.Html.Dom.IHtmlFormElement)bernd.QuerySelector("form")!;
        form.Id = "bernd";
        var admitted = await office.SubmitAsync(page, url, "#bernd", []);

        Assert.Equal(HttpStatusCode.OK, admitted.StatusCode);
        Assert.Equal($"Eingelassen: Bernd {family} (Vor Ort)", (await Html.ParseAsync(admitted)).Text("#ergebnis").Trim());
        Assert.NotNull((await RegistrationAsync(emailB)).CheckedInAt);
        Assert.Null((await RegistrationAsync(emailA)).CheckedInAt);

        // The same button again (an old page): refused, the person is in already.
        var twice = await office.SubmitAsync(page, url, "#bernd", []);
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
        Assert.Contains("bereits eingelassen", (await Html.ParseAsync(twice)).Text("#ergebnis"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancelled_unknown_and_foreign_tickets_are_refused_with_a_reason_and_nobody_is_let_in()
    {
        var (eventId, slug) = await OwlEventAsync();
        var (otherId, otherSlug) = await OwlEventAsync();
        var (cancelledEmail, manage, cancelled) = await JoinAsync(slug, "Carla Abgesagt");
        Assert.IsType<Outcome.Saved>(await app.RunAsync(s => s.GetRequiredService<ManageRegistration>().CancelAsync(slug, manage, cancelled.Version)));
        var (foreignEmail, _, foreign) = await JoinAsync(otherSlug, "Fritz Fremd");
        var office = await app.SignedInAsync(AppRole.ProjectOffice, "owl");

        var (cancelledStatus, cancelledResult, _) = await ScanAsync(office, eventId, cancelled.ShortCode!);
        var (foreignStatus, foreignResult, _) = await ScanAsync(office, eventId, foreign.TicketToken!);
        var (foreignCodeStatus, foreignCodeResult, _) = await ScanAsync(office, eventId, foreign.ShortCode!);
        var (unknownStatus, unknownResult, _) = await ScanAsync(office, eventId, "ZZZZ-ZZZZ-nichts");
        var (emptyStatus, _, emptyPage) = await ScanAsync(office, eventId, "   ");

        Assert.Equal(HttpStatusCode.Conflict, cancelledStatus);
        Assert.Equal("Kein Einlass: Die Anmeldung von Carla Abgesagt ist abgesagt.", cancelledResult);
        Assert.Equal(HttpStatusCode.Conflict, foreignStatus);
        Assert.Equal("Dieses Ticket gehört zu einer anderen Veranstaltung.", foreignResult);
        Assert.True(foreignCodeStatus is HttpStatusCode.Conflict or HttpStatusCode.NotFound, foreignCodeStatus.ToString());
        Assert.NotEmpty(foreignCodeResult);
        Assert.Equal(HttpStatusCode.NotFound, unknownStatus);
        Assert.Contains("Kein Ticket", unknownResult, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, emptyStatus);
        Assert.Contains("Bitte geben Sie einen Ticket-Code oder einen Namen ein.", emptyPage.Text(), StringComparison.Ordinal);
        Assert.Null((await RegistrationAsync(cancelledEmail)).CheckedInAt);
        Assert.Null((await RegistrationAsync(foreignEmail)).CheckedInAt);

        // At its own event the foreign ticket is valid.
        var (ownStatus, _, _) = await ScanAsync(office, otherId, foreign.TicketToken!);
        Assert.Equal(HttpStatusCode.OK, ownStatus);
    }

    [Fact]
    public async Task A_waiting_registration_is_not_let_in()
    {
        var (eventId, slug) = await OwlEventAsync(onSite: 1);
        await JoinAsync(slug, "Erste Person");
        var email = $"warten-{Guid.NewGuid():N}@example.org";
        var (_, status) = await app.JoinAsync(slug, email);
        Assert.Equal(RegistrationStatus.Waiting, status);
        var office = await app.SignedInAsync(AppRole.ProjectOffice, "owl");

        var (scan, result, page) = await ScanAsync(office, eventId, "Erika Mustermann");

        // The name search lists only confirmed places: the person waiting is not among them.
        Assert.Equal(HttpStatusCode.NotFound, scan);
        Assert.Contains("Kein Ticket", result, StringComparison.Ordinal);
        Assert.Empty(page.QuerySelectorAll(".checkin-matches li"));
        Assert.Null((await RegistrationAsync(email)).CheckedInAt);
    }

    [Fact]
    public async Task A_registration_whose_address_is_not_confirmed_is_not_let_in_even_when_picked_by_its_number()
    {
        var (eventId, slug) = await OwlEventAsync();
        var email = $"offen-{Guid.NewGuid():N}@example.org";
        var (_, receipt) = await app.RegisterAsync(slug, email, name: "Ulla Unbestätigt");
        var registration = await RegistrationAsync(email);
        var office = await app.SignedInAsync(AppRole.ProjectOffice, "owl");

        var response = await office.PostAsSessionAsync($"/verwaltung/veranstaltungen/{eventId}/einlass?handler=Registration",
            new() { ["registrationId"] = receipt!.RegistrationId.ToString(System.Globalization.CultureInfo.InvariantCulture), ["version"] = registration.Version.ToString(System.Globalization.CultureInfo.InvariantCulture) });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("Ulla Unbestätigt hat die E-Mail-Adresse nicht bestätigt", (await Html.ParseAsync(response)).Text("#ergebnis"), StringComparison.Ordinal);
        Assert.Null((await RegistrationAsync(email)).CheckedInAt);
    }

    [Fact]
    public async Task The_office_of_another_region_may_not_open_or_use_the_check_in()
    {
        var (eventId, slug) = await OwlEventAsync();
        var (email, _, registration) = await JoinAsync(slug);
        var aachen = await app.SignedInAsync(AppRole.ProjectOffice, "aachen");

        var get = await aachen.GetAsync($"/verwaltung/veranstaltungen/{eventId}/einlass");
        var post = await aachen.PostAsSessionAsync($"/verwaltung/veranstaltungen/{eventId}/einlass", new() { ["Code"] = registration.TicketToken! });
        var byId = await aachen.PostAsSessionAsync($"/verwaltung/veranstaltungen/{eventId}/einlass?handler=Registration",
            new() { ["registrationId"] = registration.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), ["version"] = registration.Version.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        var anonymous = await app.Browser().GetAsync($"/verwaltung/veranstaltungen/{eventId}/einlass");

        Assert.Equal(HttpStatusCode.Forbidden, get.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byId.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.Null((await RegistrationAsync(email)).CheckedInAt);
        Assert.Equal(HttpStatusCode.NotFound, (await aachen.GetAsync("/verwaltung/veranstaltungen/999999/einlass")).StatusCode);
    }

    [Fact]
    public async Task Two_scans_of_one_ticket_at_the_same_moment_let_in_once()
    {
        var (eventId, slug) = await OwlEventAsync();
        var (email, _, registration) = await JoinAsync(slug);
        var (officeEmail, _) = await app.CreateUserAsync(AppRole.ProjectOffice, "owl");

        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => app.AsUserAsync(officeEmail,
            s => s.GetRequiredService<EventCheckIn>().ByCodeAsync(eventId, registration.TicketToken))));

        var outcomes = results.Select(r => r.Value!.Outcome).ToList();
        Assert.Single(outcomes, o => o is Outcome.Saved);
        Assert.Equal(3, outcomes.Count(o => o is Outcome.Conflict));
        Assert.NotNull((await RegistrationAsync(email)).CheckedInAt);
    }

    [Fact]
    public async Task The_confirmation_of_an_on_site_place_carries_the_ticket_as_PNG_and_only_the_image_and_the_personal_page_hold_the_token()
    {
        var (_, slug) = await OwlEventAsync(onSite: 5, online: 5);
        var (email, manage, registration) = await JoinAsync(slug, "Tina Ticket");
        var (onlineEmail, _, online) = await JoinAsync(slug, "Olaf Online", TicketKind.Online);

        var mail = ConfirmationOf(email);
        var ticket = mail.Attachments.OfType<MimePart>().Single(a => a.FileName == "ticket.png");
        Assert.Equal("image/png", ticket.ContentType.MimeType);
        using var content = new MemoryStream();
        await ticket.Content!.DecodeToAsync(content);
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, content.ToArray()[..8]);
        Assert.Contains(mail.Attachments.OfType<MimePart>(), a => a.FileName == "veranstaltung.ics");
        Assert.Contains($"Ihr Ticket-Code für den Einlass: {registration.ShortCode}", mail.TextBody ?? "", StringComparison.Ordinal);

        // The token is not in any mail as text: only the image carries it.
        Assert.DoesNotContain(app.Mails(), m => m.Contains(registration.TicketToken!, StringComparison.Ordinal));
        Assert.DoesNotContain(app.Mails(), m => m.Contains(online.TicketToken!, StringComparison.Ordinal));

        // An online place needs no ticket image.
        Assert.DoesNotContain(ConfirmationOf(onlineEmail).Attachments.OfType<MimePart>(), a => a.FileName == "ticket.png");

        // The personal page shows the QR code (as an image) and the short code.
        var page = await app.Browser().GetPageAsync($"/veranstaltungen/{slug}/anmeldung/{manage}");
        var image = page.QuerySelector("img.ticket-qr")!;
        Assert.StartsWith("data:image/png;base64,", image.GetAttribute("src"), StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(image.GetAttribute("alt")));
        Assert.Equal(registration.ShortCode, page.QuerySelector(".ticket-code")!.TextContent.Trim());
        Assert.DoesNotContain(registration.TicketToken!, page.DocumentElement.OuterHtml, StringComparison.Ordinal);
        Assert.Equal(TicketImages.QrPng(registration.TicketToken!), Convert.FromBase64String(image.GetAttribute("src")!["data:image/png;base64,".Length..]));
    }

    private MimeMessage ConfirmationOf(string email) =>
        System.IO.Directory.GetFiles(app.MailDirectory, "*.eml").Order().Select(f => MimeMessage.Load(f))
            .Last(m => m.To.Mailboxes.Any(a => a.Address == email) && (m.Subject ?? "").StartsWith("Ihr Platz ist bestätigt", StringComparison.Ordinal));
}
