using System.Diagnostics.Metrics;
using Microsoft.Extensions.Options;

namespace Modellregion.Web.Platform;

/// <summary>
/// Decides which public pages the output cache stores (ADR 0038): a page is stored only when its address (with the
/// query and the interface language) was asked for before, recently enough that the address is still remembered.
/// Crawlers and visitors who walk through thousands of different pages would otherwise fill the cache with pages
/// nobody asks for again: each one is copied into the cache, pushes a popular page out and ends as garbage in the
/// oldest generation, which the garbage collector then has to sweep with all threads stopped.
/// <para>
/// The memory of past addresses is a fixed table of <see cref="PageOutputCacheOptions.RememberedAddresses"/> slots,
/// each holding a 32-bit hash of the last address that fell on it. A new address overwrites its slot, so an address
/// stays remembered for about as many requests as there are slots: a page asked for once in every <c>n</c> requests
/// is still remembered at its next request with a chance of <c>slots / (slots + n)</c>. Popular pages are stored at
/// their second request; of a crawl through ten thousand pages, few are. The table is the whole cost (4 KB by
/// default); it needs no lock, because a lost race only stores a page one request later or one request early.
/// </para>
/// </summary>
public sealed class PageAdmission
{
    public const string MeterName = "Modellregion.OutputCache";

    private readonly int[] _slots;
    private readonly int _mask;
    private readonly bool _always;
    private readonly Counter<long>? _decisions;

    public PageAdmission(IOptions<PageOutputCacheOptions> options, IMeterFactory? meters = null)
    {
        var settings = options.Value;
        _always = settings.StoreOnRequest <= 1;
        _slots = new int[(int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Clamp(settings.RememberedAddresses, 1, 1 << 20))];
        _mask = _slots.Length - 1;
        _decisions = meters?.Create(MeterName).CreateCounter<long>(
            "modellregion.output_cache.admission",
            unit: "{page}",
            description: "Public pages that may be stored in the output cache, by whether their address was asked for before (stored) or not in a while (first_request).");
    }

    /// <summary>Number of remembered addresses (the table's size, a power of two).</summary>
    public int Slots => _slots.Length;

    /// <summary>
    /// True when the page at <paramref name="address"/> may be stored now: it was asked for before and is still
    /// remembered (or every page is stored, <see cref="PageOutputCacheOptions.StoreOnRequest"/> = 1). Remembers it.
    /// </summary>
    public bool MayStore(string address)
    {
        if (_always)
        {
            return true;
        }

        var hash = string.GetHashCode(address, StringComparison.Ordinal);

        // 0 marks an empty slot; a hash of 0 is remembered as 1 (a false match costs one stored page, nothing more).
        var fingerprint = hash == 0 ? 1 : hash;
        ref var slot = ref _slots[hash & _mask];
        var seen = Volatile.Read(ref slot) == fingerprint;
        if (!seen)
        {
            Volatile.Write(ref slot, fingerprint);
        }

        _decisions?.Add(1, new KeyValuePair<string, object?>("decision", seen ? "stored" : "first_request"));
        return seen;
    }
}
