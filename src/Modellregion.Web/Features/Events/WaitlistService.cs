using Microsoft.Extensions.Options;
using Modellregion.Web.Platform.Cluster;

namespace Modellregion.Web.Features.Events;

/// <summary>Settings of the events' background work.</summary>
public sealed class EventsOptions
{
    public const string Section = "Events";

    /// <summary>Whether offers expire and pass on in the background (tests switch it off and call the use case).</summary>
    public bool BackgroundEnabled { get; set; } = true;

    /// <summary>How often the waitlist is looked at.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Registrations accepted per client address within <see cref="SubmissionWindowMinutes"/> (against floods).</summary>
    public int SubmissionLimit { get; set; } = 5;

    /// <summary>Posts of any kind per client address within the window (also invalid ones).</summary>
    public int AttemptLimit { get; set; } = 30;

    public int SubmissionWindowMinutes { get; set; } = 10;

    /// <summary>Days after an event's end after which the personal data of its registrations is erased.</summary>
    public int RetentionDays { get; set; } = 90;

    /// <summary>Days after which a registration whose address was never confirmed is deleted.</summary>
    public int UnconfirmedDays { get; set; } = 7;
}

/// <summary>
/// Lets offers that were not taken in time expire and passes their places on, once a minute; and erases the personal
/// data of registrations whose retention period has passed (<see cref="EventRetention"/>).
/// </summary>
public sealed class WaitlistService(ClusterJobs jobs, IOptions<EventsOptions> options, TimeProvider time, ILogger<WaitlistService> logger) : BackgroundService
{
    /// <summary>The job's name for its lease (<see cref="ClusterJobs"/>): one node at a time does the work.</summary>
    public const string Job = "events-waitlist";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.BackgroundEnabled)
        {
            return;
        }

        if (!await jobs.WaitForFirstTurnAsync(stoppingToken))
        {
            return;
        }

        var lease = ClusterJobs.LeaseFor(options.Value.Interval);
        using var timer = new PeriodicTimer(options.Value.Interval);
        try
        {
            do
            {
                try
                {
                    await jobs.RunAsync(Job, lease, RunOnceAsync, stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    logger.LogError(e, "Die Warteliste der Veranstaltungen konnte nicht bearbeitet werden.");
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        finally
        {
            await jobs.ReleaseQuietlyAsync(Job);
        }
    }

    /// <summary>One turn: expired offers pass on their places; personal data past the retention period is erased.</summary>
    public async Task RunOnceAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await services.GetRequiredService<Waitlist>().ExpireOffersAsync(cancellationToken);
        var erased = await services.GetRequiredService<EventRetention>().RunAsync(time.GetUtcNow().UtcDateTime, cancellationToken);
        if (erased > 0 && logger.IsEnabled(LogLevel.Information))
        {
            logger.LogInformation("{Count} Anmeldungen nach Ablauf der Aufbewahrungsfrist gelöscht oder anonymisiert.", erased);
        }
    }
}
