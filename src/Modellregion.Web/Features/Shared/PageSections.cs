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

    /// <summary>
    /// The section's data in the page's JSON by name, for <paramref name="model"/> or, when there is nothing to show
    /// (null), the values the JSON then carries. By default <see cref="ApiName"/> with the model or an empty list; a
    /// section whose data are several fields of the answer (e.g. <c>reuses</c> and <c>provided</c>) names each.
    /// </summary>
    IEnumerable<KeyValuePair<string, object?>> Api(object? model) =>
        ApiName is null ? [] : [new(ApiName, model ?? Array.Empty<object>())];

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
    public const string SolutionBeforeSources = "solution.before-sources";
    public const string MunicipalityBeforeProjects = "municipality.before-projects";
    public const string OrganisationAfterProjects = "organisation.after-projects";
    public const string RegionAfterPartners = "region.after-partners";
}

/// <summary>A loaded section: its partial and model.</summary>
public sealed record LoadedSection(string Slot, string Partial, object Model);

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
                loaded.Add(new LoadedSection(section.Slot, section.Partial, model));
            }
        }

        return new SectionSet(loaded);
    }

    /// <summary>
    /// The sections' data for the page's JSON (<c>[JsonExtensionData]</c>), every name present in every answer
    /// (empty or null when the section has nothing to show), so the answer keeps its shape.
    /// </summary>
    public async Task<Dictionary<string, object?>> ContributedAsync(string page, object? subject, CancellationToken cancellationToken = default)
    {
        var contributed = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var section in sections.Where(s => s.Slot.StartsWith(page + ".", StringComparison.Ordinal)).OrderBy(s => s.Order))
        {
            if (!section.Api(null).Any())
            {
                continue;
            }

            foreach (var (name, value) in section.Api(await section.LoadAsync(subject, cancellationToken)))
            {
                contributed[name] = value;
            }
        }

        return contributed;
    }
}
