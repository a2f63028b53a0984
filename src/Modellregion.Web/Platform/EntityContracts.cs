namespace Modellregion.Web.Platform;

/// <summary>An entity whose changes are written to the audit trail.</summary>
public interface IAudited;

/// <summary>An entity protected by optimistic concurrency: <see cref="Version"/> grows with every saved change.</summary>
public interface IVersioned
{
    int Version { get; set; }
}

/// <summary>An entity that records when it was created and last changed (UTC).</summary>
public interface ITimestamped
{
    DateTime CreatedAt { get; set; }
    DateTime UpdatedAt { get; set; }
}

/// <summary>A fact shown on a page together with where it comes from.</summary>
public class SourceReference
{
    public required string Url { get; set; }
    public required string Title { get; set; }

    /// <summary>Which facts the source supports, e.g. "Fördersumme, Laufzeit".</summary>
    public string? Supports { get; set; }

    /// <summary>A separate copy: each record owns its own sources, even when they cite the same page.</summary>
    public SourceReference Copy() => new() { Url = Url, Title = Title, Supports = Supports };
}

/// <summary>
/// Personal data that is erased on request or after its retention period: the audit records that such a value
/// changed, never the value itself, so erasing it leaves no copy behind.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class ErasablePersonalDataAttribute : Attribute
{
    /// <summary>What the audit shows instead of the value.</summary>
    public const string AuditMarker = "(personenbezogen, nicht protokolliert)";
}
