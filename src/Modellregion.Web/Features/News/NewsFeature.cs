using Microsoft.AspNetCore.Authorization;
using Modellregion.Web.Features.Shared;
using Modellregion.Web.Platform.Modules;

namespace Modellregion.Web.Features.News;

public sealed class NewsFeature : IFeatureModule
{
    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<NewsQueries>();
        services.AddScoped<SaveNewsItem>();
        services.AddScoped<ListEditableNews>();
        services.AddScoped<IPageSection, HomeNewsSection>();
        services.AddSingleton<IBackOfficeArea, NewsBackOffice>();

        // Authorization: who may write news (NewsOperations)
        services.AddScoped<IAuthorizationHandler, NewsItemAuthorization>();
        services.AddScoped<IAuthorizationHandler, NewsRegionAuthorization>();
    }
}
