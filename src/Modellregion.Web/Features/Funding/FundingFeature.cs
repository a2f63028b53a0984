using Microsoft.AspNetCore.Authorization;
using Modellregion.Web.Features.Projects.Admin;
using Modellregion.Web.Features.Shared;
using Modellregion.Web.Platform.Modules;

namespace Modellregion.Web.Features.Funding;

public sealed class FundingFeature : IFeatureModule
{
    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<ChangeProjectStage>();
        services.AddScoped<SetAdministration>();
        services.AddScoped<SaveFinancingPlan>();
        services.AddScoped<RecordGrantDecision>();
        services.AddScoped<GrantDecisionCommitments>();
        services.AddScoped<FundRequests>();
        services.AddScoped<Proofs>();
        services.AddScoped<Deadlines>();
        services.AddScoped<Reminders>();
        services.AddScoped<MoneyOverview>();
        services.AddScoped<IOpenDataSet, FundingOpenData>();
        services.AddScoped<Exports>();
        services.AddScoped<ProgrammeRulesEditor>();
        services.AddScoped<ManageProgrammes>();
        services.AddScoped<FundingLists>();
        services.AddScoped<ReminderFailures>();
        services.AddScoped<ProjectFunding>();
        services.AddScoped<FundingOverviews>();
        services.AddScoped<FundingDownloads>();
        services.AddScoped<IDashboardContribution, FundingDashboard>();
        services.AddSingleton<IBackOfficeArea, FundingListsBackOffice>();
        services.AddSingleton<IBackOfficeArea, FundingBackOffice>();
        services.AddSingleton<IBackOfficeArea, ProgrammeRulesBackOffice>();
        services.AddSingleton<IProjectTabContribution, FundingProjectTabs>();
        services.AddHostedService<ReminderService>();
        AddAuthorization(services);
    }

    public void AddCommandLineServices(IServiceCollection services)
    {
        services.AddScoped<ManageProgrammes>();
        AddAuthorization(services);
    }

    public void Map(IEndpointRouteBuilder endpoints) => endpoints.MapFundingEndpoints();

    /// <summary>
    /// Authorization: the operations of funding (FundingOperations) and the handlers that decide them. Also used by
    /// the command line.
    /// </summary>
    private static void AddAuthorization(IServiceCollection services)
    {
        services.AddScoped<IAuthorizationHandler, ProgrammesAuthorization>();
        services.AddScoped<IAuthorizationHandler, ProjectFundingAuthorization>();
        services.AddScoped<IAuthorizationHandler, FundingRegionAuthorization>();
    }
}
