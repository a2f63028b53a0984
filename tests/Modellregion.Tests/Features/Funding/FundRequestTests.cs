using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Modellregion.Tests.Infrastructure;
using Modellregion.Web.Features.Account;
using Modellregion.Web.Features.Funding;
using Modellregion.Web.Platform;

namespace Modellregion.Tests.Features.Funding;

/// <summary>The rules of fund requests: the two-month horizon, the funding period, and never more than the grant.</summary>
public sealed class FundRequestTests(FundingApp app) : IClassFixture<FundingApp>
{
    private static readonly DateOnly Start = new(2030, 1, 1);
    private static readonly DateOnly End = new(2031, 6, 30);

    private async Task<(int ProjectId, string Lead, string Office)> SetUpAsync(decimal grant = 100_000m)
    {
        app.Clock.Set(new DateOnly(2030, 3, 1));
        var id = await app.RunningProjectAsync(grant, Start, End);
        var slug = await app.WithDbAsync(db => db.Projects.Where(p => p.Id == id).Select(p => p.Slug).SingleAsync());
        var (lead, _) = await app.CreateUserAsync(AppRole.ProjectLead, projectSlug: slug);
        var (office, _) = await app.CreateUserAsync(AppRole.ProjectOffice, "owl");
        return (id, lead, office);
    }

    private Task<Outcome> DraftAndSubmitAsync(int projectId, string lead, decimal amount, DateOnly from, DateOnly until, bool settlement = false) =>
        app.AsUserAsync(lead, async services =>
        {
            var requests = services.GetRequiredService<FundRequests>();
            var draft = await requests.SaveDraftAsync(projectId, null, new FundRequestInput { Amount = amount, NeededFrom = from, NeededUntil = until, Justification = "Rechnungen des Dienstleisters", IsSettlement = settlement });
            return draft is Outcome.Saved saved ? await requests.SubmitAsync(projectId, saved.Id) : draft;
        });

    private static string Message(Outcome outcome) =>
        string.Join(" ", Assert.IsType<Outcome.Invalid>(outcome).Errors.SelectMany(e => e.Value));

    [Fact]
    public async Task A_request_within_the_horizon_and_the_grant_is_submitted_forwarded_and_paid()
    {
        var (id, lead, office) = await SetUpAsync();

        var submitted = await DraftAndSubmitAsync(id, lead, 30_000m, new(2030, 3, 10), new(2030, 4, 30));
        var requestId = Assert.IsType<Outcome.Saved>(submitted).Id;
        Assert.IsType<Outcome.Saved>(await app.AsUserAsync(office, s => s.GetRequiredService<FundRequests>().ForwardAsync(id, requestId)));
        app.Clock.Set(new DateOnly(2030, 3, 5));
        Assert.IsType<Outcome.Saved>(await app.AsUserAsync(office, s => s.GetRequiredService<FundRequests>().RecordPaymentAsync(id, requestId, new PaymentInput { PaidOn = new(2030, 3, 5), Amount = 29_500m })));

        var account = await app.WithDbAsync(db => db.FundingAccounts.AsNoTracking().SingleAsync(a => a.ProjectId == id));
        Assert.Equal((0m, 29_500m), (account.Requested, account.Paid));
    }

    [Theory]
    [InlineData(-5, "2030-03-10", "2030-04-30", "Der Betrag muss größer als 0 sein.")]
    [InlineData(120_000, "2030-03-10", "2030-04-30", "übersteigt die verbleibende Zuwendung")]
    [InlineData(1_000, "2030-03-10", "2030-05-15", "innerhalb von 2 Monaten")]
    [InlineData(1_000, "2029-12-01", "2030-01-31", "beginnt erst am 01.01.2030")]
    [InlineData(1_000, "2030-04-30", "2030-03-10", "nicht vor seinem Beginn")]
    public async Task A_request_breaking_a_rule_is_refused_and_nothing_is_stored(decimal amount, string from, string until, string message)
    {
        var (id, lead, _) = await SetUpAsync();

        var outcome = await DraftAndSubmitAsync(id, lead, amount, DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(until, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Contains(message, Message(outcome));
        var account = await app.WithDbAsync(db => db.FundingAccounts.AsNoTracking().SingleAsync(a => a.ProjectId == id));
        Assert.Equal(0m, account.Requested);
        Assert.Equal(0, await app.WithDbAsync(db => db.FundRequests.CountAsync(r => r.ProjectId == id && r.Status != FundRequestStatus.Draft)));
    }

    [Fact]
    public async Task Requests_and_payments_together_never_exceed_the_grant()
    {
        var (id, lead, office) = await SetUpAsync(50_000m);
        var first = Assert.IsType<Outcome.Saved>(await DraftAndSubmitAsync(id, lead, 30_000m, new(2030, 3, 2), new(2030, 4, 30))).Id;
        await app.AsUserAsync(office, s => s.GetRequiredService<FundRequests>().ForwardAsync(id, first));
        await app.AsUserAsync(office, s => s.GetRequiredService<FundRequests>().RecordPaymentAsync(id, first, new PaymentInput { PaidOn = new(2030, 3, 1), Amount = 30_000m }));

        var second = await DraftAndSubmitAsync(id, lead, 20_000.01m, new(2030, 3, 2), new(2030, 4, 30));
        var exact = await DraftAndSubmitAsync(id, lead, 20_000m, new(2030, 3, 2), new(2030, 4, 30));

        Assert.Contains("verbleibend 20.000 €", Message(second));
        Assert.IsType<Outcome.Saved>(exact);
    }

    [Fact]
    public async Task After_the_funding_period_only_the_settlement_of_costs_within_it_is_possible()
    {
        var (id, lead, _) = await SetUpAsync();
        app.Clock.Set(new DateOnly(2031, 7, 15));

        var regular = await DraftAndSubmitAsync(id, lead, 1_000m, new(2031, 6, 1), new(2031, 6, 30));
        var outside = await DraftAndSubmitAsync(id, lead, 1_000m, new(2031, 6, 1), new(2031, 7, 31), settlement: true);
        var settlement = await DraftAndSubmitAsync(id, lead, 1_000m, new(2031, 6, 1), new(2031, 6, 30), settlement: true);

        Assert.Contains("nur noch die Schlussabrechnung", Message(regular));
        Assert.Contains("Ausgaben danach werden nicht gefördert", Message(outside));
        Assert.IsType<Outcome.Saved>(settlement);
    }

    [Fact]
    public async Task A_payment_too_early_for_the_need_or_above_the_request_is_refused()
    {
        var (id, lead, office) = await SetUpAsync();
        var requestId = Assert.IsType<Outcome.Saved>(await DraftAndSubmitAsync(id, lead, 10_000m, new(2030, 4, 1), new(2030, 4, 30))).Id;
        await app.AsUserAsync(office, s => s.GetRequiredService<FundRequests>().ForwardAsync(id, requestId));

        var early = await app.AsUserAsync(office, s => s.GetRequiredService<FundRequests>().RecordPaymentAsync(id, requestId, new PaymentInput { PaidOn = new(2030, 2, 20), Amount = 10_000m }));
        var tooMuch = await app.AsUserAsync(office, s => s.GetRequiredService<FundRequests>().RecordPaymentAsync(id, requestId, new PaymentInput { PaidOn = new(2030, 3, 1), Amount = 10_000.5m }));
        var future = await app.AsUserAsync(office, s => s.GetRequiredService<FundRequests>().RecordPaymentAsync(id, requestId, new PaymentInput { PaidOn = new(2030, 3, 9), Amount = 100m }));

        Assert.Contains("vor dem Einreichen", Message(early));
        Assert.Contains("höchstens die abgerufenen 10.000 €", Message(tooMuch));
        Assert.Contains("nicht in der Zukunft", Message(future));
        Assert.Equal(0m, await app.WithDbAsync(db => db.FundingAccounts.Where(a => a.ProjectId == id).Select(a => a.Paid).SingleAsync()));
    }

    [Fact]
    public async Task Only_the_lead_or_office_submits_and_only_office_or_authority_forwards()
    {
        var (id, lead, _) = await SetUpAsync();
        var (readOnly, _) = await app.CreateUserAsync(AppRole.ReadOnly, "owl");
        var (otherOffice, _) = await app.CreateUserAsync(AppRole.ProjectOffice, "aachen");
        var requestId = Assert.IsType<Outcome.Saved>(await DraftAndSubmitAsync(id, lead, 1_000m, new(2030, 3, 2), new(2030, 3, 31))).Id;

        var byReader = await DraftAndSubmitAsync(id, readOnly, 1_000m, new(2030, 3, 2), new(2030, 3, 31));
        var forwardByLead = await app.AsUserAsync(lead, s => s.GetRequiredService<FundRequests>().ForwardAsync(id, requestId));
        var forwardByOtherRegion = await app.AsUserAsync(otherOffice, s => s.GetRequiredService<FundRequests>().ForwardAsync(id, requestId));

        Assert.IsType<Outcome.Denied>(byReader);
        Assert.IsType<Outcome.Denied>(forwardByLead);
        Assert.IsType<Outcome.Forbidden>(forwardByOtherRegion);
    }

    [Fact]
    public async Task Two_requests_submitted_at_the_same_moment_cannot_both_pass_the_grant()
    {
        for (var round = 0; round < 5; round++)
        {
            var (id, lead, _) = await SetUpAsync(50_000m);
            var drafts = new List<int>();
            for (var i = 0; i < 2; i++)
            {
                drafts.Add(Assert.IsType<Outcome.Saved>(await app.AsUserAsync(lead, s => s.GetRequiredService<FundRequests>().SaveDraftAsync(id, null,
                    new FundRequestInput { Amount = 30_000m, NeededFrom = new(2030, 3, 2), NeededUntil = new(2030, 4, 30), Justification = "Gleichzeitig eingereicht" }))).Id);
            }

            using var gate = new SemaphoreSlim(0, 2);
            var submissions = drafts.Select(draft => Task.Run(async () =>
            {
                await gate.WaitAsync();
                return await app.AsUserAsync(lead, s => s.GetRequiredService<FundRequests>().SubmitAsync(id, draft));
            })).ToList();
            gate.Release(2);
            var outcomes = await Task.WhenAll(submissions);

            Assert.Single(outcomes, o => o is Outcome.Saved);
            Assert.Contains("übersteigt die verbleibende Zuwendung", Message(Assert.Single(outcomes, o => o is not Outcome.Saved)));
            var (requested, open) = await app.WithDbAsync(async db => (
                await db.FundingAccounts.Where(a => a.ProjectId == id).Select(a => a.Requested).SingleAsync(),
                await db.FundRequests.Where(r => r.ProjectId == id && r.Status == FundRequestStatus.Submitted).SumAsync(r => r.Amount)));
            Assert.Equal(30_000m, requested);
            Assert.Equal(30_000m, open);
        }
    }
}
