using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Account;
using Modellregion.Web.Features.Projects.Admin;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Projects;

/// <summary>
/// The gate to one project in the back office: loads it, asks the authorization service for the operation a page or
/// use case needs (<see cref="ProjectsOperations"/>, or another feature's operation on a project) and answers
/// <see cref="Outcome.NotFound"/> or <see cref="Outcome.Forbidden"/> otherwise. Also builds the project's tab row
/// from the registered <see cref="IProjectTabContribution"/>s, as far as the handlers let the person see them.
/// </summary>
public sealed class ProjectAccess(AppDbContext db, CurrentUser currentUser, IAuthorizationService authorization, IEnumerable<IProjectTabContribution> tabs)
{
    /// <summary>The project (not tracked), when the person may do <paramref name="operation"/> on it.</summary>
    public async Task<Result<Project>> OpenAsync(int id, OperationAuthorizationRequirement operation, Func<IQueryable<Project>, IQueryable<Project>>? include = null, CancellationToken cancellationToken = default)
    {
        var query = db.Projects.AsNoTracking();
        var project = await (include is null ? query : include(query)).FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (project is null)
        {
            return new Outcome.NotFound();
        }

        return await AllowsAsync(project, operation) ? project : new Outcome.Forbidden();
    }

    /// <summary>The id of the project with the short address <paramref name="slug"/> (published or not), or null.</summary>
    public Task<int?> IdOfAsync(string slug, CancellationToken cancellationToken = default) =>
        db.Projects.Where(p => p.Slug == slug).Select(p => (int?)p.Id).FirstOrDefaultAsync(cancellationToken);

    /// <summary>The project's state as the write API answers it (after the use case has passed its gate).</summary>
    public async Task<ProjectStatusResponse?> StatusOfAsync(int id, CancellationToken cancellationToken = default) =>
        await db.Projects.AsNoTracking().Where(p => p.Id == id).Select(p => new { p.Slug, p.Status, p.StatusNote, p.Version }).FirstOrDefaultAsync(cancellationToken) is { } p
            ? new ProjectStatusResponse(p.Slug, ProjectStatuses.SlugOf(p.Status), ProjectStatuses.Label(p.Status), p.StatusNote, p.Version)
            : null;

    /// <summary>A back-office page of the project: the project, when the person may do <paramref name="operation"/> on it, with its tab row.</summary>
    public async Task<Result<ProjectPage>> OpenPageAsync(int id, OperationAuthorizationRequirement operation, string tab, Func<IQueryable<Project>, IQueryable<Project>>? include = null, CancellationToken cancellationToken = default) =>
        (await OpenAsync(id, operation, include, cancellationToken)).TryGet(out var project, out var refusal)
            ? new ProjectPage(project, await TabsAsync(project, tab))
            : refusal;

    /// <summary>For a use case that changes a project: null when the person may do <paramref name="operation"/> on it, else why not.</summary>
    public async Task<Outcome?> CheckAsync(int id, OperationAuthorizationRequirement operation, CancellationToken cancellationToken = default) =>
        (await OpenAsync(id, operation, cancellationToken: cancellationToken)).TryGet(out _, out var refusal) ? null : refusal;

    /// <summary>Whether the handlers allow the person <paramref name="operation"/> on <paramref name="resource"/> (a project, a region).</summary>
    public Task<bool> AllowsAsync(object resource, OperationAuthorizationRequirement operation) =>
        authorization.AllowsAsync(currentUser.Principal, resource, operation);

    /// <summary>The project's tab row with <paramref name="current"/> marked: each tab the person may see.</summary>
    public async Task<ProjectTabs> TabsAsync(Project project, string current)
    {
        var all = tabs.SelectMany(c => c.Tabs).OrderBy(t => t.Order).ToList();
        var allowed = new Dictionary<OperationAuthorizationRequirement, bool>();
        foreach (var operation in all.Select(t => t.Operation).Distinct())
        {
            allowed[operation] = await AllowsAsync(project, operation);
        }

        return new ProjectTabs(project.Id, project.Title, current, project.IsPublished ? project.Slug : null, [.. all.Where(t => allowed[t.Operation])]);
    }
}

/// <summary>A project as a back-office page shows it, with the tab row the person sees.</summary>
public sealed record ProjectPage(Project Project, ProjectTabs Tabs);
