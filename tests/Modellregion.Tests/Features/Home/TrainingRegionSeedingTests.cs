using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Modellregion.Tests.Infrastructure;
using Modellregion.Web.Data;
using Modellregion.Web.Data.Seeding;
using Modellregion.Web.Features.Account;
using Modellregion.Web.Features.Funding;
using Modellregion.Web.Platform;

namespace Modellregion.Tests.Features.Home;

/// <summary>
/// The training region's dates are relative to the day the demo data is loaded: loaded on any day, the project office
/// finds the same Monday morning — two overdue interim proofs, one fund request waiting for its check, a funding period
/// ending within six weeks, a final proof due at the end of the month — and the waiting request can be forwarded and
/// paid that day.
/// </summary>
public sealed class TrainingRegionSeedingTests
{
    private const string Bauakte = "digitale-bauakte-musterstadt-beispiel";

    [Theory]
    [InlineData("2029-08-01", false)]
    [InlineData("2031-03-20", true)]
    public async Task Loaded_on_any_day_the_office_finds_overdue_proofs_a_waiting_request_and_deadlines_due_soon(string day, bool firstAdministrator)
    {
        var today = DateOnly.Parse(day, CultureInfo.InvariantCulture);
        var app = new SeededOnApp(today, firstAdministrator);
        await app.InitializeAsync();
        try
        {
            await using (var scope = app.Services.CreateAsyncScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<Modellregion.Web.Data.AppDbContext>();
                var region = await db.Regions.Where(r => r.IsExample).Select(r => r.Id).SingleAsync();
                var board = await scope.ServiceProvider.GetRequiredService<Deadlines>().BoardAsync([region], today);

                Assert.Equal(2, board.Overdue.Count);
                Assert.All(board.Overdue, d => Assert.Equal(DeadlineKind.InterimProof, d.Kind));
                Assert.Equal(["Digitale Bauakte Musterstadt (Beispiel)", "Sensornetz Hochwasser (Beispiel)"], board.Overdue.Select(d => d.ProjectTitle).Order());

                var waiting = Assert.Single(board.WaitingForCheck);
                Assert.Equal(Bauakte, waiting.ProjectSlug);
                Assert.Contains("Mittelabruf Nr. 4", waiting.Label);

                Assert.Equal(2, board.DueSoon.Count);
                var periodEnd = Assert.Single(board.DueSoon, d => d.Kind == DeadlineKind.FundingPeriodEnd);
                Assert.Equal("Sensornetz Hochwasser (Beispiel)", periodEnd.ProjectTitle);
                Assert.InRange(periodEnd.DueOn.DayNumber - today.DayNumber, 1, 60);
                var finalProof = Assert.Single(board.DueSoon, d => d.Kind == DeadlineKind.FinalProof);
                Assert.Equal("Bürger-App Musterstadt (Beispiel)", finalProof.ProjectTitle);
                Assert.InRange(finalProof.DueOn.DayNumber - today.DayNumber, 5, 35);

                // Nothing of the training data lies in the future that should be past.
                Assert.False(await db.StatusChanges.AnyAsync(s => s.Project!.Region!.IsExample && s.EffectiveOn > today));
                Assert.False(await db.FundRequests.AnyAsync(r => r.Project!.Region!.IsExample && r.PaidOn > today));

                // The fictional accounts come only with the first administrator (a fresh start outside tests).
                var accounts = await db.Users.Where(u => u.Email!.EndsWith("@uebungsregion.example")).Select(u => u.Email).ToListAsync();
                if (firstAdministrator)
                {
                    Assert.Equal(["bewilligung@uebungsregion.example", "buero@uebungsregion.example", "digitalboard@uebungsregion.example", "projektleitung@uebungsregion.example"], accounts.Order());
                    Assert.True(await db.RoleAssignments.AnyAsync(a => a.Role == AppRole.Administrator));
                    Assert.True(await db.BoardMemberships.AnyAsync(m => m.User!.Email == "digitalboard@uebungsregion.example" && m.Board!.Region!.IsExample));
                }
                else
                {
                    Assert.Empty(accounts);
                    Assert.False(await db.Users.AnyAsync());
                }
            }

            // Journey 1: the office forwards the waiting request and records the payment; the public page shows it.
            var projectId = await app.ProjectIdAsync(Bauakte);
            var requestId = await app.WithDbAsync(db => db.FundRequests.Where(r => r.ProjectId == projectId && r.Status == FundRequestStatus.Submitted).Select(r => r.Id).SingleAsync());
            var (office, _) = await app.CreateUserAsync(AppRole.ProjectOffice, DemoData.TrainingRegionSlug);
            Assert.IsType<Outcome.Saved>(await app.AsUserAsync(office, s => s.GetRequiredService<FundRequests>().ForwardAsync(projectId, requestId)));
            Assert.IsType<Outcome.Saved>(await app.AsUserAsync(office, s => s.GetRequiredService<FundRequests>().RecordPaymentAsync(projectId, requestId, new PaymentInput { PaidOn = today, Amount = 38_500m })));

            var page = await app.Browser().GetPageAsync("/projekte/" + Bauakte);
            Assert.Contains(Formatting.Euro(178_500m), page.Text("aside"));
        }
        finally
        {
            await ((IAsyncLifetime)app).DisposeAsync();
        }
    }
}
