using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Modellregion.Web.Data;
using Npgsql;

namespace Modellregion.Tests.Infrastructure;

/// <summary>
/// A real database per test app, on the provider the test run asks for (MODELLREGION_TEST_DB=sqlite|postgres).
/// A template is migrated and loaded with the demo data once per run; each app gets a copy of it
/// (a file copy for SQLite, CREATE DATABASE … TEMPLATE for PostgreSQL).
/// </summary>
public static class TestDatabase
{
    private static readonly Lazy<Task<string>> Template = new(CreateTemplateAsync);
    private static readonly ConcurrentBag<string> Created = [];
    private static readonly string RunId = $"{Environment.ProcessId}_{DateTime.UtcNow:HHmmss}";

    public static DatabaseProvider Provider { get; } =
        string.Equals(Environment.GetEnvironmentVariable("MODELLREGION_TEST_DB"), "postgres", StringComparison.OrdinalIgnoreCase)
            ? DatabaseProvider.Postgres
            : DatabaseProvider.Sqlite;

    public static string ProviderName => Provider == DatabaseProvider.Postgres ? "Postgres" : "Sqlite";

    /// <summary>Connection to the PostgreSQL server's maintenance database, for creating and dropping databases.</summary>
    public static string PostgresServer =>
        Environment.GetEnvironmentVariable("MODELLREGION_TEST_PG") ?? "Host=127.0.0.1;Port=5432;Username=modellregion;Password=modellregion;Database=postgres";

    private static string Directory { get; } = Path.Combine(Path.GetTempPath(), "modellregion-tests", RunId);

    /// <summary>A fresh database with the demo data, returned as a connection string.</summary>
    public static async Task<string> CreateAsync()
    {
        var template = await Template.Value;
        var name = "mr_" + Guid.NewGuid().ToString("N")[..16];
        if (Provider == DatabaseProvider.Sqlite)
        {
            var path = Path.Combine(Directory, name + ".db");
            File.Copy(template, path);
            return $"Data Source={path}";
        }

        await ExecuteAsync($"CREATE DATABASE \"{name}\" TEMPLATE \"{template}\"");
        Created.Add(name);
        return new NpgsqlConnectionStringBuilder(PostgresServer) { Database = name }.ConnectionString;
    }

    /// <summary>An empty database (not migrated), for the command line tests.</summary>
    public static async Task<string> CreateEmptyAsync()
    {
        var name = "mr_" + Guid.NewGuid().ToString("N")[..16];
        if (Provider == DatabaseProvider.Sqlite)
        {
            System.IO.Directory.CreateDirectory(Directory);
            return $"Data Source={Path.Combine(Directory, name + ".db")}";
        }

        await ExecuteAsync($"CREATE DATABASE \"{name}\"");
        Created.Add(name);
        return new NpgsqlConnectionStringBuilder(PostgresServer) { Database = name }.ConnectionString;
    }

    public static async Task DropAsync(string connectionString)
    {
        if (Provider == DatabaseProvider.Sqlite)
        {
            SqliteConnection.ClearAllPools();
            var path = new SqliteConnectionStringBuilder(connectionString).DataSource;
            foreach (var file in new[] { path, path + "-wal", path + "-shm" })
            {
                try
                {
                    File.Delete(file);
                }
                catch (IOException)
                {
                    // Still open somewhere; the temp folder is cleaned up by the next run.
                }
            }

            return;
        }

        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        NpgsqlConnection.ClearAllPools();
        await ExecuteAsync($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
    }

    private static async Task<string> CreateTemplateAsync()
    {
        string connectionString;
        string result;
        if (Provider == DatabaseProvider.Sqlite)
        {
            var parent = Path.GetDirectoryName(Directory)!;
            if (System.IO.Directory.Exists(parent))
            {
                foreach (var old in System.IO.Directory.GetDirectories(parent).Where(d => System.IO.Directory.GetLastWriteTimeUtc(d) < DateTime.UtcNow.AddHours(-6)))
                {
                    System.IO.Directory.Delete(old, recursive: true);
                }
            }

            System.IO.Directory.CreateDirectory(Directory);
            result = Path.Combine(Directory, "template.db");
            connectionString = $"Data Source={result}";
        }
        else
        {
            result = "mr_template_" + RunId;
            await ExecuteAsync($"DROP DATABASE IF EXISTS \"{result}\" WITH (FORCE)");
            await ExecuteAsync($"CREATE DATABASE \"{result}\"");
            connectionString = new NpgsqlConnectionStringBuilder(PostgresServer) { Database = result }.ConnectionString;
        }

        // The real start-up path creates the template: migrate and load the demo data.
        await using (var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
                     {
                         builder.UseSetting("Database:Provider", ProviderName);
                         builder.UseSetting("ConnectionStrings:Modellregion", connectionString);
                         builder.UseSetting("Database:CreateFirstAdministrator", "false");
                         builder.UseEnvironment("Testing");
                     }))
        {
            _ = factory.Server;
        }

        if (Provider == DatabaseProvider.Sqlite)
        {
            await using var connection = new SqliteConnection(connectionString);
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
            await command.ExecuteNonQueryAsync();
            SqliteConnection.ClearAllPools();
        }
        else
        {
            NpgsqlConnection.ClearAllPools();
        }

        AppDomain.CurrentDomain.ProcessExit += (_, _) => Cleanup(result);
        return result;
    }

    private static void Cleanup(string template)
    {
        if (Provider == DatabaseProvider.Postgres)
        {
            try
            {
                NpgsqlConnection.ClearAllPools();
                foreach (var name in Created.Append(template))
                {
                    ExecuteAsync($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)").GetAwaiter().GetResult();
                }
            }
            catch (NpgsqlException)
            {
                // The server may already be gone at the end of the run.
            }
        }
        else if (System.IO.Directory.Exists(Directory))
        {
            SqliteConnection.ClearAllPools();
            try
            {
                System.IO.Directory.Delete(Directory, recursive: true);
            }
            catch (IOException)
            {
                // Best effort.
            }
        }
    }

    private static async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(PostgresServer);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
