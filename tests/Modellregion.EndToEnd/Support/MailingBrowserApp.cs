using System.Globalization;
using Microsoft.AspNetCore.Hosting;
using Modellregion.Tests.Infrastructure;

namespace Modellregion.EndToEnd.Support;

/// <summary>The app in the browser, sending its mail by SMTP to a real server on loopback that the test reads.</summary>
public sealed class MailingBrowserApp : BrowserApp
{
    public SmtpServer Smtp { get; } = new();

    public override async Task InitializeAsync()
    {
        await Smtp.InitializeAsync();
        await base.InitializeAsync();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Email:Mode", "Smtp");
        builder.UseSetting("Email:Host", "127.0.0.1");
        builder.UseSetting("Email:Port", Smtp.Port.ToString(CultureInfo.InvariantCulture));
        builder.UseSetting("Email:Security", "None");
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Smtp.DisposeAsync();
    }
}
