using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Modellregion.Cli;
using Modellregion.Tests.Infrastructure;
using Modellregion.Web.Data;
using Modellregion.Web.Platform.Files;

namespace Modellregion.Tests.Features.Cli;

/// <summary>
/// An operator backs up the installation, data is changed and deleted, and the restore brings back exactly what was
/// backed up: every table with its row count and a hash over its content, uploaded files included (ADR 0024).
/// </summary>
public sealed class BackupRestoreTests : IAsyncLifetime
{
    private string _connection = "";
    private readonly string _folder = System.IO.Directory.CreateTempSubdirectory("modellregion-backup-test-").FullName;

    public async Task InitializeAsync() => _connection = await TestDatabase.CreateAsync();

    public async Task DisposeAsync()
    {
        await TestDatabase.DropAsync(_connection);
        System.IO.Directory.Delete(_folder, recursive: true);
    }

    private async Task<(int Code, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await Commands.RunAsync([.. args, "--provider", TestDatabase.ProviderName, "--connection", _connection], output, error);
        return (code, output.ToString(), error.ToString());
    }

    private async Task WithDbAsync(Func<AppDbContext, Task> action)
    {
        var services = new ServiceCollection();
        services.AddData(new DatabaseSettings(TestDatabase.Provider, _connection));
        await using var provider = services.BuildServiceProvider();
        await using var scope = provider.CreateAsyncScope();
        await action(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    [Fact]
    public async Task Backup_then_change_and_delete_then_restore_gives_back_every_table_and_file()
    {
        var pdf = Encoding.ASCII.GetBytes("%PDF-1.7\nSicherungstest\n%%EOF");
        var fileId = Guid.NewGuid();
        await WithDbAsync(async db =>
        {
            db.Files.Add(new StoredFile
            {
                Id = fileId,
                FileName = "bescheid.pdf",
                ContentType = "application/pdf",
                Size = pdf.Length,
                Sha256 = Convert.ToHexStringLower(SHA256.HashData(pdf)),
                Content = pdf,
                UploadedAt = db.UtcNow,
                UploadedBy = "Test",
            });
            await db.SaveChangesAsync();
        });
        var before = await TableSnapshot.TakeAsync(_connection);
        Assert.True(before["Files"].Count >= 1);

        var archive = Path.Combine(_folder, "sicherung.zip");
        var backup = await RunAsync("backup", archive);
        Assert.True(backup.Code == 0, backup.Error);
        Assert.Contains("Sicherung geschrieben", backup.Output);

        // Changed, deleted and added after the backup: a file, project texts, news, an audit entry.
        await WithDbAsync(async db =>
        {
            await db.Files.Where(f => f.Id == fileId).ExecuteDeleteAsync();
            await db.Projects.ExecuteUpdateAsync(s => s.SetProperty(p => p.Title, p => p.Title + " (geändert)"));
            var project = await db.Projects.OrderBy(p => p.Id).FirstAsync();
            project.Summary = "Nach der Sicherung geändert";
            await db.SaveChangesAsync();
        });
        var changed = await TableSnapshot.TakeAsync(_connection);
        Assert.NotEqual(before["Files"], changed["Files"]);
        Assert.NotEqual(before["Projects"], changed["Projects"]);
        Assert.NotEqual(before["AuditEntries"], changed["AuditEntries"]);

        var restore = await RunAsync("restore", archive);
        Assert.True(restore.Code == 0, restore.Error);
        Assert.Contains("Kette intakt", restore.Output);

        var after = await TableSnapshot.TakeAsync(_connection);
        Assert.Equal(before.Keys.Order(), after.Keys.Order());
        foreach (var (table, content) in before)
        {
            Assert.True(content == after[table], $"Tabelle {table}: vorher {content}, nachher {after[table]}");
        }

        await WithDbAsync(async db => Assert.Equal(pdf, await db.Files.Where(f => f.Id == fileId).Select(f => f.Content).SingleAsync()));
    }

    [Fact]
    public async Task Restore_refuses_a_missing_or_foreign_file_with_a_German_message_and_changes_nothing()
    {
        var before = await TableSnapshot.TakeAsync(_connection);

        var missing = await RunAsync("restore", Path.Combine(_folder, "gibt-es-nicht.zip"));
        Assert.Equal(1, missing.Code);
        Assert.Contains("gibt es nicht", missing.Error);

        var foreign = Path.Combine(_folder, "fremd.zip");
        await File.WriteAllTextAsync(foreign, "kein Archiv");
        var refused = await RunAsync("restore", foreign);
        Assert.Equal(1, refused.Code);
        Assert.Contains("beschädigt", refused.Error);

        Assert.Equal(before, await TableSnapshot.TakeAsync(_connection));
    }
}

/// <summary>Every table of the database with its row count and a SHA-256 over its rows (sorted, so the order of storage does not count).</summary>
internal static class TableSnapshot
{
    public static async Task<Dictionary<string, (long Count, string Hash)>> TakeAsync(string connectionString)
    {
        var services = new ServiceCollection();
        services.AddData(new DatabaseSettings(TestDatabase.Provider, connectionString));
        await using var provider = services.BuildServiceProvider();
        await using var scope = provider.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var postgres = TestDatabase.Provider == DatabaseProvider.Postgres;
        var tables = await db.Database.SqlQueryRaw<string>(postgres
                ? "SELECT table_name AS \"Value\" FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'"
                : "SELECT name AS \"Value\" FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
            .ToListAsync();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        var result = new Dictionary<string, (long, string)>();
        foreach (var table in tables)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = postgres ? $"SELECT t::text FROM \"{table}\" AS t" : $"SELECT * FROM \"{table}\"";
            var rows = new List<string>();
            await using (var reader = await command.ExecuteReaderAsync())
            {
                while (await reader.ReadAsync())
                {
                    rows.Add(Row(reader));
                }
            }

            rows.Sort(StringComparer.Ordinal);
            result[table] = (rows.Count, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join("\n", rows)))));
        }

        return result;
    }

    private static string Row(DbDataReader reader)
    {
        var values = new string[reader.FieldCount];
        for (var i = 0; i < reader.FieldCount; i++)
        {
            values[i] = reader.GetValue(i) switch
            {
                DBNull => "∅",
                byte[] bytes => Convert.ToHexString(bytes),
                var value => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
            };
        }

        return string.Join("\u001f", values);
    }
}
