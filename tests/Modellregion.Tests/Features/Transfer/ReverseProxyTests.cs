using System.Net;
using Microsoft.AspNetCore.Hosting;
using Modellregion.Tests.Infrastructure;
using Modellregion.Web.Features.Transfer;

namespace Modellregion.Tests.Features.Transfer;

/// <summary>The app behind a trusted reverse proxy at 10.255.0.1.</summary>
public sealed class ProxiedTransferApp : TransferApp
{
    public const string Proxy = "10.255.0.1";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("ReverseProxy:KnownProxies:0", Proxy);
    }
}

/// <summary>
/// Behind a reverse proxy the submission limit counts the visitor's address the proxy forwards, not the proxy's own;
/// a forwarded address from anyone else is ignored, so nobody escapes the limit by inventing addresses.
/// </summary>
public sealed class ReverseProxyTests(ProxiedTransferApp app) : IClassFixture<ProxiedTransferApp>
{
    private const string Url = "/loesungen/local-open-data-urbane-datenplattform/interesse";
    private const string Form = "main form[method=post]";

    private static Dictionary<string, object?> Valid() => new()
    {
        ["Input.Municipality"] = "Delbrück",
        ["Input.ContactName"] = "Erika Beispiel",
        ["Input.ContactEmail"] = "erika.beispiel@example.org",
        ["Input.Need"] = "Wir möchten Sensordaten offen zeigen.",
        ["Input.Timeline"] = ((int)Timeline.WithinSixMonths).ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Input.Consent"] = true,
    };

    private HttpClient Visitor(string from, string forwardedFor)
    {
        var browser = app.BrowserFrom(from);
        browser.DefaultRequestHeaders.Add("X-Forwarded-For", forwardedFor);
        return browser;
    }

    [Fact]
    public async Task Visitors_behind_the_proxy_each_have_their_own_limit()
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 7; i++)
        {
            statuses.Add((await Visitor(ProxiedTransferApp.Proxy, TransferApp.NewAddress()).SubmitFormAsync(Url, Form, Valid())).StatusCode);
        }

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.Redirect, s));
    }

    [Fact]
    public async Task One_visitor_behind_the_proxy_is_still_limited()
    {
        var visitor = Visitor(ProxiedTransferApp.Proxy, TransferApp.NewAddress());
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 6; i++)
        {
            statuses.Add((await visitor.SubmitFormAsync(Url, Form, Valid())).StatusCode);
        }

        Assert.Equal(Enumerable.Repeat(HttpStatusCode.Redirect, 5).Append(HttpStatusCode.TooManyRequests), statuses);
    }

    [Fact]
    public async Task A_forwarded_address_from_a_client_that_is_not_the_proxy_is_ignored()
    {
        var client = TransferApp.NewAddress();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 6; i++)
        {
            statuses.Add((await Visitor(client, TransferApp.NewAddress()).SubmitFormAsync(Url, Form, Valid())).StatusCode);
        }

        Assert.Equal(Enumerable.Repeat(HttpStatusCode.Redirect, 5).Append(HttpStatusCode.TooManyRequests), statuses);
    }
}
