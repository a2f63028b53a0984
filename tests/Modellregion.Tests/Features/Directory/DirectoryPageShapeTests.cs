using System.Net;
using Microsoft.EntityFrameworkCore;
using Modellregion.Tests.Infrastructure;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Regions;
using Modellregion.Web.Platform;

namespace Modellregion.Tests.Features.Directory;

/// <summary>
/// The pages of an organisation and of an official municipality do their whole work in a few well-shaped queries,
/// without caches; more sources, roles or projects must not add queries.
/// </summary>
public sealed class DirectoryPageShapeTests(UncachedApp app) : IClassFixture<UncachedApp>
{
    /// <summary>
    /// The organisation with place, district, region and sources; its roles in regions; its projects with those in its
    /// municipality; the solutions it reuses or provides (Transfer); the events it took part in (Events).
    /// </summary>
    private const int OrganisationPageCommands = 5;

    /// <summary>
    /// The municipality with its district; its organisations; the projects with them or in it; the solutions
    /// reused or provided there (Transfer).
    /// </summary>
    private const int MunicipalityPageCommands = 4;

    [Theory]
    [InlineData("/akteure/stadt-paderborn", OrganisationPageCommands)]
    [InlineData("/kommunen/05774032", MunicipalityPageCommands)]
    [InlineData("/kommunen/05116000", MunicipalityPageCommands)]
    public async Task A_page_takes_a_few_queries(string url, int budget)
    {
        var (response, commands) = await app.SqlCommands.GetAsync(app.CreateClient(), url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(commands.Count > 0 && commands.Count <= budget, $"{commands.Count} commands:\n" + string.Join("\n", commands));
    }

    [Fact]
    public async Task More_sources_and_roles_do_not_add_queries_to_an_organisation_page()
    {
        var client = app.CreateClient();
        var (_, before) = await app.SqlCommands.GetAsync(client, "/akteure/stadt-paderborn");

        await app.WithDbAsync(async db =>
        {
            var organisation = await db.Organisations.SingleAsync(o => o.Slug == "stadt-paderborn");
            for (var i = 0; i < 3; i++)
            {
                organisation.Sources.Add(new SourceReference { Url = $"https://example.org/akteur-{i}", Title = $"Akteursquelle {i}" });
            }

            var taken = await db.RegionParticipations.Where(p => p.OrganisationId == organisation.Id).Select(p => p.RegionId).ToListAsync();
            foreach (var region in await db.Regions.Where(r => !taken.Contains(r.Id)).OrderBy(r => r.Id).Take(2).ToListAsync())
            {
                db.RegionParticipations.Add(new RegionParticipation { RegionId = region.Id, OrganisationId = organisation.Id, Role = RegionRole.CooperationPartner });
            }

            await db.SaveChangesAsync();
        });

        var (response, after) = await app.SqlCommands.GetAsync(client, "/akteure/stadt-paderborn");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Akteursquelle 2", await response.Content.ReadAsStringAsync());
        Assert.Equal(before.Count, after.Count);
    }

    [Fact]
    public async Task A_part_of_a_name_in_the_organisation_list_is_looked_up_in_an_index_on_PostgreSQL_and_without_lower_on_SQLite()
    {
        var (response, commands) = await app.SqlCommands.GetWithParametersAsync(app.Browser(), "/akteure?q=" + Uri.EscapeDataString("aderbor"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Stadt Paderborn", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var filtered = commands.Where(c => c.Text.Contains("FROM \"Organisations\"", StringComparison.Ordinal) && c.Text.Contains("LIKE", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, filtered.Count); // the count and the page
        if (TestDatabase.Provider == DatabaseProvider.Sqlite)
        {
            // SQLite's LIKE already ignores ASCII case, and its lower() folds nothing more.
            Assert.All(filtered, c => Assert.DoesNotContain("lower(", c.Text, StringComparison.Ordinal));
            return;
        }

        // The test data is small enough for a sequential scan to be cheapest; without that choice the plan shows
        // whether the query can use the trigram index at all (an OR with the search's subquery could not).
        foreach (var command in filtered)
        {
            var plan = await app.WithDbAsync(db => QueryPlan.OfAsync(db, command.Text, command.Parameters, withoutSequentialScans: true));
            Assert.True(plan.Contains("IX_Organisations_Name_Trigram", StringComparison.Ordinal), $"{command.Text}\n{plan}");
        }
    }

    [Fact]
    public async Task Unknown_pages_answer_404_after_at_most_one_query()
    {
        var client = app.CreateClient();
        var (organisation, organisationCommands) = await app.SqlCommands.GetAsync(client, "/akteure/gibt-es-nicht");
        var (municipality, municipalityCommands) = await app.SqlCommands.GetAsync(client, "/kommunen/99999999");
        Assert.Equal(HttpStatusCode.NotFound, organisation.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, municipality.StatusCode);
        Assert.Single(organisationCommands);
        Assert.Single(municipalityCommands);
    }
}
