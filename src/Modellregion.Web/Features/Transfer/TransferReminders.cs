using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Modellregion.Web.Data;
using Modellregion.Web.Platform.Email;

namespace Modellregion.Web.Features.Transfer;

/// <summary>
/// Reminds the owners of open cases that had no activity for <see cref="TransferOptions.InactiveAfterDays"/> days.
/// Each reminder is stored before it is sent (unique per case and inactivity period), so a case is reminded once per
/// period, also across restarts and with several web nodes; new activity starts a new period.
/// </summary>
public sealed class TransferReminders(AppDbContext db, IEmailSender email, IOptions<TransferOptions> options, TimeProvider time, ILogger<TransferReminders> logger)
{
    /// <summary>Sends the reminders due at <paramref name="utcNow"/> (default: now); returns how many were sent.</summary>
    public async Task<int> RunAsync(DateTime? utcNow = null, CancellationToken cancellationToken = default)
    {
        var now = utcNow ?? time.GetUtcNow().UtcDateTime;
        var before = now.AddDays(-options.Value.InactiveAfterDays);
        var due = await db.TransferCases.AsNoTracking()
            .Where(c => c.Stage != TransferStage.Reused && c.Stage != TransferStage.Cancelled && c.OwnerId != null && c.LastActivityAt < before
                        && !db.TransferReminders.Any(r => r.TransferCaseId == c.Id && r.InactiveSince == c.LastActivityAt))
            .OrderBy(c => c.LastActivityAt)
            .Select(c => new { c.Id, c.LastActivityAt, c.Stage, Solution = c.Solution!.Title, Municipality = c.Municipality!.Name, c.Owner!.Email, c.Owner.DisplayName, c.NextStep })
            .Take(500)
            .ToListAsync(cancellationToken);

        var sent = 0;
        foreach (var c in due)
        {
            if (string.IsNullOrEmpty(c.Email))
            {
                continue;
            }

            var reminder = new TransferReminder { TransferCaseId = c.Id, InactiveSince = c.LastActivityAt, SentAt = now, SentTo = c.Email };
            db.TransferReminders.Add(reminder);
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
            try
            {
                await email.SendAsync(new EmailMessage(c.Email, c.DisplayName, $"Erinnerung: Transferfall {number} seit {days} Tagen ohne Aktivität",
                    $"""
                    Guten Tag {c.DisplayName},

                    der Transferfall {number} („{c.Solution}“ für {c.Municipality}) steht seit {days} Tagen unverändert im Stand „{TransferStages.Label(c.Stage)}“.
                    Nächster Schritt: {c.NextStep ?? "nicht festgelegt"}

                    Bitte sehen Sie sich den Fall an: {options.Value.PublicBaseUrl?.TrimEnd('/')}/verwaltung/transfer/faelle/{c.Id}
                    Diese Erinnerung kommt einmal; eine neue Aktivität im Fall beginnt die Frist neu.
                    """), cancellationToken);
                sent++;
            }
            catch (Exception e) when (e is IOException or InvalidOperationException or MailKit.CommandException or MailKit.ProtocolException or System.Net.Sockets.SocketException)
            {
                logger.LogWarning(e, "Erinnerung zum Transferfall {Case} konnte nicht versendet werden; sie wird später erneut versucht.", c.Id);
                db.TransferReminders.Remove(reminder);
                await db.SaveChangesAsync(cancellationToken);
            }

            db.ChangeTracker.Clear();
        }

        return sent;
    }
}

/// <summary>Runs <see cref="TransferReminders"/> and the erasure of expired contact data (<see cref="EraseContactData"/>) in the background every <see cref="TransferOptions.ReminderIntervalMinutes"/> minutes.</summary>
public sealed class TransferReminderService(IServiceScopeFactory scopes, IOptions<TransferOptions> options, ILogger<TransferReminderService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.RemindersEnabled)
        {
            return;
        }

        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(Math.Max(1, options.Value.ReminderIntervalMinutes)));
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var sent = await scope.ServiceProvider.GetRequiredService<TransferReminders>().RunAsync(cancellationToken: stoppingToken);
                if (sent > 0 && logger.IsEnabled(LogLevel.Information))
                {
                    logger.LogInformation("{Count} Erinnerungen zu Transferfällen versendet.", sent);
                }

                var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
                var erased = await scope.ServiceProvider.GetRequiredService<EraseContactData>().EraseExpiredAsync(now, stoppingToken);
                if (erased > 0 && logger.IsEnabled(LogLevel.Information))
                {
                    logger.LogInformation("Kontaktdaten von {Count} abgeschlossenen Transferfällen nach Ablauf der Aufbewahrungsfrist gelöscht.", erased);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Die Erinnerungen zu Transferfällen sind fehlgeschlagen.");
            }
        }
    }
}
