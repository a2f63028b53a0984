using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Modellregion.Web.Data;

/// <summary>What a backup archive holds besides the database (manifest.json).</summary>
public sealed record BackupManifest(string Format, int Version, string Provider, DateTime CreatedAt, string Database);

/// <summary>
/// Backup and restore of the whole installation as one archive (ADR 0024): a ZIP with <c>manifest.json</c> and the
/// database. Uploaded files live in the database (<c>Files</c>), keys for cookies and forms too, so the database is
/// everything. SQLite: the online backup API (consistent while the app writes). PostgreSQL: <c>pg_dump -Fc</c> and
/// <c>pg_restore --clean</c> in one transaction.
/// </summary>
public sealed class DatabaseBackup(DatabaseSettings settings)
{
    public const string Format = "modellregion-backup";
    private const string ManifestName = "manifest.json";
    private const string SqliteName = "database.sqlite";
    private const string PostgresName = "database.pgdump";

    /// <summary>Writes the archive to <paramref name="archivePath"/> (first to a temporary file beside it, then moved); returns its size in bytes.</summary>
    public async Task<long> BackupAsync(string archivePath, CancellationToken cancellationToken = default)
    {
        var work = Directory.CreateTempSubdirectory("modellregion-backup-");
        try
        {
            var isSqlite = settings.Provider == DatabaseProvider.Sqlite;
            var databaseFile = Path.Combine(work.FullName, isSqlite ? SqliteName : PostgresName);
            if (isSqlite)
            {
                BackupSqlite(databaseFile);
            }
            else
            {
                await RunPostgresToolAsync("pg_dump", ["--format=custom", "--file=" + databaseFile], cancellationToken);
            }

            var target = Path.GetFullPath(archivePath);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            var partial = target + ".partial";
            await using (var stream = new FileStream(partial, FileMode.Create, FileAccess.Write))
            await using (var zip = new ZipArchive(stream, ZipArchiveMode.Create))
            {
                var manifest = new BackupManifest(Format, 1, settings.Provider.ToString(), DateTime.UtcNow, Path.GetFileName(databaseFile));
                await using (var entry = await zip.CreateEntry(ManifestName).OpenAsync(cancellationToken))
                {
                    await JsonSerializer.SerializeAsync(entry, manifest, cancellationToken: cancellationToken);
                }

                // A pg_dump archive is compressed already.
                await zip.CreateEntryFromFileAsync(databaseFile, manifest.Database, isSqlite ? CompressionLevel.Fastest : CompressionLevel.NoCompression, cancellationToken);
            }

            File.Move(partial, target, overwrite: true);
            return new FileInfo(target).Length;
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    /// <summary>Replaces the database's content with the archive's. Refuses an archive of the other provider or a damaged one.</summary>
    public async Task RestoreAsync(string archivePath, CancellationToken cancellationToken = default)
    {
        if (!File.Exists(archivePath))
        {
            throw new InvalidOperationException($"Die Sicherungsdatei „{archivePath}“ gibt es nicht.");
        }

        var work = Directory.CreateTempSubdirectory("modellregion-restore-");
        try
        {
            string databaseFile;
            try
            {
                await using var zip = await ZipFile.OpenReadAsync(archivePath, cancellationToken);
                var manifestEntry = zip.GetEntry(ManifestName) ?? throw new InvalidOperationException("Die Datei ist keine Sicherung der Modellregion (manifest.json fehlt).");
                BackupManifest? manifest;
                await using (var stream = await manifestEntry.OpenAsync(cancellationToken))
                {
                    manifest = await JsonSerializer.DeserializeAsync<BackupManifest>(stream, cancellationToken: cancellationToken);
                }

                if (manifest is null || manifest.Format != Format || manifest.Version != 1)
                {
                    throw new InvalidOperationException("Die Datei ist keine Sicherung der Modellregion in einem bekannten Format.");
                }

                if (!string.Equals(manifest.Provider, settings.Provider.ToString(), StringComparison.Ordinal))
                {
                    throw new InvalidOperationException($"Die Sicherung stammt aus {manifest.Provider}, die Datenbank ist {settings.Provider}: eine Sicherung lässt sich nur in denselben Datenbanktyp zurückspielen.");
                }

                var expected = settings.Provider == DatabaseProvider.Sqlite ? SqliteName : PostgresName;
                var databaseEntry = zip.GetEntry(expected) ?? throw new InvalidOperationException($"In der Sicherung fehlt {expected}.");
                databaseFile = Path.Combine(work.FullName, expected);
                await databaseEntry.ExtractToFileAsync(databaseFile, cancellationToken);
            }
            catch (InvalidDataException e)
            {
                throw new InvalidOperationException($"Die Sicherungsdatei ist beschädigt: {e.Message}", e);
            }

            if (settings.Provider == DatabaseProvider.Sqlite)
            {
                RestoreSqlite(databaseFile);
            }
            else
            {
                NpgsqlConnection.ClearAllPools();
                var database = new NpgsqlConnectionStringBuilder(settings.ConnectionString).Database;
                await RunPostgresToolAsync("pg_restore", ["--clean", "--if-exists", "--no-owner", "--single-transaction", "--exit-on-error", "--dbname=" + database, databaseFile], cancellationToken);
                NpgsqlConnection.ClearAllPools();
            }
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    private void BackupSqlite(string file)
    {
        using (var source = new SqliteConnection(settings.ConnectionString))
        using (var copy = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ToString()))
        {
            source.Open();
            copy.Open();

            // The online backup API copies a consistent state while the app goes on reading and writing.
            source.BackupDatabase(copy);

            // One self-contained file in the archive, without a write-ahead log beside it.
            using var command = copy.CreateCommand();
            command.CommandText = "PRAGMA journal_mode=DELETE;";
            command.ExecuteNonQuery();
        }
    }

    private void RestoreSqlite(string file)
    {
        using (var source = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Pooling = false, Mode = SqliteOpenMode.ReadWrite }.ToString()))
        {
            source.Open();
            using (var check = source.CreateCommand())
            {
                check.CommandText = "PRAGMA integrity_check;";
                if (!string.Equals(check.ExecuteScalar() as string, "ok", StringComparison.Ordinal))
                {
                    throw new InvalidOperationException("Die Datenbank in der Sicherung ist beschädigt (PRAGMA integrity_check); nichts zurückgespielt.");
                }
            }

            // Page by page into the live database, in one step under its write lock: readers see before or after.
            SqliteConnection.ClearAllPools();
            using var target = new SqliteConnection(settings.ConnectionString);
            target.Open();
            source.BackupDatabase(target);
        }

        SqliteConnection.ClearAllPools();
    }

    private async Task RunPostgresToolAsync(string tool, IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        var executable = FindPostgresTool(tool)
            ?? throw new InvalidOperationException($"{tool} wurde nicht gefunden (weder im PATH noch unter /usr/lib/postgresql/*/bin). Bitte installieren Sie die PostgreSQL-Client-Programme (z. B. Paket postgresql-client) in der Version des Servers oder neuer.");
        var connection = new NpgsqlConnectionStringBuilder(settings.ConnectionString);
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // The connection goes through the environment, so the password is not on the command line.
        start.Environment["PGHOST"] = connection.Host;
        start.Environment["PGPORT"] = connection.Port.ToString(CultureInfo.InvariantCulture);
        start.Environment["PGDATABASE"] = connection.Database;
        start.Environment["PGUSER"] = connection.Username;
        start.Environment["PGPASSWORD"] = connection.Password;
        start.Environment["PGSSLMODE"] = connection.SslMode.ToString().ToLowerInvariant() switch
        {
            "verifyca" => "verify-ca",
            "verifyfull" => "verify-full",
            var mode => mode,
        };
        start.Environment["PGCONNECT_TIMEOUT"] = "30";

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} konnte nicht gestartet werden.");
        var errors = process.StandardError.ReadToEndAsync(cancellationToken);
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        await output;
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{tool} ist mit Code {process.ExitCode} fehlgeschlagen: {(await errors).Trim()}");
        }
    }

    /// <summary>The tool from the PATH, else the newest under /usr/lib/postgresql/*/bin (Debian and Ubuntu).</summary>
    internal static string? FindPostgresTool(string tool)
    {
        var paths = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        foreach (var directory in paths)
        {
            var candidate = Path.Combine(directory, tool);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        const string Debian = "/usr/lib/postgresql";
        if (!Directory.Exists(Debian))
        {
            return null;
        }

        return Directory.GetDirectories(Debian)
            .Select(d => (Version: int.TryParse(Path.GetFileName(d), NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : 0, Path: Path.Combine(d, "bin", tool)))
            .Where(c => File.Exists(c.Path))
            .OrderByDescending(c => c.Version)
            .Select(c => c.Path)
            .FirstOrDefault();
    }
}
