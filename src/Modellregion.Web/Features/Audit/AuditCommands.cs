using System.CommandLine;
using Modellregion.Web.Data;
using Modellregion.Web.Platform;
using Modellregion.Web.Platform.Commands;

namespace Modellregion.Web.Features.Audit;

/// <summary><c>modellregion verify-audit</c>: checks the hash chain of the audit trail (ADR 0023); exit code 3 when a link is broken.</summary>
public sealed class VerifyAuditCommand : IFeatureCommand
{
    public string Name => "verify-audit";

    public string Description => "Prüft die Hash-Kette des Änderungsprotokolls und meldet „Kette intakt“ oder den ersten gebrochenen Eintrag.";

    public Command Build(CommandHost host)
    {
        var command = new Command(Name, Description);
        command.SetAction((parse, token) => host.RunAsync(parse, async services =>
        {
            var report = await AuditChain.VerifyAsync(services.GetRequiredService<AppDbContext>(), token);
            if (report.Intact)
            {
                host.Output.WriteLine($"Kette intakt, {report.Count} Einträge. Letzter Hash: {report.LastHash ?? "–"}");
                return 0;
            }

            host.Error.WriteLine($"Kette gebrochen bei Eintrag {report.BrokenId} vom {Formatting.Timestamp(report.BrokenAt!.Value)} (UTC {report.BrokenAt:O}); davor {report.Count} Einträge intakt.");
            return 3;
        }));
        return command;
    }
}
