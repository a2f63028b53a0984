using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Modellregion.Tests.Infrastructure;
using Modellregion.Web.Platform.Cluster;

namespace Modellregion.Tests.Features.Platform;

/// <summary>
/// Background jobs leave the start of a node alone: their first turn waits <see cref="ClusterOptions.FirstTurnDelaySeconds"/>
/// (the clock is the app's <see cref="TimeProvider"/>), and a node that stops meanwhile runs no turn at all.
/// </summary>
public sealed class ClusterJobsStartTests(ModellregionApp app) : IClassFixture<ModellregionApp>
{
    [Fact]
    public async Task The_first_turn_waits_the_configured_delay_on_the_apps_clock()
    {
        var clock = new RecordingClock();
        var jobs = Jobs(clock, 20);

        Assert.True(await jobs.WaitForFirstTurnAsync(CancellationToken.None));
        Assert.Equal([TimeSpan.FromSeconds(20)], clock.Timers);
    }

    [Fact]
    public async Task Without_a_delay_the_first_turn_starts_at_once()
    {
        var clock = new RecordingClock();

        Assert.True(await Jobs(clock, 0).WaitForFirstTurnAsync(CancellationToken.None));
        Assert.True(await Jobs(clock, -5).WaitForFirstTurnAsync(CancellationToken.None));
        Assert.Empty(clock.Timers);
    }

    [Fact]
    public async Task A_node_that_stops_during_the_delay_runs_no_turn()
    {
        var jobs = Jobs(TimeProvider.System, 3600);
        using var stopping = new CancellationTokenSource();
        var waiting = jobs.WaitForFirstTurnAsync(stopping.Token);
        Assert.False(waiting.IsCompleted);

        await stopping.CancelAsync();

        Assert.False(await waiting.WaitAsync(TimeSpan.FromSeconds(30)));
    }

    [Fact]
    public void A_node_waits_twenty_seconds_unless_configured_otherwise() =>
        Assert.Equal(20, new ClusterOptions().FirstTurnDelaySeconds);

    private ClusterJobs Jobs(TimeProvider clock, int delaySeconds) => new(
        app.Services.GetRequiredService<IServiceScopeFactory>(),
        clock,
        app.Services.GetRequiredService<IClusterSignals>(),
        options: Options.Create(new ClusterOptions { FirstTurnDelaySeconds = delaySeconds }));

    /// <summary>A clock whose timers fire at once and which remembers when they were asked to fire.</summary>
    private sealed class RecordingClock : TimeProvider
    {
        public List<TimeSpan> Timers { get; } = [];

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        {
            lock (Timers)
            {
                Timers.Add(dueTime);
            }

            return TimeProvider.System.CreateTimer(callback, state, TimeSpan.Zero, Timeout.InfiniteTimeSpan);
        }
    }
}
