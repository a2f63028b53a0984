using System.Net;
using Microsoft.EntityFrameworkCore;
using Modellregion.Tests.Infrastructure;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Transfer;
using Modellregion.Web.Platform;

namespace Modellregion.Tests.Features.Transfer;

/// <summary>
/// A solution's page and the catalogue do their whole work in a bounded number of well-shaped queries, without
/// caches; more contacts, links or sources must not add queries.
/// </summary>
public sealed class SolutionPageShapeTests(UncachedApp app) : IClassFixture<UncachedApp>
{
    private const string Slug = "serviceportal-fuer-ein-digitales-buergerbuero";

    /// <summary>
    /// The profile with region and provider and, from the same statement, its contractors, contacts, links, sources,
    /// topics and documents (7); its projects with lead and programme; its confirmed reuses with their sources; the
    /// Digitalboard's papers (Board); the events it was presented at (Events).
    /// </summary>
    private const int SolutionPageCommands = 11;

    /// <summary>The filter choices (topics, regions, licences, programmes), count and page, the transfer figures (5).</summary>
    private const int CataloguePageCommands = 11;

    [Theory]
    [InlineData("/loesungen/" + Slug, SolutionPageCommands)]
    [InlineData("/loesungen", CataloguePageCommands)]
    public async Task A_page_takes_a_bounded_number_of_queries(string url, int budget)
    {
        var (response, commands) = await app.SqlCommands.GetAsync(app.CreateClient(), url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(commands.Count > 0 && commands.Count <= budget, $"{commands.Count} commands:\n" + string.Join("\n", commands));
    }

    [Fact]
    public async Task More_contacts_links_and_sources_do_not_add_queries()
    {
        var client = app.CreateClient();
        var (_, before) = await app.SqlCommands.GetAsync(client, "/loesungen/" + Slug);

        await app.WithDbAsync(async db =>
        {
            var solution = await db.Solutions.SingleAsync(s => s.Slug == Slug);
            for (var i = 0; i < 3; i++)
            {
                solution.Contacts.Add(new SolutionContact { Name = $"Kontakt {i}" });
                solution.Links.Add(new SolutionLink { Title = $"Verweis {i}", Url = $"https://example.org/verweis-{i}" });
                solution.Sources.Add(new SourceReference { Url = $"https://example.org/loesungsquelle-{i}", Title = $"Loesungsquelle {i}" });
            }

            await db.SaveChangesAsync();
        });

        var (response, after) = await app.SqlCommands.GetAsync(client, "/loesungen/" + Slug);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Loesungsquelle 2", await response.Content.ReadAsStringAsync());
        Assert.Equal(before.Count, after.Count);
    }

    [Fact]
    public async Task An_unknown_solution_answers_404_after_its_lookup()
    {
        var (response, commands) = await app.SqlCommands.GetAsync(app.CreateClient(), "/loesungen/gibt-es-nicht");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.InRange(commands.Count, 1, 7);
    }
}
