using System.Net;
using Microsoft.EntityFrameworkCore;
using Modellregion.Tests.Infrastructure;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Account;
using Modellregion.Web.Features.Board;

namespace Modellregion.Tests.Features.Board;

/// <summary>Administrators set up a region's Digitalboard in the back office; its project office keeps name and description.</summary>
public sealed class BoardAdminTests(ModellregionApp app) : IClassFixture<ModellregionApp>
{
    private const string Form = "form.form-grid";

    public static TheoryData<Dictionary<string, object?>, string, string> BadBoards => new()
    {
        { new() { ["Input.Slug"] = "digitalboard-owl" }, "Input.Slug", "hat bereits ein anderes Gremium" },
        { new() { ["Input.RegionId"] = "owl" }, "Input.RegionId", "hat bereits ein Digitalboard" },
        { new() { ["Input.RegionId"] = "" }, "Input.RegionId", "Bitte wählen Sie die Region" },
        { new() { ["Input.Name"] = "Board 🤖" }, "Input.Name", "darf keine Emojis" },
        { new() { ["Input.Description"] = "Vorsitz \u200D Bürgermeister" }, "Input.Description", "darf keine Emojis" },
        { new() { ["Input.Name"] = new string('x', 201) }, "Input.Name", "3 bis 200 Zeichen" },
        { new() { ["Input.QuorumPercent"] = "150" }, "Input.QuorumPercent", "zwischen 0 und 99 %" },
    };

    [Theory]
    [MemberData(nameof(BadBoards))]
    public async Task A_bad_board_is_refused_with_a_German_message_and_nothing_is_stored(Dictionary<string, object?> values, string field, string message)
    {
        var admin = await app.SignedInAsync(AppRole.Administrator);
        var soest = await RegionIdAsync("soest");
        var before = await app.WithDbAsync(db => db.Boards.CountAsync());
        var fields = new Dictionary<string, object?> { ["Input.RegionId"] = soest, ["Input.Name"] = "Digitalboard Soest" };
        foreach (var (key, value) in values)
        {
            fields[key] = value as string == "owl" ? await RegionIdAsync("owl") : value;
        }

        var response = await admin.PostAsSessionAsync("/verwaltung/digitalboard/gremien",
            fields.Where(f => f.Value is not null).ToDictionary(f => f.Key, f => Convert.ToString(f.Value, System.Globalization.CultureInfo.InvariantCulture)!));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.Contains(message, page.Text("#fehler"));
        Assert.Equal("true", page.QuerySelector($"#{field.Replace('.', '_')}")?.GetAttribute("aria-invalid"));
        Assert.Equal(before, await app.WithDbAsync(db => db.Boards.CountAsync()));
    }

    [Fact]
    public async Task An_administrator_sets_up_a_board_the_office_edits_it_and_another_office_may_not()
    {
        var admin = await app.SignedInAsync(AppRole.Administrator);
        var aachen = await RegionIdAsync("aachen");
        var list = await admin.GetPageAsync("/verwaltung/digitalboard/gremien?region=aachen");
        Assert.Equal(aachen.ToString(System.Globalization.CultureInfo.InvariantCulture), list.QuerySelector("#Input_RegionId option[selected]")?.GetAttribute("value"));

        var created = await admin.SubmitAsync(list, "/verwaltung/digitalboard/gremien", Form, new()
        {
            ["Input.Name"] = "Digitalboard Aachen",
            ["Input.Description"] = "Oberbürgermeisterin, Städteregionsrat und Partner.",
        });

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var board = await app.WithDbAsync(db => db.Boards.AsNoTracking().SingleAsync(b => b.Slug == "digitalboard-aachen"));
        Assert.Equal((aachen, BoardKind.Board, 50), (board.RegionId, board.Kind, board.QuorumPercent));
        Assert.Contains("Digitalboard Aachen", (await app.Browser().GetPageAsync("/regionen/aachen")).Text());
        Assert.Contains("Oberbürgermeisterin", (await app.Browser().GetPageAsync("/digitalboard/digitalboard-aachen")).Text());

        // The office of the region keeps name and description; the region cannot be moved.
        var office = await app.SignedInAsync(AppRole.ProjectOffice, "aachen");
        var edit = $"/verwaltung/digitalboard/gremien/{board.Id}";
        var saved = await office.SubmitFormAsync(edit, Form, new() { ["Input.Description"] = "Neu beschrieben.", ["Input.RegionId"] = await RegionIdAsync("owl") });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var after = await app.WithDbAsync(db => db.Boards.AsNoTracking().SingleAsync(b => b.Id == board.Id));
        Assert.Equal(("Neu beschrieben.", aachen), (after.Description, after.RegionId));

        // Another region's office may neither open nor change it; only administrators set up boards.
        var owlOffice = await app.SignedInAsync(AppRole.ProjectOffice, "owl");
        Assert.Equal(HttpStatusCode.Forbidden, (await owlOffice.GetAsync(edit)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await owlOffice.PostAsSessionAsync(edit, new() { ["Input.Name"] = "Übernommen", ["Input.RegionId"] = aachen.ToString(System.Globalization.CultureInfo.InvariantCulture), ["Input.Version"] = "1" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await office.PostAsSessionAsync("/verwaltung/digitalboard/gremien", new() { ["Input.Name"] = "Zweites Board", ["Input.RegionId"] = aachen.ToString(System.Globalization.CultureInfo.InvariantCulture) })).StatusCode);
        Assert.Equal("Digitalboard Aachen", await app.WithDbAsync(db => db.Boards.Where(b => b.Id == board.Id).Select(b => b.Name).SingleAsync()));
    }

    private Task<int> RegionIdAsync(string slug) => app.WithDbAsync(db => db.Regions.Where(r => r.Slug == slug).Select(r => r.Id).SingleAsync());
}
