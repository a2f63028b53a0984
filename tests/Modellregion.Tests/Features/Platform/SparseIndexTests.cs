using System.Data.Common;
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

            var connection = db.Database.GetDbConnection();
            await db.Database.OpenConnectionAsync();
            try
            {
                await using var command = connection.CreateCommand();
                var query = """
                    SELECT p."Id" FROM "Papers" AS p INNER JOIN "Boards" AS b ON p."BoardId" = b."Id"
                    WHERE p."SolutionId" = 4711 AND p."IsPublic" AND p."DeletedAt" IS NULL AND b."DeletedAt" IS NULL
                    ORDER BY p."Date" DESC
                    """;
                command.CommandText = (TestDatabase.Provider == DatabaseProvider.Sqlite ? "EXPLAIN QUERY PLAN " : "EXPLAIN ") + query;
                return await ReadAllAsync(command);
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }
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

    private static async Task<long> PragmaAsync(AppDbContext db, string name)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = $"PRAGMA {name}";
        return Convert.ToInt64(await command.ExecuteScalarAsync());
    }

    private static async Task<string> ReadAllAsync(DbCommand command)
    {
        await using var reader = await command.ExecuteReaderAsync();
        var lines = new List<string>();
        while (await reader.ReadAsync())
        {
            lines.Add(string.Join(" ", Enumerable.Range(0, reader.FieldCount).Select(reader.GetValue)));
        }

        return string.Join("\n", lines);
    }
}
