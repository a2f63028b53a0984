using System.Collections.Concurrent;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Modellregion.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Modellregion.Tests.Security;

/// <summary>
/// Every route of the app (pages with their POST handlers, minimal APIs, OParl, downloads), read from its own
/// endpoint data source, asked by every principal (<see cref="Principal.All"/>), compared with the expected table
/// <c>Security/AuthorizationMatrix.txt</c>. A route without a row fails the test with its name; so does a row whose
/// route no longer exists. <c>docs/authorization-matrix.md</c> is generated from the table.
/// </summary>
public sealed class AuthorizationMatrixTests(ITestOutputHelper output)
{
    public const string UpdateVariable = "MODELLREGION_UPDATE_MATRIX";
    public const string DocumentPath = "docs/authorization-matrix.md";
    private const string RunCommand = "dotnet test tests/Modellregion.Tests --filter \"FullyQualifiedName~Security.AuthorizationMatrixTests\"";

    [Fact]
    public async Task Every_route_answers_every_principal_as_the_table_expects()
    {
        var expected = ExpectedMatrix.Load();
        var observed = new ConcurrentDictionary<(string Route, string Principal), string>();
        IReadOnlyList<RouteKey> routes = [];

        // One app (its own copy of the demo database) per principal, so what one principal's POSTs change never
        // reaches another; two at a time, one per core.
        using var gate = new SemaphoreSlim(2);
        await Task.WhenAll(Principal.All.Select(async principal =>
        {
            await gate.WaitAsync();
            try
            {
                await using var app = new ModellregionApp();
                await app.InitializeAsync();
                try
                {
                    routes = await RouteCatalog.RoutesAsync(app.Services);
                    foreach (var (route, answer) in await AskAllAsync(app, principal, routes))
                    {
                        observed[(route.ToString(), principal.Key)] = answer;
                    }
                }
                finally
                {
                    await ((IAsyncLifetime)app).DisposeAsync();
                }
            }
            finally
            {
                gate.Release();
            }
        }));

        var names = routes.Select(r => r.ToString()).ToList();
        var header = Principal.All.Select(p => p.Key).ToList();
        var observedTable = ExpectedMatrix.Format(header, names.Select(n => (n, (IReadOnlyDictionary<string, string>)header.ToDictionary(h => h, h => observed[(n, h)]))), "");
        var observedPath = Path.Combine(Path.GetTempPath(), "authorization-matrix.observed.txt");
        await File.WriteAllTextAsync(observedPath, observedTable);

        var problems = new List<string>();
        problems.AddRange(names.Where(n => !expected.Rows.ContainsKey(n)).Select(n => $"Route ohne Zeile in {ExpectedMatrix.FileName}: {n}"));
        problems.AddRange(expected.Rows.Keys.Where(k => !names.Contains(k)).Select(k => $"Zeile ohne Route in der App: {k}"));
        problems.AddRange(observed.Where(o => o.Value.StartsWith('5')).Select(o => $"{o.Key.Route} als {o.Key.Principal}: {o.Value} (Fehler der App)"));
        foreach (var name in names.Where(expected.Rows.ContainsKey))
        {
            foreach (var principal in header)
            {
                var want = expected.Rows[name].GetValueOrDefault(principal, "?");
                var got = observed[(name, principal)];
                if (want != got && !got.StartsWith('5'))
                {
                    problems.Add($"{name} als {principal}: erwartet {want}, erhalten {got}");
                }
            }
        }

        output.WriteLine($"{names.Count} Routen × {header.Count} Rollen = {names.Count * header.Count} Anfragen; beobachtet: {observedPath}");
        Assert.True(problems.Count == 0, $"{problems.Count} Abweichungen von {ExpectedMatrix.FileName} (beobachtete Tabelle: {observedPath}):\n" + string.Join("\n", problems.Distinct()));
    }

    [Fact]
    public void The_document_is_generated_from_the_table()
    {
        var document = MatrixDocument.Render(ExpectedMatrix.Load());
        var path = ExpectedMatrix.RepositoryPath(DocumentPath);
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            File.WriteAllText(path, document);
        }

        var current = File.Exists(path) ? File.ReadAllText(path) : "";
        Assert.True(current.ReplaceLineEndings() == document.ReplaceLineEndings(),
            $"{DocumentPath} ist nicht aktuell. Neu erzeugen mit: {UpdateVariable}=1 {RunCommand}");
    }

    /// <summary>
    /// Asks every route as <paramref name="principal"/>: first every GET, then the requests that change data (signing
    /// out last). A page's POST handler is sent the form an administrator sees on that page (its current values), so that
    /// the use case is reached and decides; without such a form, only the anti-forgery token.
    /// </summary>
    private static async Task<List<(RouteKey Route, string Answer)>> AskAllAsync(ModellregionApp app, Principal principal, IReadOnlyList<RouteKey> routes)
    {
        var target = await Principal.NoRoleAccountAsync(app);
        var userId = await app.WithDbAsync(db => db.Users.Where(u => u.Email == target.Email).Select(u => u.Id).SingleAsync());
        var data = await MatrixData.LoadAsync(app, userId);
        var admin = principal == Principal.Administrator ? null : await Principal.Administrator.BrowserAsync(app);
        var browser = await principal.BrowserAsync(app);
        var token = await AntiforgeryTokenAsync(browser, principal);
        var apiToken = await AccessTokenAsync(browser, principal, token);
        var forms = new Dictionary<RouteKey, List<KeyValuePair<string, string>>>();
        foreach (var route in routes.Where(r => r.Method == "POST" && !r.Pattern.StartsWith("/api/", StringComparison.Ordinal)))
        {
            if (await FormOfAsync(admin ?? browser, data.Fill(route.Pattern), route.Handler) is { } fields)
            {
                forms[route] = fields;
            }
        }

        var answers = new List<(RouteKey, string)>();
        // GETs first; then what changes data, the write API before the pages (a page could revoke its token); what
        // deletes, removes or cancels after everything else, so that no row finds its record gone because of an earlier
        // row; signing out at the very end.
        var ordered = routes.OrderBy(r => r.Method != "GET").ThenBy(r => r.Pattern == "/verwaltung/abmelden").ThenBy(Destroys)
            .ThenBy(r => !r.Pattern.StartsWith("/api/", StringComparison.Ordinal)).ThenBy(r => r.ToString(), StringComparer.Ordinal);
        foreach (var route in ordered)
        {
            var url = data.Fill(route.Pattern) + (route.Handler is null ? "" : "?handler=" + route.Handler);
            using var request = new HttpRequestMessage(new HttpMethod(route.Method), url);
            if (route.Method != "GET" && route.Pattern.StartsWith("/api/", StringComparison.Ordinal) && apiToken is not null)
            {
                // The write API signs in by personal access token only; the session cookie does not count there.
                request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", apiToken);
            }

            if (route.Method != "GET")
            {
                var fields = forms.TryGetValue(route, out var form) ? form.Where(f => f.Key != "__RequestVerificationToken").ToList() : [];
                request.Content = route.Pattern.StartsWith("/api/", StringComparison.Ordinal)
                    ? new StringContent("{}", Encoding.UTF8, "application/json")
                    : new FormUrlEncodedContent([.. fields, new("__RequestVerificationToken", token)]);
            }

            using var response = await browser.SendAsync(request);
            answers.Add((route, AnswerClass.Of(route.Method, response)));
        }

        return answers;
    }

    private static bool Destroys(RouteKey route) =>
        route.Method == "DELETE" || route.Pattern.EndsWith("/absagen", StringComparison.Ordinal)
        || (route.Handler is { } handler && new[] { "Delete", "Remove", "Erase", "Cancel", "Revoke", "Lock", "Disable" }.Any(verb => handler.StartsWith(verb, StringComparison.Ordinal)));

    /// <summary>The fields of the form on <paramref name="url"/> that posts to <paramref name="handler"/>, as the page fills them.</summary>
    private static async Task<List<KeyValuePair<string, string>>?> FormOfAsync(HttpClient client, string url, string? handler)
    {
        using var response = await client.GetAsync(url);
        if (response.StatusCode != System.Net.HttpStatusCode.OK || response.Content.Headers.ContentType?.MediaType != "text/html")
        {
            return null;
        }

        var document = await Html.ParseAsync(response);
        foreach (var form in document.QuerySelectorAll("form[method=post]").OfType<AngleSharp.Html.Dom.IHtmlFormElement>())
        {
            var actions = form.QuerySelectorAll("button[formaction], input[formaction]").Select(b => b.GetAttribute("formaction")!).Append(form.GetAttribute("action") ?? "");
            if (!actions.Any(a => HandlerOf(a) == handler?.ToUpperInvariant() && (a.Length == 0 || a.Split('?')[0].Length == 0 || a.Split('?')[0] == url)))
            {
                continue;
            }

            var id = form.Id ?? "";
            if (string.IsNullOrEmpty(id))
            {
                id = "matrix-form";
                form.Id = id;
            }

            return Html.FormFields(document, url, "#" + id, []).Fields;
        }

        return null;
    }

    private static string? HandlerOf(string action) =>
        System.Text.RegularExpressions.Regex.Match(action, @"[?&]handler=([^&]+)", System.Text.RegularExpressions.RegexOptions.IgnoreCase) is { Success: true } match
            ? Uri.UnescapeDataString(match.Groups[1].Value).ToUpperInvariant()
            : null;

    /// <summary>
    /// A personal access token the principal creates for itself on its account page (as a person would for a script),
    /// or null where it may not (anonymous, an account without a role).
    /// </summary>
    private static async Task<string?> AccessTokenAsync(HttpClient browser, Principal principal, string antiforgery)
    {
        if (principal == Principal.Anonymous)
        {
            return null;
        }

        using var response = await browser.PostAsync("/verwaltung/konto/zugangstoken", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Name"] = "Berechtigungsmatrix",
            ["Input.ValidForDays"] = "30",
            ["__RequestVerificationToken"] = antiforgery,
        }));
        if (!response.IsSuccessStatusCode)
        {
            return null;
        }

        var page = await Html.ParseAsync(response);
        return page.QuerySelector("#created-secret")?.GetAttribute("value");
    }

    private static async Task<string> AntiforgeryTokenAsync(HttpClient browser, Principal principal)
    {
        var page = await browser.GetPageAsync(principal == Principal.Anonymous ? "/verwaltung/anmelden" : "/verwaltung");
        return page.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
               ?? throw new InvalidOperationException("Kein Anti-Forgery-Token.");
    }
}
