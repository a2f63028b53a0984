using Microsoft.AspNetCore.Authorization;
using Modellregion.Web.Features.Projects.Admin;
using Modellregion.Web.Features.Shared;

namespace Modellregion.Web.Features.Projects;

public static class ProjectsFeature
{
    public static IServiceCollection AddProjects(this IServiceCollection services)
    {
        services.AddScoped<SearchProjects>();
        services.AddScoped<GetProjectDetails>();
        services.AddScoped<SaveProject>();
        services.AddScoped<ManageMilestones>();
        services.AddScoped<ManageParticipants>();
        services.AddScoped<ProjectAccess>();
        services.AddScoped<ListProjects>();
        services.AddScoped<ProjectHistory>();
        services.AddScoped<IDashboardContribution, ProjectsDashboard>();
        services.AddSingleton<IProjectTabContribution, ProjectOwnTabs>();
        services.AddProjectsAuthorization();
        return services;
    }

    /// <summary>Authorization: the operations on projects (ProjectsOperations) and the handlers that decide them.</summary>
    public static IServiceCollection AddProjectsAuthorization(this IServiceCollection services)
    {
        services.AddScoped<IAuthorizationHandler, ProjectAuthorization>();
        services.AddScoped<IAuthorizationHandler, ProjectsRegionAuthorization>();
        return services;
    }
}
