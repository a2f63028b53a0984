using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Modellregion.Web.Data;

/// <summary>
/// Settings SQLite keeps per native connection, applied once when the pool opens a connection for the first time
/// (ADR 0029). A page cache of 16 MB per connection instead of SQLite's 2 MB: under many different pages each
/// connection otherwise copied most pages it read anew from the operating system (about a sixth of the app's CPU time
/// in <c>pread</c>). Optionally, <c>mmap_size</c> lets SQLite read the file through a memory map instead; as fast in
/// the measurements, but every connection maps the file and the resident memory counts it once per connection.
/// All connections of the process together stay within a memory limit (64 MiB): the pool opens as many connections as
/// requests read at the same time, and near the limit SQLite reuses its oldest cached pages instead of growing.
/// </summary>
public sealed class SqliteConnectionTuning(DatabaseSettings settings) : DbConnectionInterceptor
{
    /// <summary>KiB of pages each connection keeps (<c>Database:SqliteCacheKib</c>).</summary>
    public const int DefaultCacheKib = 16_000;

    /// <summary>Bytes of the file read through a memory map (<c>Database:SqliteMmapBytes</c>; 0: none).</summary>
    public const long DefaultMmapBytes = 0;

    /// <summary>MiB all connections of the process use together before they reuse pages (<c>Database:SqliteMemoryLimitMib</c>).</summary>
    public const int DefaultMemoryLimitMib = 64;

    private readonly ConditionalWeakTable<SQLitePCL.sqlite3, object> _tuned = [];

    private readonly string _pragmas =
        $"PRAGMA cache_size=-{settings.SqliteCacheKib ?? DefaultCacheKib}; PRAGMA mmap_size={settings.SqliteMmapBytes ?? DefaultMmapBytes};";

    private readonly long _memoryLimitBytes = (settings.SqliteMemoryLimitMib ?? DefaultMemoryLimitMib) * 1024L * 1024L;

    private int _limitSet;

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Tune(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Tune(connection);
        return Task.CompletedTask;
    }

    private void Tune(DbConnection connection)
    {
        // Process-wide, once: the pool opens as many connections as requests read at the same time (twenty and more
        // under load), each with its own cache; the limit bounds them together (ADR 0029).
        if (_limitSet == 0 && Interlocked.Exchange(ref _limitSet, 1) == 0)
        {
            SQLitePCL.raw.sqlite3_soft_heap_limit64(_memoryLimitBytes);
        }

        if (connection is not SqliteConnection { Handle: { } handle } || _tuned.TryGetValue(handle, out _))
        {
            return;
        }

        // Straight on the native handle: no command object, nothing for command interceptors to count. Best effort:
        // while another connection writes, SQLite may answer "busy" (this call has no busy timeout); the settings are
        // then tried again the next time the pool hands out this connection, and the request goes on.
        if (SQLitePCL.raw.sqlite3_exec(handle, _pragmas) == SQLitePCL.raw.SQLITE_OK)
        {
            _tuned.AddOrUpdate(handle, this);
        }
    }
}
