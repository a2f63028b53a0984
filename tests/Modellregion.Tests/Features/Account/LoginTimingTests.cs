using System.Diagnostics;
using System.Globalization;
using System.Net;
using Modellregion.Tests.Infrastructure;
using Modellregion.Web.Features.Account;
using Xunit.Abstractions;

namespace Modellregion.Tests.Features.Account;

/// <summary>
/// Equal work at sign-in for unknown and known accounts: both answer the same message, and an unknown address still
/// runs the password hasher. The times are only logged, never asserted (a shared machine makes timings flaky):
/// <c>MODELLREGION_LOGIN_TIMING_RUNS=200 dotnet test --filter LoginTimingTests --logger "console;verbosity=detailed"</c>.
/// </summary>
public sealed class LoginTimingTests(ModellregionApp app, ITestOutputHelper output) : IClassFixture<ModellregionApp>
{
    [Fact]
    public async Task Unknown_and_known_accounts_answer_alike_and_the_times_are_logged()
    {
        var runs = int.TryParse(Environment.GetEnvironmentVariable("MODELLREGION_LOGIN_TIMING_RUNS"), CultureInfo.InvariantCulture, out var n) ? n : 8;

        // Four wrong passwords per account: the fifth would lock it, and a locked account is not checked at all.
        var accounts = new List<string>();
        for (var i = 0; i < (runs + 3) / 4; i++)
        {
            accounts.Add((await app.CreateUserAsync(AppRole.ReadOnly)).Email);
        }

        var browser = app.Browser();
        var page = await browser.GetPageAsync("/verwaltung/anmelden");
        async Task<(double Milliseconds, string Body)> AttemptAsync(string email)
        {
            var (target, fields) = Html.FormFields(page, "/verwaltung/anmelden", "form", new() { ["Input.Email"] = email, ["Input.Password"] = "falsch-falsch-falsch" });
            var watch = Stopwatch.StartNew();
            var response = await browser.PostAsync(target, new FormUrlEncodedContent(fields));
            var elapsed = watch.Elapsed.TotalMilliseconds;
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            return (elapsed, await response.BodyAsync());
        }

        await AttemptAsync("aufwaermen@test.example");
        var known = new List<double>();
        var unknown = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var (k, knownBody) = await AttemptAsync(accounts[i / 4]);
            var (u, unknownBody) = await AttemptAsync($"unbekannt-{Guid.NewGuid():N}@test.example");
            Assert.Contains("E-Mail-Adresse oder Passwort sind falsch.", knownBody);
            Assert.Contains("E-Mail-Adresse oder Passwort sind falsch.", unknownBody);
            known.Add(k);
            unknown.Add(u);
        }

        output.WriteLine($"{TestDatabase.ProviderName}, {runs} Anmeldungen je Fall (ms):");
        output.WriteLine($"  bekanntes Konto, falsches Passwort: Median {Percentile(known, 50):F1}, p90 {Percentile(known, 90):F1}");
        output.WriteLine($"  unbekanntes Konto:                  Median {Percentile(unknown, 50):F1}, p90 {Percentile(unknown, 90):F1}");
    }

    private static double Percentile(List<double> values, int percent)
    {
        var sorted = values.Order().ToList();
        return sorted[Math.Clamp((int)Math.Ceiling(percent / 100.0 * sorted.Count) - 1, 0, sorted.Count - 1)];
    }
}
