using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Modellregion.Tests.Infrastructure;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Board;

namespace Modellregion.Tests.Features.Platform;

/// <summary>
/// The database finds the few rows behind an optional reference that nearly all rows leave empty (ADR 0029): with
/// statistics that saw thousands of papers without a solution, "the papers of this solution" is an index lookup, not
/// a scan of every paper (it was 4 ms of every solution page on 30,000 papers). And SQLite connections keep more pages.
/// </summary>
public sealed class SparseIndexTests(UncachedApp app) : IClassFixture<UncachedApp>
{
    [Fact]
    public async Task The_papers_of_a_solution_are_found_through_the_index_although_most_papers_have_none()
    {
        var plan = await app.WithDbAsync(async db =>
        {
            var board = await db.Set<Modellregion.Web.Features.Board.Board>().OrderBy(b => b.Id).FirstAsync();
            db.SuppressAudit = true;
            var stamp = Guid.NewGuid().ToString("N")[..8];
            for (var i = 0; i < 3000; i++)
            {
                db.Add(new Paper { BoardId = board.Id, Reference = $"T-{stamp}-{i:D4}", Title = $"Vorlage ohne Lösung {i}", PaperType = "Bericht", IsPublic = true });
            }

            await db.SaveChangesAsync();
            await db.Database.ExecuteSqlRawAsync("ANALYZE");

            return await QueryPlan.OfAsync(db, """
                SELECT p."Id" FROM "Papers" AS p INNER JOIN "Boards" AS b ON p."BoardId" = b."Id"
                WHERE p."SolutionId" = 4711 AND p."IsPublic" AND p."DeletedAt" IS NULL AND b."DeletedAt" IS NULL
                ORDER BY p."Date" DESC
                """);
        });

        Assert.Contains("IX_Papers_SolutionId", plan);
    }

    [Fact]
    public async Task Sqlite_connections_keep_a_larger_page_cache()
    {
        var tuning = app.Services.GetServices<IInterceptor>().OfType<SqliteConnectionTuning>().ToList();
        if (TestDatabase.Provider != DatabaseProvider.Sqlite)
        {
            Assert.Empty(tuning);
            return;
        }

        Assert.Single(tuning);
        var (cache, mmap) = await app.WithDbAsync(async db =>
        {
            await db.Database.OpenConnectionAsync();
            try
            {
                return (await PragmaAsync(db, "cache_size"), await PragmaAsync(db, "mmap_size"));
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }
        });
        Assert.Equal(-SqliteConnectionTuning.DefaultCacheKib, cache);
        Assert.Equal(SqliteConnectionTuning.DefaultMmapBytes, mmap);
    }

    [Fact]
    public async Task Sqlite_connections_together_stay_within_the_memory_limit()
    {
        if (TestDatabase.Provider != DatabaseProvider.Sqlite)
        {
            return;
        }

        // The app sets the process-wide limit when it first opens a connection.
        await app.WithDbAsync(db => db.Set<Modellregion.Web.Features.Board.Board>().CountAsync());
        var limit = SQLitePCL.raw.sqlite3_soft_heap_limit64(-1);
        Assert.Equal(SqliteConnectionTuning.DefaultMemoryLimitMib * 1024L * 1024L, limit);

        // A file of about 40 MB read in full by eight connections with a cache of 16 MB each: without the limit they
        // would keep about 128 MB of pages between them.
        var path = Path.Combine(Path.GetTempPath(), $"modellregion-limit-{Guid.NewGuid():N}.db");
        try
        {
            await using (var writer = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path};Pooling=False"))
            {
                await writer.OpenAsync();
                await Execute(writer, "CREATE TABLE Pages (Id INTEGER PRIMARY KEY, Body BLOB NOT NULL)");
                await using var transaction = await writer.BeginTransactionAsync();
                for (var i = 0; i < 40_000; i++)
                {
                    await Execute(writer, $"INSERT INTO Pages (Body) VALUES (randomblob(1000))");
                }

                await transaction.CommitAsync();
            }

            var readers = new List<Microsoft.Data.Sqlite.SqliteConnection>();
            try
            {
                var highest = 0L;
                for (var i = 0; i < 8; i++)
                {
                    var reader = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
                    readers.Add(reader);
                    await reader.OpenAsync();
                    await Execute(reader, "PRAGMA cache_size=-16000");
                    await Execute(reader, "SELECT SUM(length(Body)) FROM Pages");
                    highest = Math.Max(highest, SQLitePCL.raw.sqlite3_memory_used());
                }

                Assert.True(highest > 16L * 1024 * 1024, $"SQLite zählt seinen Speicher nicht: {highest} Bytes.");
                Assert.True(highest < limit + 24L * 1024 * 1024, $"SQLite hielt {highest / 1024 / 1024} MB, die Grenze ist {limit / 1024 / 1024} MB.");
            }
            finally
            {
                foreach (var reader in readers)
                {
                    await reader.DisposeAsync();
                }
            }
        }
        finally
        {
            File.Delete(path);
        }

        static async Task Execute(Microsoft.Data.Sqlite.SqliteConnection connection, string sql)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            await command.ExecuteNonQueryAsync();
        }
    }

    private static async Task<long> PragmaAsync(AppDbContext db, string name)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = $"PRAGMA {name}";
        return Convert.ToInt64(await command.ExecuteScalarAsync());
    }
}
