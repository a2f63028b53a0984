using Modellregion.Web.Data;

namespace Modellregion.Web.Platform.Cluster;

/// <summary>Settings of a set-up with several web nodes on one database (section <c>Cluster</c>, ADR 0027).</summary>
public sealed class ClusterOptions
{
    public const string Section = "Cluster";

    /// <summary>
    /// How many web nodes serve the installation. Limits that each node keeps in memory for cheapness (the read API's
    /// requests per minute) give each node its share, so that together they allow what is configured.
    /// </summary>
    public int Nodes { get; set; } = 1;

    /// <summary>
    /// Seconds a node waits after its start before the first turn of its background jobs (reminders, waiting lists):
    /// the start and the first requests have the processor to themselves. On two cores the reminders' first turn
    /// alone took about a second of processor time during the start (bench/README.md, "Runtime settings").
    /// </summary>
    public int FirstTurnDelaySeconds { get; set; } = 20;

    /// <summary>A node's share of a limit meant for the whole installation: at least 1.</summary>
    public int ShareOf(int limit) => Math.Max(1, (int)Math.Ceiling(limit / (double)Math.Max(1, Nodes)));
}

public static class ClusterServices
{
    /// <summary>
    /// Signals between nodes (NOTIFY on PostgreSQL, in the process on SQLite), the leases of background jobs and the
    /// shared submission limit. Called by <see cref="DataFeature.AddData"/>, so the command line tells running nodes
    /// about its changes too; the listener runs only where hosted services run (the web app).
    /// </summary>
    public static IServiceCollection AddCluster(this IServiceCollection services, DatabaseSettings settings)
    {
        services.AddOptions<ClusterOptions>().BindConfiguration(ClusterOptions.Section);
        if (settings.Provider == DatabaseProvider.Postgres)
        {
            services.AddSingleton<IClusterSignals, PostgresClusterSignals>();
        }
        else
        {
            services.AddSingleton<IClusterSignals, InProcessClusterSignals>();
        }

        services.AddHostedService<ClusterSignalListener>();

        // The cache subscribes when it is made: make it at start, before the first signal can arrive.
        services.AddHostedService<PublicCacheSubscription>();
        services.AddSingleton<ClusterJobs>();
        services.AddSingleton<SubmissionThrottle>();
        return services;
    }

    private sealed class PublicCacheSubscription(PublicCache cache) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            GC.KeepAlive(cache);
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
