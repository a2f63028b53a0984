using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data.Seeding;
using Modellregion.Web.Features.Account;
using Modellregion.Web.Features.Directory;

namespace Modellregion.Web.Data;

/// <summary>What the first start does: migrate, load the demo data, create the first administrator.</summary>
public sealed class DatabaseSetup(AppDbContext db, DatabaseSettings settings, UserManager<ApplicationUser> users, ILogger<DatabaseSetup> logger, IEnumerable<IDemoData> demoData)
{
    public const string FirstAdminEmail = "admin@modellregion.local";

    /// <summary>
    /// Key of the PostgreSQL advisory lock under which the database is migrated and prepared: two nodes (or a node and
    /// the <c>migrate</c> command) that start at once take turns instead of migrating or seeding twice.
    /// </summary>
    public const long SetupLockKey = 0x4D6F64_656C6C;

    /// <summary>
    /// Holds the set-up lock until disposed: on PostgreSQL a session-level advisory lock on this context's connection,
    /// which stays open until then, so every step of the set-up runs in the session that holds the lock; on SQLite
    /// nothing (one file, one writer). The lock is taken on the context's own (pooled) connection rather than on one of
    /// its own: a connection of its own cost a second connection set-up at every start (TLS, authentication and
    /// Npgsql's type catalogue for its own data source), a tenth of a second and more before the first query.
    /// </summary>
    public async Task<IAsyncDisposable> LockAsync(CancellationToken cancellationToken = default)
    {
        if (settings.Provider != DatabaseProvider.Postgres)
        {
            return NoLock.Instance;
        }

        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_lock({0})", [SetupLockKey], cancellationToken);
            return new AdvisoryLock(db);
        }
        catch
        {
            await db.Database.CloseConnectionAsync();
            throw;
        }
    }

    /// <summary>The migrations this version brings that the database does not have yet (all of them on an empty database).</summary>
    public async Task<IReadOnlyList<string>> PendingMigrationsAsync(CancellationToken cancellationToken = default) =>
        [.. await db.Database.GetPendingMigrationsAsync(cancellationToken)];

    /// <summary>
    /// Applies the pending migrations. With none pending (every start but the first after an update) EF's migrator is
    /// not asked at all: it would compare the whole model with the last migration's snapshot first, a good part of a
    /// second of every start; that comparison is made by the migration tests instead (<c>MigrationTests</c>).
    /// </summary>
    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        if ((await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any())
        {
            await db.Database.MigrateAsync(cancellationToken);
        }

        // Entries written before the hash chain existed get their links once, in key order (ADR 0023).
        await Features.Audit.AuditChain.SealAsync(db, cancellationToken);
        if (settings.Provider == DatabaseProvider.Sqlite)
        {
            // Readers do not block the writer and the writer does not block readers; the planner keeps its statistics fresh.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
            await db.Database.ExecuteSqlRawAsync("PRAGMA optimize=0x10002;", cancellationToken);
        }
    }

    /// <summary>
    /// Loads the demo data into an empty database: the core and the parts of the registered features
    /// (<see cref="IDemoData"/>); returns false when data was already there.
    /// </summary>
    public async Task<bool> SeedDemoDataAsync(CancellationToken cancellationToken = default)
    {
        var loaded = await new DemoData(db, demoData).SeedAsync(cancellationToken);
        if (loaded)
        {
            await UpdateStatisticsAsync(db, cancellationToken);
            logger.LogInformation("Demodaten geladen.");
        }

        return loaded;
    }

    /// <summary>Whether anybody has an account yet: then the installation is in use and gets no demo data.</summary>
    public Task<bool> HasAccountsAsync(CancellationToken cancellationToken = default) => users.Users.AnyAsync(cancellationToken);

    /// <summary>Imports the official municipality directory when it is not there yet (an installation without demo data).</summary>
    public async Task ImportMunicipalitiesIfMissingAsync(CancellationToken cancellationToken = default)
    {
        if (await db.Municipalities.AnyAsync(cancellationToken))
        {
            return;
        }

        var result = await new ImportMunicipalities(db).RunAsync(cancellationToken);
        if (logger.IsEnabled(LogLevel.Information))
        {
            logger.LogInformation("Gemeindeverzeichnis importiert: {Result}", result);
        }
        await UpdateStatisticsAsync(db, cancellationToken);
    }

    /// <summary>After a bulk load: fresh planner statistics, so that filters use the right indexes.</summary>
    public static Task UpdateStatisticsAsync(AppDbContext db, CancellationToken cancellationToken = default) =>
        db.Database.ExecuteSqlRawAsync("ANALYZE;", cancellationToken);

    /// <summary>
    /// Creates the first administrator with a generated password when there is no user yet.
    /// Returns the password, which is shown once and not stored anywhere in clear text.
    /// </summary>
    public async Task<string?> EnsureFirstAdministratorAsync(CancellationToken cancellationToken = default)
    {
        if (await users.Users.AnyAsync(cancellationToken))
        {
            return null;
        }

        var password = GeneratePassword();
        var admin = new ApplicationUser
        {
            UserName = FirstAdminEmail,
            Email = FirstAdminEmail,
            EmailConfirmed = true,
            DisplayName = "Administration",
            CreatedAt = db.UtcNow,
        };
        var result = await users.CreateAsync(admin, password);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("Der erste Administrator konnte nicht angelegt werden: " + string.Join(" ", result.Errors.Select(e => e.Description)));
        }

        db.RoleAssignments.Add(new RoleAssignment { UserId = admin.Id, Role = AppRole.Administrator, CreatedAt = db.UtcNow });
        await db.SaveChangesAsync(cancellationToken);
        return password;
    }

    /// <summary>A random password that meets the policy: 20 characters from letters, digits and symbols.</summary>
    public static string GeneratePassword()
    {
        const string lower = "abcdefghijkmnopqrstuvwxyz";
        const string upper = "ABCDEFGHJKLMNPQRSTUVWXYZ";
        const string digits = "23456789";
        const string symbols = "-_.!?";
        var all = lower + upper + digits + symbols;
        var chars = new char[20];
        chars[0] = lower[RandomNumberGenerator.GetInt32(lower.Length)];
        chars[1] = upper[RandomNumberGenerator.GetInt32(upper.Length)];
        chars[2] = digits[RandomNumberGenerator.GetInt32(digits.Length)];
        chars[3] = symbols[RandomNumberGenerator.GetInt32(symbols.Length)];
        for (var i = 4; i < chars.Length; i++)
        {
            chars[i] = all[RandomNumberGenerator.GetInt32(all.Length)];
        }

        RandomNumberGenerator.Shuffle(chars.AsSpan());
        return new string(chars);
    }
}

internal sealed class NoLock : IAsyncDisposable
{
    public static readonly NoLock Instance = new();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}

internal sealed class AdvisoryLock(AppDbContext db) : IAsyncDisposable
{
    public async ValueTask DisposeAsync()
    {
        try
        {
            await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_unlock({0})", DatabaseSetup.SetupLockKey);
        }
        finally
        {
            // Back to the pool. Had the unlock failed on a live connection, Npgsql's reset of a pooled connection before
            // its next use (pg_advisory_unlock_all, as in DISCARD ALL) releases the lock; a broken connection ended the
            // session and with it the lock.
            await db.Database.CloseConnectionAsync();
        }
    }
}
