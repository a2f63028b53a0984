using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Modellregion.Web.Platform.Cluster;

/// <summary>
/// One accepted attempt counted by <see cref="SubmissionThrottle"/>, shared by every web node. Rows are written and
/// deleted with plain SQL (never through <c>SaveChanges</c>: no audit, no cache invalidation) and deleted once
/// <see cref="ExpiresAt"/> has passed.
/// </summary>
public sealed class SubmissionAttempt
{
    public long Id { get; set; }

    /// <summary>What is limited, e.g. the form and the client address.</summary>
    public required string Key { get; set; }

    public DateTime At { get; set; }

    /// <summary>When the attempt no longer counts for any window (the end of its window).</summary>
    public DateTime ExpiresAt { get; set; }
}

/// <summary>
/// Which node runs a background job (<see cref="ClusterJobs"/>) until when; claimed with a conditional
/// <c>INSERT … ON CONFLICT DO NOTHING</c> or <c>UPDATE … WHERE</c>, which SQLite and PostgreSQL both decide atomically.
/// </summary>
public sealed class JobLease
{
    public required string Name { get; set; }

    public required string Holder { get; set; }

    public DateTime ExpiresAt { get; set; }
}

internal sealed class SubmissionAttemptConfiguration : IEntityTypeConfiguration<SubmissionAttempt>
{
    public void Configure(EntityTypeBuilder<SubmissionAttempt> builder)
    {
        builder.ToTable("SubmissionAttempts");
        builder.Property(a => a.Key).HasMaxLength(300);
        builder.HasIndex(a => new { a.Key, a.At });
        builder.HasIndex(a => a.ExpiresAt);
    }
}

internal sealed class JobLeaseConfiguration : IEntityTypeConfiguration<JobLease>
{
    public void Configure(EntityTypeBuilder<JobLease> builder)
    {
        builder.ToTable("JobLeases");
        builder.HasKey(l => l.Name);
        builder.Property(l => l.Name).HasMaxLength(100);
        builder.Property(l => l.Holder).HasMaxLength(200);
    }
}
