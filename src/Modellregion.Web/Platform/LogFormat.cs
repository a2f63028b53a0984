using System.Text.Json;

namespace Modellregion.Web.Platform;

/// <summary>
/// How the app writes its log to the console (ADR 0028): <c>Logging:Format</c> = <c>json</c> (one JSON object per line,
/// timestamps in UTC, with the scopes, among them the request's <c>RequestId</c>) or <c>simple</c> (readable text).
/// Default: simple in the environment Development, json everywhere else (Production, containers).
/// </summary>
public static class LogFormat
{
    public const string Key = "Logging:Format";

    public static WebApplicationBuilder AddLogFormat(this WebApplicationBuilder builder)
    {
        var format = builder.Configuration[Key] is { Length: > 0 } configured
            ? configured.Trim().ToLowerInvariant()
            : builder.Environment.IsDevelopment() ? "simple" : "json";
        switch (format)
        {
            case "json":
                builder.Logging.AddJsonConsole(options =>
                {
                    options.IncludeScopes = true;
                    options.UseUtcTimestamp = true;
                    options.TimestampFormat = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";
                    options.JsonWriterOptions = new JsonWriterOptions { Indented = false };
                });
                break;
            case "simple":
                builder.Logging.AddSimpleConsole(options =>
                {
                    options.IncludeScopes = true;
                    options.UseUtcTimestamp = true;
                    options.TimestampFormat = "yyyy-MM-dd HH:mm:ss 'UTC' ";
                });
                break;
            default:
                throw new InvalidOperationException($"{Key}: „{builder.Configuration[Key]}“ ist weder json noch simple.");
        }

        return builder;
    }
}
