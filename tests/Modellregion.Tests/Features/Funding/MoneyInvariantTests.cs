using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Modellregion.Tests.Infrastructure;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Account;
using Modellregion.Web.Features.Funding;
using Modellregion.Web.Platform;
using Xunit.Abstractions;

namespace Modellregion.Tests.Features.Funding;

/// <summary>
/// Thousands of random fund requests, returns, withdrawals, payments and amendments; after every step the money
/// must add up: the account equals the requests, and requests plus payments never exceed the grant in force.
/// </summary>
public sealed class MoneyInvariantTests(FundingApp app, ITestOutputHelper output) : IClassFixture<FundingApp>
{
    private const int Sequences = 20;
    private const int StepsPerSequence = 100;

    [Fact]
    public async Task Money_adds_up_after_every_step_of_random_sequences()
    {
        var checkedSteps = 0;
        for (var sequence = 0; sequence < Sequences; sequence++)
        {
            checkedSteps += await RunSequenceAsync(seed: 1000 + sequence);
        }

        output.WriteLine($"{checkedSteps} Schritte geprüft ({TestDatabase.ProviderName}).");
        Assert.Equal(Sequences * StepsPerSequence, checkedSteps);
    }

    private async Task<int> RunSequenceAsync(int seed)
    {
        var random = new Random(seed);
        var day = new DateOnly(2030, 2, 1);
        app.Clock.Set(day);
        var grant = random.Next(20, 200) * 1000m;
        var id = await app.RunningProjectAsync(grant, new DateOnly(2030, 1, 1), new DateOnly(2036, 12, 31), withPlan: false);
        var slug = await app.WithDbAsync(db => db.Projects.Where(p => p.Id == id).Select(p => p.Slug).SingleAsync());
        var (lead, _) = await app.CreateUserAsync(AppRole.ProjectLead, projectSlug: slug);
        var (authority, _) = await app.CreateUserAsync(AppRole.GrantingAuthority, "owl");
        var steps = 0;
        for (var step = 0; step < StepsPerSequence; step++)
        {
            var state = await StateAsync(id);
            var action = random.Next(7);
            switch (action)
            {
                case 0 or 1:
                    {
                        var amount = decimal.Round((decimal)random.NextDouble() * state.Grant / 2m, 2) + 0.01m;
                        var outcome = await app.AsUserAsync(lead, async s =>
                        {
                            var requests = s.GetRequiredService<FundRequests>();
                            var draft = await requests.SaveDraftAsync(id, null, new FundRequestInput { Amount = amount, NeededFrom = day, NeededUntil = day.AddDays(random.Next(0, 55)), Justification = $"Zufallsschritt {step}" });
                            return await requests.SubmitAsync(id, Assert.IsType<Outcome.Saved>(draft).Id);
                        });
                        var fits = state.Requested + state.Paid + amount <= state.Grant;
                        Assert.True(fits == outcome is Outcome.Saved, $"Schritt {step}: Abruf {amount} bei Zuwendung {state.Grant}, gebunden {state.Requested + state.Paid}: {outcome}");
                        break;
                    }

                case 2 when state.Submitted.Count > 0:
                    Assert.IsType<Outcome.Saved>(await app.AsUserAsync(authority, s => s.GetRequiredService<FundRequests>().ForwardAsync(id, state.Submitted[random.Next(state.Submitted.Count)])));
                    break;
                case 3 when state.Forwarded.Count > 0:
                    {
                        var requestId = state.Forwarded[random.Next(state.Forwarded.Count)];
                        var requested = await app.WithDbAsync(db => db.FundRequests.Where(r => r.Id == requestId).Select(r => r.Amount).SingleAsync());
                        var paid = random.Next(2) == 0 ? requested : decimal.Round(requested * (decimal)random.NextDouble(), 2) + 0.01m;
                        paid = Math.Min(paid, requested);
                        Assert.IsType<Outcome.Saved>(await app.AsUserAsync(authority, s => s.GetRequiredService<FundRequests>().RecordPaymentAsync(id, requestId, new PaymentInput { PaidOn = day, Amount = paid })));
                        break;
                    }

                case 4 when state.Open.Count > 0:
                    var open = state.Open[random.Next(state.Open.Count)];
                    var returned = random.Next(2) == 0
                        ? await app.AsUserAsync(authority, s => s.GetRequiredService<FundRequests>().ReturnAsync(id, open, "Belege fehlen"))
                        : await app.AsUserAsync(lead, s => s.GetRequiredService<FundRequests>().WithdrawAsync(id, open));
                    Assert.IsType<Outcome.Saved>(returned);
                    break;
                case 5:
                    {
                        var newAmount = decimal.Round(state.Grant * (0.5m + (decimal)random.NextDouble()), 2);
                        var version = await app.WithDbAsync(db => db.Projects.Where(p => p.Id == id).Select(p => p.Version).SingleAsync());
                        var outcome = await app.AsUserAsync(authority, s => s.GetRequiredService<RecordGrantDecision>().RunAsync(id, new GrantDecisionInput
                        {
                            DecidedOn = day,
                            MaxAmount = newAmount,
                            PeriodStart = new DateOnly(2030, 1, 1),
                            PeriodEnd = new DateOnly(2036, 12, 31),
                            Reason = "Mehr oder weniger Geld",
                            Version = version,
                        }));
                        var allowed = newAmount >= state.Requested + state.Paid;
                        Assert.True(allowed == outcome is Outcome.Saved, $"Schritt {step}: Änderung auf {newAmount} bei gebunden {state.Requested + state.Paid}: {outcome}");
                        break;
                    }

                default:
                    day = day.AddDays(random.Next(0, 4));
                    app.Clock.Set(day);
                    break;
            }

            await AssertInvariantsAsync(id, step);
            steps++;
        }

        return steps;
    }

    private sealed record State(decimal Grant, decimal Requested, decimal Paid, List<int> Submitted, List<int> Forwarded)
    {
        public List<int> Open => [.. Submitted, .. Forwarded];
    }

    private Task<State> StateAsync(int id) => app.WithDbAsync(async db =>
    {
        var account = await db.FundingAccounts.AsNoTracking().SingleAsync(a => a.ProjectId == id);
        var grant = await db.Projects.Where(p => p.Id == id).Select(p => p.ApprovedGrant!.Value).SingleAsync();
        var requests = await db.FundRequests.AsNoTracking().Where(r => r.ProjectId == id).Select(r => new { r.Id, r.Status }).ToListAsync();
        return new State(grant, account.Requested, account.Paid,
            [.. requests.Where(r => r.Status == FundRequestStatus.Submitted).Select(r => r.Id)],
            [.. requests.Where(r => r.Status == FundRequestStatus.Forwarded).Select(r => r.Id)]);
    });

    private Task AssertInvariantsAsync(int id, int step) => app.WithDbAsync(async db =>
    {
        var account = await db.FundingAccounts.AsNoTracking().SingleAsync(a => a.ProjectId == id);
        var requests = await db.FundRequests.AsNoTracking().Where(r => r.ProjectId == id).ToListAsync();
        var project = await db.Projects.AsNoTracking().Include(p => p.GrantDecisions).SingleAsync(p => p.Id == id);
        var open = requests.Where(r => r.Status is FundRequestStatus.Submitted or FundRequestStatus.Forwarded).Sum(r => r.Amount);
        var paid = requests.Where(r => r.Status == FundRequestStatus.Paid).Sum(r => r.PaidAmount ?? 0m);
        Assert.True(account.Requested == open, $"Schritt {step}: Konto offen {account.Requested}, Abrufe offen {open}");
        Assert.True(account.Paid == paid, $"Schritt {step}: Konto ausgezahlt {account.Paid}, Auszahlungen {paid}");
        Assert.True(account.Requested + account.Paid <= project.ApprovedGrant, $"Schritt {step}: gebunden {account.Requested + account.Paid} > Zuwendung {project.ApprovedGrant}");
        Assert.Equal(project.GrantDecisions.MaxBy(g => g.Sequence)!.MaxAmount, project.ApprovedGrant);
        Assert.All(requests.Where(r => r.Status == FundRequestStatus.Paid), r => Assert.True(r.PaidAmount <= r.Amount));
    });
}
