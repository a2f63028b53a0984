using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Modellregion.Tests.Infrastructure;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Events;
using Modellregion.Web.Platform;

namespace Modellregion.Tests.Features.Events;

/// <summary>The app with the test clock and mail folder, the waitlist's background work off (the tests run it), and helpers for events.</summary>
public sealed class EventsApp : FundingApp
{
    public const string Site = "https://modellregion.example";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Events:BackgroundEnabled", "false");
        builder.UseSetting("Site:PublicBaseUrl", Site);
    }

    /// <summary>A published event in a week (by the test clock), with the given places per type.</summary>
    public async Task<(int EventId, string Slug, int OnSiteTypeId)> EventAsync(int onSite, int online = 0, int offerHours = 48)
    {
        var slug = "veranstaltung-" + Guid.NewGuid().ToString("N")[..8];
        return await WithDbAsync(async db =>
        {
            var start = Clock.GetUtcNow().UtcDateTime.AddDays(7);
            var item = new Event
            {
                Slug = slug,
                Title = "Werkstatt Digitale Verwaltung (Beispiel)",
                Format = online > 0 ? EventFormat.Hybrid : EventFormat.OnSite,
                StartsAt = start,
                EndsAt = start.AddHours(6),
                VenueName = "Rathaus Musterstadt",
                City = "Musterstadt",
                StreamUrl = "https://stream.example/werkstatt",
                OfferHours = offerHours,
                IsExample = true,
                TicketTypes = [new EventTicketType { Kind = TicketKind.OnSite, Capacity = onSite }],
            };
            if (online > 0)
            {
                item.TicketTypes.Add(new EventTicketType { Kind = TicketKind.Online, Capacity = online });
            }

            db.Events.Add(item);
            await db.SaveChangesAsync();
            return (item.Id, slug, item.TicketTypes.Single(t => t.Kind == TicketKind.OnSite).Id);
        });
    }

    public async Task<T> RunAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }

    public Task<(Outcome Outcome, RegistrationReceipt? Receipt)> RegisterAsync(string slug, string email, TicketKind kind = TicketKind.OnSite, string name = "Erika Mustermann") =>
        RunAsync(s => s.GetRequiredService<Register>().RunAsync(slug, new RegistrationInput { Name = name, Email = email, Kind = kind, PrivacyConsent = true }, Site));

    public Task<(Outcome Outcome, RegistrationStatus? Status)> ConfirmAsync(string slug, string? token) =>
        RunAsync(s => s.GetRequiredService<ConfirmRegistration>().RunAsync(slug, token, Site));

    /// <summary>Registers and confirms at once; returns the personal link's token and the resulting status.</summary>
    public async Task<(string ManageToken, RegistrationStatus Status)> JoinAsync(string slug, string email, TicketKind kind = TicketKind.OnSite)
    {
        var (outcome, receipt) = await RegisterAsync(slug, email, kind);
        Assert.True(receipt is not null, $"Nicht angemeldet: {outcome}");
        var (confirmed, status) = await ConfirmAsync(slug, receipt!.ConfirmToken);
        Assert.True(status is not null, $"Nicht bestätigt: {confirmed}");
        return (receipt.ManageToken, status!.Value);
    }

    public Task<int> TakenAsync(int ticketTypeId) => WithDbAsync(db => Task.FromResult(db.EventTicketTypes.Single(t => t.Id == ticketTypeId).Taken));

    public Task<RegistrationStatus> StatusOfAsync(string email) =>
        WithDbAsync(db => Task.FromResult(db.EventRegistrations.Single(r => r.Email == email).Status));
}
