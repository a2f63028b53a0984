using System.Security.Claims;
using Modellregion.Web.Features.Account;

namespace Modellregion.Web.Features.Shared;

/// <summary>
/// What a feature adds to the start page of the back office (<c>/verwaltung</c>): a few counts or figures for the
/// signed-in person, each linking to the list behind it. Registered in the feature's <c>XxxFeature.AddServices</c> as
/// <c>services.AddScoped&lt;IDashboardContribution, XxxDashboard&gt;()</c>; the page renders what is registered and
/// knows no feature. A contribution costs a few aggregate queries, never one per row.
/// </summary>
public interface IDashboardContribution
{
    Task<IReadOnlyList<DashboardItem>> GetItemsAsync(DashboardContext context, CancellationToken cancellationToken);
}

/// <summary>
/// Who is looking, with which roles and scopes, on which day (Europe/Berlin). A contribution that offers an action
/// asks the authorization service about <see cref="User"/> (<c>authorization.AllowsAsync(context.User, resource,
/// XxxOperations.Y)</c>) and filters its counts with <see cref="Scopes"/>.
/// </summary>
public sealed record DashboardContext(ClaimsPrincipal User, Scopes Scopes, DateOnly Today, DateTime UtcNow, string? UserId);

public enum DashboardSeverity
{
    /// <summary>A figure to know, nothing to do.</summary>
    Info = 0,

    /// <summary>Work waiting for this person.</summary>
    Action = 1,

    /// <summary>Something is late or went wrong.</summary>
    Warning = 2,
}

/// <summary>
/// One line of the dashboard: a count ("3 Mittelabrufe warten auf Ihre Prüfung") or a figure ("Bewilligt: 1,2 Mio. €"),
/// with the link to exactly the items counted. <see cref="Text"/> is a German template (translated on the page) whose
/// <c>{0}</c> is the count or the figure; <see cref="Arguments"/> fill the further placeholders.
/// </summary>
public sealed record DashboardItem
{
    /// <summary>The heading the item is grouped under ("Förderung", "Transfer", "Ihre Projekte", …).</summary>
    public required string Section { get; init; }

    /// <summary>Position among all items; sections appear in the order of their first item.</summary>
    public int Order { get; init; }

    public required string Text { get; init; }

    public IReadOnlyList<string> Arguments { get; init; } = [];

    /// <summary>The number of items behind the link; null for a figure or a single date.</summary>
    public int? Count { get; init; }

    public string? Href { get; init; }

    public DashboardSeverity Severity { get; init; }

    /// <summary>
    /// A count with the label that agrees with it: <paramref name="one"/> for exactly one, else <paramref name="many"/>
    /// (both with <c>{0}</c> for the number). A count above zero has the given severity, zero is only information.
    /// </summary>
    public static DashboardItem Counted(string section, int order, int count, string one, string many, string href, DashboardSeverity severity = DashboardSeverity.Action, params string[] arguments) => new()
    {
        Section = section,
        Order = order,
        Count = count,
        Text = count == 1 ? one : many,
        Arguments = [Platform.Formatting.Number(count), .. arguments],
        Href = href,
        Severity = count > 0 ? severity : DashboardSeverity.Info,
    };

    /// <summary>A figure (an amount, a date) shown as it is.</summary>
    public static DashboardItem Figure(string section, int order, string text, string? href, params string[] arguments) => new()
    {
        Section = section,
        Order = order,
        Text = text,
        Arguments = arguments,
        Href = href,
    };
}
