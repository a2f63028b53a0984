using Microsoft.AspNetCore.Authorization;
using Modellregion.Web.Data.Seeding;
using Modellregion.Web.Features.Shared;
using Modellregion.Web.Platform.Localization;
using Modellregion.Web.Platform.Modules;

namespace Modellregion.Web.Features.News;

public sealed class NewsFeature : IFeatureModule
{
    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<ISearchSource, NewsSearch>();
        services.AddScoped<NewsQueries>();
        services.AddScoped<SaveNewsItem>();
        services.AddScoped<ListEditableNews>();
        services.AddScoped<IPageSection, HomeNewsSection>();
        services.AddSingleton<IBackOfficeArea, NewsBackOffice>();
        services.AddSingleton(new PublicArea(50, "/aktuelles", SharedTexts.Of("Layout.News")));
        services.AddScoped<IDemoData, NewsDemoData>();

        // Authorization: who may write news (NewsOperations)
        services.AddScoped<IAuthorizationHandler, NewsItemAuthorization>();
        services.AddScoped<IAuthorizationHandler, NewsRegionAuthorization>();
    }

    /// <summary>The command line gets the whole feature: its demo data and the use cases it runs.</summary>
    public void AddCommandLineServices(IServiceCollection services) => AddServices(services, new ConfigurationBuilder().Build());

    /// <summary>The Atom feed of the news and the read API <c>/api/v1/news</c>.</summary>
    public void Map(IEndpointRouteBuilder endpoints) => endpoints.MapNewsFeed().MapNewsApi();
}
