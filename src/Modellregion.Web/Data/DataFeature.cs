using Microsoft.AspNetCore.DataProtection;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Modellregion.Web.Platform;
using Modellregion.Web.Platform.Cluster;

namespace Modellregion.Web.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

/// <summary>Where the data lives: SQLite by default (zero set-up), PostgreSQL for production and scale.</summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString)
{
    public const string DefaultSqlite = "Data Source=App_Data/modellregion.db";

    /// <summary><c>Database:SqliteMmapBytes</c>: how much of the SQLite file is read through a memory map (default 0: none).</summary>
    public long? SqliteMmapBytes { get; init; }

    /// <summary><c>Database:SqliteCacheKib</c>: each SQLite connection's own page cache in KiB (default 16,000; SQLite's own: 2,000).</summary>
    public int? SqliteCacheKib { get; init; }

    /// <summary>
    /// <c>Database:SqliteMemoryLimitMib</c>: the memory all SQLite connections of the process use together, at which
    /// they start reusing their oldest cached pages instead of growing (default 64; 0: no limit).
    /// </summary>
    public int? SqliteMemoryLimitMib { get; init; }

    /// <summary>Reads <c>Database:Provider</c> and <c>ConnectionStrings:Modellregion</c>; relative SQLite paths resolve against <paramref name="baseDirectory"/>.</summary>
    public static DatabaseSettings From(IConfiguration configuration, string baseDirectory)
    {
        var providerName = configuration["Database:Provider"] ?? "Sqlite";
        var provider = providerName.ToLowerInvariant() switch
        {
            "sqlite" => DatabaseProvider.Sqlite,
            "postgres" or "postgresql" or "npgsql" => DatabaseProvider.Postgres,
            _ => throw new InvalidOperationException($"Unbekannter Datenbank-Provider „{providerName}“ (erlaubt: Sqlite, Postgres)."),
        };
        var connectionString = configuration.GetConnectionString("Modellregion");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            if (provider == DatabaseProvider.Postgres)
            {
                throw new InvalidOperationException("Für PostgreSQL fehlt der Verbindungs-String ConnectionStrings:Modellregion.");
            }

            connectionString = DefaultSqlite;
        }

        return new DatabaseSettings(provider, provider == DatabaseProvider.Sqlite ? ResolveSqlitePath(connectionString, baseDirectory) : WithPoolLimit(connectionString))
        {
            SqliteMmapBytes = configuration.GetValue<long?>("Database:SqliteMmapBytes"),
            SqliteCacheKib = configuration.GetValue<int?>("Database:SqliteCacheKib"),
            SqliteMemoryLimitMib = configuration.GetValue<int?>("Database:SqliteMemoryLimitMib"),
        };
    }

    /// <summary>
    /// Connections one web node opens to PostgreSQL at most, unless the connection string says otherwise: a burst of
    /// requests (500 registrations at once) then waits for a free connection in the pool instead of exceeding the
    /// server's <c>max_connections</c> (100 by default, shared by every node and the command line).
    /// </summary>
    public const int DefaultMaxPoolSize = 30;

    /// <summary>
    /// Statements the driver prepares on the server per connection once they have run twice, unless the connection
    /// string says otherwise: a page's queries are then parsed and planned once per connection instead of on every
    /// request (on the project page that halves PostgreSQL's CPU time, see docs/postgresql.md).
    /// </summary>
    public const int DefaultMaxAutoPrepare = 64;

    /// <summary>
    /// Seconds a request waits for a connection (a free one from the pool or a new one), unless the connection string
    /// says otherwise: a burst larger than the pool waits its turn instead of failing after Npgsql's 15 s.
    /// </summary>
    public const int DefaultPoolWaitSeconds = 60;

    /// <summary>
    /// Pool defaults for a web node, each only where the connection string does not set it: the pool limit; automatic
    /// preparation of statements; no <c>DISCARD ALL</c> when a connection goes back to the pool (the app sets no session state,
    /// and the reset would also drop the prepared statements); and a longer wait for a connection in bursts.
    /// </summary>
    private static string WithPoolLimit(string connectionString)
    {
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        bool Says(string pattern) => System.Text.RegularExpressions.Regex.IsMatch(connectionString, pattern, System.Text.RegularExpressions.RegexOptions.IgnoreCase);
        if (!Says(@"max(imum)?\s*pool\s*size"))
        {
            builder.MaxPoolSize = DefaultMaxPoolSize;
        }

        if (!Says(@"max\s*auto\s*prepare"))
        {
            builder.MaxAutoPrepare = DefaultMaxAutoPrepare;
            if (!Says(@"auto\s*prepare\s*min\s*usages"))
            {
                builder.AutoPrepareMinUsages = 2;
            }
        }

        if (!Says(@"no\s*reset\s*on\s*close"))
        {
            builder.NoResetOnClose = true;
        }

        // A burst (500 confirmations at once on two cores) queues for the pool longer than Npgsql's 15 s default.
        if (!Says(@"(^|;)\s*timeout\s*="))
        {
            builder.Timeout = DefaultPoolWaitSeconds;
        }

        return builder.ConnectionString;
    }

    private static string ResolveSqlitePath(string connectionString, string baseDirectory)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (builder.DataSource != ":memory:" && !Path.IsPathRooted(builder.DataSource))
        {
            builder.DataSource = Path.GetFullPath(Path.Combine(baseDirectory, builder.DataSource));
        }

        if (builder.DataSource != ":memory:")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(builder.DataSource)!);
        }

        return builder.ToString();
    }
}

public static class DataFeature
{
    /// <summary>
    /// A model without some migrated tables is expected when a feature has been removed (its tables stay, unused); the
    /// migrator logs it instead of refusing to start. That every model change has its migration is checked by the
    /// tests (MigrationTests) and <c>dotnet ef migrations has-pending-model-changes</c>, not at start-up.
    /// </summary>
    private static void LogPendingModelChanges(Microsoft.EntityFrameworkCore.Diagnostics.WarningsConfigurationBuilder warnings) =>
        warnings.Log((Microsoft.EntityFrameworkCore.Diagnostics.RelationalEventId.PendingModelChangesWarning, LogLevel.Warning));

    /// <summary>
    /// The compiled model of the context (ADR 0030), handed to EF once: without it EF looks for the model by reflection
    /// over the assembly's attributes for every context it creates, that is for every request. Where the compiled
    /// models have been removed (<c>scripts/remove-feature.sh</c>), EF builds the model from the configurations as before.
    /// </summary>
    private static DbContextOptionsBuilder WithCompiledModel<TContext>(DbContextOptionsBuilder options)
        where TContext : DbContext
    {
        var model = typeof(TContext).Assembly.GetCustomAttributes(typeof(Microsoft.EntityFrameworkCore.Infrastructure.DbContextModelAttribute), false)
            .OfType<Microsoft.EntityFrameworkCore.Infrastructure.DbContextModelAttribute>()
            .Where(a => a.ContextType == typeof(TContext))
            .Select(a => a.ModelType.GetProperty("Instance", System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)?.GetValue(null))
            .OfType<Microsoft.EntityFrameworkCore.Metadata.IModel>()
            .FirstOrDefault();
        return model is null ? options : options.UseModel(model);
    }

    /// <summary>
    /// Contexts the pool keeps between requests; more requests at once get new contexts, which are dropped when they
    /// come back to a full pool.
    /// </summary>
    public const int ContextPoolSize = 128;

    /// <summary>
    /// A context from the pool for one scope (a request, a job run), bound to the scope's actor, clock, cache and save
    /// hooks; the scope disposes it, which returns it to the pool.
    /// </summary>
    private static AppDbContext Rent<TContext>(IServiceProvider services)
        where TContext : AppDbContext =>
        services.GetRequiredService<IDbContextFactory<TContext>>().CreateDbContext().Use(
            services.GetService<ICurrentActor>(),
            services.GetService<TimeProvider>(),
            services.GetService<PublicCache>(),
            services.GetServices<ISaveHook>());

    /// <summary>
    /// SQLite, in a request: the context's connection is opened once and stays open until the request ends (the
    /// scope returns the context to the pool, which closes it). Otherwise EF opens and closes it around every query, and
    /// each opening registers EF's SQL functions on the native connection anew and each closing removes them: a tenth
    /// of what a project page allocated. Outside requests (start-up, jobs, the command line) EF opens as before.
    /// </summary>
    private static AppDbContext KeepOpenForRequest(AppDbContext context, IServiceProvider services)
    {
        if (services.GetService<IHttpContextAccessor>()?.HttpContext is not null)
        {
            context.Database.OpenConnection();
        }

        return context;
    }

    /// <summary>
    /// EF's check that no context runs two operations at once stays on in development and in the tests, where it turns
    /// such a defect into an exception; in production it is off: it sets and resets an async-local value around every
    /// step of every query (a twelfth of what a project page allocated).
    /// </summary>
    private static bool ThreadSafetyChecks(IServiceProvider services) =>
        services.GetService<IHostEnvironment>() is not { } environment || !environment.IsProduction();

    public static IServiceCollection AddData(this IServiceCollection services, DatabaseSettings settings)
    {
        services.AddSingleton(settings);
        // Interceptors registered as services (IInterceptor, singletons) join every context: e.g. to count a page's SQL
        // commands. Contexts come from a pool (ADR 0031): the options are built once for the process, and a context
        // keeps EF's internal services from one request to the next instead of setting them up anew; building the
        // options and the internal services was about a third of what a project page allocated.
        if (settings.Provider == DatabaseProvider.Postgres)
        {
            services.AddPooledDbContextFactory<PostgresAppDbContext>(
                (sp, o) => WithCompiledModel<PostgresAppDbContext>(o.UseNpgsql(settings.ConnectionString, x => x.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery)))
                    .ConfigureWarnings(LogPendingModelChanges).AddInterceptors(sp.GetServices<IInterceptor>()).EnableThreadSafetyChecks(ThreadSafetyChecks(sp)),
                ContextPoolSize);
            services.AddScoped<AppDbContext>(sp => Rent<PostgresAppDbContext>(sp));
        }
        else
        {
            services.AddSingleton<IInterceptor, SqliteConnectionTuning>();
            services.AddPooledDbContextFactory<SqliteAppDbContext>(
                (sp, o) => WithCompiledModel<SqliteAppDbContext>(o.UseSqlite(settings.ConnectionString, x => x.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery)))
                    .ConfigureWarnings(LogPendingModelChanges).AddInterceptors(sp.GetServices<IInterceptor>()).EnableThreadSafetyChecks(ThreadSafetyChecks(sp)),
                ContextPoolSize);
            services.AddScoped<AppDbContext>(sp => KeepOpenForRequest(Rent<SqliteAppDbContext>(sp), sp));
        }

        services.AddScoped<DatabaseSetup>();

        // Several nodes on this database: signals, job leases, shared submission limits (ADR 0027).
        services.AddCluster(settings);

        // Keys in the database: cookies stay valid across restarts and on every node behind a load balancer.
        services.AddDataProtection().SetApplicationName("Modellregion").PersistKeysToDbContext<AppDbContext>();
        return services;
    }
}
