using Microsoft.Extensions.DependencyInjection;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Events;
using Modellregion.Web.Platform;

namespace Modellregion.Tests.Features.Events;

/// <summary>
/// Registration without an account: double opt-in by mail, one registration per address, places never beyond the
/// capacity (also with 500 at once), and a waitlist whose offers pass on when they expire.
/// </summary>
public sealed class RegistrationTests(EventsApp app) : IClassFixture<EventsApp>
{
    [Fact]
    public async Task A_registration_counts_only_after_the_address_is_confirmed_by_the_mailed_link()
    {
        var (_, slug, typeId) = await app.EventAsync(onSite: 5);
        var email = $"erika.{Guid.NewGuid():N}@example.org";

        var (outcome, receipt) = await app.RegisterAsync(slug, email);

        Assert.IsType<Outcome.Saved>(outcome);
        Assert.Equal(RegistrationStatus.Unconfirmed, await app.StatusOfAsync(email));
        Assert.Equal(0, await app.TakenAsync(typeId));
        var mail = app.Mails().Last(m => m.Contains(email, StringComparison.Ordinal));
        Assert.Contains($"{EventsApp.Site}/veranstaltungen/{slug}/bestaetigen/{receipt!.ConfirmToken}", mail.Replace("=\r\n", "", StringComparison.Ordinal), StringComparison.Ordinal);

        var (_, status) = await app.ConfirmAsync(slug, receipt.ConfirmToken);

        Assert.Equal(RegistrationStatus.Confirmed, status);
        Assert.Equal(1, await app.TakenAsync(typeId));
        var ticket = await app.WithDbAsync(db => Task.FromResult(db.EventRegistrations.Single(r => r.Email == email)));
        Assert.Matches("^[A-HJ-NP-Z2-9]{8}$", ticket.ShortCode);
        Assert.NotNull(ticket.TicketToken);
        Assert.DoesNotContain(email, ticket.TicketToken!, StringComparison.Ordinal);

        // The link works once; a second click, a tampered or a foreign token find nothing.
        Assert.IsType<Outcome.NotFound>((await app.ConfirmAsync(slug, receipt.ConfirmToken)).Outcome);
        Assert.IsType<Outcome.NotFound>((await app.ConfirmAsync(slug, receipt.ConfirmToken[..^1] + "x")).Outcome);
        Assert.IsType<Outcome.NotFound>((await app.ConfirmAsync(slug, "../../etc/passwd")).Outcome);
        Assert.IsType<Outcome.NotFound>((await app.ConfirmAsync(slug, null)).Outcome);
        Assert.Equal(1, await app.TakenAsync(typeId));
    }

    public static TheoryData<string?, string> BadAddresses => new()
    {
        { "", "Register.EmailInvalid" },
        { "keine-adresse", "Register.EmailInvalid" },
        { "zwei@@example.org", "Register.EmailInvalid" },
        { "name@localhost", "Register.EmailInvalid" },
        { "name @example.org", "Register.EmailInvalid" },
        { "name@example.org\u0000", "Register.EmailInvalid" },
        { "😀@example.org", "Register.EmailInvalid" },
        { "a@b.c, d@e.f", "Register.EmailInvalid" },
    };

    [Theory]
    [MemberData(nameof(BadAddresses))]
    public async Task A_bad_address_is_refused_with_a_message_and_nothing_is_stored(string? email, string key)
    {
        var (eventId, slug, _) = await app.EventAsync(onSite: 5);

        var (outcome, receipt) = await app.RegisterAsync(slug, email!);

        var invalid = Assert.IsType<Outcome.Invalid>(outcome);
        Assert.Contains(invalid.Errors[nameof(RegistrationInput.Email)], m => m.Key == key);
        Assert.Null(receipt);
        Assert.Equal(0, await app.WithDbAsync(db => Task.FromResult(db.EventRegistrations.Count(r => r.EventId == eventId))));
    }

    [Fact]
    public async Task The_same_address_registers_once_per_event_and_may_register_again_after_cancelling()
    {
        var (_, slug, typeId) = await app.EventAsync(onSite: 5);
        var email = $"max.{Guid.NewGuid():N}@example.org";
        var (manage, _) = await app.JoinAsync(slug, email);

        var again = await app.RegisterAsync(slug, email.ToUpperInvariant());
        var invalid = Assert.IsType<Outcome.Invalid>(again.Outcome);
        Assert.Contains(invalid.Errors[nameof(RegistrationInput.Email)], m => m.Key == "Register.AlreadyRegistered");

        var version = await app.WithDbAsync(db => Task.FromResult(db.EventRegistrations.Single(r => r.Email == email).Version));
        Assert.IsType<Outcome.Saved>(await app.RunAsync(s => s.GetRequiredService<ManageRegistration>().CancelAsync(slug, manage, version)));
        Assert.Equal(0, await app.TakenAsync(typeId));

        var (_, status) = await app.JoinAsync(slug, email);
        Assert.Equal(RegistrationStatus.Confirmed, status);
        Assert.Equal(1, await app.WithDbAsync(db => Task.FromResult(db.EventRegistrations.Count(r => r.EmailKey == email))));
    }

    [Fact]
    public async Task Without_consent_or_for_a_kind_not_offered_the_registration_is_refused()
    {
        var (_, slug, _) = await app.EventAsync(onSite: 5);

        var (outcome, _) = await app.RunAsync(s => s.GetRequiredService<Register>().RunAsync(slug,
            new RegistrationInput { Name = "Erika", Email = "erika@example.org", Kind = TicketKind.Online, PrivacyConsent = false }, EventsApp.Site));

        var invalid = Assert.IsType<Outcome.Invalid>(outcome);
        Assert.Contains(invalid.Errors[nameof(RegistrationInput.PrivacyConsent)], m => m.Key == "Register.PrivacyConsentRequired");
        Assert.Contains(invalid.Errors[nameof(RegistrationInput.Kind)], m => m.Key == "Register.KindNotOffered");
    }

    [Fact]
    public async Task After_the_deadline_for_a_cancelled_or_past_event_no_registration_is_taken()
    {
        var (eventId, slug, _) = await app.EventAsync(onSite: 5);
        await app.WithDbAsync(async db =>
        {
            var item = db.Events.Single(e => e.Id == eventId);
            item.RegistrationClosesAt = app.Clock.GetUtcNow().UtcDateTime.AddMinutes(-1);
            await db.SaveChangesAsync();
        });
        var deadline = Assert.IsType<Outcome.Conflict>((await app.RegisterAsync(slug, "late@example.org")).Outcome);
        Assert.Equal("Register.DeadlinePassed", deadline.Message.Key);

        await app.WithDbAsync(async db =>
        {
            db.Events.Single(e => e.Id == eventId).CancelledAt = app.Clock.GetUtcNow().UtcDateTime;
            await db.SaveChangesAsync();
        });
        Assert.Equal("Register.EventCancelled", Assert.IsType<Outcome.Conflict>((await app.RegisterAsync(slug, "late@example.org")).Outcome).Message.Key);
        Assert.IsType<Outcome.NotFound>((await app.RegisterAsync("gibt-es-nicht", "late@example.org")).Outcome);
    }

    [Fact]
    public async Task Five_hundred_confirmations_at_once_never_take_more_places_than_there_are()
    {
        var (eventId, slug, typeId) = await app.EventAsync(onSite: 200);
        var receipts = new List<string>();
        for (var i = 0; i < 500; i++)
        {
            var (_, receipt) = await app.RegisterAsync(slug, $"person{i}.{eventId}@example.org");
            receipts.Add(receipt!.ConfirmToken);
        }

        var results = await Task.WhenAll(receipts.Select(token => Task.Run(() => app.ConfirmAsync(slug, token))));

        Assert.All(results, r => Assert.IsType<Outcome.Saved>(r.Outcome));
        Assert.Equal(200, results.Count(r => r.Status == RegistrationStatus.Confirmed));
        Assert.Equal(300, results.Count(r => r.Status == RegistrationStatus.Waiting));
        Assert.Equal(200, await app.TakenAsync(typeId));
        var stored = await app.WithDbAsync(db => Task.FromResult(db.EventRegistrations.Where(r => r.EventId == eventId).GroupBy(r => r.Status).ToDictionary(g => g.Key, g => g.Count())));
        Assert.Equal(200, stored[RegistrationStatus.Confirmed]);
        Assert.Equal(300, stored[RegistrationStatus.Waiting]);
        Assert.Equal(200, await app.WithDbAsync(db => Task.FromResult(db.EventRegistrations.Where(r => r.EventId == eventId && r.ShortCode != null).Select(r => r.ShortCode).Distinct().Count())));
    }

    [Fact]
    public async Task A_freed_place_is_offered_in_order_and_passes_on_when_the_offer_expires()
    {
        var (eventId, slug, typeId) = await app.EventAsync(onSite: 1, offerHours: 48);
        var tag = Guid.NewGuid().ToString("N")[..6];
        string A = $"a.{tag}@example.org", B = $"b.{tag}@example.org", C = $"c.{tag}@example.org";
        var (manageA, statusA) = await app.JoinAsync(slug, A);
        var (_, statusB) = await app.JoinAsync(slug, B);
        app.Clock.Set(app.Clock.Today, 11);
        var (manageC, statusC) = await app.JoinAsync(slug, C);
        Assert.Equal((RegistrationStatus.Confirmed, RegistrationStatus.Waiting, RegistrationStatus.Waiting), (statusA, statusB, statusC));

        var versionA = await app.WithDbAsync(db => Task.FromResult(db.EventRegistrations.Single(r => r.Email == A).Version));
        Assert.IsType<Outcome.Saved>(await app.RunAsync(s => s.GetRequiredService<ManageRegistration>().CancelAsync(slug, manageA, versionA)));

        // B waited first: the place is held for B for 48 hours, C keeps waiting, and the place stays taken.
        Assert.Equal((RegistrationStatus.Offered, RegistrationStatus.Waiting), (await app.StatusOfAsync(B), await app.StatusOfAsync(C)));
        Assert.Equal(1, await app.TakenAsync(typeId));
        var offerB = await app.WithDbAsync(db => Task.FromResult(db.EventRegistrations.Single(r => r.Email == B).OfferExpiresAt!.Value));
        Assert.Equal(app.Clock.GetUtcNow().UtcDateTime.AddHours(48), offerB);
        Assert.Contains(app.Mails(), m => m.Contains(B, StringComparison.Ordinal) && m.Contains("Ein Platz ist frei geworden", StringComparison.Ordinal));

        // Not yet expired: nothing moves.
        app.Clock.Set(app.Clock.Today.AddDays(1), 11);
        Assert.Equal(0, await app.RunAsync(s => s.GetRequiredService<Waitlist>().ExpireOffersAsync()));

        // Unanswered after 48 hours: the offer expires and C gets it.
        app.Clock.Set(app.Clock.Today.AddDays(2), 12);
        Assert.Equal(1, await app.RunAsync(s => s.GetRequiredService<Waitlist>().ExpireOffersAsync()));
        Assert.Equal((RegistrationStatus.OfferExpired, RegistrationStatus.Offered), (await app.StatusOfAsync(B), await app.StatusOfAsync(C)));
        Assert.Equal(1, await app.TakenAsync(typeId));

        // C takes it and gets a ticket.
        Assert.IsType<Outcome.Saved>(await app.RunAsync(s => s.GetRequiredService<ManageRegistration>().AcceptOfferAsync(slug, manageC, EventsApp.Site)));
        Assert.Equal(RegistrationStatus.Confirmed, await app.StatusOfAsync(C));
        Assert.Equal(1, await app.TakenAsync(typeId));
        var view = await app.RunAsync(s => s.GetRequiredService<ManageRegistration>().FindAsync(slug, manageC));
        Assert.NotNull(view!.ShortCode);
        Assert.Contains(app.Mails(), m => m.Contains(C, StringComparison.Ordinal) && m.Contains("veranstaltung.ics", StringComparison.Ordinal));

        // An expired offer cannot be taken any more.
        Assert.Equal(0, await app.WithDbAsync(db => Task.FromResult(db.EventRegistrations.Count(r => r.EventId == eventId && r.Status == RegistrationStatus.Offered))));
    }

    [Fact]
    public async Task The_personal_link_expires_with_the_event()
    {
        var (eventId, slug, _) = await app.EventAsync(onSite: 2);
        var (manage, _) = await app.JoinAsync(slug, $"late.{Guid.NewGuid():N}@example.org");
        Assert.NotNull(await app.RunAsync(s => s.GetRequiredService<ManageRegistration>().FindAsync(slug, manage)));

        await app.WithDbAsync(async db =>
        {
            var item = db.Events.Single(e => e.Id == eventId);
            (item.StartsAt, item.EndsAt) = (item.StartsAt.AddDays(-30), item.EndsAt.AddDays(-30));
            await db.SaveChangesAsync();
        });

        Assert.Null(await app.RunAsync(s => s.GetRequiredService<ManageRegistration>().FindAsync(slug, manage)));
        Assert.IsType<Outcome.NotFound>(await app.RunAsync(s => s.GetRequiredService<ManageRegistration>().CancelAsync(slug, manage, 1)));
    }
}
