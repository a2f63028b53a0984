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
        services.AddScoped<IDashboardContribution, ProjectsDashboard>();
        return services;
    }
}
