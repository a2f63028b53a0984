using System.Net;
using Microsoft.EntityFrameworkCore;
using Modellregion.Tests.Infrastructure;
using Modellregion.Web.Features.Projects;

namespace Modellregion.Tests.Features.Projects;

/// <summary>
/// The shape of the project pages' work, not its time: how many SQL commands a page may take with every cache off,
/// and that the number does not grow with what a project holds.
/// </summary>
public sealed class ProjectPageShapeTests(UncachedApp app) : IClassFixture<UncachedApp>
{
    /// <summary>
    /// The project (with region, programme, field and account), its lists as one UNION ALL, its grant decisions, its
    /// payments for the money timeline, and one each for the sections of the Digitalboard, Transfer and Events.
    /// </summary>
    private const int ProjectPageCommands = 7;

    /// <summary>
    /// The filter choices (regions, fields, topics, programmes, whether there are examples), the counts and the page;
    /// on the page where the real projects end, a second query for the first example projects.
    /// </summary>
    private const int ProjectListCommands = 8;

    [Fact]
    public async Task A_project_page_takes_a_fixed_number_of_commands_however_much_the_project_holds()
    {
        var slug = "form-" + Guid.NewGuid().ToString("N")[..8];
        await app.RunningProjectAsync(200_000m, new DateOnly(2025, 1, 1), new DateOnly(2027, 12, 31), slug);
        var client = app.Browser();

        var (small, smallCommands) = await app.SqlCommands.GetAsync(client, $"/projekte/{slug}");
        Assert.Equal(HttpStatusCode.OK, small.StatusCode);
        Assert.InRange(smallCommands.Count, 1, ProjectPageCommands);

        await app.WithDbAsync(async db =>
        {
            var project = await db.Set<Project>().Include(p => p.Milestones).Include(p => p.Results).Include(p => p.Municipalities).Include(p => p.Topics)
                .SingleAsync(p => p.Slug == slug);
            for (var i = 0; i < 25; i++)
            {
                project.Milestones.Add(new Milestone { Title = $"Meilenstein {i}", DueOn = new DateOnly(2026, 1, 1).AddDays(i * 7), SortOrder = i });
                project.Results.Add(new ProjectResult { Title = $"Ergebnis {i}", Kind = ResultKind.Report, Url = $"https://example.org/{i}" });
            }

            foreach (var ags in await db.Set<Modellregion.Web.Features.Directory.Municipality>().OrderBy(m => m.Ags).Select(m => m.Ags).Take(15).ToListAsync())
            {
                project.Municipalities.Add(new ProjectMunicipality { Ags = ags });
            }

            project.Topics.AddRange(await db.Set<Topic>().Take(5).ToListAsync());
            await db.SaveChangesAsync();
        });

        var (large, largeCommands) = await app.SqlCommands.GetAsync(client, $"/projekte/{slug}");
        Assert.Equal(HttpStatusCode.OK, large.StatusCode);
        var body = await large.Content.ReadAsStringAsync();
        Assert.Contains("Meilenstein 24", body);
        Assert.Contains("Ergebnis 24", body);
        Assert.Equal(smallCommands.Count, largeCommands.Count);
    }

    [Theory]
    [InlineData("/projekte/smart-school")]
    [InlineData("/api/v1/projects/smart-school")]
    public async Task A_published_project_of_the_demo_data_stays_within_the_count(string url)
    {
        var (response, commands) = await app.SqlCommands.GetAsync(app.Browser(), url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.InRange(commands.Count, 1, ProjectPageCommands);
    }

    [Theory]
    [InlineData("/projekte")]
    [InlineData("/projekte?feld=e-government&status=laufend&sortierung=foerdersumme")]
    [InlineData("/projekte?q=Schule&seite=2")]
    [InlineData("/projekte?region=owl&sortierung=neueste")]
    public async Task A_project_list_takes_a_fixed_number_of_commands(string url)
    {
        var (response, commands) = await app.SqlCommands.GetAsync(app.Browser(), url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.InRange(commands.Count, 1, ProjectListCommands);
    }
}
