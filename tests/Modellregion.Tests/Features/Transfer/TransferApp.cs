using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using Modellregion.Tests.Infrastructure;

namespace Modellregion.Tests.Features.Transfer;

/// <summary>
/// The real app with its own mail pickup folder, and the client address taken from a test header, so that each
/// test sends from its own address (the rate limit counts per address).
/// </summary>
public class TransferApp : ModellregionApp
{
    public const string ClientHeader = "X-Test-Client";

    public string MailDirectory { get; } = Path.Combine(Path.GetTempPath(), "modellregion-mail", Guid.NewGuid().ToString("N"));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Email:PickupDirectory", MailDirectory);
        builder.UseSetting("Transfer:RemindersEnabled", "false");
        builder.ConfigureServices(services => services.AddTransient<IStartupFilter, ClientAddressFilter>());
    }

    /// <summary>A browser that sends from its own client address.</summary>
    public HttpClient BrowserFrom(string address)
    {
        var browser = Browser();
        browser.DefaultRequestHeaders.Add(ClientHeader, address);
        return browser;
    }

    public static string NewAddress() => $"10.{Random.Shared.Next(256)}.{Random.Shared.Next(256)}.{Random.Shared.Next(1, 255)}";

    /// <summary>The messages written to the pickup folder so far.</summary>
    public IReadOnlyList<MimeMessage> Mails() =>
        System.IO.Directory.Exists(MailDirectory)
            ? [.. System.IO.Directory.GetFiles(MailDirectory, "*.eml").Order(StringComparer.Ordinal).Select(f => MimeMessage.Load(f))]
            : [];

    private sealed class ClientAddressFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(async (context, call) =>
            {
                if (context.Request.Headers.TryGetValue(ClientHeader, out var value) && IPAddress.TryParse(value.ToString(), out var address))
                {
                    context.Connection.RemoteIpAddress = address;
                }

                await call(context);
            });
            next(app);
        };
    }
}
