using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Npgsql;

namespace Modellregion.Web.Platform.Cluster;

/// <summary>
/// Signals between the web nodes that serve one database (ADR 0027): a node that saved a change tells the others, and
/// each other node drops what it keeps in memory about the data (<see cref="PublicCache"/>, stored public pages).
/// On PostgreSQL the signal is a <c>NOTIFY</c> (<see cref="PostgresClusterSignals"/>); on SQLite, which serves one
/// node, it stays in the process (<see cref="InProcessClusterSignals"/>). A message broker (Redis pub/sub, say) would
/// be a third implementation of this interface.
/// </summary>
public interface IClusterSignals
{
    /// <summary>This node (one per running app), so that it can ignore its own signals.</summary>
    string NodeId { get; }

    /// <summary>
    /// Tells the other nodes that data changed. On PostgreSQL the notification goes over the connection of
    /// <paramref name="database"/>, inside its transaction if one is open: it is delivered when that commits, never
    /// for changes rolled back.
    /// </summary>
    Task PublishChangedAsync(DatabaseFacade database, CancellationToken cancellationToken);

    /// <summary>
    /// Calls <paramref name="changed"/> when another node changed data, and when signals may have been missed (the
    /// listener lost its connection): the subscriber then drops everything. Dispose the result to stop.
    /// </summary>
    IDisposable Subscribe(Func<CancellationToken, Task> changed);
}

/// <summary>The subscribers of one node; shared by the implementations.</summary>
public abstract class ClusterSignalsBase : IClusterSignals
{
    private readonly ConcurrentDictionary<Guid, Func<CancellationToken, Task>> _subscribers = new();

    public string NodeId { get; } = $"{UnicodeText.Truncate(Environment.MachineName, 60)}/{Environment.ProcessId}/{Guid.NewGuid():N}";

    public abstract Task PublishChangedAsync(DatabaseFacade database, CancellationToken cancellationToken);

    public IDisposable Subscribe(Func<CancellationToken, Task> changed)
    {
        var id = Guid.NewGuid();
        _subscribers[id] = changed;
        return new Subscription(() => _subscribers.TryRemove(id, out _));
    }

    /// <summary>Tells every subscriber of this node that data changed elsewhere.</summary>
    protected internal async Task DeliverAsync(CancellationToken cancellationToken)
    {
        foreach (var subscriber in _subscribers.Values)
        {
            await subscriber(cancellationToken);
        }
    }

    private sealed class Subscription(Action dispose) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                dispose();
            }
        }
    }
}

/// <summary>
/// SQLite serves one node (one writer, a file on one machine): the signal only reaches the other apps on the same
/// database file in this process, which exist in tests that run two app instances side by side.
/// </summary>
public sealed class InProcessClusterSignals : ClusterSignalsBase, IDisposable
{
    private static readonly ConcurrentDictionary<InProcessClusterSignals, string> Nodes = new();
    private readonly string _database;

    public InProcessClusterSignals(Data.DatabaseSettings settings)
    {
        _database = settings.ConnectionString;
        Nodes[this] = _database;
    }

    public override async Task PublishChangedAsync(DatabaseFacade database, CancellationToken cancellationToken)
    {
        foreach (var (node, connection) in Nodes)
        {
            if (!ReferenceEquals(node, this) && connection == _database)
            {
                await node.DeliverAsync(cancellationToken);
            }
        }
    }

    public void Dispose() => Nodes.TryRemove(this, out _);
}

/// <summary>
/// <c>LISTEN/NOTIFY</c> on PostgreSQL: publishing is one <c>pg_notify</c> on the saving connection; receiving is a
/// hosted listener on a connection of its own (outside the pool). When that connection is lost, the listener
/// connects again and tells its subscribers to drop everything, because notifications sent meanwhile are lost.
/// </summary>
public sealed class PostgresClusterSignals(Data.DatabaseSettings settings, ILogger<PostgresClusterSignals> logger) : ClusterSignalsBase
{
    /// <summary>The channel of saved changes; the payload is the sending node.</summary>
    public const string Channel = "modellregion_changed";

    private readonly TaskCompletionSource _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private volatile int _backendProcessId;

    /// <summary>The server process of the listening connection, 0 while not connected (for tests and diagnostics).</summary>
    public int ListenerProcessId => _backendProcessId;

    /// <summary>How often the listener connected again after losing its connection.</summary>
    public int Reconnects { get; private set; }

    /// <summary>Completes when the listener listens for the first time.</summary>
    public Task Listening => _listening.Task;

    /// <summary>Pause between attempts to connect again; grows up to <see cref="MaximumRetryDelay"/>.</summary>
    public static TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    public static readonly TimeSpan MaximumRetryDelay = TimeSpan.FromSeconds(15);

    /// <summary>Without a notification for this long, the listener checks its connection with a query.</summary>
    private static readonly TimeSpan Idle = TimeSpan.FromSeconds(30);

    public override async Task PublishChangedAsync(DatabaseFacade database, CancellationToken cancellationToken) =>
        await database.ExecuteSqlRawAsync("SELECT pg_notify({0}, {1})", [Channel, NodeId], cancellationToken);

    /// <summary>Listens until <paramref name="stoppingToken"/> is cancelled, connecting again whenever the connection is lost.</summary>
    public async Task ListenAsync(CancellationToken stoppingToken)
    {
        var delay = FirstRetryDelay;
        var connectedBefore = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = new NpgsqlConnection(ListenerConnectionString(settings.ConnectionString));
                var pending = 0;
                connection.Notification += (_, message) =>
                {
                    if (message.Payload != NodeId)
                    {
                        Interlocked.Exchange(ref pending, 1);
                    }
                };
                await connection.OpenAsync(stoppingToken);
                await using (var listen = new NpgsqlCommand($"LISTEN {Channel}", connection))
                {
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                }

                _backendProcessId = connection.ProcessID;
                delay = FirstRetryDelay;
                if (connectedBefore)
                {
                    // Whatever was sent while this node was not listening is lost: drop everything.
                    logger.LogInformation("Verbindung für Änderungssignale wiederhergestellt; der Cache dieses Knotens wird geleert.");
                    await DeliverAsync(stoppingToken);
                    Reconnects++;
                }

                connectedBefore = true;
                _listening.TrySetResult();
                while (!stoppingToken.IsCancellationRequested)
                {
                    if (!await connection.WaitAsync(Idle, stoppingToken))
                    {
                        // Quiet for a while: make sure the connection is still there.
                        await using var ping = new NpgsqlCommand("SELECT 1", connection);
                        await ping.ExecuteScalarAsync(stoppingToken);
                    }

                    if (Interlocked.Exchange(ref pending, 0) == 1)
                    {
                        await DeliverAsync(stoppingToken);
                    }
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e)
            {
                _backendProcessId = 0;
                logger.LogWarning(e, "Verbindung für Änderungssignale verloren; neuer Versuch in {Delay}.", delay);
                try
                {
                    await Task.Delay(delay, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    break;
                }

                delay = TimeSpan.FromTicks(Math.Min(MaximumRetryDelay.Ticks, delay.Ticks * 2));
            }
        }

        _backendProcessId = 0;
    }

    /// <summary>A connection of its own, outside the pool, recognisable on the server.</summary>
    internal static string ListenerConnectionString(string connectionString) =>
        new NpgsqlConnectionStringBuilder(connectionString)
        {
            Pooling = false,
            ApplicationName = "modellregion-listener",
            KeepAlive = 30,
        }.ConnectionString;
}

/// <summary>Runs the listener of <see cref="PostgresClusterSignals"/> while the app runs.</summary>
internal sealed class ClusterSignalListener(IClusterSignals signals) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        signals is PostgresClusterSignals postgres ? postgres.ListenAsync(stoppingToken) : Task.CompletedTask;
}
