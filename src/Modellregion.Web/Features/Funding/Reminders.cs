using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Platform;
using Modellregion.Web.Platform.Cluster;
using Modellregion.Web.Platform.Email;

namespace Modellregion.Web.Features.Funding;

/// <summary>
/// E-mail reminders about deadlines: a set number of days before a due date and again after it while the deadline
/// is still open. Each reminder goes out once — the log is written in the same transaction as the send, and a
/// unique index stops a second node or a restart from sending it again.
/// </summary>
public sealed class Reminders(AppDbContext db, Deadlines deadlines, IEmailSender email, TimeProvider time, SiteAddress site, ILogger<Reminders> logger)
{
    /// <summary>Sent now, sent before (or by another node), and failed now (kept for the office and tried again).</summary>
    public sealed record Result(int Sent, int AlreadySent, int Failed = 0);

    public async Task<Result> SendDueAsync(CancellationToken cancellationToken = default)
    {
        var today = Formatting.BerlinDate(time.GetUtcNow().UtcDateTime);
        var open = await deadlines.OpenAsync(null, cancellationToken);
        var (sent, skipped, failed) = (0, 0, 0);
        foreach (var deadline in open.Where(d => d.Kind != DeadlineKind.RequestCheck))
        {
            // The days before and after come from the rules of the project's own programme.
            foreach (var offset in new[] { -deadline.Rules.ReminderDaysBefore, deadline.Rules.ReminderDaysAfter })
            {
                if (today < deadline.DueOn.AddDays(offset) || (offset < 0 && today > deadline.DueOn))
                {
                    continue;
                }

                // Overdue, the reminder also goes up: to the office, and for proofs to the granting authority.
                var recipients = offset > 0 ? deadline.ResponsibleEmails.Concat(deadline.EscalationEmails) : deadline.ResponsibleEmails;
                foreach (var recipient in recipients.Where(e => e.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase))
                {
                    switch (await SendOnceAsync(deadline, offset, recipient, today, cancellationToken))
                    {
                        case DeliveryStatus.Sent:
                            sent++;
                            break;
                        case DeliveryStatus.Failed:
                            failed++;
                            break;
                        default:
                            skipped++;
                            break;
                    }
                }
            }
        }

        return new Result(sent, skipped, failed);
    }

    /// <summary>Sends one reminder unless it went out before; null when there was nothing to do.</summary>
    private async Task<DeliveryStatus?> SendOnceAsync(Deadline deadline, int offset, string recipient, DateOnly today, CancellationToken cancellationToken)
    {
        var log = await db.ReminderLogs.FirstOrDefaultAsync(r => r.ProjectId == deadline.ProjectId && r.DeadlineKey == deadline.Key && r.DueOn == deadline.DueOn && r.OffsetDays == offset && r.Recipient == recipient, cancellationToken);
        if (log is not null && (log.Status == DeliveryStatus.Sent || log.Attempts >= DeliveryFailure.MaxAttempts))
        {
            return null;
        }

        // The reminder is claimed (a new row, or a failed one's next attempt) in the transaction that commits after
        // the send: the unique index and the number of attempts let only one node send it.
        var now = time.GetUtcNow().UtcDateTime;
        var attemptsBefore = log?.Attempts ?? 0;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (log is null)
        {
            log = new ReminderLog { ProjectId = deadline.ProjectId, DeadlineKey = deadline.Key, DueOn = deadline.DueOn, OffsetDays = offset, Recipient = recipient };
            db.ReminderLogs.Add(log);
        }

        (log.Status, log.Error, log.Attempts, log.SentAt) = (DeliveryStatus.Sent, null, attemptsBefore + 1, now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another node logged this reminder first.
            db.ChangeTracker.Clear();
            return null;
        }

        var overdue = today > deadline.DueOn;
        var subject = overdue
            ? $"Überfällig: {deadline.Label} – {deadline.ProjectTitle}"
            : $"Erinnerung: {deadline.Label} bis {Formatting.Date(deadline.DueOn)} – {deadline.ProjectTitle}";
        var text =
            $"Guten Tag,\n\n{(overdue ? "diese Frist ist abgelaufen" : "diese Frist läuft bald ab")}:\n\n" +
            $"  Projekt: {deadline.ProjectTitle} ({deadline.RegionName})\n  Frist:   {deadline.Label}\n  Fällig:  {Formatting.Date(deadline.DueOn)}\n  Zuständig: {deadline.Responsible}\n\n" +
            (deadline.ResponsibleEmails.Contains(recipient, StringComparer.OrdinalIgnoreCase) ? "" : "Sie erhalten diese Nachricht zur Kenntnis, weil die Frist überschritten ist.\n\n") +
            $"Die Übersicht der Fristen finden Sie in der Verwaltung: {site.ForBackground()}/verwaltung/fristen\n\nDiese Nachricht wurde automatisch von Modellregion versandt.";
        try
        {
            await email.SendAsync(new EmailMessage(recipient, null, subject, text), cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            await RecordFailureAsync(deadline, offset, recipient, attemptsBefore, DeliveryFailure.Describe(e), now, cancellationToken);
            logger.LogWarning(e, "Erinnerung {Key} ({Offset} Tage) für Projekt {Project} konnte nicht versandt werden (Versuch {Attempt}).", deadline.Key, offset, deadline.ProjectId, attemptsBefore + 1);
            return DeliveryStatus.Failed;
        }

        await transaction.CommitAsync(cancellationToken);
        if (logger.IsEnabled(LogLevel.Information))
        {
            logger.LogInformation("Erinnerung {Key} ({Offset} Tage) für Projekt {Project} an {Recipient} versandt.", deadline.Key, offset, deadline.ProjectId, recipient);
        }

        return DeliveryStatus.Sent;
    }

    /// <summary>Keeps a reminder that could not be sent, with the reason, so that the office sees it and it is tried again.</summary>
    private async Task RecordFailureAsync(Deadline deadline, int offset, string recipient, int attemptsBefore, string error, DateTime now, CancellationToken cancellationToken)
    {
        var log = await db.ReminderLogs.FirstOrDefaultAsync(r => r.ProjectId == deadline.ProjectId && r.DeadlineKey == deadline.Key && r.DueOn == deadline.DueOn && r.OffsetDays == offset && r.Recipient == recipient, cancellationToken);
        if (log is null)
        {
            log = new ReminderLog { ProjectId = deadline.ProjectId, DeadlineKey = deadline.Key, DueOn = deadline.DueOn, OffsetDays = offset, Recipient = recipient };
            db.ReminderLogs.Add(log);
        }
        else if (log.Attempts != attemptsBefore)
        {
            // Another node has tried it meanwhile; its result stands.
            return;
        }

        (log.Status, log.Error, log.Attempts, log.SentAt) = (DeliveryStatus.Failed, error, attemptsBefore + 1, now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
        }
    }
}

/// <summary>Runs the reminders shortly after start (<see cref="ClusterOptions.FirstTurnDelaySeconds"/>) and then every few hours, on one node at a time (<see cref="ClusterJobs"/>).</summary>
public sealed class ReminderService(ClusterJobs jobs, IConfiguration configuration, ILogger<ReminderService> logger) : BackgroundService
{
    /// <summary>The job's name for its lease.</summary>
    public const string Job = "funding-reminders";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!configuration.GetValue("Reminders:Enabled", true))
        {
            return;
        }

        if (!await jobs.WaitForFirstTurnAsync(stoppingToken))
        {
            return;
        }

        var interval = TimeSpan.FromMinutes(configuration.GetValue("Reminders:IntervalMinutes", 240));
        using var timer = new PeriodicTimer(interval);
        try
        {
            do
            {
                try
                {
                    await jobs.RunAsync(Job, ClusterJobs.LeaseFor(interval), RunOnceAsync, stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    logger.LogError(e, "Erinnerungen konnten nicht versandt werden; nächster Versuch in {Interval}.", interval);
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        finally
        {
            await jobs.ReleaseQuietlyAsync(Job);
        }
    }

    /// <summary>One turn: every due reminder.</summary>
    public static Task RunOnceAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<Reminders>().SendDueAsync(cancellationToken);
}
