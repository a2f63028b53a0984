using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Modellregion.Tests.Infrastructure;
using Modellregion.Web.Data;
using Modellregion.Web.Data.Seeding;
using Modellregion.Web.Features.Account;

namespace Modellregion.Tests.Features.Account;

/// <summary>
/// The fictional accounts of the training region (created on a fresh start together with the first administrator):
/// each opens what its role may do there, and nothing of the real regions' administration.
/// </summary>
public sealed class TrainingAccountsTests(ModellregionApp app) : IClassFixture<ModellregionApp>
{
    private async Task<IReadOnlyList<TrainingAccounts.Account>> CreateAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await new TrainingAccounts(scope.ServiceProvider.GetRequiredService<AppDbContext>(), scope.ServiceProvider.GetRequiredService<ManageUsers>()).CreateAsync();
    }

    [Fact]
    public async Task Office_lead_authority_and_board_member_can_walk_their_journeys_in_the_training_region()
    {
        var accounts = (await CreateAsync()).ToDictionary(a => a.Email, a => a.Password);
        Assert.Empty(await CreateAsync());
        Assert.Equal(4, accounts.Count);
        var bauakte = await app.ProjectIdAsync(TrainingAccounts.LeadProjectSlug);
        var hochwasser = await app.ProjectIdAsync("sensornetz-hochwasser-beispiel");

        // The office: its deadlines board has work on it, and only its own region's.
        var office = await app.SignInAsync("buero@uebungsregion.example", accounts["buero@uebungsregion.example"]);
        var deadlines = (await office.GetPageAsync("/verwaltung/fristen")).Text();
        Assert.Contains("Zwischennachweis", deadlines);
        Assert.Contains("Mittelabruf Nr. 4", deadlines);
        Assert.DoesNotContain("Nichts.", deadlines);
        Assert.DoesNotContain("LoRaWAN", deadlines);
        Assert.Equal(HttpStatusCode.Forbidden, (await office.GetAsync($"/verwaltung/projekte/{await app.ProjectIdAsync("lorawan-2-0")}/mittelabrufe")).StatusCode);
        Assert.False(await app.WithDbAsync(db => db.TransferCases.AnyAsync(c => c.Solution!.IsExample && c.Stage != Web.Features.Transfer.TransferStage.Reused
            && c.Stage != Web.Features.Transfer.TransferStage.Cancelled && c.Owner!.Email != "buero@uebungsregion.example")));

        // The project lead acts for the running project only; the granting authority records payments.
        var lead = await app.SignInAsync("projektleitung@uebungsregion.example", accounts["projektleitung@uebungsregion.example"]);
        Assert.NotNull((await lead.GetPageAsync($"/verwaltung/projekte/{bauakte}/mittelabrufe")).QuerySelector("form[action*='handler=Save']"));
        Assert.Equal(HttpStatusCode.Forbidden, (await lead.GetAsync($"/verwaltung/projekte/{hochwasser}/mittelabrufe")).StatusCode);
        var authority = await app.SignInAsync("bewilligung@uebungsregion.example", accounts["bewilligung@uebungsregion.example"]);
        Assert.NotNull((await authority.GetPageAsync($"/verwaltung/projekte/{bauakte}/mittelabrufe")).QuerySelector("form[action*='handler=Pay']"));

        // The board member opens the members' area of the training board, with its non-public paper.
        var member = await app.SignInAsync("digitalboard@uebungsregion.example", accounts["digitalboard@uebungsregion.example"]);
        var area = await member.GetPageAsync("/digitalboard/mitglieder");
        Assert.Contains("Nächste Sitzung des Digitalboards der Übungsregion (Beispiel)", area.Text());
        var internalPaper = await app.WithDbAsync(db => db.Papers.Where(p => p.Board!.Region!.Slug == DemoData.TrainingRegionSlug && !p.IsPublic).Select(p => p.Id).SingleAsync());
        Assert.Equal(HttpStatusCode.OK, (await member.GetAsync($"/digitalboard/mitglieder/vorlagen/{internalPaper}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await member.GetAsync("/verwaltung/projekte")).StatusCode);
    }
}
