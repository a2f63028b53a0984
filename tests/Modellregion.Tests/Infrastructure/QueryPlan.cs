using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Modellregion.Web.Data;

namespace Modellregion.Tests.Infrastructure;

/// <summary>
/// How the test database would run a statement: <c>EXPLAIN QUERY PLAN</c> on SQLite, <c>EXPLAIN</c> on PostgreSQL,
/// one line per step. Tests state which index a query can use (the shape of its work, not its time).
/// </summary>
public static class QueryPlan
{
    /// <summary>
    /// The plan of <paramref name="sql"/> with <paramref name="parameters"/> (as a <see cref="SqlCommandLog"/> recorded
    /// them). <paramref name="withoutSequentialScans"/> (PostgreSQL) shows whether an index can serve the query at all,
    /// where the small test data would make a sequential scan cheapest.
    /// </summary>
    public static async Task<string> OfAsync(AppDbContext db, string sql, IReadOnlyList<RecordedParameter>? parameters = null, bool withoutSequentialScans = false)
    {
        await db.Database.OpenConnectionAsync();
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            if (withoutSequentialScans && TestDatabase.Provider == DatabaseProvider.Postgres)
            {
                await db.Database.ExecuteSqlRawAsync("SET LOCAL enable_seqscan = off");
            }

            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.Transaction = transaction.GetDbTransaction();
            command.CommandText = (TestDatabase.Provider == DatabaseProvider.Sqlite ? "EXPLAIN QUERY PLAN " : "EXPLAIN ") + sql;
            foreach (var parameter in parameters ?? [])
            {
                var copy = command.CreateParameter();
                copy.ParameterName = parameter.Name;
                copy.DbType = parameter.Type;
                copy.Value = parameter.Value ?? DBNull.Value;
                command.Parameters.Add(copy);
            }

            var lines = new List<string>();
            await using (var reader = await command.ExecuteReaderAsync())
            {
                while (await reader.ReadAsync())
                {
                    lines.Add(string.Join(" ", Enumerable.Range(0, reader.FieldCount).Select(reader.GetValue)));
                }
            }

            await transaction.RollbackAsync();
            return string.Join("\n", lines);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
