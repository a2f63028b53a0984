using System.CommandLine;
using Modellregion.Web.Data;
using Modellregion.Web.Platform.Commands;

namespace Modellregion.Web.Features.Transfer;

/// <summary><c>modellregion seed-synthetic-transfer</c>: synthetic solutions, transfer cases and reuses for load tests.</summary>
public sealed class SeedSyntheticTransferCommand : IFeatureCommand
{
    public string Name => "seed-synthetic-transfer";

    public string Description => "Erzeugt synthetische Lösungen, Transferfälle und Nachnutzungen für Lasttests (als synthetisch markiert).";

    public Command Build(CommandHost host)
    {
        var solutions = new Option<int>("--solutions") { Description = "Zahl der Lösungen", DefaultValueFactory = _ => 5_000 };
        var cases = new Option<int>("--cases") { Description = "Zahl der Transferfälle", DefaultValueFactory = _ => 50_000 };
        var seed = new Option<int>("--seed") { Description = "Startwert des Zufallsgenerators", DefaultValueFactory = _ => 42 };
        var command = new Command(Name, Description) { solutions, cases, seed };
        command.SetAction((parse, token) => host.RunAsync(parse, async services =>
        {
            var solutionCount = parse.GetValue(solutions);
            var caseCount = parse.GetValue(cases);
            if (solutionCount is < 1 or > 1_000_000 || caseCount is < 0 or > 10_000_000)
            {
                host.Error.WriteLine("--solutions muss zwischen 1 und 1.000.000 liegen, --cases zwischen 0 und 10.000.000.");
                return 2;
            }

            await services.GetRequiredService<DatabaseSetup>().MigrateAsync(token);
            var result = await new SyntheticTransferData(services.GetRequiredService<AppDbContext>()).GenerateAsync(solutionCount, caseCount, parse.GetValue(seed), token);
            host.Output.WriteLine($"Synthetische Transferdaten erzeugt: {result.Solutions} Lösungen, {result.Cases} Fälle, {result.Reuses} Nachnutzungen in {result.Duration.TotalSeconds:0.0} s.");
            return 0;
        }));
        return command;
    }
}
