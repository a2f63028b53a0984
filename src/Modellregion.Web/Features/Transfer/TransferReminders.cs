using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Account;
using Modellregion.Web.Platform.Cluster;
using Modellregion.Web.Platform.Email;

namespace Modellregion.Web.Features.Transfer;

/// <summary>
/// Reminds the owners of open cases that had no activity for <see cref="TransferOptions.InactiveAfterDays"/> days;
/// a case without an owner is reminded to the project office of its region (everyone with the Projektbüro role there).
/// Links in the mail are absolute (<see cref="TransferFeature.SiteUrl(IServiceProvider)"/>, <c>Site:PublicBaseUrl</c>).
/// Each reminder is stored before it is sent (unique per case and inactivity period), so a case is reminded once per
/// period, also across restarts and with several web nodes; new activity starts a new period.
/// </summary>
public sealed class TransferReminders(AppDbContext db, IEmailSender email, IOptions<TransferOptions> options, TimeProvider time, IServiceProvider services, ILogger<TransferReminders> logger)
{
    /// <summary>Sends the reminders due at <paramref name="utcNow"/> (default: now); returns how many were sent.</summary>
    public async Task<int> RunAsync(DateTime? utcNow = null, CancellationToken cancellationToken = default)
    {
        var now = utcNow ?? time.GetUtcNow().UtcDateTime;
        var before = now.AddDays(-options.Value.InactiveAfterDays);
        var due = await db.TransferCases.AsNoTracking()
            .Where(c => c.Stage != TransferStage.Reused && c.Stage != TransferStage.Cancelled && c.LastActivityAt < before
                        && !db.Set<TransferReminder>().Any(r => r.TransferCaseId == c.Id && r.InactiveSince == c.LastActivityAt
                                                          && (r.Status == DeliveryStatus.Sent || r.Attempts >= DeliveryFailure.MaxAttempts)))
            .OrderBy(c => c.LastActivityAt)
            .Select(c => new
            {
                c.Id,
                c.LastActivityAt,
                c.Stage,
                Solution = c.Solution!.Title,
                c.Solution.RegionId,
                Municipality = c.Municipality!.Name,
                c.OwnerId,
                OwnerEmail = c.Owner != null ? c.Owner.Email : null,
                OwnerName = c.Owner != null ? c.Owner.DisplayName : null,
                c.NextStep,
            })
            .Take(500)
            .ToListAsync(cancellationToken);

        var regions = due.Where(c => c.OwnerId is null).Select(c => c.RegionId).Distinct().ToList();
        var offices = (await db.Set<RoleAssignment>().AsNoTracking()
                .Where(r => r.Role == AppRole.ProjectOffice && r.RegionId != null && regions.Contains(r.RegionId.Value))
                .Select(r => new { RegionId = r.RegionId!.Value, r.User!.Email, r.User.DisplayName })
                .ToListAsync(cancellationToken))
            .Where(o => !string.IsNullOrEmpty(o.Email))
            .ToLookup(o => o.RegionId, o => (Email: o.Email!, Name: o.DisplayName));
        var site = TransferFeature.SiteUrl(services);

        var sent = 0;
        foreach (var c in due)
        {
            List<(string Email, string Name)> recipients = c.OwnerId is not null
                ? string.IsNullOrEmpty(c.OwnerEmail) ? [] : [(c.OwnerEmail, c.OwnerName ?? "")]
                : [.. offices[c.RegionId].DistinctBy(o => o.Email, StringComparer.OrdinalIgnoreCase).OrderBy(o => o.Email, StringComparer.Ordinal)];
            if (recipients.Count == 0)
            {
                continue;
            }

            // The reminder is claimed before it is sent: a new row (unique per case and period), or the next attempt of
            // a failed one (its number of attempts guards it), so that only one node sends it.
            var sentTo = string.Join(", ", recipients.Select(r => r.Email));
            var reminder = await db.TransferReminders.FirstOrDefaultAsync(r => r.TransferCaseId == c.Id && r.InactiveSince == c.LastActivityAt, cancellationToken);
            if (reminder is null)
            {
                reminder = new TransferReminder { TransferCaseId = c.Id, InactiveSince = c.LastActivityAt, SentTo = "" };
                db.TransferReminders.Add(reminder);
            }

            reminder.SentAt = now;
            reminder.SentTo = sentTo.Length <= 254 ? sentTo : $"Projektbüro ({recipients.Count} Personen)";
            (reminder.Status, reminder.Error, reminder.Attempts) = (DeliveryStatus.Sent, null, reminder.Attempts + 1);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // Another node claimed this reminder at the same moment.
                db.ChangeTracker.Clear();
                continue;
            }

            var days = (int)(now - c.LastActivityAt).TotalDays;
            var number = SubmitInterest.CaseNumber(c.Id);
            var unowned = c.OwnerId is null
                ? "\nDer Fall hat noch keine zuständige Person; diese Erinnerung geht deshalb an das Projektbüro der Region. Bitte legen Sie fest, wer ihn betreut.\n"
                : "";
            try
            {
                foreach (var (address, name) in recipients)
                {
                    await email.SendAsync(new EmailMessage(address, name, $"Erinnerung: Transferfall {number} seit {days} Tagen ohne Aktivität",
                        $"""
                        Guten Tag {name},

                        der Transferfall {number} („{c.Solution}“ für {c.Municipality}) steht seit {days} Tagen unverändert im Stand „{TransferStages.Label(c.Stage)}“.
                        Nächster Schritt: {c.NextStep ?? "nicht festgelegt"}
                        {unowned}
                        Bitte sehen Sie sich den Fall an: {site}/verwaltung/transfer/faelle/{c.Id}
                        Diese Erinnerung kommt einmal; eine neue Aktivität im Fall beginnt die Frist neu.
                        """), cancellationToken);
                }

                sent++;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Kept as failed with the reason (no addresses in it): the office sees it, and the next run tries again.
                logger.LogWarning(e, "Erinnerung zum Transferfall {Case} konnte nicht versendet werden (Versuch {Attempt}); sie wird später erneut versucht.", c.Id, reminder.Attempts);
                (reminder.Status, reminder.Error) = (DeliveryStatus.Failed, DeliveryFailure.Describe(e));
                await db.SaveChangesAsync(cancellationToken);
            }

            db.ChangeTracker.Clear();
        }

        return sent;
    }
}

/// <summary>
/// Runs <see cref="TransferReminders"/> and the erasure of expired contact data (<see cref="EraseContactData"/>) in the
/// background every <see cref="TransferOptions.ReminderIntervalMinutes"/> minutes, on one node at a time (<see cref="ClusterJobs"/>).
/// </summary>
public sealed class TransferReminderService(ClusterJobs jobs, IOptions<TransferOptions> options, ILogger<TransferReminderService> logger) : BackgroundService
{
    /// <summary>The job's name for its lease.</summary>
    public const string Job = "transfer-reminders";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.RemindersEnabled)
        {
            return;
        }

        var interval = TimeSpan.FromMinutes(Math.Max(1, options.Value.ReminderIntervalMinutes));
        using var timer = new PeriodicTimer(interval);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    await jobs.RunAsync(Job, ClusterJobs.LeaseFor(interval), RunOnceAsync, stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    logger.LogError(e, "Die Erinnerungen zu Transferfällen sind fehlgeschlagen.");
                }
            }
        }
        finally
        {
            await jobs.ReleaseQuietlyAsync(Job);
        }
    }

    /// <summary>One turn: the due reminders, then the contact data whose retention period has passed.</summary>
    public async Task RunOnceAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var sent = await services.GetRequiredService<TransferReminders>().RunAsync(cancellationToken: cancellationToken);
        if (sent > 0 && logger.IsEnabled(LogLevel.Information))
        {
            logger.LogInformation("{Count} Erinnerungen zu Transferfällen versendet.", sent);
        }

        var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var erased = await services.GetRequiredService<EraseContactData>().EraseExpiredAsync(now, cancellationToken);
        if (erased > 0 && logger.IsEnabled(LogLevel.Information))
        {
            logger.LogInformation("Kontaktdaten von {Count} abgeschlossenen Transferfällen nach Ablauf der Aufbewahrungsfrist gelöscht.", erased);
        }
    }
}
