using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Modellregion.Tests.Infrastructure;

namespace Modellregion.EndToEnd.Support;

/// <summary>
/// The real app on Kestrel (a random local port, its own copy of the demo database) and one headless Chromium,
/// shared by the tests of one class. Waits are generous for a loaded machine, but bounded.
/// </summary>
public class BrowserApp : ModellregionApp
{
    /// <summary>How long an action (click, fill) or an assertion waits for its element.</summary>
    public const int ActionTimeout = 30_000;

    /// <summary>How long a page may take to load.</summary>
    public const int NavigationTimeout = 60_000;

    private IPlaywright? _playwright;
    private IBrowser? _chromium;

    /// <summary>Where the app listens, e.g. http://127.0.0.1:41234/.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    public IBrowser Chromium => _chromium ?? throw new InvalidOperationException("Der Browser ist noch nicht gestartet.");

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        UseKestrel(0);
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses
            ?? throw new InvalidOperationException("Kestrel meldet keine Adresse.");
        BaseAddress = new Uri(addresses.First());

        Assertions.SetDefaultExpectTimeout(ActionTimeout);
        _playwright = await Playwright.CreateAsync();
        _chromium = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            // Debian's Chromium; the browser builds Playwright could download are never used.
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args =
            [
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
            ],
        });
    }

    /// <summary>A fresh browser profile (no cookies) whose relative addresses point at the app.</summary>
    public async Task<IBrowserContext> NewContextAsync(BrowserNewContextOptions? options = null)
    {
        options ??= new BrowserNewContextOptions();
        options.BaseURL = BaseAddress.ToString();
        options.Locale ??= "de-DE";
        var context = await Chromium.NewContextAsync(options);
        context.SetDefaultTimeout(ActionTimeout);
        context.SetDefaultNavigationTimeout(NavigationTimeout);
        return context;
    }

    /// <summary>Signs in through the login form, opened by its address.</summary>
    public static async Task SignInAsync(IPage page, string email, string password)
    {
        await page.GotoAsync("/verwaltung/anmelden");
        await page.FillAsync("#Input_Email", email);
        await page.FillAsync("#Input_Password", password);
        await page.ClickAsync("main form button[type=submit]");
        try
        {
            await page.WaitForURLAsync(url => !url.Contains("/verwaltung/anmelden", StringComparison.Ordinal));
        }
        catch (TimeoutException e)
        {
            // Still on the sign-in page: say what it shows (a refused password, a lock-out) instead of only "timeout".
            var shown = await page.Locator("main").InnerTextAsync(new() { Timeout = 5_000 });
            throw new TimeoutException($"Anmeldung als {email} nicht abgeschlossen; die Seite {page.Url} zeigt: {shown}", e);
        }
    }

    public override async ValueTask DisposeAsync()
    {
        if (_chromium is not null)
        {
            await _chromium.CloseAsync();
            _chromium = null;
        }

        _playwright?.Dispose();
        _playwright = null;
        await base.DisposeAsync();
    }
}
