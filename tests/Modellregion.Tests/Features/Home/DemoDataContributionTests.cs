using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Modellregion.Cli;
using Modellregion.Tests.Infrastructure;
using Modellregion.Web.Data;
using Modellregion.Web.Data.Seeding;
using Modellregion.Web.Features.Board;
using Modellregion.Web.Features.News;
using Modellregion.Web.Features.Transfer;

namespace Modellregion.Tests.Features.Home;

/// <summary>
/// The demo data is made of the core and the parts the features register (news, Digitalboard, transfer): each runs
/// in its order, sees what the core and the earlier parts added, and its rows end up in the loaded data. The command
/// line offers the commands the features contribute.
/// </summary>
public sealed class DemoDataContributionTests(EmptyInstallationApp app) : IClassFixture<EmptyInstallationApp>
{
    /// <summary>Notes, when asked, what the contributions before it have added.</summary>
    private sealed class Recording(string name, int order, List<string> calls) : IDemoData
    {
        public int Order => order;

        public Task SeedAsync(DemoDataContext context, CancellationToken cancellationToken)
        {
            var db = context.Db;
            calls.Add($"{name}: {db.Projects.Local.Count > 0} {db.News.Local.Count} {db.Boards.Local.Count} {db.Solutions.Local.Count}");
            return Task.CompletedTask;
        }

        public Task SeedTrainingRegionAsync(DemoDataContext context, CancellationToken cancellationToken)
        {
            var db = context.Db;
            calls.Add($"{name} (Übungsregion): {context.Training.Projects.Count > 0} {db.News.Local.Count(n => n.IsExample)} {db.Boards.Local.Count(b => b.Region == context.Training.Region)} {db.Solutions.Local.Count(s => s.IsExample)}");
            return Task.CompletedTask;
        }
    }

    [Fact]
    public async Task The_registered_features_add_their_parts_in_order_and_their_rows_are_loaded()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var registered = scope.ServiceProvider.GetServices<IDemoData>().ToList();
        Assert.Single(registered.OfType<NewsDemoData>());
        Assert.Single(registered.OfType<BoardDemoData>());
        Assert.Single(registered.OfType<TransferDemoData>());
        Assert.Equal(registered.Count, registered.Select(c => c.Order).Distinct().Count());

        var calls = new List<string>();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        Assert.True(await new DemoData(db, [new Recording("zuletzt", int.MaxValue, calls), .. registered, new Recording("zuerst", int.MinValue, calls)]).SeedAsync());

        // First the core's projects only; last, everything the features added (6 news, 1 board, 7 solutions; in the training region 2, 1, 2).
        Assert.Equal(
            ["zuerst: True 0 0 0", "zuletzt: True 6 1 7", "zuerst (Übungsregion): True 0 0 0", "zuletzt (Übungsregion): True 2 1 2"],
            calls);

        var loaded = await app.WithDbAsync(async d => new
        {
            News = await d.News.CountAsync(),
            Boards = await d.Boards.Select(b => b.Slug).OrderBy(s => s).ToListAsync(),
            Meetings = await d.Meetings.CountAsync(m => m.Board!.Region!.Slug == DemoData.TrainingRegionSlug),
            Solutions = await d.Solutions.CountAsync(),
            Cases = await d.TransferCases.CountAsync(c => c.Solution!.IsExample),
        });
        Assert.Equal(8, loaded.News);
        Assert.Equal(["digitalboard-owl", "digitalboard-uebungsregion"], loaded.Boards);
        Assert.Equal(2, loaded.Meetings);
        Assert.Equal(9, loaded.Solutions);
        Assert.Equal(6, loaded.Cases);
    }

    [Fact]
    public async Task The_command_line_offers_the_commands_the_features_contribute()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        Assert.Equal(0, await Commands.RunAsync(["--help"], output, error));

        var help = output.ToString();
        foreach (var command in new[] { "migrate", "seed", "seed-synthetic", "create-region", "seed-synthetic-board", "create-board", "seed-synthetic-transfer" })
        {
            Assert.Contains($"  {command} ", help);
        }
    }
}
