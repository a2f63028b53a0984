using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Account;
using Modellregion.Web.Platform.Email;

namespace Modellregion.Web.Features.Funding;

/// <summary>A reminder about a deadline that could not be sent, while the deadline is still open.</summary>
public sealed record FailedReminder(
    int ProjectId,
    string ProjectTitle,
    string RegionName,
    string Deadline,
    DateOnly DueOn,
    bool AfterDue,
    string Recipient,
    string? Error,
    int Attempts,
    DateTime LastAttemptAt);

/// <summary>
/// The deadline reminders that failed (see <see cref="Reminders"/>) and whose deadline is still open — what the office
/// has to look at. Once a retry succeeds, or the deadline is met, a reminder is no longer listed.
/// </summary>
public sealed class ReminderFailures(AppDbContext db, Deadlines deadlines)
{
    /// <summary>Who sees them: the administration, the project offices and the granting authorities, for their regions.</summary>
    public static bool MaySee(Scopes scopes) =>
        scopes.IsAdministrator || scopes.OfficeRegions.Count > 0 || scopes.AuthorityRegions.Count > 0;

    public async Task<IReadOnlyList<FailedReminder>> ListAsync(Scopes scopes, DateOnly today, CancellationToken cancellationToken = default)
    {
        if (!MaySee(scopes))
        {
            return [];
        }

        // Failed reminders are few: read them all (by the index on the status) and keep those of open deadlines in view.
        var failed = await db.ReminderLogs.AsNoTracking().Where(r => r.Status == DeliveryStatus.Failed).ToListAsync(cancellationToken);
        if (failed.Count == 0)
        {
            return [];
        }

        var open = (await deadlines.VisibleAsync(scopes, today, cancellationToken)).ToDictionary(d => (d.ProjectId, d.Key, d.DueOn));
        return [.. failed
            .Where(f => open.ContainsKey((f.ProjectId, f.DeadlineKey, f.DueOn)))
            .Select(f =>
            {
                var deadline = open[(f.ProjectId, f.DeadlineKey, f.DueOn)];
                return new FailedReminder(f.ProjectId, deadline.ProjectTitle, deadline.RegionName, deadline.Label, f.DueOn, f.OffsetDays > 0, f.Recipient, f.Error, f.Attempts, f.SentAt);
            })
            .OrderByDescending(f => f.LastAttemptAt)
            .ThenBy(f => f.ProjectTitle, StringComparer.Ordinal)];
    }
}
