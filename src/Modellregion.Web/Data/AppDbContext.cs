using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Features.Account;
using Modellregion.Web.Features.Audit;
using Modellregion.Web.Features.Board;
using Modellregion.Web.Features.Directory;
using Modellregion.Web.Features.Funding;
using Modellregion.Web.Features.News;
using Modellregion.Web.Features.Projects;
using Modellregion.Web.Features.Regions;
using Modellregion.Web.Features.Transfer;
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
    private readonly ICurrentActor _actor;
    private readonly TimeProvider _time;
    private readonly PublicCache? _cache;

    protected AppDbContext(DbContextOptions options, ICurrentActor? actor, TimeProvider? time, PublicCache? cache)
        : base(options)
    {
        _actor = actor ?? new SystemActor();
        _time = time ?? TimeProvider.System;
        _cache = cache;
    }

    public DbSet<Programme> Programmes => Set<Programme>();
    public DbSet<Region> Regions => Set<Region>();
    public DbSet<RegionParticipation> RegionParticipations => Set<RegionParticipation>();
    public DbSet<Organisation> Organisations => Set<Organisation>();
    public DbSet<Municipality> Municipalities => Set<Municipality>();
    public DbSet<District> Districts => Set<District>();
    public DbSet<Field> Fields => Set<Field>();
    public DbSet<Topic> Topics => Set<Topic>();
    public DbSet<Project> Projects => Set<Project>();
    public DbSet<ProjectPartner> ProjectPartners => Set<ProjectPartner>();
    public DbSet<ProjectMunicipality> ProjectMunicipalities => Set<ProjectMunicipality>();
    public DbSet<Milestone> Milestones => Set<Milestone>();
    public DbSet<ProjectResult> ProjectResults => Set<ProjectResult>();
    public DbSet<StatusChange> StatusChanges => Set<StatusChange>();
    public DbSet<GrantDecision> GrantDecisions => Set<GrantDecision>();
    public DbSet<FundRequest> FundRequests => Set<FundRequest>();
    public DbSet<FundingAccount> FundingAccounts => Set<FundingAccount>();
    public DbSet<Proof> Proofs => Set<Proof>();
    public DbSet<ReminderLog> ReminderLogs => Set<ReminderLog>();
    public DbSet<NewsItem> News => Set<NewsItem>();
    public DbSet<RoleAssignment> RoleAssignments => Set<RoleAssignment>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<StoredFile> Files => Set<StoredFile>();
    public DbSet<Board> Boards => Set<Board>();
    public DbSet<BoardPerson> BoardPeople => Set<BoardPerson>();
    public DbSet<BoardMembership> BoardMemberships => Set<BoardMembership>();
    public DbSet<Meeting> Meetings => Set<Meeting>();
    public DbSet<AgendaItem> AgendaItems => Set<AgendaItem>();
    public DbSet<Resolution> Resolutions => Set<Resolution>();
    public DbSet<ResolutionAttendance> ResolutionAttendance => Set<ResolutionAttendance>();
    public DbSet<MeetingInvitation> MeetingInvitations => Set<MeetingInvitation>();
    public DbSet<InvitationRecipient> InvitationRecipients => Set<InvitationRecipient>();
    public DbSet<Paper> Papers => Set<Paper>();
    public DbSet<PaperFile> PaperFiles => Set<PaperFile>();
    public DbSet<Solution> Solutions => Set<Solution>();
    public DbSet<SolutionProject> SolutionProjects => Set<SolutionProject>();
    public DbSet<SolutionDocument> SolutionDocuments => Set<SolutionDocument>();
    public DbSet<Reuse> Reuses => Set<Reuse>();
    public DbSet<TransferCase> TransferCases => Set<TransferCase>();
    public DbSet<TransferCaseNote> TransferCaseNotes => Set<TransferCaseNote>();
    public DbSet<TransferCaseStep> TransferCaseSteps => Set<TransferCaseStep>();
    public DbSet<TransferReminder> TransferReminders => Set<TransferReminder>();

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

    /// <summary>Bulk loads of synthetic data skip the per-record audit trail.</summary>
    public bool SuppressAudit { get; set; }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
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
        if (audit.Count == 0)
        {
            var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            _cache?.Invalidate();
            return saved;
        }

        var ownTransaction = Database.CurrentTransaction is null
            ? await Database.BeginTransactionAsync(cancellationToken)
            : null;
        try
        {
            var written = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            AuditEntries.AddRange(AuditRecorder.Complete(audit, ChangeTracker));
            await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            if (ownTransaction is not null)
            {
                await ownTransaction.CommitAsync(cancellationToken);
            }

            _cache?.Invalidate();
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
