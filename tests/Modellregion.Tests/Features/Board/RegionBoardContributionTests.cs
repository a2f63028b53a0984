using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Modellregion.Tests.Infrastructure;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Account;
using Modellregion.Web.Features.Board;

namespace Modellregion.Tests.Features.Board;

/// <summary>
/// The Digitalboard contributes to the regions without the regions reading it: the region page names its board and
/// links it, the region API keeps <c>boardSlug</c>/<c>boardName</c>, and the back office's region list shows the
/// board's name or a link to set one up.
/// </summary>
public sealed class RegionBoardContributionTests(ModellregionApp app) : IClassFixture<ModellregionApp>
{
    [Fact]
    public async Task The_region_page_and_api_show_the_regions_board_and_a_region_without_one_shows_none()
    {
        var (board, withoutBoard) = await app.WithDbAsync(async db =>
        {
            var owl = await db.Boards.Where(b => b.Slug == "digitalboard-owl").Select(b => new { b.Slug, b.Name }).SingleAsync();
            var without = await db.Regions.Where(r => !db.Set<Modellregion.Web.Features.Board.Board>().Any(b => b.RegionId == r.Id && b.Kind == BoardKind.Board && b.DeletedAt == null))
                .Select(r => r.Slug).FirstAsync();
            return (owl, without);
        });

        var page = await app.Browser().GetPageAsync("/regionen/owl");
        Assert.NotNull(page.QuerySelector($"a[href='/digitalboard/{board.Slug}']"));
        Assert.Contains(page.QuerySelectorAll("h2"), h => h.TextContent.Trim() == board.Name);

        var region = await app.Browser().GetFromJsonAsync<JsonElement>("/api/v1/regions/owl");
        Assert.Equal(board.Slug, region.GetProperty("boardSlug").GetString());
        Assert.Equal(board.Name, region.GetProperty("boardName").GetString());

        var other = await app.Browser().GetFromJsonAsync<JsonElement>($"/api/v1/regions/{withoutBoard}");
        Assert.Equal(JsonValueKind.Null, other.GetProperty("boardSlug").ValueKind);
        Assert.Equal(JsonValueKind.Null, other.GetProperty("boardName").ValueKind);
        Assert.Null((await app.Browser().GetPageAsync($"/regionen/{withoutBoard}")).QuerySelector("a[href^='/digitalboard/']"));
    }

    [Fact]
    public async Task The_back_office_region_list_names_each_board_or_offers_to_set_one_up()
    {
        var (owlName, withoutBoard) = await app.WithDbAsync(async db =>
        {
            var name = await db.Boards.Where(b => b.Slug == "digitalboard-owl").Select(b => b.Name).SingleAsync();
            var without = await db.Regions.Where(r => !r.IsSynthetic && !db.Set<Modellregion.Web.Features.Board.Board>().Any(b => b.RegionId == r.Id && b.Kind == BoardKind.Board && b.DeletedAt == null))
                .Select(r => r.Slug).FirstAsync();
            return (name, without);
        });
        var admin = await app.SignedInAsync(AppRole.Administrator);

        var page = await admin.GetPageAsync("/verwaltung/regionen");

        var headers = page.QuerySelectorAll("thead th").Select(h => h.TextContent.Trim()).ToList();
        var column = headers.IndexOf("Digitalboard");
        Assert.True(column >= 0, string.Join(" | ", headers));
        var rows = page.QuerySelectorAll("tbody tr").ToList();
        var owl = rows.Single(r => r.QuerySelector("a[href='/regionen/owl']") is not null);
        Assert.Equal(owlName, owl.QuerySelectorAll("td")[column].TextContent.Trim());
        var other = rows.Single(r => r.QuerySelector($"a[href='/regionen/{withoutBoard}']") is not null);
        var link = other.QuerySelectorAll("td")[column].QuerySelector("a");
        Assert.Equal($"/verwaltung/digitalboard/gremien?region={withoutBoard}", link?.GetAttribute("href"));
        Assert.StartsWith("Digitalboard anlegen", link?.TextContent.Trim());
    }
}
