using Modellregion.Web.Features.Shared;

namespace Modellregion.Web.Features.Projects.Admin;

/// <summary>
/// The tab row of a project in the back office: the project's own areas, and those other features register as
/// <see cref="IProjectTabContribution"/> (Funding adds its pages), ordered by position.
/// </summary>
public sealed record ProjectTabs(int Id, string Title, string Current, string? PublicSlug, bool CanEdit)
{
    /// <summary>The project's own tabs.</summary>
    public IEnumerable<ProjectTab> Own
    {
        get
        {
            if (CanEdit)
            {
                yield return new("bearbeiten", "Stammdaten", 10);
                yield return new("meilensteine", "Meilensteine", 70);
                yield return new("beteiligte", "Beteiligte und Orte", 80);
            }

            yield return new("verlauf", "Verlauf", 90);
        }
    }

    /// <summary>All tabs in order: the project's own and the contributed ones.</summary>
    public IEnumerable<(string Path, string Label)> Tabs(IEnumerable<IProjectTabContribution> contributions)
    {
        var context = new ProjectTabContext(Id, CanEdit);
        return Own.Concat(contributions.SelectMany(c => c.GetTabs(context))).OrderBy(t => t.Order).Select(t => (t.Path, t.Label));
    }

    public static ProjectTabs For(Project project, string current, bool canEdit) =>
        new(project.Id, project.Title, current, project.IsPublished ? project.Slug : null, canEdit);
}
