namespace Modellregion.Web.Features.Administration;

public static class AdministrationFeature
{
    public static IServiceCollection AddAdministration(this IServiceCollection services) =>
        services.AddScoped<BackOfficeAreas>().AddScoped<BackOfficeOverview>();
}
