using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Modellregion.Tests.Features.Api;
using Modellregion.Tests.Infrastructure;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Transfer;

namespace Modellregion.Tests.Features.Transfer;

/// <summary>
/// The reuses in the read API: the confirmed reuses of published solutions, as the solution and municipality
/// pages show them; declared or rejected reuses, who declared them and unpublished solutions never.
/// </summary>
public sealed class ReusesApiTests(ModellregionApp app) : IClassFixture<ModellregionApp>
{
    private const string LocalOpenData = "local-open-data-urbane-datenplattform";
    private const string Kita = "kita-anmeldung-online-beispiel";

    [Fact]
    public async Task The_reuses_of_a_solution_are_those_its_page_shows()
    {
        var page = await ReadApiAssert.OkAsync(app.Browser(), "/api/v1/reuses?loesung=" + LocalOpenData);

        ReadApiAssert.IsPage(page, 1, total: 3);
        var users = ReadApiAssert.Strings(page, "userName");
        Assert.Contains("Stadt Mönchengladbach", users);
        Assert.Contains("Projekt Berlin-Tegel", users);
        var moenchengladbach = page.GetProperty("items").EnumerateArray().Single(r => r.GetProperty("userName").GetString() == "Stadt Mönchengladbach");
        Assert.Equal("05116000", moenchengladbach.GetProperty("municipalityAgs").GetString());
        Assert.Equal("Version 2 der Plattform übernommen.", moenchengladbach.GetProperty("note").GetString());
        Assert.Equal("bestaetigt", moenchengladbach.GetProperty("status").GetString());
        Assert.Equal("Local Open Data – urbane Datenplattform", moenchengladbach.GetProperty("solutionTitle").GetString());
        Assert.Equal("owl", moenchengladbach.GetProperty("solutionRegionSlug").GetString());
        Assert.True(moenchengladbach.GetProperty("sources").GetArrayLength() >= 1);

        // The same users as the solution's own answer.
        var solution = await ReadApiAssert.OkAsync(app.Browser(), "/api/v1/solutions/" + LocalOpenData);
        Assert.Equal(users.Order(), solution.GetProperty("reuses").EnumerateArray().Select(r => r.GetProperty("userName").GetString()!).Order());
    }

    [Fact]
    public async Task Municipality_region_and_status_filter_the_list()
    {
        var byAgs = await ReadApiAssert.OkAsync(app.Browser(), "/api/v1/reuses?kommune=05116000");
        Assert.Equal([LocalOpenData], ReadApiAssert.Strings(byAgs, "solutionSlug").Distinct());

        var nieheim = await ReadApiAssert.OkAsync(app.Browser(), "/api/v1/reuses?kommune=" + TransferDemoData.TrainingReuseAgs);
        Assert.Equal(["Nieheim (Beispiel-Nachnutzung)"], ReadApiAssert.Strings(nieheim, "userName"));
        Assert.True(nieheim.GetProperty("items")[0].GetProperty("isExample").GetBoolean());

        var training = await ReadApiAssert.OkAsync(app.Browser(), "/api/v1/reuses?region=uebungsregion");
        Assert.Contains("Beispielhausen (Beispiel)", ReadApiAssert.Strings(training, "userName"));
        Assert.All(ReadApiAssert.Strings(training, "solutionRegionSlug"), slug => Assert.Equal("uebungsregion", slug));
        Assert.DoesNotContain(LocalOpenData, ReadApiAssert.Strings(training, "solutionSlug"));

        var owl = await ReadApiAssert.OkAsync(app.Browser(), "/api/v1/reuses?region=owl&status=bestaetigt");
        Assert.Contains(LocalOpenData, ReadApiAssert.Strings(owl, "solutionSlug"));
        Assert.Equal(
            (await ReadApiAssert.OkAsync(app.Browser(), "/api/v1/reuses?region=owl")).GetProperty("totalCount").GetInt32(),
            owl.GetProperty("totalCount").GetInt32());

        var none = await ReadApiAssert.OkAsync(app.Browser(), $"/api/v1/reuses?loesung={LocalOpenData}&kommune={TransferDemoData.TrainingReuseAgs}");
        ReadApiAssert.IsPage(none, 1, total: 0);
    }

    [Fact]
    public async Task Declared_rejected_and_unpublished_reuses_and_who_declared_them_never_appear()
    {
        var marker = "Nachnutzer" + Guid.NewGuid().ToString("N")[..8];
        await app.WithDbAsync(async db =>
        {
            var kita = await db.Solutions.SingleAsync(s => s.Slug == Kita);
            db.Reuses.Add(new Reuse { SolutionId = kita.Id, UserName = $"Gemeldet {marker}", Status = ReuseStatus.Declared, DeclaredByName = marker, DeclaredByEmail = $"{marker}@example.org" });
            db.Reuses.Add(new Reuse { SolutionId = kita.Id, UserName = $"Abgelehnt {marker}", Status = ReuseStatus.Rejected, RejectionReason = $"Grund {marker}" });
            var hidden = new Solution { Slug = marker.ToLowerInvariant(), Title = $"Entwurf {marker}", RegionId = kita.RegionId, IsPublished = false };
            hidden.Reuses.Add(new Reuse { UserName = $"Bestätigt {marker}", Status = ReuseStatus.Confirmed, MunicipalityAgs = "05116000" });
            db.Solutions.Add(hidden);
            await db.SaveChangesAsync();
        });

        var urls = new List<string> { "/api/v1/reuses?kommune=05116000", "/api/v1/reuses?loesung=" + Kita, "/api/v1/reuses?region=uebungsregion" };
        var all = await ReadApiAssert.OkAsync(app.Browser(), "/api/v1/reuses");
        var pages = (all.GetProperty("totalCount").GetInt32() + 19) / 20;
        urls.AddRange(Enumerable.Range(1, pages).Select(p => $"/api/v1/reuses?seite={p}"));
        foreach (var url in urls)
        {
            var body = await app.Browser().GetStringAsync(url);
            foreach (var secret in new[] { marker, "Musterdorf (Beispiel)", "paul.beispiel@example.org", "Paul Beispiel", "Nina Beispiel", "nina.beispiel@example.org" })
            {
                Assert.False(body.Contains(secret, StringComparison.Ordinal), $"{url} zeigt „{secret}“.");
            }

            foreach (var item in JsonDocument.Parse(body).RootElement.GetProperty("items").EnumerateArray())
            {
                Assert.Equal("bestaetigt", item.GetProperty("status").GetString());
                foreach (var property in new[] { "declaredByName", "declaredByEmail", "confirmedBy", "rejectionReason", "transferCaseId" })
                {
                    Assert.False(item.TryGetProperty(property, out _), property);
                }
            }
        }

        // The unpublished solution is unknown as a filter.
        await ReadApiAssert.ProblemAsync(app.Browser(), "/api/v1/reuses?loesung=" + marker.ToLowerInvariant(), HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Pages_follow_each_other_and_the_total_counts_all()
    {
        const string guide = "leitfaden-digitale-kita-platzvergabe-beispiel";
        await app.WithDbAsync(async db =>
        {
            var solution = await db.Solutions.SingleAsync(s => s.Slug == guide);
            for (var i = 1; i <= 23; i++)
            {
                db.Reuses.Add(new Reuse { SolutionId = solution.Id, UserName = $"Seitentest {i:00}", Status = ReuseStatus.Confirmed, Since = new DateOnly(2024, 1, i) });
            }

            await db.SaveChangesAsync();
        });

        var first = await ReadApiAssert.OkAsync(app.Browser(), "/api/v1/reuses?loesung=" + guide);
        var second = await ReadApiAssert.OkAsync(app.Browser(), "/api/v1/reuses?seite=2&loesung=" + guide);
        var total = first.GetProperty("totalCount").GetInt32();
        Assert.True(total >= 23);
        ReadApiAssert.IsPage(first, 1, total);
        ReadApiAssert.IsPage(second, 2, total);
        Assert.Equal(20, first.GetProperty("items").GetArrayLength());
        Assert.Equal(total - 20, second.GetProperty("items").GetArrayLength());
        Assert.Empty(ReadApiAssert.Strings(first, "userName").Intersect(ReadApiAssert.Strings(second, "userName")));
        Assert.Contains("2024-01-01", ReadApiAssert.Strings(first, "since").Concat(ReadApiAssert.Strings(second, "since")));
    }

    [Theory]
    [InlineData("seite=-1")]
    [InlineData("seite=abc")]
    [InlineData("seite=100001")]
    [InlineData("loesung=gibt-es-nicht")]
    [InlineData("loesung=%F0%9F%A7%A9")]
    [InlineData("kommune=123")]
    [InlineData("kommune=Paderborn")]
    [InlineData("kommune=99999999")]
    [InlineData("region=gibt-es-nicht")]
    [InlineData("status=abgelehnt")]
    [InlineData("status=gemeldet")]
    public async Task Bad_values_are_answered_400_in_German(string query)
    {
        await ReadApiAssert.ProblemAsync(app.Browser(), "/api/v1/reuses?" + query, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Huge_values_are_problems_not_errors()
    {
        await ReadApiAssert.ProblemAsync(app.Browser(), "/api/v1/reuses?kommune=" + ReadApiAssert.TenKilobytes, HttpStatusCode.BadRequest);
        var problem = await ReadApiAssert.ProblemAsync(app.Browser(), "/api/v1/reuses?loesung=" + ReadApiAssert.TenKilobytes + "&status=x", HttpStatusCode.BadRequest);
        Assert.Contains("status", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain(ReadApiAssert.TenKilobytes, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}
