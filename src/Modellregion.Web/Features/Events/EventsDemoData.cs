using Modellregion.Web.Data;
using Modellregion.Web.Data.Seeding;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Events;

/// <summary>
/// The events of the demo data: the Digitalkongress of 10 March 2022 with the published facts only (no times, no
/// invented speakers or numbers), and an upcoming, clearly fictional event of the training region with a small
/// capacity on site, whose places are already taken by example registrations, so that the waitlist can be tried.
/// </summary>
public sealed class EventsDemoData : IDemoData
{
    public int Order => 110;

    public Task SeedAsync(DemoDataContext context, CancellationToken cancellationToken)
    {
        var day = new DateOnly(2022, 3, 10);
        context.Db.Events.Add(new Event
        {
            Slug = "digitalkongress-2022",
            Title = "Digitalkongress „DigitaleZukunft@OWL“ 2022",
            Summary = "Der Digitalkongress der Digitalen Modellregion OWL im Heinz Nixdorf MuseumsForum in Paderborn: 59 Projekte stellten sich vor.",
            Description =
                "Der Digitalkongress „DigitaleZukunft@OWL“ war zunächst für April 2021 geplant und fand am 10. März 2022 im Heinz Nixdorf " +
                "MuseumsForum in Paderborn statt. 59 Projekte stellten sich vor (eine andere Quelle spricht von „mehr als 50 " +
                "Kurzpräsentationen“). Rund 200 Menschen waren vor Ort, etwa 2.000 online dabei. Unter den Rednerinnen und Rednern waren " +
                "Ministerpräsident Hendrik Wüst und Bundesministerin Bettina Stark-Watzinger.",
            Format = EventFormat.Hybrid,
            StartsAt = Formatting.BerlinToUtc(day, TimeOnly.MinValue),
            EndsAt = Formatting.BerlinToUtc(day.AddDays(1), TimeOnly.MinValue),
            TimesKnown = false,
            Region = context.Regions["owl"],
            VenueName = "Heinz Nixdorf MuseumsForum",
            City = "Paderborn",
            Organisers = "Digitale Modellregion OWL, Heinz Nixdorf Stiftung, Heinz Nixdorf MuseumsForum, OstWestfalenLippe GmbH",
            ReportedOnSite = 200,
            ReportedOnline = 2000,
            ReportedProjectsPresented = 59,
            TakesRegistrations = false,
            Sources =
            [
                DemoDataContext.Source("https://www.owl-journal.de/mit-digitalisierung-die-zukunft-gestalten/", "OWL-Journal: Mit Digitalisierung die Zukunft gestalten",
                    "Datum, Ort, 59 Projekte, rund 200 vor Ort und 2.000 online, Veranstalter, Rednerinnen und Redner"),
                DemoDataContext.Source("https://www.westfalen-blatt.de/owl/bentfeld-erhalt-preis-fur-digitalisierung-2543985", "Westfalen-Blatt: Bentfeld erhält Preis für Digitalisierung",
                    "mehr als 50 Kurzpräsentationen"),
            ],
        });
        return Task.CompletedTask;
    }

    public Task SeedTrainingRegionAsync(DemoDataContext context, CancellationToken cancellationToken)
    {
        var training = context.Training;
        var onSite = new EventTicketType { Kind = TicketKind.OnSite, Capacity = 3, Taken = 3 };
        var item = new Event
        {
            Slug = "werkstatt-digitale-verwaltung-uebungsregion",
            Title = "Werkstatt Digitale Verwaltung (Beispiel)",
            Summary = "Eine erfundene Veranstaltung der Übungsregion: Projekte stellen sich vor. Vor Ort sind alle Plätze vergeben – probieren Sie die Warteliste aus.",
            Description = "Diese Veranstaltung ist **erfunden** und dient zum Ausprobieren der Anmeldung: vor Ort gibt es drei Plätze, die schon vergeben sind, online zwanzig.",
            Format = EventFormat.Hybrid,
            StartsAt = training.At(21, 10),
            EndsAt = training.At(21, 16),
            Region = training.Region,
            VenueName = "Rathaus Musterstadt (Beispiel)",
            Street = "Beispielplatz 1",
            PostalCode = "00000",
            City = "Musterstadt",
            StreamUrl = "https://stream.example/werkstatt-uebungsregion",
            RegistrationClosesAt = training.At(14, 23),
            OfferHours = 48,
            Organisers = "Projektbüro der Übungsregion (Beispiel)",
            IsExample = true,
            TicketTypes = [onSite, new EventTicketType { Kind = TicketKind.Online, Capacity = 20 }],
            Sessions =
            [
                new EventSession { Order = 1, StartsAt = training.At(21, 10), EndsAt = training.At(21, 11), Room = "Ratssaal", Title = "Begrüßung und Stand der Übungsregion (Beispiel)", Speakers = "Projektbüro der Übungsregion (Beispiel)" },
                new EventSession
                {
                    Order = 2, StartsAt = training.At(21, 11), EndsAt = training.At(21, 12), Room = "Ratssaal", Title = "Ein Jahr Kita-Vergabe online (Beispiel)",
                    Speakers = "Projektleitung der Kita-Vergabe (Beispiel)", Projects = [training.Projects["kita"]],
                },
            ],
        };
        context.Db.Events.Add(item);
        for (var i = 1; i <= 3; i++)
        {
            context.Db.EventRegistrations.Add(new Registration
            {
                Event = item,
                TicketType = onSite,
                Status = RegistrationStatus.Confirmed,
                Name = $"Beispielperson {i} (Beispiel)",
                Email = $"teilnahme{i}@beispiel.example",
                EmailKey = $"teilnahme{i}@beispiel.example",
                ConsentedAt = training.At(-3, 9),
                ConfirmedAt = training.At(-3, 9 + i),
                ShortCode = $"BEXAMPL{i + 1}",
                TicketToken = EventTokens.New(),
            });
        }

        return Task.CompletedTask;
    }
}
