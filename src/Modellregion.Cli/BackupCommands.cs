using System.CommandLine;
using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Audit;

namespace Modellregion.Cli;

/// <summary>
/// <c>backup &lt;datei&gt;</c> and <c>restore &lt;datei&gt;</c> (ADR 0024): the whole installation as one archive, on
/// SQLite through the online backup API, on PostgreSQL through pg_dump and pg_restore.
/// </summary>
internal static class BackupCommands
{
    public static void AddTo(RootCommand root, Option<string> provider, Option<string> connection, TextWriter output, TextWriter error)
    {
        var backupFile = new Argument<FileInfo>("datei") { Description = "Zieldatei der Sicherung (ZIP), wird überschrieben" };
        var backup = new Command("backup", "Sichert die Datenbank samt hochgeladener Dateien in eine Archivdatei (im laufenden Betrieb möglich).") { backupFile };
        backup.SetAction((parse, token) => Commands.RunWith(parse, provider, connection, output, error, async services =>
        {
            var file = parse.GetValue(backupFile)!;
            var watch = Stopwatch.StartNew();
            var size = await new DatabaseBackup(services.GetRequiredService<DatabaseSettings>()).BackupAsync(file.FullName, token);
            output.WriteLine($"Sicherung geschrieben: {file.FullName} ({size / 1024.0 / 1024.0:0.0} MB in {watch.Elapsed.TotalSeconds:0.0} s).");
            return 0;
        }));
        root.Add(backup);

        var restoreFile = new Argument<FileInfo>("datei") { Description = "Archivdatei einer Sicherung (mit backup geschrieben)" };
        var restore = new Command("restore", "Spielt eine Sicherung zurück: ersetzt den gesamten Inhalt der Datenbank. Die App sollte dabei angehalten sein.") { restoreFile };
        restore.SetAction((parse, token) => Commands.RunWith(parse, provider, connection, output, error, async services =>
        {
            var file = parse.GetValue(restoreFile)!;
            var watch = Stopwatch.StartNew();
            await new DatabaseBackup(services.GetRequiredService<DatabaseSettings>()).RestoreAsync(file.FullName, token);
            var restored = watch.Elapsed;

            // An older backup is brought up to the current schema; then the audit trail is checked.
            await services.GetRequiredService<DatabaseSetup>().MigrateAsync(token);
            var report = await AuditChain.VerifyAsync(services.GetRequiredService<AppDbContext>(), token);
            output.WriteLine($"Sicherung zurückgespielt: {file.FullName} in {restored.TotalSeconds:0.0} s.");
            if (!report.Intact)
            {
                error.WriteLine($"Achtung: die Hash-Kette des Änderungsprotokolls ist bei Eintrag {report.BrokenId} gebrochen.");
                return 3;
            }

            output.WriteLine($"Änderungsprotokoll: Kette intakt, {report.Count} Einträge.");
            return 0;
        }));
        root.Add(restore);
    }
}
