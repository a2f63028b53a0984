namespace Modellregion.Web.Features.Shared;

/// <summary>
/// A part of a public page that another feature contributes: the Digitalboard's vote on a project's page, the
/// transfer figures and the latest news on the start page. The page owns the places (<see cref="PageSlots"/>) and
/// renders whatever is registered there; the contributing feature owns the query and the partial view, so the page
/// neither knows nor needs the feature. Registered in the contributing feature's <c>XxxFeature.cs</c>.
/// </summary>
public interface IPageSection
{
    /// <summary>The place on the page (<see cref="PageSlots"/>).</summary>
    string Slot { get; }

    /// <summary>Position among the sections of the same place.</summary>
    int Order => 0;

    /// <summary>The partial view that renders the section, in the contributing feature's folder.</summary>
    string Partial { get; }

    /// <summary>
    /// Name of the section's data in the page's JSON (e.g. the project API), or null if it appears on the page only.
    /// </summary>
    string? ApiName => null;

    /// <summary>The section's model for the page's subject (a project's id …), or null when there is nothing to show.</summary>
    Task<object?> LoadAsync(object? subject, CancellationToken cancellationToken);
}

/// <summary>The places where pages take sections of other features.</summary>
public static class PageSlots
{
    public const string HomeAfterProgramme = "home.after-programme";
    public const string HomeEnd = "home.end";
    public const string ProjectAfterSteps = "project.after-steps";
    public const string ProjectAfterResults = "project.after-results";
    public const string PrivacyProcessing = "privacy.processing";
}

/// <summary>A loaded section: its partial and model, and its name in the JSON.</summary>
public sealed record LoadedSection(string Slot, string Partial, object Model, string? ApiName);

/// <summary>The sections of one page, loaded before rendering (one query per section, none while rendering).</summary>
public sealed class SectionSet(IReadOnlyList<LoadedSection> sections)
{
    public static readonly SectionSet Empty = new([]);

    public IReadOnlyList<LoadedSection> All => sections;

    public IEnumerable<LoadedSection> In(string slot) => sections.Where(s => s.Slot == slot);
}

/// <summary>Loads the registered sections of a page.</summary>
public sealed class PageSections(IEnumerable<IPageSection> sections)
{
    /// <summary>The sections whose place starts with <paramref name="page"/> (e.g. "project"), for <paramref name="subject"/>.</summary>
    public async Task<SectionSet> LoadAsync(string page, object? subject, CancellationToken cancellationToken = default)
    {
        var loaded = new List<LoadedSection>();
        foreach (var section in sections.Where(s => s.Slot.StartsWith(page + ".", StringComparison.Ordinal)).OrderBy(s => s.Order))
        {
            if (await section.LoadAsync(subject, cancellationToken) is { } model)
            {
                loaded.Add(new LoadedSection(section.Slot, section.Partial, model, section.ApiName));
            }
        }

        return new SectionSet(loaded);
    }

    /// <summary>The JSON names of the page's sections, present (empty when there is nothing) in every answer.</summary>
    public IEnumerable<string> ApiNames(string page) =>
        sections.Where(s => s.Slot.StartsWith(page + ".", StringComparison.Ordinal) && s.ApiName is not null).Select(s => s.ApiName!);
}
