using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Modellregion.Web.Features.Projects;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Funding;

/// <summary>
/// A fund request (Mittelabruf): the project lead asks for money needed in a period; the project office checks
/// and forwards it; the payment is recorded with its date and amount.
/// </summary>
public class FundRequest : IAudited, IVersioned
{
    public int Id { get; set; }
    public int ProjectId { get; set; }
    public Project? Project { get; set; }

    /// <summary>Running number within the project (1, 2, …).</summary>
    public int Number { get; set; }
    public decimal Amount { get; set; }

    /// <summary>The period in which the money is needed for due payments.</summary>
    public DateOnly NeededFrom { get; set; }
    public DateOnly NeededUntil { get; set; }
    public required string Justification { get; set; }

    /// <summary>A settlement of costs incurred within the funding period, asked for after it ended.</summary>
    public bool IsSettlement { get; set; }
    public FundRequestStatus Status { get; set; } = FundRequestStatus.Draft;

    public DateTime CreatedAt { get; set; }
    public string? CreatedBy { get; set; }
    public DateTime? SubmittedAt { get; set; }
    public string? SubmittedBy { get; set; }
    public DateTime? ForwardedAt { get; set; }
    public string? ForwardedBy { get; set; }
    public string? ReturnReason { get; set; }
    public DateOnly? PaidOn { get; set; }
    public decimal? PaidAmount { get; set; }
    public string? PaymentRecordedBy { get; set; }
    public int Version { get; set; }

    /// <summary>Submitted or forwarded: the money is asked for but not yet paid.</summary>
    public bool IsOpen => Status is FundRequestStatus.Submitted or FundRequestStatus.Forwarded;

    /// <summary>
    /// Why <paramref name="step"/> is not possible in the request's stage, or null when it is. The state machine:
    /// Entwurf/Zurückgegeben → (edit, submit) → Eingereicht → (forward) → Weitergeleitet → (pay) → Ausgezahlt;
    /// open requests can be returned, everything not paid or withdrawn can be withdrawn.
    /// </summary>
    public string? Refusal(FundRequestStep step) => step switch
    {
        FundRequestStep.Edit when Status is not (FundRequestStatus.Draft or FundRequestStatus.Returned) =>
            "Nur Entwürfe und zurückgegebene Mittelabrufe können geändert werden.",
        FundRequestStep.Submit when Status is not (FundRequestStatus.Draft or FundRequestStatus.Returned) =>
            $"Der Mittelabruf Nr. {Number} ist bereits {FundRequestStatuses.Label(Status)}.",
        FundRequestStep.Forward when Status != FundRequestStatus.Submitted => WrongStage(FundRequestStatus.Submitted),
        FundRequestStep.RecordPayment when Status != FundRequestStatus.Forwarded => WrongStage(FundRequestStatus.Forwarded),
        FundRequestStep.Return when !IsOpen => "Nur eingereichte oder weitergeleitete Mittelabrufe können zurückgegeben werden.",
        FundRequestStep.Withdraw when Status is FundRequestStatus.Paid or FundRequestStatus.Withdrawn =>
            "Ausgezahlte oder bereits zurückgezogene Mittelabrufe können nicht zurückgezogen werden.",
        _ => null,
    };

    /// <summary>Changes a draft (or a returned request, which becomes a draft again).</summary>
    public void Edit(decimal amount, DateOnly neededFrom, DateOnly neededUntil, string justification, bool isSettlement)
    {
        Ensure(FundRequestStep.Edit);
        (Amount, NeededFrom, NeededUntil, Justification, IsSettlement) = (amount, neededFrom, neededUntil, justification.Trim(), isSettlement);
        Status = FundRequestStatus.Draft;
    }

    /// <summary>Submits the request (its rules checked by the caller): the amount counts as requested on the account.</summary>
    public void Submit(FundingAccount account, DateTime at, string? by)
    {
        Ensure(FundRequestStep.Submit);
        Status = FundRequestStatus.Submitted;
        (SubmittedAt, SubmittedBy, ReturnReason) = (at, by, null);
        account.Requested += Amount;
    }

    /// <summary>The project office has checked the request and forwards it to the granting authority.</summary>
    public void Forward(DateTime at, string? by)
    {
        Ensure(FundRequestStep.Forward);
        Status = FundRequestStatus.Forwarded;
        (ForwardedAt, ForwardedBy) = (at, by);
    }

    /// <summary>Returns an open request to the project lead with the reasons; the money is free again.</summary>
    public void Return(FundingAccount account, string reason)
    {
        Ensure(FundRequestStep.Return);
        account.Requested -= Amount;
        Status = FundRequestStatus.Returned;
        ReturnReason = reason.Trim();
    }

    /// <summary>The lead withdraws the request; an open one frees its money.</summary>
    public void Withdraw(FundingAccount account)
    {
        Ensure(FundRequestStep.Withdraw);
        if (IsOpen)
        {
            account.Requested -= Amount;
        }

        Status = FundRequestStatus.Withdrawn;
    }

    /// <summary>Records the payment of a forwarded request: at most the amount requested, which no longer counts as requested.</summary>
    public void RecordPayment(FundingAccount account, DateOnly paidOn, decimal amount, string? by)
    {
        Ensure(FundRequestStep.RecordPayment);
        if (amount <= 0 || amount > Amount)
        {
            throw new InvalidOperationException($"Ausgezahlt werden können mehr als 0 und höchstens {Amount} €.");
        }

        account.Requested -= Amount;
        account.Paid += amount;
        Status = FundRequestStatus.Paid;
        (PaidOn, PaidAmount, PaymentRecordedBy) = (paidOn, amount, by);
    }

    private string WrongStage(FundRequestStatus required) =>
        $"Der Mittelabruf Nr. {Number} ist {FundRequestStatuses.Label(Status)}; dieser Schritt ist nur im Stand „{FundRequestStatuses.Label(required)}“ möglich.";

    private void Ensure(FundRequestStep step)
    {
        if (Refusal(step) is { } refusal)
        {
            throw new InvalidOperationException(refusal);
        }
    }
}

/// <summary>The steps a fund request can take (see <see cref="FundRequest.Refusal"/>).</summary>
public enum FundRequestStep
{
    Edit,
    Submit,
    Forward,
    Return,
    Withdraw,
    RecordPayment,
}

public enum FundRequestStatus
{
    Draft = 1,
    Submitted = 2,
    Forwarded = 3,
    Paid = 4,
    Returned = 5,
    Withdrawn = 6,
}

public static class FundRequestStatuses
{
    public static string Label(FundRequestStatus status) => status switch
    {
        FundRequestStatus.Draft => "Entwurf",
        FundRequestStatus.Submitted => "Eingereicht – wartet auf Prüfung",
        FundRequestStatus.Forwarded => "Geprüft und weitergeleitet",
        FundRequestStatus.Paid => "Ausgezahlt",
        FundRequestStatus.Returned => "Zurückgegeben",
        FundRequestStatus.Withdrawn => "Zurückgezogen",
        _ => status.ToString(),
    };
}

/// <summary>
/// The money of one project's grant: what is asked for and not yet paid, and what is paid. Every change to
/// requests or payments changes this row under optimistic concurrency, so two requests submitted at the same
/// moment cannot both pass the check against the grant.
/// </summary>
public class FundingAccount
{
    public int ProjectId { get; set; }
    public Project? Project { get; set; }

    /// <summary>Submitted or forwarded, not yet paid.</summary>
    public decimal Requested { get; set; }
    public decimal Paid { get; set; }
    public int Version { get; set; }

    public decimal Committed => Requested + Paid;
}

internal sealed class FundRequestConfiguration : IEntityTypeConfiguration<FundRequest>
{
    public void Configure(EntityTypeBuilder<FundRequest> builder)
    {
        builder.HasOne(r => r.Project).WithMany().HasForeignKey(r => r.ProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.ProjectId, r.Number }).IsUnique();
        // Covers the payments timeline (status, date, amount) without reading the table.
        builder.HasIndex(r => new { r.Status, r.PaidOn, r.PaidAmount });
        builder.Property(r => r.Amount).HasPrecision(16, 2);
        builder.Property(r => r.PaidAmount).HasPrecision(16, 2);
        builder.Property(r => r.Justification).HasMaxLength(4000);
        builder.Property(r => r.ReturnReason).HasMaxLength(2000);
        builder.Property(r => r.CreatedBy).HasMaxLength(200);
        builder.Property(r => r.SubmittedBy).HasMaxLength(200);
        builder.Property(r => r.ForwardedBy).HasMaxLength(200);
        builder.Property(r => r.PaymentRecordedBy).HasMaxLength(200);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.Ignore(r => r.IsOpen);
    }
}

internal sealed class FundingAccountConfiguration : IEntityTypeConfiguration<FundingAccount>
{
    public void Configure(EntityTypeBuilder<FundingAccount> builder)
    {
        builder.HasKey(a => a.ProjectId);
        builder.HasOne(a => a.Project).WithOne().HasForeignKey<FundingAccount>(a => a.ProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(a => a.Requested).HasPrecision(16, 2);
        builder.Property(a => a.Paid).HasPrecision(16, 2);
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.Ignore(a => a.Committed);
    }
}
