using System.Net;
using Modellregion.Tests.Infrastructure;
using Modellregion.Web.Data;

namespace Modellregion.Tests.Features.Search;

/// <summary>
/// The shape of the search's work, not its time: what is searched for goes to the database as parameters, so that
/// a new word reuses the compiled query and the prepared statement instead of compiling both anew; and on
/// PostgreSQL the checks whether anything matches read the matches through the full-text index.
/// </summary>
public sealed class SearchShapeTests(UncachedApp app) : IClassFixture<UncachedApp>
{
    [Theory]
    [InlineData("/suche?q=", "Schulen", "Kita")]
    [InlineData("/suche?q=", "Gesundheit Paderborn", "Digitale Verwaltung")]
    [InlineData("/suche?q=", "wortabcdefgh", "wortqrstuvwx")]
    [InlineData("/api/v1/search?q=", "Mobilität", "Breitband")]
    [InlineData("/akteure?q=", "Stadt", "Kreis")]
    [InlineData("/akteure?q=", "wortabcdefgh", "wortqrstuvwx")]
    [InlineData("/projekte?q=", "Schule", "Digital")]
    public async Task Two_searches_for_different_words_send_the_same_statements(string prefix, string first, string second)
    {
        var client = app.Browser();

        var (firstResponse, firstCommands) = await app.SqlCommands.GetAsync(client, prefix + Uri.EscapeDataString(first));
        var (secondResponse, secondCommands) = await app.SqlCommands.GetAsync(client, prefix + Uri.EscapeDataString(second));

        Assert.Equal(HttpStatusCode.OK, firstResponse.StatusCode);
        Assert.Equal(HttpStatusCode.OK, secondResponse.StatusCode);
        Assert.NotEmpty(firstCommands);

        // One may need a statement more than the other (a project list where the real projects end on the page),
        // but none that differs by the word.
        var (fewer, more) = firstCommands.Count <= secondCommands.Count ? (firstCommands, secondCommands) : (secondCommands, firstCommands);
        Assert.Subset(more.ToHashSet(), fewer.ToHashSet());
        Assert.DoesNotContain(firstCommands, c => c.Contains(first, StringComparison.OrdinalIgnoreCase) || c.Contains(first.Split(' ')[0].ToLowerInvariant(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_search_without_a_hit_checks_its_splits_and_suggestions_through_the_index()
    {
        var (response, commands) = await app.SqlCommands.GetAsync(app.Browser(), "/suche?q=wortabcdefgh");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Keine Treffer", await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
        var checks = commands.Where(c => c.Contains("EXISTS", StringComparison.Ordinal)).ToList();

        // The whole word, its five splits ("wort" + "abcdefgh" … "wortabcd" + "efgh"), the German stemming and the suggestion.
        Assert.InRange(checks.Count, 6, 9);
        if (TestDatabase.Provider == DatabaseProvider.Postgres)
        {
            // A materialised CTE keeps PostgreSQL from a generic plan that reads every document to stop at the first match.
            Assert.All(checks, c => Assert.Contains("AS MATERIALIZED", c, StringComparison.Ordinal));
        }
    }
}
