namespace Modellregion.Tests.Infrastructure;

/// <summary>A clock the test moves: deadlines, payments and reminders follow it.</summary>
public sealed class TestClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Set(DateOnly berlinDate, int hour = 10) =>
        _now = new DateTimeOffset(berlinDate.ToDateTime(new TimeOnly(hour, 0)), TimeSpan.Zero).AddHours(-1);

    public DateOnly Today => DateOnly.FromDateTime(_now.UtcDateTime.AddHours(1));
}
