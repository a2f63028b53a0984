using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Account;
using Modellregion.Web.Features.Directory;
using Modellregion.Web.Platform;
using Modellregion.Web.Platform.Email;

namespace Modellregion.Web.Features.Transfer;

/// <summary>
/// A transfer case: a municipality's interest in a solution, followed by the project office from the first request
/// to the reuse (or its cancellation). Opened by an expression of interest.
/// </summary>
public class TransferCase : IAudited, IVersioned, ITimestamped
{
    public int Id { get; set; }
    public int SolutionId { get; set; }
    public Solution? Solution { get; set; }

    public required string MunicipalityAgs { get; set; }
    public Municipality? Municipality { get; set; }

    [ErasablePersonalData]
    public required string ContactName { get; set; }
    [ErasablePersonalData]
    public required string ContactEmail { get; set; }
    [ErasablePersonalData]
    public string? ContactPhone { get; set; }
    [ErasablePersonalData]
    public string? ContactRole { get; set; }

    /// <summary>The need as the municipality described it.</summary>
    [ErasablePersonalData]
    public required string Need { get; set; }
    public Timeline Timeline { get; set; }

    /// <summary>When the person agreed to the privacy notice (UTC).</summary>
    public DateTime ConsentAt { get; set; }

    /// <summary>When the contact details and the need were erased (on request or after the retention period).</summary>
    public DateTime? ContactErasedAt { get; set; }

    public TransferStage Stage { get; set; } = TransferStage.Request;
    public CancelReason? CancelReason { get; set; }
    public string? CancelNote { get; set; }

    /// <summary>The stage a cancelled case was in, so that it can be reopened there.</summary>
    public TransferStage? CancelledFrom { get; set; }

    public string? OwnerId { get; set; }
    public ApplicationUser? Owner { get; set; }
    public string? NextStep { get; set; }
    public DateOnly? NextStepDue { get; set; }

    /// <summary>Last change by anyone (stage, owner, note, next step); inactivity is measured from here.</summary>
    public DateTime LastActivityAt { get; set; }

    public List<TransferCaseNote> Notes { get; set; } = [];
    public List<TransferCaseStep> Steps { get; set; } = [];

    public bool IsSynthetic { get; set; }
    public int Version { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }

    public bool IsOpen => TransferStages.IsOpen(Stage);

    /// <summary>
    /// Moves the case to <paramref name="to"/> and records the step: a cancellation keeps its reason, its note and the
    /// stage it left (so that it can be reopened there); reopening clears them. Which moves are allowed is the caller's rule.
    /// </summary>
    /// <param name="cancelReason">Required when <paramref name="to"/> is <see cref="TransferStage.Cancelled"/>.</param>
    /// <param name="note">The note of the step (for a cancellation: the free text beside the reason).</param>
    /// <param name="by">Who took the step, as shown in the case's history.</param>
    public void MoveTo(TransferStage to, CancelReason? cancelReason, string? note, string? by, DateTime now)
    {
        var from = Stage;
        Stage = to;
        LastActivityAt = now;
        if (to == TransferStage.Cancelled)
        {
            (CancelReason, CancelNote, CancelledFrom) = (cancelReason ?? throw new ArgumentNullException(nameof(cancelReason)), note, from);
        }
        else if (from == TransferStage.Cancelled)
        {
            (CancelReason, CancelNote, CancelledFrom) = (null, null, null);
        }

        var reason = to == TransferStage.Cancelled ? TransferStages.Label(cancelReason!.Value) + (note is null ? "" : ": " + note) : note;
        Steps.Add(new TransferCaseStep { From = from, To = to, At = now, By = by, Reason = reason });
    }
}

public class TransferCaseNote : IAudited
{
    public int Id { get; set; }
    public int TransferCaseId { get; set; }
    public TransferCase? TransferCase { get; set; }
    public required string Text { get; set; }
    public DateTime CreatedAt { get; set; }
    public string? AuthorName { get; set; }
}

/// <summary>One move of a case through the pipeline.</summary>
public class TransferCaseStep : IAudited
{
    public int Id { get; set; }
    public int TransferCaseId { get; set; }
    public TransferCase? TransferCase { get; set; }
    public TransferStage? From { get; set; }
    public TransferStage To { get; set; }
    public DateTime At { get; set; }
    public string? By { get; set; }
    public string? Reason { get; set; }
}

/// <summary>
/// A reminder sent to a case's owner because the case had no activity. One per case and inactivity period
/// (identified by the last activity it was measured from), so a restart never sends it twice. One that could not be
/// sent stays as <see cref="DeliveryStatus.Failed"/> with the reason (without personal data) and is tried again, up to
/// <see cref="DeliveryFailure.MaxAttempts"/> times; the office sees the failed ones.
/// </summary>
public class TransferReminder
{
    public int Id { get; set; }
    public int TransferCaseId { get; set; }
    public TransferCase? TransferCase { get; set; }
    public DateTime InactiveSince { get; set; }

    /// <summary>When it was sent, or last tried.</summary>
    public DateTime SentAt { get; set; }
    public required string SentTo { get; set; }
    public DeliveryStatus Status { get; set; }
    public string? Error { get; set; }
    public int Attempts { get; set; }
}

public enum TransferStage
{
    Request = 10,
    FirstMeeting = 20,
    Agreement = 30,
    Implementation = 40,
    Reused = 50,
    Cancelled = 90,
}

public enum Timeline
{
    Now = 1,
    WithinSixMonths = 2,
    WithinYear = 3,
    Open = 4,
}

public enum CancelReason
{
    NoLongerNeeded = 1,
    OtherSolution = 2,
    NoMoneyOrCapacity = 3,
    TechnicalPrerequisites = 4,
    LegalOrProcurement = 5,
    NoResponse = 6,
    Other = 9,
}

/// <summary>The pipeline: its stages, labels and the moves allowed between them.</summary>
public static class TransferStages
{
    public static readonly IReadOnlyList<(TransferStage Stage, string Slug, string Label)> All =
    [
        (TransferStage.Request, "anfrage", "Anfrage"),
        (TransferStage.FirstMeeting, "erstgespraech", "Erstgespräch"),
        (TransferStage.Agreement, "vereinbarung", "Vereinbarung"),
        (TransferStage.Implementation, "umsetzung", "Umsetzung"),
        (TransferStage.Reused, "nachgenutzt", "Nachgenutzt"),
        (TransferStage.Cancelled, "abgebrochen", "Abgebrochen"),
    ];

    public static readonly IReadOnlyList<TransferStage> MainPath =
        [TransferStage.Request, TransferStage.FirstMeeting, TransferStage.Agreement, TransferStage.Implementation, TransferStage.Reused];

    public static readonly IReadOnlyList<(CancelReason Reason, string Label)> CancelReasons =
    [
        (CancelReason.NoLongerNeeded, "Kein Bedarf mehr"),
        (CancelReason.OtherSolution, "Andere Lösung gewählt"),
        (CancelReason.NoMoneyOrCapacity, "Keine Mittel oder Kapazität"),
        (CancelReason.TechnicalPrerequisites, "Technische Voraussetzungen fehlen"),
        (CancelReason.LegalOrProcurement, "Rechtliche oder vergaberechtliche Gründe"),
        (CancelReason.NoResponse, "Keine Rückmeldung"),
        (CancelReason.Other, "Sonstiges"),
    ];

    public static readonly IReadOnlyList<(Timeline Timeline, string Label)> Timelines =
    [
        (Timeline.Now, "Sofort"),
        (Timeline.WithinSixMonths, "In den nächsten sechs Monaten"),
        (Timeline.WithinYear, "In sechs bis zwölf Monaten"),
        (Timeline.Open, "Später oder noch offen"),
    ];

    public static string Label(TransferStage stage) => All.FirstOrDefault(s => s.Stage == stage).Label ?? stage.ToString();

    public static string Label(CancelReason reason) => CancelReasons.FirstOrDefault(r => r.Reason == reason).Label ?? reason.ToString();

    public static string Label(Timeline timeline) => Timelines.FirstOrDefault(t => t.Timeline == timeline).Label ?? "nicht angegeben";

    public static TransferStage? FromSlug(string? slug) => All.Where(s => s.Slug == slug).Select(s => (TransferStage?)s.Stage).FirstOrDefault();

    public static bool IsOpen(TransferStage stage) => stage is not (TransferStage.Reused or TransferStage.Cancelled);

    /// <summary>
    /// Allowed moves: one step forward, one step back (a correction), cancel from any open stage, reopen a cancelled
    /// case in the stage it was cancelled from. A reused case is final.
    /// </summary>
    public static IReadOnlyList<TransferStage> AllowedTargets(TransferStage stage, TransferStage? cancelledFrom)
    {
        if (stage == TransferStage.Cancelled)
        {
            return [cancelledFrom ?? TransferStage.Request];
        }

        if (stage == TransferStage.Reused)
        {
            return [];
        }

        var index = MainPath.ToList().IndexOf(stage);
        var targets = new List<TransferStage> { MainPath[index + 1] };
        if (index > 0)
        {
            targets.Add(MainPath[index - 1]);
        }

        targets.Add(TransferStage.Cancelled);
        return targets;
    }
}

internal sealed class TransferCaseConfiguration : IEntityTypeConfiguration<TransferCase>
{
    public void Configure(EntityTypeBuilder<TransferCase> builder)
    {
        builder.Property(c => c.MunicipalityAgs).HasMaxLength(8).IsFixedLength();
        builder.HasOne(c => c.Municipality).WithMany().HasForeignKey(c => c.MunicipalityAgs).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(c => c.Solution).WithMany().HasForeignKey(c => c.SolutionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(c => c.Owner).WithMany().HasForeignKey(c => c.OwnerId).OnDelete(DeleteBehavior.SetNull);
        builder.Property(c => c.ContactName).HasMaxLength(200);
        builder.Property(c => c.ContactEmail).HasMaxLength(254);
        builder.Property(c => c.ContactPhone).HasMaxLength(50);
        builder.Property(c => c.ContactRole).HasMaxLength(200);
        builder.Property(c => c.Need).HasMaxLength(2000);
        builder.Property(c => c.CancelNote).HasMaxLength(1000);
        builder.Property(c => c.NextStep).HasMaxLength(500);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.HasIndex(c => new { c.Stage, c.LastActivityAt });
        builder.HasIndex(c => c.SolutionId);
        builder.HasIndex(c => c.MunicipalityAgs);
        builder.HasIndex(c => c.OwnerId).OnlyWhereSet();
    }
}

internal sealed class TransferCaseNoteConfiguration : IEntityTypeConfiguration<TransferCaseNote>
{
    public void Configure(EntityTypeBuilder<TransferCaseNote> builder)
    {
        builder.HasOne(n => n.TransferCase).WithMany(c => c.Notes).HasForeignKey(n => n.TransferCaseId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(n => n.Text).HasMaxLength(4000);
        builder.Property(n => n.AuthorName).HasMaxLength(200);
    }
}

internal sealed class TransferCaseStepConfiguration : IEntityTypeConfiguration<TransferCaseStep>
{
    public void Configure(EntityTypeBuilder<TransferCaseStep> builder)
    {
        builder.HasOne(s => s.TransferCase).WithMany(c => c.Steps).HasForeignKey(s => s.TransferCaseId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(s => s.By).HasMaxLength(200);
        builder.Property(s => s.Reason).HasMaxLength(1200);
    }
}

internal sealed class TransferReminderConfiguration : IEntityTypeConfiguration<TransferReminder>
{
    public void Configure(EntityTypeBuilder<TransferReminder> builder)
    {
        builder.HasOne(r => r.TransferCase).WithMany().HasForeignKey(r => r.TransferCaseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.TransferCaseId, r.InactiveSince }).IsUnique();
        builder.Property(r => r.SentTo).HasMaxLength(254);
        builder.Property(r => r.Error).HasMaxLength(DeliveryFailure.MaxLength);

        // A retry claims the failed reminder by its number of attempts: two nodes cannot both send it again.
        builder.Property(r => r.Attempts).IsConcurrencyToken();
        builder.HasIndex(r => r.Status);
    }
}
