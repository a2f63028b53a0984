using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Modellregion.Web.Data;

namespace Modellregion.Tests.Infrastructure;

/// <summary>The app with a clock the test controls, mail written into a folder of its own, and background reminders off.</summary>
public class FundingApp : ModellregionApp
{
    public TestClock Clock { get; } = new(new DateTimeOffset(2030, 1, 10, 9, 0, 0, TimeSpan.Zero));

    public string MailDirectory { get; } = Path.Combine(Path.GetTempPath(), "modellregion-mail", Guid.NewGuid().ToString("N"));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Email:Mode", "Pickup");
        builder.UseSetting("Email:PickupDirectory", MailDirectory);
        builder.UseSetting("Reminders:Enabled", "false");
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);

            // Sign-in cookies keep real time, so that moving the business clock does not sign people out.
            services.PostConfigureAll<CookieAuthenticationOptions>(options => options.TimeProvider = TimeProvider.System);
            services.PostConfigure<SecurityStampValidatorOptions>(options => options.TimeProvider = TimeProvider.System);
        });
    }

    public IReadOnlyList<string> Mails() =>
        Directory.Exists(MailDirectory) ? [.. Directory.GetFiles(MailDirectory, "*.eml").Order().Select(File.ReadAllText)] : [];

    /// <summary>Runs use cases as the given account, as the web app would for its signed-in request.</summary>
    public async Task<T> AsUserAsync<T>(string email, Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var user = db.Users.Single(u => u.Email == email);
        var identity = new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, user.Id), new Claim(ClaimTypes.Name, user.UserName!)], "Test");
        scope.ServiceProvider.GetRequiredService<IHttpContextAccessor>().HttpContext = new DefaultHttpContext { User = new ClaimsPrincipal(identity), RequestServices = scope.ServiceProvider };
        return await action(scope.ServiceProvider);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(MailDirectory))
        {
            Directory.Delete(MailDirectory, recursive: true);
        }
    }
}
