namespace Modellregion.Web.Features.Transfer;

/// <summary>Settings of the transfer pipeline (section "Transfer").</summary>
public sealed class TransferOptions
{
    public const string Section = "Transfer";

    /// <summary>An open case without activity for this many days is flagged and its owner reminded.</summary>
    public int InactiveAfterDays { get; set; } = 14;

    /// <summary>How often the reminder service looks for inactive cases.</summary>
    public int ReminderIntervalMinutes { get; set; } = 60;

    public bool RemindersEnabled { get; set; } = true;

    /// <summary>The contact data of a closed case (Nachgenutzt or Abgebrochen) is erased this many days after its last activity.</summary>
    public int ContactRetentionDays { get; set; } = 365;

    /// <summary>At most this many accepted submissions of each public form per client address within the window.</summary>
    public int SubmissionLimit { get; set; } = 5;

    /// <summary>At most this many posts to the public forms per client address within the window, valid or not (against floods).</summary>
    public int AttemptLimit { get; set; } = 30;

    public int SubmissionWindowMinutes { get; set; } = 10;

    /// <summary>Older name of <c>Site:PublicBaseUrl</c> (<see cref="Platform.SiteAddress"/>), still read when that is empty.</summary>
    public string? PublicBaseUrl { get; set; }
}
