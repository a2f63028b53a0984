using System.Net;
using Microsoft.EntityFrameworkCore;
using Modellregion.Tests.Infrastructure;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Regions;
using Modellregion.Web.Platform;

namespace Modellregion.Tests.Features.Regions;

/// <summary>
/// The region page does its whole work in a few well-shaped queries, without caches: the shape of its work, not
/// its time. More partners, sources or projects must not add queries.
/// </summary>
public sealed class RegionPageShapeTests(UncachedApp app) : IClassFixture<UncachedApp>
{
    /// <summary>The region with programme and lead, its partners, its sources, its projects, the Digitalboard section.</summary>
    private const int RegionPageCommands = 5;

    [Fact]
    public async Task The_region_page_takes_a_few_queries_whatever_it_shows()
    {
        var client = app.CreateClient();
        var (response, before) = await app.SqlCommands.GetAsync(client, "/regionen/owl");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(before.Count is > 0 and <= RegionPageCommands, $"{before.Count} commands:\n" + string.Join("\n", before));

        await app.WithDbAsync(async db =>
        {
            var region = await db.Regions.Include(r => r.Participations).SingleAsync(r => r.Slug == "owl");
            var taken = region.Participations.Select(p => p.OrganisationId).ToList();
            foreach (var organisation in await db.Organisations.Where(o => !taken.Contains(o.Id)).OrderBy(o => o.Id).Take(3).ToListAsync())
            {
                region.Participations.Add(new RegionParticipation { OrganisationId = organisation.Id, Role = RegionRole.CooperationPartner });
            }

            for (var i = 0; i < 3; i++)
            {
                region.Sources.Add(new SourceReference { Url = $"https://example.org/quelle-{i}", Title = $"Quelle {i}" });
            }

            await db.SaveChangesAsync();
        });

        var (again, after) = await app.SqlCommands.GetAsync(client, "/regionen/owl");
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("Quelle 2", await again.Content.ReadAsStringAsync());
        Assert.Equal(before.Count, after.Count);
    }

    [Fact]
    public async Task An_unknown_region_answers_404_after_one_query()
    {
        var (response, commands) = await app.SqlCommands.GetAsync(app.CreateClient(), "/regionen/gibt-es-nicht");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Single(commands);
    }
}
