using System.CommandLine;
using Modellregion.Web.Data;
using Modellregion.Web.Platform;
using Modellregion.Web.Platform.Commands;

namespace Modellregion.Web.Features.Events;

/// <summary>
/// <c>modellregion seed-synthetic-event</c>: an event marked as synthetic example data ("(synthetisch)", never counted
/// among real figures), taking registrations, with the given places on site and online — for the registration load test.
/// </summary>
public sealed class SeedSyntheticEventCommand : IFeatureCommand
{
    public string Name => "seed-synthetic-event";

    public string Description => "Legt eine als synthetisch markierte Veranstaltung mit Plätzen vor Ort und online für den Anmelde-Lasttest an.";

    public Command Build(CommandHost host)
    {
        var slug = new Option<string>("--slug") { Description = "Kurzadresse (/veranstaltungen/…)", DefaultValueFactory = _ => "lasttest-kongress" };
        var onSite = new Option<int>("--on-site") { Description = "Plätze vor Ort", DefaultValueFactory = _ => 200 };
        var online = new Option<int>("--online") { Description = "Plätze online (0: keine)", DefaultValueFactory = _ => 0 };
        var days = new Option<int>("--in-days") { Description = "Beginn in so vielen Tagen", DefaultValueFactory = _ => 14 };
        var command = new Command(Name, Description) { slug, onSite, online, days };
        command.SetAction((parse, token) => host.RunAsync(parse, async services =>
        {
            var (slugValue, onSiteValue, onlineValue, daysValue) = (parse.GetValue(slug)!, parse.GetValue(onSite), parse.GetValue(online), parse.GetValue(days));
            if (!Slug.IsValid(slugValue) || onSiteValue is < 0 or > 1_000_000 || onlineValue is < 0 or > 1_000_000 || onSiteValue + onlineValue == 0 || daysValue is < 1 or > 3650)
            {
                host.Error.WriteLine("--slug muss eine gültige Kurzadresse sein, --on-site und --online zwischen 0 und 1.000.000 (zusammen mindestens 1), --in-days zwischen 1 und 3650.");
                return 2;
            }

            await services.GetRequiredService<DatabaseSetup>().MigrateAsync(token);
            var db = services.GetRequiredService<AppDbContext>();
            var start = Formatting.BerlinToUtc(db.Today.AddDays(daysValue), new TimeOnly(9, 0));
            var item = new Event
            {
                Slug = slugValue,
                Title = "Lasttest-Kongress (synthetisch)",
                Summary = "Eine synthetische Veranstaltung für den Lasttest der Anmeldung.",
                Format = onlineValue > 0 ? (onSiteValue > 0 ? EventFormat.Hybrid : EventFormat.Online) : EventFormat.OnSite,
                StartsAt = start,
                EndsAt = start.AddHours(8),
                VenueName = "Beispielhalle (synthetisch)",
                City = "Musterstadt",
                IsExample = true,
            };
            if (onSiteValue > 0)
            {
                item.TicketTypes.Add(new EventTicketType { Kind = TicketKind.OnSite, Capacity = onSiteValue });
            }

            if (onlineValue > 0)
            {
                item.TicketTypes.Add(new EventTicketType { Kind = TicketKind.Online, Capacity = onlineValue });
            }

            db.Events.Add(item);
            await db.SaveChangesAsync(token);
            host.Output.WriteLine($"Synthetische Veranstaltung /veranstaltungen/{item.Slug} angelegt: {onSiteValue} Plätze vor Ort, {onlineValue} online.");
            return 0;
        }));
        return command;
    }
}
