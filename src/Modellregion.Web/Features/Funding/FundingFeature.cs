using Microsoft.AspNetCore.Authorization;
using Modellregion.Web.Features.Projects.Admin;
using Modellregion.Web.Features.Shared;

namespace Modellregion.Web.Features.Funding;

public static class FundingFeature
{
    public static IServiceCollection AddFunding(this IServiceCollection services)
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
        services.AddScoped<Exports>();
        services.AddScoped<ProgrammeRulesEditor>();
        services.AddScoped<ManageProgrammes>();
        services.AddScoped<FundingLists>();
        services.AddScoped<ReminderFailures>();
        services.AddScoped<ProjectFunding>();
        services.AddScoped<FundingOverviews>();
        services.AddScoped<FundingDownloads>();
        services.AddScoped<IDashboardContribution, FundingDashboard>();
        services.AddSingleton<IProjectTabContribution, FundingProjectTabs>();
        services.AddHostedService<ReminderService>();
        services.AddFundingAuthorization();
        return services;
    }

    /// <summary>
    /// Authorization: the operations of funding (FundingOperations) and the handlers that decide them. Also used by
    /// the command line.
    /// </summary>
    public static IServiceCollection AddFundingAuthorization(this IServiceCollection services)
    {
        services.AddScoped<IAuthorizationHandler, ProgrammesAuthorization>();
        services.AddScoped<IAuthorizationHandler, ProjectFundingAuthorization>();
        services.AddScoped<IAuthorizationHandler, FundingRegionAuthorization>();
        return services;
    }
}
