using System.Diagnostics.Metrics;
using System.Net;
using OpenTelemetry.Metrics;

namespace Modellregion.Web.Platform;

/// <summary>
/// Metrics in the Prometheus text format at <c>/metrics</c> (ADR 0028): requests (the framework's
/// <c>Microsoft.AspNetCore.Hosting</c> meter: rate and duration), the runtime (GC, threads, memory) and every meter of
/// the app (<c>Modellregion.*</c>, e.g. <see cref="MailMetrics"/>).
/// </summary>
public sealed class MetricsOptions
{
    public const string Section = "Metrics";

    public const string Path = "/metrics";

    /// <summary>Off: no meters are collected and <c>/metrics</c> does not exist (404).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// Who may read <c>/metrics</c> besides the machine itself (loopback): networks in CIDR notation ("10.0.0.0/24")
    /// or single addresses, e.g. the Prometheus server's. Everyone else gets 404, as for an address that does not exist.
    /// </summary>
    public List<string> AllowedNetworks { get; set; } = [];
}

/// <summary>
/// The mail meter <c>Modellregion.Mail</c>: <c>modellregion.mail.sent</c> and <c>modellregion.mail.failed</c>, each
/// tagged with the delivery mode (pickup or smtp). Counted where every message of the app goes out
/// (<see cref="Email.EmailSender"/>).
/// </summary>
public sealed class MailMetrics
{
    public const string MeterName = "Modellregion.Mail";

    private readonly Counter<long> _sent;
    private readonly Counter<long> _failed;

    public MailMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        _sent = meter.CreateCounter<long>("modellregion.mail.sent", description: "E-Mails, die die Anwendung versandt oder in den Abholordner gelegt hat.");
        _failed = meter.CreateCounter<long>("modellregion.mail.failed", description: "E-Mails, deren Versand fehlschlug.");
    }

    public void Sent(string mode) => _sent.Add(1, new KeyValuePair<string, object?>("mode", Mode(mode)));

    public void Failed(string mode) => _failed.Add(1, new KeyValuePair<string, object?>("mode", Mode(mode)));

    private static string Mode(string mode) => string.Equals(mode, "Smtp", StringComparison.OrdinalIgnoreCase) ? "smtp" : "pickup";
}

public static class AppMetrics
{
    /// <summary>The app's own meters: every name under this prefix is exported.</summary>
    public const string MeterPrefix = "Modellregion.*";

    public static IServiceCollection AddAppMetrics(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = configuration.GetSection(MetricsOptions.Section).Get<MetricsOptions>() ?? new MetricsOptions();
        services.AddSingleton(settings);
        services.AddSingleton(new MetricsAccess(settings.AllowedNetworks.Select(ParseNetwork).ToList()));
        if (settings.Enabled)
        {
            services.AddOpenTelemetry().WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddRuntimeInstrumentation()
                .AddMeter(MeterPrefix)
                .AddView(instrument => CardinalityOf(instrument))
                .AddPrometheusExporter());
        }

        return services;
    }

    /// <summary>
    /// How many tag combinations a metric keeps. OpenTelemetry reserves room for 2,000 combinations for every stream
    /// when it starts collecting (144 KB each, about 8 MB for the app's 56 streams). Only the metrics tagged by route
    /// or by exception type (<see cref="WideMetrics"/>) can come near that; the others have a few tags with a handful of
    /// values each and keep <see cref="SmallCardinality"/>. A combination beyond the limit is not lost but counted
    /// under <c>otel.metric.overflow</c>.
    /// </summary>
    internal static MetricStreamConfiguration? CardinalityOf(Instrument instrument) =>
        WideMetrics.Contains(instrument.Name) ? null : new MetricStreamConfiguration { CardinalityLimit = SmallCardinality };

    /// <summary>Tag combinations kept for a metric outside <see cref="WideMetrics"/> (see <see cref="CardinalityOf"/>).</summary>
    public const int SmallCardinality = 100;

    /// <summary>Metrics tagged by route, policy or exception type: they keep OpenTelemetry's default of 2,000 combinations.</summary>
    internal static readonly HashSet<string> WideMetrics = new(StringComparer.Ordinal)
    {
        "http.server.request.duration",
        "aspnetcore.routing.match_attempts",
        "aspnetcore.diagnostics.exceptions",
        "aspnetcore.authorization.attempts",
        "aspnetcore.authentication.authenticate.duration",
    };

    /// <summary>
    /// Placed after the reverse proxy's forwarded headers (the client's own address counts) and the status code pages
    /// (a refused caller sees the usual 404 answer). Anyone not allowed gets 404 for <c>/metrics</c>.
    /// </summary>
    public static IApplicationBuilder UseMetricsAccess(this IApplicationBuilder app)
    {
        var access = app.ApplicationServices.GetRequiredService<MetricsAccess>();
        return app.Use(async (context, next) =>
        {
            if (context.Request.Path.StartsWithSegments(MetricsOptions.Path, StringComparison.OrdinalIgnoreCase) && !access.Allows(context))
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }

            await next(context);
        });
    }

    public static IEndpointRouteBuilder MapAppMetrics(this IEndpointRouteBuilder endpoints)
    {
        if (endpoints.ServiceProvider.GetRequiredService<MetricsOptions>().Enabled)
        {
            endpoints.MapPrometheusScrapingEndpoint(MetricsOptions.Path);
        }

        return endpoints;
    }

    private static System.Net.IPNetwork ParseNetwork(string text)
    {
        if (IPAddress.TryParse(text, out var single))
        {
            return new System.Net.IPNetwork(single, single.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork ? 32 : 128);
        }

        return System.Net.IPNetwork.TryParse(text, out var network)
            ? network
            : throw new InvalidOperationException($"Metrics:AllowedNetworks: „{text}“ ist weder eine IP-Adresse noch ein Netz in CIDR-Schreibweise.");
    }
}

/// <summary>Who may read the metrics: loopback and the allowed networks, never a request a proxy forwarded without being trusted.</summary>
internal sealed class MetricsAccess(List<System.Net.IPNetwork> allowed)
{
    public bool Allows(HttpContext context)
    {
        // An X-Forwarded-For still present came through a proxy that is not configured as trusted: the connection's
        // address is then the proxy's (often loopback), not the caller's.
        if (context.Request.Headers.ContainsKey("X-Forwarded-For") || context.Connection.RemoteIpAddress is not { } address)
        {
            return false;
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        return IPAddress.IsLoopback(address) || allowed.Any(network => network.Contains(address));
    }
}
