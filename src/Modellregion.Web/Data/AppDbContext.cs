using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Features.Account;
using Modellregion.Web.Features.Audit;
using Modellregion.Web.Platform;
using Modellregion.Web.Platform.Files;

namespace Modellregion.Web.Data;

/// <summary>
/// The one database of the product. Provider-specific subclasses (<see cref="SqliteAppDbContext"/>,
/// <see cref="PostgresAppDbContext"/>) carry their own migrations. Saving stamps times, bumps concurrency
/// versions and writes the audit trail in the same transaction.
/// </summary>
public abstract class AppDbContext : IdentityDbContext<ApplicationUser>, IDataProtectionKeyContext
{
    private ICurrentActor _actor = new SystemActor();
    private TimeProvider _time = TimeProvider.System;
    private PublicCache? _cache;
    private ISaveHook[] _hooks = [];

    /// <summary>
    /// Only the options: the app rents its contexts from a pool (<see cref="DataFeature"/>, ADR 0031) and hands each
    /// rented context who acts, the clock, the public cache and the save hooks with <see cref="Use"/>. A context made
    /// with <c>new</c> (tests, design time) acts as "System" by the system clock, without cache and hooks.
    /// </summary>
    protected AppDbContext(DbContextOptions options)
        : base(options)
    {
    }

    /// <summary>
    /// Binds a context (new or rented from the pool) to the unit of work that uses it: everything the context keeps
    /// besides EF's own state is set here, so nothing of an earlier request remains.
    /// </summary>
    public AppDbContext Use(ICurrentActor? actor, TimeProvider? time, PublicCache? cache, IEnumerable<ISaveHook>? hooks)
    {
        _actor = actor ?? new SystemActor();
        _time = time ?? TimeProvider.System;
        _cache = cache;
        _hooks = hooks as ISaveHook[] ?? hooks?.ToArray() ?? [];
        SuppressAudit = false;
        return this;
    }

    public DbSet<StoredFile> Files => Set<StoredFile>();

    /// <summary>The keys that protect sign-in cookies and forms, shared by every web node.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DateTime UtcNow => _time.GetUtcNow().UtcDateTime;

    /// <summary>Today in Berlin, by the same clock as <see cref="UtcNow"/>.</summary>
    public DateOnly Today => Formatting.BerlinDate(UtcNow);

    /// <summary>
    /// Saves the changes and answers <paramref name="saved"/> (evaluated after saving, so new keys are known); when
    /// someone else saved the same record in between (its <c>Version</c> no longer matches), nothing is saved and
    /// the answer is <paramref name="conflict"/>.
    /// </summary>
    public async Task<Outcome> SaveOrConflictAsync(Func<Outcome> saved, Outcome conflict, CancellationToken cancellationToken = default)
    {
        try
        {
            await SaveChangesAsync(cancellationToken);
            return saved();
        }
        catch (DbUpdateConcurrencyException)
        {
            return conflict;
        }
    }

    /// <summary>
    /// As <see cref="SaveOrConflictAsync(Func{Outcome}, Outcome, CancellationToken)"/>, for a use case that answers a
    /// conflict with more than a message (the form again, with what is stored now).
    /// </summary>
    public async Task<T> SaveOrConflictAsync<T>(Func<T> saved, Func<Task<T>> conflict, CancellationToken cancellationToken = default)
    {
        try
        {
            await SaveChangesAsync(cancellationToken);
            return saved();
        }
        catch (DbUpdateConcurrencyException)
        {
            return await conflict();
        }
    }

    /// <summary>Bulk loads of synthetic data skip the per-record audit trail.</summary>
    public bool SuppressAudit { get; set; }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        FeatureTables.ApplyAll(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        ChangeTracker.DetectChanges();
        var now = UtcNow;
        StampTimesAndVersions(now);
        var audit = SuppressAudit ? [] : AuditRecorder.Capture(ChangeTracker, now, _actor);
        var hooks = CaptureHooks();
        if (audit.Count == 0 && hooks.Count == 0)
        {
            var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            if (_cache is not null)
            {
                await _cache.ChangedAsync(Database, written: saved > 0);
            }

            return saved;
        }

        var ownTransaction = Database.CurrentTransaction is null
            ? await Database.BeginTransactionAsync(cancellationToken)
            : null;
        try
        {
            var written = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            foreach (var (hook, captured) in hooks)
            {
                await hook.AfterSaveAsync(this, captured, cancellationToken);
            }

            // Last, so the chain's lock (ADR 0023) is held only for the append and the commit.
            if (audit.Count > 0)
            {
                var entries = AuditRecorder.Complete(audit, ChangeTracker).ToList();
                await AuditChain.LinkAsync(this, entries, cancellationToken);
                this.AuditEntries.AddRange(entries);
                await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            }

            if (ownTransaction is not null)
            {
                await ownTransaction.CommitAsync(cancellationToken);
            }

            // After the commit (or inside the caller's transaction, where PostgreSQL delivers it with the commit).
            if (_cache is not null)
            {
                await _cache.ChangedAsync(Database);
            }

            return written;
        }
        finally
        {
            if (ownTransaction is not null)
            {
                await ownTransaction.DisposeAsync();
            }
        }
    }

    /// <summary>What the save hooks need from this save; none for bulk loads, which rebuild afterwards.</summary>
    private List<(ISaveHook Hook, object Captured)> CaptureHooks()
    {
        var captured = new List<(ISaveHook, object)>();
        if (SuppressAudit)
        {
            return captured;
        }

        foreach (var hook in _hooks)
        {
            if (hook.Capture(ChangeTracker) is { } state)
            {
                captured.Add((hook, state));
            }
        }

        return captured;
    }

    private void StampTimesAndVersions(DateTime now)
    {
        foreach (var entry in ChangeTracker.Entries())
        {
            if (entry.Entity is AuditEntry && entry.State is EntityState.Modified or EntityState.Deleted)
            {
                throw new InvalidOperationException("Das Änderungsprotokoll ist unveränderlich.");
            }

            if (entry.State is EntityState.Added or EntityState.Modified && entry.Entity is ISearchable searchable)
            {
                searchable.RefreshSearchText();
            }

            if (entry.State == EntityState.Added && entry.Entity is ITimestamped created)
            {
                if (created.CreatedAt == default)
                {
                    created.CreatedAt = now;
                }

                created.UpdatedAt = now;
            }
            else if (entry.State == EntityState.Modified)
            {
                if (entry.Entity is ITimestamped updated)
                {
                    updated.UpdatedAt = now;
                }

                if (entry.Entity is IVersioned versioned)
                {
                    versioned.Version++;
                }
            }
        }
    }
}
