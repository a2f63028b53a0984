using System.Buffers;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Modellregion.Web.Features.Shared;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Board;

/// <summary>
/// OParl 1.1 at <c>/oparl/v1.1</c> (the System object). Every answer under <c>/oparl</c> carries
/// <c>Access-Control-Allow-Origin: *</c>; every error, including unknown addresses and bad parameters, is an
/// OParl error object with a 4xx/5xx status, never an HTML page or a ProblemDetails document.
/// </summary>
public static class OParlApi
{
    public const string ErrorType = "https://schema.oparl.org/1.1/Error";
    private const string JsonContentType = "application/json; charset=utf-8";

    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static IApplicationBuilder UseOParlErrors(this IApplicationBuilder app) =>
        app.UseWhen(c => c.Request.Path.StartsWithSegments("/oparl"), branch => branch.Use(async (context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                context.Response.Headers.AccessControlAllowOrigin = "*";
                return Task.CompletedTask;
            });
            try
            {
                await next();
            }
            catch (OParlException e) when (!context.Response.HasStarted)
            {
                await WriteErrorAsync(context, e.Status, e.Message, e.Debug);
                return;
            }
            catch (BadHttpRequestException e) when (!context.Response.HasStarted)
            {
                await WriteErrorAsync(context, e.StatusCode, "Die Anfrage ist ungültig.", e.Message);
                return;
            }
            catch (Exception e) when (!context.Response.HasStarted && e is not OperationCanceledException)
            {
                context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("OParl").LogError(e, "OParl-Anfrage {Path} fehlgeschlagen", context.Request.Path);
                await WriteErrorAsync(context, 500, "Bei der Bearbeitung der Anfrage ist ein Fehler aufgetreten.", null);
                return;
            }

            if (context.Response.StatusCode >= 400 && !context.Response.HasStarted)
            {
                var message = context.Response.StatusCode switch
                {
                    404 => "Unter dieser Adresse gibt es kein OParl-Objekt.",
                    405 => "Die OParl-Schnittstelle beantwortet nur GET-Anfragen.",
                    _ => "Die Anfrage konnte nicht bearbeitet werden.",
                };
                await WriteErrorAsync(context, context.Response.StatusCode, message, null);
            }
        }));

    public static IEndpointRouteBuilder MapOParlApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/oparl/v1.1").ExcludeFromDescription();
        group.MapGet("", (HttpContext context, OParlService oparl, CancellationToken cancellationToken) =>
            JsonAsync(context, oparl, async w =>
            {
                await oparl.WriteSystemAsync(w, cancellationToken);
                return true;
            }));
        group.MapGet("/body", (HttpContext context, OParlService oparl, CancellationToken cancellationToken) =>
        {
            var request = OParlListRequest.Parse(context.Request.Query);
            return JsonAsync(context, oparl, async w =>
            {
                await oparl.WriteBodyListAsync(w, request, cancellationToken);
                return true;
            });
        });
        group.MapGet("/body/{id}/{list}", (string id, string list, HttpContext context, OParlService oparl, CancellationToken cancellationToken) =>
        {
            var request = OParlListRequest.Parse(context.Request.Query);
            return JsonAsync(context, oparl, w =>
                int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var body) && id[0] != '0'
                    ? oparl.WriteBodyListAsync(w, body, list, request, cancellationToken)
                    : Task.FromResult(false));
        });
        group.MapGet("/organization/{id}/meeting", (string id, HttpContext context, OParlService oparl, CancellationToken cancellationToken) =>
        {
            var request = OParlListRequest.Parse(context.Request.Query);
            return JsonAsync(context, oparl, w =>
                int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var board) && id[0] != '0'
                    ? oparl.WriteBoardMeetingsAsync(w, board, request, cancellationToken)
                    : Task.FromResult(false));
        });
        group.MapGet("/{kind}/{key}", (string kind, string key, HttpContext context, OParlService oparl, CancellationToken cancellationToken) =>
            JsonAsync(context, oparl, w => oparl.WriteObjectAsync(w, kind, key, cancellationToken)));
        return endpoints;
    }

    /// <summary>
    /// Streams the answer to the response body: the queries of an answer all run before its first byte is written
    /// (a failure or a missing object still becomes an OParl error object), then the JSON goes out as it is written,
    /// flushed whenever a few kilobytes are pending (see <see cref="OParlService.FlushIfFullAsync"/>).
    /// </summary>
    private static async Task JsonAsync(HttpContext context, OParlService oparl, Func<Utf8JsonWriter, Task<bool>> write)
    {
        oparl.UseHost(context.Request);
        var response = context.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = JsonContentType;
        var pipe = response.BodyWriter;
        oparl.UseOutput(pipe, context.RequestAborted);
        bool found;
        await using (var writer = new Utf8JsonWriter(pipe, WriterOptions))
        {
            found = await write(writer);
            if (found)
            {
                await writer.FlushAsync(context.RequestAborted);
            }
        }

        if (!found)
        {
            throw new OParlException(404, "Unter dieser Adresse gibt es kein OParl-Objekt.");
        }

        await pipe.FlushAsync(context.RequestAborted);
    }

    public static async Task WriteErrorAsync(HttpContext context, int status, string message, string? debug)
    {
        // Headers already set (security headers) stay; nothing of a body has been written yet.
        context.Response.StatusCode = status;
        context.Response.ContentType = JsonContentType;
        context.Response.Headers.AccessControlAllowOrigin = "*";
        var buffer = new ArrayBufferWriter<byte>(512);
        await using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteString("type", ErrorType);
            writer.WriteString("message", message);
            if (debug is not null)
            {
                writer.WriteString("debug", UnicodeText.Truncate(debug, 300));
            }

            writer.WriteEndObject();
        }

        await context.Response.Body.WriteAsync(buffer.WrittenMemory, context.RequestAborted);
    }
}

/// <summary>The limits of the read API refuse OParl requests with an OParl error object, like every other OParl error.</summary>
public sealed class OParlRefusal : IReadApiRefusal
{
    public bool Applies(HttpContext context) => context.Request.Path.StartsWithSegments("/oparl");

    public Task WriteAsync(HttpContext context, int status, string message) => OParlApi.WriteErrorAsync(context, status, message, null);
}
