using Microsoft.AspNetCore.Authorization.Infrastructure;

namespace Modellregion.Web.Features.Projects.Admin;

/// <summary>
/// A tab of a project in the back office, contributed by a feature (Projects its own areas, Funding "Förderung",
/// "Mittelabrufe", …). It is shown to whoever the feature's handlers allow <see cref="Operation"/> on the project;
/// the tab row (<c>Projects/Admin/_ProjectTabs</c>) orders the tabs by <see cref="Order"/>.
/// </summary>
/// <param name="Path">The address below <c>/verwaltung/projekte/{id}/</c>.</param>
/// <param name="Label">The German label (translated on the page).</param>
public sealed record ProjectTab(string Path, string Label, int Order, OperationAuthorizationRequirement Operation);

/// <summary>
/// What a feature adds to a project's tab row; registered in its <c>XxxFeature.AddServices</c> as
/// <c>services.AddSingleton&lt;IProjectTabContribution, XxxProjectTabs&gt;()</c>. Projects knows no other feature's tabs.
/// </summary>
public interface IProjectTabContribution
{
    IEnumerable<ProjectTab> Tabs { get; }
}

/// <summary>The project's own areas: its master data, milestones and participants (for those who edit it) and its history.</summary>
public sealed class ProjectOwnTabs : IProjectTabContribution
{
    public IEnumerable<ProjectTab> Tabs { get; } =
    [
        new("bearbeiten", "Stammdaten", 10, ProjectsOperations.Edit),
        new("meilensteine", "Meilensteine", 70, ProjectsOperations.Edit),
        new("beteiligte", "Beteiligte und Orte", 80, ProjectsOperations.Edit),
        new("verlauf", "Verlauf", 90, ProjectsOperations.View),
    ];
}

/// <summary>
/// The tab row of a project as one person sees it: the tabs the handlers allow, in order, with the current one marked
/// (built by <see cref="ProjectAccess.TabsAsync"/>).
/// </summary>
public sealed record ProjectTabs(int Id, string Title, string Current, string? PublicSlug, IReadOnlyList<ProjectTab> Items);
