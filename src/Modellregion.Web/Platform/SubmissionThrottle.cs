using System.Collections.Concurrent;

namespace Modellregion.Web.Platform;

/// <summary>
/// A sliding-window limit per key (e.g. per client address): at most <c>limit</c> attempts within <c>window</c>.
/// Kept in memory on each web node, which is enough to stop a flood from one address without a CAPTCHA.
/// </summary>
public sealed class SubmissionThrottle(TimeProvider time)
{
    private readonly ConcurrentDictionary<string, Queue<DateTimeOffset>> _attempts = new(StringComparer.Ordinal);

    /// <summary>Records an attempt and returns whether it is within the limit; refused attempts are not counted.</summary>
    public bool TryAcquire(string key, int limit, TimeSpan window)
    {
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
