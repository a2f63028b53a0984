using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Modellregion.Web.Features.Projects.Admin;
using Modellregion.Web.Features.Shared;
using Modellregion.Web.Platform.Modules;

namespace Modellregion.Web.Features.Projects;

public sealed class ProjectsFeature : IFeatureModule
{
    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<IOpenDataSet, ProjectsOpenData>();
        services.AddSingleton<ISearchSource, ProjectsSearch>();
        services.AddScoped<SearchProjects>();
        services.AddScoped<GetProjectDetails>();
        services.AddScoped<SaveProject>();
        services.AddScoped<ManageMilestones>();
        services.AddScoped<ManageResults>();
        services.AddScoped<ReportProjectStatus>();
        services.AddScoped<ManageParticipants>();
        services.AddScoped<MilestoneRoundTrip>();
        services.AddScoped<ProjectAccess>();
        services.AddScoped<ListProjects>();
        services.AddScoped<ProjectHistory>();
        services.AddScoped<IDashboardContribution, ProjectsDashboard>();
        services.AddSingleton<IProjectTabContribution, ProjectOwnTabs>();
        services.TryAddScoped<PageSections>();
        services.AddSingleton<IBackOfficeArea, ProjectsBackOffice>();
        services.AddScoped<IAuthorizationHandler, ProjectAuthorization>();
        services.AddScoped<IAuthorizationHandler, ProjectsRegionAuthorization>();
    }

    /// <summary>The command line rebuilds the search index, which reads the projects.</summary>
    public void AddCommandLineServices(IServiceCollection services) => services.AddSingleton<ISearchSource, ProjectsSearch>();

    public void Map(IEndpointRouteBuilder endpoints) => endpoints.MapProjectsApi().MapProjectsWriteApi().MapProjectsFeed();
}
