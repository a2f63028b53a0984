using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace Modellregion.Web.Platform;

/// <summary>
/// The public address of this installation for absolute links (e-mails, publiccode.yml): <c>Site:PublicBaseUrl</c>
/// when set (recommended in production, so that a forged Host header cannot put foreign links into mails); otherwise
/// the address a request reached, and without a request (background services) the first address the server listens
/// on, with a wildcard host ("0.0.0.0", "[::]", "+", "*") read as "localhost".
/// </summary>
public sealed class SiteAddress(IOptions<SiteOptions> site, IServiceProvider services)
{
    public const string Fallback = "http://localhost";

    /// <summary>The configured address, or null.</summary>
    public string? Configured => string.IsNullOrWhiteSpace(site.Value.PublicBaseUrl) ? null : site.Value.PublicBaseUrl.Trim().TrimEnd('/');

    /// <summary>The address for links in a response to <paramref name="request"/>.</summary>
    public string For(HttpRequest request) => Configured ?? $"{request.Scheme}://{request.Host}{request.PathBase}";

    /// <summary>The address for links made outside a request, e.g. in reminder mails.</summary>
    public string ForBackground() => Configured ?? FromServer() ?? Fallback;

    private string? FromServer()
    {
        var addresses = services.GetService<IServer>()?.Features.Get<IServerAddressesFeature>()?.Addresses;
        if (addresses is null || addresses.Count == 0)
        {
            return null;
        }

        var address = addresses.FirstOrDefault(a => a.StartsWith("https://", StringComparison.OrdinalIgnoreCase)) ?? addresses.First();
        foreach (var wildcard in new[] { "://0.0.0.0", "://[::]", "://+", "://*" })
        {
            address = address.Replace(wildcard, "://localhost", StringComparison.Ordinal);
        }

        return address.TrimEnd('/');
    }
}
