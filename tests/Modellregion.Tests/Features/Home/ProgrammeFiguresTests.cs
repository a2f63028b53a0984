using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Modellregion.Tests.Infrastructure;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Directory;
using Modellregion.Web.Features.Funding;
using Modellregion.Web.Features.Home;
using Modellregion.Web.Features.Projects;

namespace Modellregion.Tests.Features.Home;

/// <summary>
/// The headline figures of all programmes are counted in one query per figure, grouped by programme. Each programme's
/// entry must count what its lists count (<see cref="ProjectScopes.InProgramme"/>), also for a project that follows
/// another programme than its region's, and the whole must be the sum of the programmes.
/// </summary>
public sealed class ProgrammeFiguresTests(ModellregionApp app) : IClassFixture<ModellregionApp>
{
    [Fact]
    public async Task Each_programme_counts_what_its_lists_count_and_the_whole_is_their_sum()
    {
        var slug = "zaehlprogramm-" + Guid.NewGuid().ToString("N")[..6];
        var id = await app.RunningProjectAsync(30_000m, new DateOnly(2030, 1, 1), new DateOnly(2030, 12, 31), slug + "-projekt");
        var own = await app.WithDbAsync(async db =>
        {
            var programme = new Programme { Slug = slug, Name = "Zählprogramm " + slug };
            db.Programmes.Add(programme);
            await db.SaveChangesAsync();
            var project = await db.Projects.SingleAsync(p => p.Id == id);
            project.ProgrammeId = programme.Id;
            project.Status = ProjectStatus.Closed;
            (await db.FundingAccounts.SingleAsync(a => a.ProjectId == id)).Paid = 7_000m;
            await db.SaveChangesAsync();
            return programme.Id;
        });

        await using var scope = app.Services.CreateAsyncScope();
        var headline = scope.ServiceProvider.GetRequiredService<HeadlineFigures>();
        var municipalities = scope.ServiceProvider.GetRequiredService<InvolvedMunicipalities>();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var programmes = await db.Programmes.Select(p => p.Id).ToListAsync();
        Assert.True(programmes.Count >= 2);
        var each = new List<Figures>();
        foreach (var programmeId in programmes)
        {
            var published = db.Projects.Where(p => p.IsPublished).WithoutExamples().InProgramme(programmeId);
            var payments = published.WithPublishedPayments(db);
            var withPayments = await payments.CountAsync();
            var expected = new Figures(
                await db.Regions.CountAsync(r => !r.IsExample && r.ProgrammeId == programmeId),
                await published.CountAsync(),
                await published.CountAsync(p => p.Status == ProjectStatus.Closed),
                await published.WithPublishedGrant().CountAsync(),
                await published.WithPublishedGrant().SumAsync(p => p.ApprovedGrant) ?? 0m,
                withPayments,
                withPayments == 0 ? null : await db.FundingAccounts.Where(a => payments.Any(p => p.Id == a.ProjectId)).SumAsync(a => a.Paid),
                await municipalities.CountAsync(programmeId));
            var actual = await headline.ComputeAsync(programmeId);
            Assert.Equal(expected, actual);
            each.Add(actual);
        }

        // The project follows its own programme, not its region's.
        Assert.Equal(new Figures(0, 1, 1, 1, 30_000m, 1, 7_000m, 0), await headline.ComputeAsync(own));

        var total = await headline.ComputeAsync();
        Assert.Equal(each.Sum(f => f.Regions), total.Regions);
        Assert.Equal(each.Sum(f => f.Projects), total.Projects);
        Assert.Equal(each.Sum(f => f.ClosedProjects), total.ClosedProjects);
        Assert.Equal(each.Sum(f => f.ProjectsWithPublishedGrant), total.ProjectsWithPublishedGrant);
        Assert.Equal(each.Sum(f => f.ApprovedTotal), total.ApprovedTotal);
        Assert.Equal(each.Sum(f => f.ProjectsWithPublishedPayments), total.ProjectsWithPublishedPayments);
        Assert.Equal(each.Sum(f => f.PaidTotal ?? 0m), total.PaidTotal);
        Assert.Equal(await municipalities.CountAsync(null), total.Municipalities);

        // A programme without regions or projects counts nothing (and its payments are unknown, not 0).
        Assert.Equal(new Figures(0, 0, 0, 0, 0m, 0, null, 0), await headline.ComputeAsync(int.MaxValue));
    }
}
