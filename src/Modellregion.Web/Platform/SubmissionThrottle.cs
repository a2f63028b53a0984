using System.Collections.Concurrent;

namespace Modellregion.Web.Platform;

/// <summary>
/// A sliding-window limit per key (e.g. per client address): at most <c>limit</c> attempts within <c>window</c>.
/// Kept in memory on each web node, which is enough to stop a flood from one address without a CAPTCHA.
/// </summary>
public sealed class SubmissionThrottle(TimeProvider time)
{
    private readonly ConcurrentDictionary<string, Queue<DateTimeOffset>> _attempts = new(StringComparer.Ordinal);

    /// <summary>
    /// Gives back an attempt recorded by <see cref="TryAcquire(string, int, TimeSpan, out DateTimeOffset)"/> that did not count after all (e.g. a submission that
    /// turned out invalid), so that only what was accepted uses up the limit.
    /// </summary>
    public void Release(string key, DateTimeOffset acquiredAt)
    {
        if (!_attempts.TryGetValue(key, out var queue))
        {
            return;
        }

        lock (queue)
        {
            var kept = queue.ToList();
            if (kept.Remove(acquiredAt))
            {
                queue.Clear();
                foreach (var attempt in kept)
                {
                    queue.Enqueue(attempt);
                }
            }
        }
    }

    /// <summary>Records an attempt and returns whether it is within the limit; refused attempts are not counted.</summary>
    public bool TryAcquire(string key, int limit, TimeSpan window) => TryAcquire(key, limit, window, out _);

    /// <inheritdoc cref="TryAcquire(string, int, TimeSpan)"/>
    /// <param name="acquiredAt">The time recorded for the attempt, to <see cref="Release"/> it.</param>
    public bool TryAcquire(string key, int limit, TimeSpan window, out DateTimeOffset acquiredAt)
    {
        acquiredAt = default;
        var now = time.GetUtcNow();
        var queue = _attempts.GetOrAdd(key, _ => new Queue<DateTimeOffset>());
        lock (queue)
        {
            while (queue.Count > 0 && queue.Peek() <= now - window)
            {
                queue.Dequeue();
            }

            if (queue.Count >= limit)
            {
                return false;
            }

            queue.Enqueue(now);
            acquiredAt = now;
        }

        if (_attempts.Count > 50_000)
        {
            // Forget addresses whose window is over, so that memory stays bounded.
            foreach (var (k, q) in _attempts)
            {
                lock (q)
                {
                    if (q.Count == 0 || q.Peek() <= now - window)
                    {
                        _attempts.TryRemove(k, out _);
                    }
                }
            }
        }

        return true;
    }
}
