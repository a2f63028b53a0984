using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace Modellregion.Web.Platform.Localization;

public static class LocalizationSetup
{
    public static readonly CultureInfo[] Cultures = [CultureInfo.GetCultureInfo("de-DE"), CultureInfo.GetCultureInfo("en-GB")];

    public static IServiceCollection AddInterfaceLanguages(this IServiceCollection services)
    {
        services.AddLocalization();
        services.AddTransient(typeof(Microsoft.Extensions.Localization.IStringLocalizer<>), typeof(FeatureTexts<>));
        services.AddTransient<Microsoft.Extensions.Localization.IStringLocalizer<SharedResource>, InterfaceTexts>();
        services.Configure<RequestLocalizationOptions>(options =>
        {
            options.DefaultRequestCulture = new RequestCulture(Cultures[0]);
            options.SupportedCultures = Cultures;
            options.SupportedUICultures = Cultures;
            options.RequestCultureProviders =
            [
                // ?lang=en or ?lang=en-GB: the short form is the one the language switch uses.
                new CustomRequestCultureProvider(context => Task.FromResult(FromQuery(context.Request.Query["lang"]))),
                new CookieRequestCultureProvider(),
            ];
        });
        return services;
    }

    private static ProviderCultureResult? FromQuery(string? lang)
    {
        var culture = Cultures.FirstOrDefault(c =>
            string.Equals(c.TwoLetterISOLanguageName, lang, StringComparison.OrdinalIgnoreCase)
            || string.Equals(c.Name, lang, StringComparison.OrdinalIgnoreCase));
        return culture is null ? null : new ProviderCultureResult(culture.Name);
    }

    /// <summary>Maps <c>/sprache/{lang}</c>: remembers the interface language in a cookie and returns to the page.</summary>
    public static IEndpointRouteBuilder MapLanguageSwitch(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/sprache/{lang}", (string lang, string? zurueck, HttpContext context) =>
        {
            var culture = Cultures.FirstOrDefault(c => c.TwoLetterISOLanguageName == lang);
            if (culture is null)
            {
                return Results.NotFound();
            }

            context.Response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true, Secure = context.Request.IsHttps });
            var target = zurueck is { Length: > 0 } && zurueck.StartsWith('/') && !zurueck.StartsWith("//", StringComparison.Ordinal) ? zurueck : "/";
            return Results.LocalRedirect(target);
        }).ExcludeFromDescription();
        return endpoints;
    }
}
