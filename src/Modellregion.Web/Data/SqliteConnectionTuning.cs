using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Modellregion.Web.Data;

/// <summary>
/// Settings SQLite keeps per native connection, applied once when the pool opens a connection for the first time
/// (ADR 0029). <c>mmap_size</c> lets SQLite read the database file through a memory map shared by all connections
/// instead of copying each page with a system call into every connection's own page cache: under random pages that
/// copying was about a sixth of the app's CPU time, and the private copies grew with the number of pooled connections.
/// </summary>
public sealed class SqliteConnectionTuning(DatabaseSettings settings) : DbConnectionInterceptor
{
    /// <summary>Bytes of the database file SQLite maps at most (beyond that it reads as before).</summary>
    public const long DefaultMmapBytes = 1L << 30;

    private readonly ConditionalWeakTable<SQLitePCL.sqlite3, object> _tuned = [];
    private readonly string _pragmas = $"PRAGMA mmap_size={settings.SqliteMmapBytes ?? DefaultMmapBytes};" + (settings.SqliteCacheKib is { } kib ? $" PRAGMA cache_size=-{kib};" : "");

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Tune(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Tune(connection);
        return Task.CompletedTask;
    }

    private void Tune(DbConnection connection)
    {
        if (connection is not SqliteConnection { Handle: { } handle } || _tuned.TryGetValue(handle, out _))
        {
            return;
        }

        // Straight on the native handle: no command object, nothing for command interceptors to count.
        var rc = SQLitePCL.raw.sqlite3_exec(handle, _pragmas);
        SqliteException.ThrowExceptionForRC(rc, handle);
        _tuned.AddOrUpdate(handle, this);
    }
}
