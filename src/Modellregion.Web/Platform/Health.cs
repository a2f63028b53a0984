using System.Text.Json;
using MailKit.Security;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Modellregion.Web.Data;
using Modellregion.Web.Platform.Email;

namespace Modellregion.Web.Platform;

/// <summary>
/// Health for load balancers and container checks (ADR 0028): <c>/health/live</c> answers as long as the process
/// serves requests (no database), <c>/health/ready</c> only when the database is reachable, every migration is applied
/// and the mail settings are complete; <c>/health</c> is the same as ready. JSON with each check's state and a German
/// description, 200 or 503, never cached, never a setting's value (no host, folder, user or password).
/// </summary>
public static class Health
{
    public const string Ready = "ready";

    public static IServiceCollection AddHealth(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database", tags: [Ready])
            .AddCheck<MigrationsHealthCheck>("migrations", tags: [Ready])
            .AddCheck<MailHealthCheck>("mail", tags: [Ready]);
        return services;
    }

    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/health/live", Options(_ => false, "Die Anwendung antwortet."));
        var ready = Options(check => check.Tags.Contains(Ready), null);
        endpoints.MapHealthChecks("/health/ready", ready);
        endpoints.MapHealthChecks("/health", ready);
        return endpoints;
    }

    private static HealthCheckOptions Options(Func<HealthCheckRegistration, bool> predicate, string? liveDescription) => new()
    {
        Predicate = predicate,
        ResultStatusCodes =
        {
            [HealthStatus.Healthy] = StatusCodes.Status200OK,
            [HealthStatus.Degraded] = StatusCodes.Status200OK,
            [HealthStatus.Unhealthy] = StatusCodes.Status503ServiceUnavailable,
        },
        ResponseWriter = async (context, report) =>
        {
            context.Response.ContentType = "application/json; charset=utf-8";
            context.Response.Headers.CacheControl = "no-store";
            var description = liveDescription ?? (report.Status == HealthStatus.Unhealthy
                ? "Nicht bereit: " + string.Join(" ", report.Entries.Values.Where(e => e.Status == HealthStatus.Unhealthy).Select(e => e.Description))
                : "Bereit: Datenbank erreichbar, alle Migrationen eingespielt, E-Mail-Einstellungen vollständig.");
            await JsonSerializer.SerializeAsync(context.Response.Body, new
            {
                status = report.Status.ToString(),
                description,
                checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), description = e.Value.Description }),
            }, cancellationToken: context.RequestAborted);
        },
    };

    private sealed class DatabaseHealthCheck(AppDbContext db) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
            await db.Database.CanConnectAsync(cancellationToken)
                ? HealthCheckResult.Healthy("Die Datenbank ist erreichbar.")
                : HealthCheckResult.Unhealthy("Die Datenbank ist nicht erreichbar.");
    }

    private sealed class MigrationsHealthCheck(AppDbContext db) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            try
            {
                var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).Count();
                return pending == 0
                    ? HealthCheckResult.Healthy("Alle Migrationen der Datenbank sind eingespielt.")
                    : HealthCheckResult.Unhealthy($"Die Datenbank ist nicht auf dem Stand dieser Version: {pending} Migration(en) fehlen (modellregion migrate).");
            }
            catch (Exception exception) when (exception is System.Data.Common.DbException or InvalidOperationException)
            {
                return HealthCheckResult.Unhealthy("Der Stand der Migrationen lässt sich nicht lesen: Die Datenbank ist nicht erreichbar.");
            }
        }
    }

    /// <summary>Whether the configured way of delivering mail has what it needs; sends nothing.</summary>
    private sealed class MailHealthCheck(IOptions<EmailOptions> options, IHostEnvironment environment) : IHealthCheck
    {
        public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
            Task.FromResult(Check(options.Value, environment.ContentRootPath) is { } problem
                ? HealthCheckResult.Unhealthy(problem)
                : HealthCheckResult.Healthy("Die E-Mail-Einstellungen sind vollständig."));
    }

    /// <summary>What is missing for the configured delivery mode, in German and without the values; null if nothing.</summary>
    public static string? Check(EmailOptions settings, string contentRoot)
    {
        if (!EmailAddresses.IsValid(settings.FromAddress))
        {
            return "E-Mail: Die Absenderadresse (Email:FromAddress) ist keine gültige Adresse.";
        }

        if (string.Equals(settings.Mode, "Smtp", StringComparison.OrdinalIgnoreCase))
        {
            if (string.IsNullOrWhiteSpace(settings.Host))
            {
                return "E-Mail: Für den Versand per SMTP fehlt der Server (Email:Host).";
            }

            if (settings.Port is < 1 or > 65535)
            {
                return "E-Mail: Der SMTP-Port (Email:Port) liegt nicht zwischen 1 und 65535.";
            }

            if (!Enum.TryParse<SecureSocketOptions>(settings.Security, ignoreCase: true, out _))
            {
                return "E-Mail: Die Verschlüsselung (Email:Security) ist keine von None, StartTls, SslOnConnect oder Auto.";
            }

            return !string.IsNullOrEmpty(settings.UserName) && string.IsNullOrEmpty(settings.Password)
                ? "E-Mail: Zum SMTP-Benutzer (Email:UserName) fehlt das Passwort (Email:Password)."
                : null;
        }

        if (!string.Equals(settings.Mode, "Pickup", StringComparison.OrdinalIgnoreCase))
        {
            return "E-Mail: Die Versandart (Email:Mode) ist weder Pickup noch Smtp.";
        }

        return PickupWritable(settings.PickupDirectory, contentRoot)
            ? null
            : "E-Mail: In den Abholordner (Email:PickupDirectory) kann nicht geschrieben werden.";
    }

    private static bool PickupWritable(string folder, string contentRoot)
    {
        if (string.IsNullOrWhiteSpace(folder))
        {
            return false;
        }

        try
        {
            var directory = Path.IsPathRooted(folder) ? folder : Path.Combine(contentRoot, folder);
            Directory.CreateDirectory(directory);
            var probe = Path.Combine(directory, $".health-{Guid.NewGuid():N}.tmp");
            File.WriteAllBytes(probe, []);
            File.Delete(probe);
            return true;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            return false;
        }
    }
}
