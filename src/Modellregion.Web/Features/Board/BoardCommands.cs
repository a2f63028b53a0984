using System.CommandLine;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Platform;
using Modellregion.Web.Platform.Commands;

namespace Modellregion.Web.Features.Board;

/// <summary><c>modellregion seed-synthetic-board</c>: synthetic boards with meetings, agendas and papers for the OParl load test.</summary>
public sealed class SeedSyntheticBoardCommand : IFeatureCommand
{
    public string Name => "seed-synthetic-board";

    public string Description => "Erzeugt als synthetisch markierte Digitalboards mit Sitzungen, Tagesordnungen und Vorlagen für den OParl-Lasttest.";

    public Command Build(CommandHost host)
    {
        var meetings = new Option<int>("--meetings") { Description = "Zahl der Sitzungen", DefaultValueFactory = _ => 2_000 };
        var agendaItems = new Option<int>("--agenda-items") { Description = "Zahl der Tagesordnungspunkte (je einer mit Vorlage)", DefaultValueFactory = _ => 30_000 };
        var seed = new Option<int>("--seed") { Description = "Startwert des Zufallsgenerators", DefaultValueFactory = _ => 42 };
        var command = new Command(Name, Description) { meetings, agendaItems, seed };
        command.SetAction((parse, token) => host.RunAsync(parse, async services =>
        {
            var meetingCount = parse.GetValue(meetings);
            var itemCount = parse.GetValue(agendaItems);
            if (meetingCount is < 1 or > 1_000_000 || itemCount is < 1 or > 10_000_000)
            {
                host.Error.WriteLine("--meetings muss zwischen 1 und 1.000.000 liegen, --agenda-items zwischen 1 und 10.000.000.");
                return 2;
            }

            await services.GetRequiredService<DatabaseSetup>().MigrateAsync(token);
            var result = await new SyntheticBoardData(services.GetRequiredService<AppDbContext>()).GenerateAsync(meetingCount, itemCount, parse.GetValue(seed), token);
            host.Output.WriteLine($"Synthetische Gremiendaten erzeugt: {result.Boards} Gremien, {result.Meetings} Sitzungen, {result.AgendaItems} Tagesordnungspunkte, {result.Papers} Vorlagen, {result.Files} Dateien in {result.Duration.TotalSeconds:0.0} s.");
            return 0;
        }));
        return command;
    }
}

/// <summary><c>modellregion create-board</c>: the Digitalboard of a region, through the same use case as the back office.</summary>
public sealed class CreateBoardCommand : IFeatureCommand
{
    public string Name => "create-board";

    public string Description => "Legt das Digitalboard einer Region an.";

    public Command Build(CommandHost host)
    {
        var region = new Option<string>("--region") { Description = "Kurzadresse der Region", Required = true };
        var name = new Option<string>("--name") { Description = "Name des Digitalboards", Required = true };
        var shortName = new Option<string?>("--short-name") { Description = "Kurzname" };
        var slug = new Option<string?>("--slug") { Description = "Kurzadresse (/digitalboard/…); Standard: aus dem Namen" };
        var description = new Option<string?>("--description") { Description = "Beschreibung (Markdown)" };
        var quorum = new Option<string?>("--quorum") { Description = "Beschlussfähig, wenn mehr als … % der Stimmberechtigten anwesend sind (Standard 50)" };
        var command = new Command(Name, Description) { region, name, shortName, slug, description, quorum };
        command.SetAction((parse, token) => host.RunAsync(parse, async services =>
        {
            var quorumText = parse.GetValue(quorum);
            int? quorumValue = null;
            if (!string.IsNullOrWhiteSpace(quorumText))
            {
                if (!decimal.TryParse(quorumText.Trim().Replace(',', '.'), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number)
                    || decimal.Truncate(number) != number || number is < int.MinValue or > int.MaxValue)
                {
                    host.Error.WriteLine($"--quorum: „{quorumText}“ ist keine ganze Zahl.");
                    return 2;
                }

                quorumValue = (int)number;
            }

            await services.GetRequiredService<DatabaseSetup>().MigrateAsync(token);
            var db = services.GetRequiredService<AppDbContext>();
            var regionSlug = parse.GetValue(region)!;
            var regionId = await db.Regions.Where(r => r.Slug == regionSlug).Select(r => (int?)r.Id).FirstOrDefaultAsync(token);
            if (regionId is null)
            {
                host.Error.WriteLine($"Die Region „{regionSlug}“ gibt es nicht.");
                return 2;
            }

            var input = new BoardInput
            {
                RegionId = regionId,
                Name = parse.GetValue(name)!,
                ShortName = parse.GetValue(shortName),
                Slug = parse.GetValue(slug),
                Description = parse.GetValue(description),
                QuorumPercent = quorumValue ?? 50,
            };
            var outcome = await services.GetRequiredService<ManageBoards>().CreateBoardAsync(input, token);
            if (outcome is not Outcome.Saved saved)
            {
                return host.Fail(outcome);
            }

            host.Output.WriteLine($"Digitalboard angelegt: {input.Name} (/digitalboard/{saved.Slug})");
            return 0;
        }));
        return command;
    }
}
