using System.Collections.Concurrent;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CsCheck;
using Microsoft.EntityFrameworkCore;
using Modellregion.Tests.Infrastructure;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Account;
using Xunit.Abstractions;

namespace Modellregion.Tests.Security;

/// <summary>
/// The write API's JSON bodies, fuzzed (CsCheck): every operation with a request body in <c>/openapi/v1.json</c> is
/// sent, with an administrator's personal access token, a body built from its schema in which one property holds a
/// generated bad value (every Unicode category, 10,000 characters, numbers at and beyond the limits, dates at 0001 and
/// 9999, the wrong JSON type, null, deep nesting), or a body that is not JSON at all (cut off, invalid UTF-8, 1 MB).
/// The app never answers 5xx, every refusal is ProblemDetails, and a refused body stores nothing (the audit trail does
/// not grow). Inputs per run: MODELLREGION_FUZZ_API_INPUTS (2,000), seed: MODELLREGION_FUZZ_SEED.
/// </summary>
public sealed class ApiBodyFuzzTests(ModellregionApp app, ITestOutputHelper output) : IClassFixture<ModellregionApp>
{
    private static int Inputs => int.TryParse(Environment.GetEnvironmentVariable("MODELLREGION_FUZZ_API_INPUTS"), out var n) && n > 0 ? n : 2_000;

    private sealed record Operation(string Method, string Url, JsonObject Sample, IReadOnlyList<(string Name, string Type)> Properties);

    private sealed record BodyCase(int Operation, int Property, int Variant, string Value);

    [Fact]
    public async Task Bad_json_bodies_of_the_write_api_are_refused_with_problem_details_and_store_nothing()
    {
        var token = await AdministratorTokenAsync();
        var data = await MatrixData.LoadAsync(app, (await app.WithDbAsync(db => db.Users.OrderBy(u => u.Id).Select(u => u.Id).FirstAsync())));
        var operations = await OperationsAsync(data);
        output.WriteLine($"Schreibende Operationen mit JSON-Körper: {operations.Count} ({string.Join(", ", operations.Select(o => $"{o.Method} {o.Url}"))})");
        Assert.NotEmpty(operations);

        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var statuses = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        var failures = new ConcurrentQueue<string>();
        var count = 0;
        var gen = Gen.Select(Gen.Int[0, operations.Count - 1], Gen.Int[0, 1_000], Gen.Int[0, 15], BadInput.Value, (o, p, v, value) => new BodyCase(o, p, v, value));
        await gen.SampleAsync(async fuzz =>
        {
            Interlocked.Increment(ref count);
            var operation = operations[fuzz.Operation];
            var before = await app.WithDbAsync(db => db.AuditEntries.CountAsync());
            using var request = new HttpRequestMessage(new HttpMethod(operation.Method), operation.Url) { Content = Body(operation, fuzz) };
            using var response = await client.SendAsync(request);
            var status = (int)response.StatusCode;
            var media = response.Content.Headers.ContentType?.MediaType;
            statuses.AddOrUpdate($"{operation.Method} {status}", 1, (_, n) => n + 1);
            var problem = status >= 500 ? "Serverfehler"
                : status >= 400 && media != "application/problem+json" ? $"keine ProblemDetails ({media})"
                : status >= 400 && await app.WithDbAsync(db => db.AuditEntries.CountAsync()) != before ? "abgewiesen, aber etwas gespeichert (Protokoll gewachsen)"
                : null;
            if (problem is not null)
            {
                failures.Enqueue($"{operation.Method} {operation.Url} Eigenschaft {Name(operation, fuzz)}, Variante {fuzz.Variant}: {status} {problem}");
            }
        }, writeLine: output.WriteLine, seed: Environment.GetEnvironmentVariable("MODELLREGION_FUZZ_SEED"), iter: Inputs, threads: 1);

        output.WriteLine($"{count} Körper; Statuscodes: " + string.Join(", ", statuses.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => $"{s.Key}: {s.Value}")));
        Assert.True(count >= Inputs, $"Nur {count} von {Inputs} Körpern gesendet.");
        Assert.True(failures.IsEmpty, $"{failures.Count} Fehler:\n" + string.Join("\n", failures.Distinct().Take(40)));
    }

    private static string Name(Operation operation, BodyCase fuzz) =>
        operation.Properties.Count == 0 ? "–" : operation.Properties[fuzz.Property % operation.Properties.Count].Name;

    /// <summary>
    /// Variants 0–9: the sample with one property replaced (a bad string, a bad number written as is, the wrong JSON
    /// type, null, nesting); 10–15: no valid JSON object at all.
    /// </summary>
    private static HttpContent Body(Operation operation, BodyCase fuzz)
    {
        if (fuzz.Variant >= 10 || operation.Properties.Count == 0)
        {
            byte[] raw = fuzz.Variant switch
            {
                10 => Encoding.UTF8.GetBytes(operation.Sample.ToJsonString()[..^1]),
                11 => [0x7B, 0x22, 0x61, 0x22, 0x3A, 0x22, 0xC3, 0x28, 0xED, 0xA0, 0x80, 0x22, 0x7D],
                12 => Encoding.UTF8.GetBytes(new string('[', 10_000) + new string(']', 10_000)),
                13 => Encoding.UTF8.GetBytes("{\"x\":\"" + new string('a', 1_000_000) + "\"}"),
                14 => Encoding.UTF8.GetBytes(JsonSerializer.Serialize(fuzz.Value)),
                _ => [],
            };
            var bytes = new ByteArrayContent(raw);
            bytes.Headers.ContentType = new MediaTypeHeaderValue(fuzz.Variant == 15 ? "text/plain" : "application/json");
            return bytes;
        }

        var (name, type) = operation.Properties[fuzz.Property % operation.Properties.Count];
        var body = operation.Sample.DeepClone().AsObject();
        string? literal = null;
        switch (fuzz.Variant)
        {
            case 0 or 1 or 2:
                body[name] = fuzz.Value;
                break;
            case 3:
                literal = fuzz.Value.Length is > 0 and < 64 && !fuzz.Value.Contains('"', StringComparison.Ordinal) ? fuzz.Value : "1e309";
                break;
            case 4:
                body[name] = null;
                break;
            case 5:
                body[name] = new JsonArray(fuzz.Value, 1, null);
                break;
            case 6:
                body[name] = new JsonObject { ["a"] = fuzz.Value };
                break;
            case 7:
                body[name] = type is "integer" or "number" ? JsonValue.Create(decimal.MaxValue) : JsonValue.Create(true);
                break;
            case 8:
                body[name] = type is "integer" or "number" ? JsonValue.Create(-1) : "9999-12-31";
                break;
            default:
                body[name] = "0001-01-01";
                body["unbekannt"] = fuzz.Value;
                break;
        }

        var text = body.ToJsonString();
        if (literal is not null)
        {
            // A literal that is no valid JSON number (or no JSON at all), in place of the property's value.
            body[name] = "FUZZ-LITERAL";
            text = body.ToJsonString().Replace("\"FUZZ-LITERAL\"", literal, StringComparison.Ordinal);
        }

        return new StringContent(text, Encoding.UTF8, "application/json");
    }

    /// <summary>Every POST, PUT and PATCH of the OpenAPI document with a JSON body, its path filled with the records of project A.</summary>
    private async Task<List<Operation>> OperationsAsync(MatrixData data)
    {
        using var document = JsonDocument.Parse(await app.CreateClient().GetStringAsync("/openapi/v1.json"));
        var root = document.RootElement;
        var operations = new List<Operation>();
        foreach (var path in root.GetProperty("paths").EnumerateObject())
        {
            foreach (var method in new[] { "post", "put", "patch" })
            {
                if (!path.Value.TryGetProperty(method, out var operation) || !operation.TryGetProperty("requestBody", out var requestBody)
                    || !requestBody.TryGetProperty("content", out var content) || !content.TryGetProperty("application/json", out var json))
                {
                    continue;
                }

                var schema = Resolve(root, json.GetProperty("schema"));
                var sample = new JsonObject();
                var properties = new List<(string, string)>();
                if (schema.TryGetProperty("properties", out var list))
                {
                    foreach (var property in list.EnumerateObject())
                    {
                        var resolved = Resolve(root, property.Value);
                        var type = TypeOf(resolved);
                        sample[property.Name] = SampleOf(type, resolved);
                        properties.Add((property.Name, type));
                    }
                }

                operations.Add(new Operation(method.ToUpperInvariant(), data.Fill(path.Name), sample, properties));
            }
        }

        return operations;
    }

    private static JsonElement Resolve(JsonElement root, JsonElement schema)
    {
        if (schema.TryGetProperty("$ref", out var reference))
        {
            var element = root;
            foreach (var part in reference.GetString()!.TrimStart('#', '/').Split('/'))
            {
                element = element.GetProperty(part);
            }

            return element;
        }

        return schema;
    }

    /// <summary>The JSON type of a schema (OpenAPI 3.1 may list several, e.g. ["null", "string"]).</summary>
    private static string TypeOf(JsonElement schema)
    {
        if (!schema.TryGetProperty("type", out var type))
        {
            return schema.TryGetProperty("enum", out _) ? "integer" : "string";
        }

        return type.ValueKind == JsonValueKind.Array
            ? type.EnumerateArray().Select(t => t.GetString()!).FirstOrDefault(t => t != "null") ?? "string"
            : type.GetString() ?? "string";
    }

    private static JsonNode? SampleOf(string type, JsonElement schema) => type switch
    {
        "integer" => schema.TryGetProperty("enum", out var values) && values.GetArrayLength() > 0 && values[0].ValueKind == JsonValueKind.Number ? values[0].GetInt32() : 1,
        "number" => 1.5m,
        "boolean" => false,
        "array" => new JsonArray(),
        "object" => new JsonObject(),
        _ => schema.TryGetProperty("format", out var format) && format.GetString() == "date" ? "2027-01-15"
            : schema.TryGetProperty("enum", out var names) && names.GetArrayLength() > 0 ? names[0].ToString()
            : "Prüfung " + Guid.NewGuid().ToString("N")[..8],
    };

    private async Task<string> AdministratorTokenAsync()
    {
        var (email, _) = await app.CreateUserAsync(AppRole.Administrator);
        var secret = TokenSecrets.Create();
        await app.WithDbAsync(async db =>
        {
            var userId = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
            db.PersonalAccessTokens.Add(new PersonalAccessToken
            {
                UserId = userId,
                Name = "Fuzzing " + DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture),
                Prefix = TokenSecrets.PrefixOf(secret)!,
                TokenHash = TokenSecrets.Hash(secret),
                CreatedAt = DateTime.UtcNow,
                ExpiresAt = DateTime.UtcNow.AddDays(1),
            });
            await db.SaveChangesAsync();
        });
        return secret;
    }
}
