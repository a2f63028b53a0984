using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using CsCheck;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Modellregion.Tests.Infrastructure;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Account;
using Modellregion.Web.Features.Directory;
using Xunit.Abstractions;

namespace Modellregion.Tests.Security;

/// <summary>
/// Property-based fuzzing through HTTP (CsCheck): generated bad values (<see cref="BadInput"/>) in every GET parameter
/// (endpoint metadata, bound page properties, GET forms), every field of the POST forms an administrator reaches, every
/// parameter of the OpenAPI document, and generated files in every upload and in the importers. The app never answers
/// 5xx; pages answer bad input in German (4xx or the form again with its error summary), the API with ProblemDetails;
/// a refused form stores nothing (the audit trail does not grow). Inputs per run: MODELLREGION_FUZZ_INPUTS (10,000),
/// seed: MODELLREGION_FUZZ_SEED.
/// </summary>
public sealed class InputFuzzTests(ModellregionApp app, ITestOutputHelper output) : IClassFixture<ModellregionApp>
{
    public const string InputsVariable = "MODELLREGION_FUZZ_INPUTS";
    private const string Placeholder = "FUZZ-PLATZHALTER";

    private static int Inputs => int.TryParse(Environment.GetEnvironmentVariable(InputsVariable), out var n) && n > 0 ? n : 10_000;

    private static string? Seed => Environment.GetEnvironmentVariable("MODELLREGION_FUZZ_SEED");

    private sealed record FuzzCase(int Target, int Field, int Variant, string Wire, (string Name, byte[] Bytes) File);

    [Fact]
    public async Task Bad_values_in_every_parameter_form_field_and_upload_never_break_the_app()
    {
        var (email, password) = await app.CreateUserAsync(AppRole.Administrator);
        var cookies = new CookieContainer();
        var admin = app.CreateDefaultClient(new CookieContainerHandler(cookies));
        var signIn = await admin.SubmitFormAsync("/verwaltung/anmelden", "form", new() { ["Input.Email"] = email, ["Input.Password"] = password });
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        var adminId = await UserIdAsync(email);
        var data = await MatrixData.LoadAsync(app, await UserIdAsync((await Principal.NoRoleAccountAsync(app)).Email));
        var targets = await FuzzTargets.DiscoverAsync(app, admin, data, adminId);
        output.WriteLine($"Ziele: {string.Join(", ", targets.GroupBy(t => t.Kind).Select(g => $"{g.Key} {g.Count()} ({g.Sum(t => t.Names.Count + t.PathNames.Count + t.Files.Count)} Namen)"))}");

        var statuses = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        var failures = new ConcurrentQueue<string>();
        using var slots = new SemaphoreSlim(2);
        using var writer = new SemaphoreSlim(1);
        var gen = Gen.Select(Gen.Select(Gen.Int[0, targets.Count - 1], Gen.Int[0, 10_000], Gen.Int[0, 9], (t, f, v) => (t, f, v)), BadInput.Wire, BadInput.File,
            (index, wire, file) => new FuzzCase(index.t, index.f, index.v, wire, file));
        var count = 0;
        await gen.SampleAsync(async fuzz =>
        {
            var target = targets[fuzz.Target];
            var posts = target.Kind is TargetKind.Form or TargetKind.Upload;
            if (posts)
            {
                await writer.WaitAsync();
                await slots.WaitAsync();
            }

            await slots.WaitAsync();
            try
            {
                Interlocked.Increment(ref count);
                var before = posts ? await AuditCountAsync() : 0;
                var (method, address, content) = Request(target, fuzz, data);
                using var body = content;
                var described = $"{method} {Shorten(address)} [{target.Kind} {Describe(target, fuzz)}]";
                try
                {
                    var answer = content is null ? await GetRawAsync(address, cookies) : await PostAsync(admin, address, content);
                    statuses.AddOrUpdate($"{target.Kind} {answer.Status}", 1, (_, n) => n + 1);
                    var problem = Check(target, address, answer);
                    if (problem is null && posts && (answer.Status >= 400 || (answer.Status == 200 && answer.Body.Contains("kern-alert--danger", StringComparison.Ordinal)))
                        && await AuditCountAsync() != before)
                    {
                        problem = "abgewiesen, aber etwas gespeichert (Protokoll gewachsen)";
                    }

                    if (problem is not null)
                    {
                        failures.Enqueue($"{described}: {answer.Status} {problem}");
                    }
                }
                catch (InvalidOperationException e) when (content is null && e.Message.Contains("null characters", StringComparison.Ordinal))
                {
                    // A NUL in the path cannot even be put into a request of the test server (nor through Kestrel).
                    statuses.AddOrUpdate($"{target.Kind} nicht sendbar", 1, (_, n) => n + 1);
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    statuses.AddOrUpdate($"{target.Kind} Ausnahme", 1, (_, n) => n + 1);
                    failures.Enqueue($"{described}: {e.GetType().Name} {Shorten(e.Message)}");
                }
            }
            finally
            {
                slots.Release();
                if (posts)
                {
                    slots.Release();
                    writer.Release();
                }
            }
        }, writeLine: output.WriteLine, seed: Seed, iter: Inputs, threads: 2);

        output.WriteLine($"{count} Eingaben; Statuscodes: " + string.Join(", ", statuses.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => $"{s.Key}: {s.Value}")));
        Assert.True(count >= Inputs, $"Nur {count} von {Inputs} Eingaben gesendet.");
        Assert.True(failures.IsEmpty, $"{failures.Count} Fehler:\n" + string.Join("\n", failures.Distinct().Take(40)));
    }

    [Fact]
    public async Task The_municipality_import_answers_bad_files_in_german_and_stores_nothing()
    {
        var outcomes = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        var failures = new ConcurrentQueue<string>();
        var iterations = Math.Max(200, Inputs / 20);
        await Gen.Select(BadInput.CsvFile, BadInput.CsvFile, (districts, municipalities) => (districts, municipalities)).SampleAsync(async files =>
        {
            await using var scope = app.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var before = await db.Districts.CountAsync() + await db.Municipalities.CountAsync();
            try
            {
                await scope.ServiceProvider.GetRequiredService<ImportMunicipalities>().RunAsync(new MemoryStream(files.districts), new MemoryStream(files.municipalities));
                outcomes.AddOrUpdate("übernommen", 1, (_, n) => n + 1);
            }
            catch (InvalidDataException e)
            {
                outcomes.AddOrUpdate("abgewiesen", 1, (_, n) => n + 1);
                if (!GermanMessage.IsMatch(e.Message))
                {
                    failures.Enqueue($"keine deutsche Meldung: {Shorten(e.Message)}");
                }

                db.ChangeTracker.Clear();
                if (await db.Districts.CountAsync() + await db.Municipalities.CountAsync() != before)
                {
                    failures.Enqueue($"abgewiesen, aber Zeilen gespeichert: {Shorten(e.Message)}");
                }
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                outcomes.AddOrUpdate(e.GetType().Name, 1, (_, n) => n + 1);
                failures.Enqueue($"{e.GetType().Name}: {Shorten(e.Message)}");
            }
        }, writeLine: output.WriteLine, seed: Seed, iter: iterations, threads: 1);

        output.WriteLine($"{iterations} Dateipaare: " + string.Join(", ", outcomes.Select(o => $"{o.Key}: {o.Value}")));
        Assert.True(failures.IsEmpty, $"{failures.Count} Fehler:\n" + string.Join("\n", failures.Distinct().Take(30)));
    }

    [Fact]
    public async Task The_publiccode_import_answers_bad_files_in_german_and_stores_nothing()
    {
        var admin = await app.SignedInAsync(AppRole.Administrator);
        var page = await admin.GetPageAsync("/verwaltung/transfer/loesungen/import");
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var region = page.QuerySelector("select[name=RegionId] option[value]:not([value=''])")?.GetAttribute("value") ?? "";
        var statuses = new ConcurrentDictionary<int, int>();
        var failures = new ConcurrentQueue<string>();
        var iterations = Math.Max(200, Inputs / 20);
        await Gen.Select(BadInput.File, Gen.Bool, (file, asText) => (file, asText)).SampleAsync(async input =>
        {
            var before = await app.WithDbAsync(db => db.Solutions.CountAsync());
            using var content = new MultipartFormDataContent
            {
                { new StringContent(token), "__RequestVerificationToken" },
                { new StringContent(""), "SolutionId" },
                { new StringContent(region), "RegionId" },
                { new StringContent(input.asText ? Encoding.UTF8.GetString(input.file.Bytes) : ""), "Text" },
            };
            if (!input.asText)
            {
                content.Add(new ByteArrayContent(input.file.Bytes), "Upload", input.file.Name);
            }

            using var response = await admin.PostAsync("/verwaltung/transfer/loesungen/import", content);
            var status = (int)response.StatusCode;
            statuses.AddOrUpdate(status, 1, (_, n) => n + 1);
            var body = await response.Content.ReadAsStringAsync();
            if (status >= 500 || (status >= 400 && !body.Contains("lang=\"de\"", StringComparison.Ordinal)))
            {
                failures.Enqueue($"{Shorten(input.file.Name)} ({input.file.Bytes.Length} Bytes, Base64 {Shorten(Convert.ToBase64String(input.file.Bytes))}): {status}");
            }
            else if (status >= 400 && await app.WithDbAsync(db => db.Solutions.CountAsync()) != before)
            {
                failures.Enqueue($"{input.file.Name}: abgewiesen, aber eine Lösung gespeichert");
            }
        }, writeLine: output.WriteLine, seed: Seed, iter: iterations, threads: 1);

        output.WriteLine($"{iterations} Dateien: " + string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}: {s.Value}")));
        Assert.True(failures.IsEmpty, $"{failures.Count} Fehler:\n" + string.Join("\n", failures.Distinct().Take(30)));
    }

    private static readonly Regex GermanMessage = new(@"\b(Zeile|Spalte|Datei|Kreis|Gemeinde)\b|[äöüß]", RegexOptions.CultureInvariant);

    private sealed record Answer(int Status, string? MediaType, string Body);

    /// <summary>What is wrong with an answer, or null: no 5xx, German pages, ProblemDetails from the API, JSON from OParl.</summary>
    private static string? Check(FuzzTarget target, string address, Answer answer)
    {
        var (status, media, body) = answer;
        if (status >= 500)
        {
            return "Serverfehler";
        }

        if (target.Kind == TargetKind.Api && status >= 400)
        {
            return media == "application/problem+json" ? null : $"keine ProblemDetails ({media})";
        }

        if (address.StartsWith("/oparl", StringComparison.Ordinal) && status >= 400)
        {
            return media is "application/json" or "application/problem+json" ? null : $"kein JSON ({media})";
        }

        // Downloads (minimal endpoints outside the API) refuse with ProblemDetails, like the API.
        if (status >= 400 && target.Kind == TargetKind.Query && media == "application/problem+json" && IsDownload(address))
        {
            return null;
        }

        if (status >= 400 && media != "text/html")
        {
            return $"keine Fehlerseite ({media})";
        }

        if ((status >= 400 || (target.Kind is TargetKind.Form or TargetKind.Upload && status == 200 && media == "text/html"))
            && !body.Contains("<html lang=\"de\"", StringComparison.Ordinal))
        {
            return "Seite nicht deutsch";
        }

        return null;
    }

    /// <summary>
    /// A GET sent straight to the test server with the query exactly as generated (an HTTP client would re-encode
    /// malformed percent-encoding), with the administrator's cookies.
    /// </summary>
    private async Task<Answer> GetRawAsync(string address, CookieContainer cookies)
    {
        var split = address.IndexOf('?', StringComparison.Ordinal);
        var (path, query) = split < 0 ? (address, "") : (address[..split], address[split..]);
        var context = await app.Server.SendAsync(c =>
        {
            c.Request.Method = HttpMethods.Get;
            c.Request.Scheme = "http";
            c.Request.Host = new HostString("localhost");
            c.Request.Path = PathString.FromUriComponent(path);
            c.Request.QueryString = new QueryString(query.Length == 0 ? null : query);
            c.Request.Headers.Cookie = cookies.GetCookieHeader(new Uri("http://localhost/"));
        });
        using var reader = new StreamReader(context.Response.Body);
        return new Answer(context.Response.StatusCode, MediaTypeOf(context.Response.ContentType), await reader.ReadToEndAsync());
    }

    private static async Task<Answer> PostAsync(HttpClient client, string address, HttpContent content)
    {
        using var response = await client.PostAsync(address, content);
        return new Answer((int)response.StatusCode, response.Content.Headers.ContentType?.MediaType, await response.Content.ReadAsStringAsync());
    }

    private static bool IsDownload(string address) =>
        address.StartsWith("/verwaltung/dateien/", StringComparison.Ordinal) || address.StartsWith("/verwaltung/export/", StringComparison.Ordinal);

    private static string? MediaTypeOf(string? contentType) => contentType?.Split(';')[0].Trim();

    private static (string Method, string Address, HttpContent? Content) Request(FuzzTarget target, FuzzCase fuzz, MatrixData data)
    {
        if (target.Kind is TargetKind.Query or TargetKind.Api)
        {
            var url = target.Url;
            string query;
            var all = target.Names.Count + target.PathNames.Count;
            var field = fuzz.Field % all;
            if (field >= target.Names.Count)
            {
                var name = target.PathNames[field - target.Names.Count];
                url = data.Fill(target.Pattern!.Replace("{" + name + "}", Placeholder, StringComparison.Ordinal)).Replace(Placeholder, fuzz.Wire, StringComparison.Ordinal);
                query = "";
            }
            else
            {
                var name = BadInput.Encode(target.Names[field]);
                query = fuzz.Variant switch
                {
                    1 => $"{name}=1&{name}={fuzz.Wire}&{name}={fuzz.Wire}",
                    2 => $"{fuzz.Wire}=1",
                    3 => $"{name}={fuzz.Wire}&" + string.Join("&", target.Names.Select(n => BadInput.Encode(n) + "=" + fuzz.Wire)),
                    _ => $"{name}={fuzz.Wire}",
                };
            }

            return ("GET", url + (query.Length == 0 ? "" : (url.Contains('?', StringComparison.Ordinal) ? "&" : "?") + query), null);
        }

        var chosen = target.Names.Count == 0 ? "unbekannt" : target.Names[fuzz.Field % target.Names.Count];
        if (target.Kind == TargetKind.Form)
        {
            var pairs = target.Fields.Where(f => f.Key != chosen || fuzz.Variant == 1).Select(f => BadInput.Encode(f.Key) + "=" + BadInput.Encode(f.Value)).ToList();
            pairs.Add(BadInput.Encode(chosen) + "=" + fuzz.Wire);
            if (fuzz.Variant == 2)
            {
                pairs.Add(BadInput.Encode(chosen) + "=" + fuzz.Wire);
            }

            var form = new StringContent(string.Join("&", pairs));
            form.Headers.ContentType = new MediaTypeHeaderValue("application/x-www-form-urlencoded");
            return ("POST", target.Url, form);
        }

        var content = new MultipartFormDataContent();
        foreach (var (key, value) in target.Fields)
        {
            content.Add(new StringContent(key == chosen && fuzz.Variant % 2 == 0 ? Decode(fuzz.Wire) : value), key);
        }

        foreach (var file in target.Files)
        {
            var bytes = new ByteArrayContent(fuzz.File.Bytes);
            bytes.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            content.Add(bytes, file, fuzz.File.Name);
        }

        return ("POST", target.Url, content);
    }

    private static string Describe(FuzzTarget target, FuzzCase fuzz) => target.Kind switch
    {
        TargetKind.Upload => $"Datei {Shorten(fuzz.File.Name)} ({fuzz.File.Bytes.Length} Bytes), Variante {fuzz.Variant}",
        _ => $"Feld {fuzz.Field % Math.Max(1, target.Names.Count + target.PathNames.Count)}, Variante {fuzz.Variant}, Wert {Shorten(fuzz.Wire)}",
    };

    private static string Decode(string wire)
    {
        try
        {
            return Uri.UnescapeDataString(wire);
        }
        catch (UriFormatException)
        {
            return wire;
        }
    }

    private async Task<int> AuditCountAsync() => await app.WithDbAsync(db => db.AuditEntries.CountAsync());

    private async Task<string> UserIdAsync(string email) => await app.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());

    private static string Shorten(string text) => text.Length > 160 ? text[..160] + $"… ({text.Length.ToString(CultureInfo.InvariantCulture)} Zeichen)" : text;
}
