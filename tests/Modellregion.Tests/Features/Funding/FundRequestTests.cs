using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Modellregion.Tests.Infrastructure;
using Modellregion.Web.Data;
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

    [Fact]
    public async Task An_amendment_that_would_leave_an_open_request_outside_the_period_is_refused()
    {
        var (id, lead, office) = await SetUpAsync();
        var requestId = Assert.IsType<Outcome.Saved>(await DraftAndSubmitAsync(id, lead, 10_000m, new(2030, 4, 1), new(2030, 4, 30))).Id;
        await app.AsUserAsync(office, s => s.GetRequiredService<FundRequests>().ForwardAsync(id, requestId));
        var authority = await app.SignedInAsync(AppRole.GrantingAuthority, "owl");

        var response = await authority.SubmitWithFileAsync($"/verwaltung/projekte/{id}/bescheide", "form[enctype='multipart/form-data']",
            new() { ["Input.DecidedOn"] = "2030-03-01", ["Input.MaxAmount"] = "100000", ["Input.PeriodStart"] = "2030-01-01", ["Input.PeriodEnd"] = "2030-03-31", ["Input.Reason"] = "Kürzere Laufzeit" },
            "Input.Document", "aenderung.pdf", Multipart.Pdf());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = WebUtility.HtmlDecode(await response.BodyAsync());
        Assert.Contains("schließt offene Mittelabrufe aus: Nr. 1 über 10.000 €, benötigt 01.04.2030 – 30.04.2030", body);
        Assert.Equal(1, await app.WithDbAsync(db => db.GrantDecisions.CountAsync(g => g.ProjectId == id)));
    }

    [Fact]
    public async Task A_payment_is_refused_when_the_period_in_force_no_longer_covers_the_request()
    {
        var (id, lead, office) = await SetUpAsync();
        var requestId = Assert.IsType<Outcome.Saved>(await DraftAndSubmitAsync(id, lead, 10_000m, new(2030, 4, 1), new(2030, 4, 30))).Id;
        await app.AsUserAsync(office, s => s.GetRequiredService<FundRequests>().ForwardAsync(id, requestId));

        // An amendment recorded at the same moment as the request was checked: the period now ends before the need.
        await app.WithDbAsync(async db =>
        {
            var project = await db.Projects.Include(p => p.GrantDecisions).SingleAsync(p => p.Id == id);
            project.RecordGrantDecision(new GrantDecision { MaxAmount = 100_000m, DecidedOn = new(2030, 3, 1), PeriodStart = Start, PeriodEnd = new(2030, 3, 31), Reason = "Kürzere Laufzeit", RecordedAt = db.UtcNow });
            await db.SaveChangesAsync();
        });
        var payment = await app.AsUserAsync(office, s => s.GetRequiredService<FundRequests>().RecordPaymentAsync(id, requestId, new PaymentInput { PaidOn = new(2030, 3, 1), Amount = 10_000m }));

        Assert.Contains("liegt nicht im geltenden Bewilligungszeitraum", Message(payment));
        var account = await app.WithDbAsync(db => db.FundingAccounts.AsNoTracking().SingleAsync(a => a.ProjectId == id));
        Assert.Equal((10_000m, 0m), (account.Requested, account.Paid));
    }

    [Fact]
    public async Task Submitting_or_forwarding_from_a_stale_page_is_refused_with_a_conflict()
    {
        var (id, lead, _) = await SetUpAsync();
        var slug = await app.WithDbAsync(db => db.Projects.Where(p => p.Id == id).Select(p => p.Slug).SingleAsync());
        var leadClient = await app.SignedInAsync(AppRole.ProjectLead, projectSlug: slug);
        var officeClient = await app.SignedInAsync(AppRole.ProjectOffice, "owl");
        var url = $"/verwaltung/projekte/{id}/mittelabrufe";
        var draft = Assert.IsType<Outcome.Saved>(await app.AsUserAsync(lead, s => s.GetRequiredService<FundRequests>().SaveDraftAsync(id, null,
            new FundRequestInput { Amount = 10_000m, NeededFrom = new(2030, 3, 2), NeededUntil = new(2030, 4, 30), Justification = "Rechnungen des Dienstleisters" }))).Id;

        // The lead's page shows the draft over 10.000 €; meanwhile someone else raises it to 40.000 €.
        var leadPage = await leadClient.GetPageAsync(url);
        var version = await app.WithDbAsync(db => db.FundRequests.Where(r => r.Id == draft).Select(r => r.Version).SingleAsync());
        Assert.IsType<Outcome.Saved>(await app.AsUserAsync(lead, s => s.GetRequiredService<FundRequests>().SaveDraftAsync(id, draft,
            new FundRequestInput { Amount = 40_000m, NeededFrom = new(2030, 3, 2), NeededUntil = new(2030, 4, 30), Justification = "Rechnungen des Dienstleisters", Version = version })));
        var staleSubmit = await leadClient.SubmitAsync(leadPage, url, "form[action*='handler=Submit']", new());

        Assert.Equal(HttpStatusCode.Conflict, staleSubmit.StatusCode);
        Assert.Contains("von jemand anderem geändert", WebUtility.HtmlDecode(await staleSubmit.BodyAsync()));
        Assert.Equal(FundRequestStatus.Draft, await app.WithDbAsync(db => db.FundRequests.Where(r => r.Id == draft).Select(r => r.Status).SingleAsync()));

        // Submitted from a fresh page; the office's page shows it, then the request changes before the office forwards it.
        Assert.Equal(HttpStatusCode.Redirect, (await leadClient.SubmitFormAsync(url, "form[action*='handler=Submit']", new())).StatusCode);
        var officePage = await officeClient.GetPageAsync(url);
        Assert.IsType<Outcome.Saved>(await app.AsUserAsync(lead, s => s.GetRequiredService<FundRequests>().WithdrawAsync(id, draft)));
        var staleForward = await officeClient.SubmitAsync(officePage, url, "form[action*='handler=Forward']", new());

        Assert.Equal(HttpStatusCode.Conflict, staleForward.StatusCode);
        Assert.Equal(FundRequestStatus.Withdrawn, await app.WithDbAsync(db => db.FundRequests.Where(r => r.Id == draft).Select(r => r.Status).SingleAsync()));

        // A payment form shown for an earlier state of the request is refused the same way.
        var second = Assert.IsType<Outcome.Saved>(await DraftAndSubmitAsync(id, lead, 5_000m, new(2030, 3, 2), new(2030, 4, 30))).Id;
        var forwardPage = await officeClient.GetPageAsync(url);
        Assert.Equal(HttpStatusCode.Redirect, (await officeClient.SubmitAsync(forwardPage, url, "form[action*='handler=Forward']", new())).StatusCode);
        var payPage = await officeClient.GetPageAsync(url);
        await app.WithDbAsync(async db =>
        {
            var request = await db.FundRequests.SingleAsync(r => r.Id == second);
            request.Justification = "Von jemand anderem ergänzt";
            await db.SaveChangesAsync();
        });
        var stalePayment = await officeClient.SubmitAsync(payPage, url, "form[action*='handler=Pay']", new() { ["Payment.PaidOn"] = "2030-03-01" });

        Assert.Equal(HttpStatusCode.Conflict, stalePayment.StatusCode);
        Assert.Equal(FundRequestStatus.Forwarded, await app.WithDbAsync(db => db.FundRequests.Where(r => r.Id == second).Select(r => r.Status).SingleAsync()));
    }

    [Fact]
    public async Task The_office_sees_each_open_request_checked_against_the_grant_the_horizon_and_the_period()
    {
        var (id, lead, _) = await SetUpAsync(50_000m);
        var requestId = Assert.IsType<Outcome.Saved>(await DraftAndSubmitAsync(id, lead, 30_000m, new(2030, 3, 10), new(2030, 4, 30))).Id;
        var office = await app.SignedInAsync(AppRole.ProjectOffice, "owl");
        var readOnly = await app.SignedInAsync(AppRole.ReadOnly, "owl");
        var url = $"/verwaltung/projekte/{id}/mittelabrufe";

        var checks = (await office.GetPageAsync(url)).QuerySelectorAll($"#pruefung-{requestId} + .request-checks li").ToList();

        Assert.Equal(3, checks.Count);
        Assert.All(checks, c => Assert.Equal("true", c.GetAttribute("data-passed")));
        Assert.Contains("Zuwendung reicht: Mit diesem Abruf sind 30.000 € von 50.000 € abgerufen oder ausgezahlt, es bleiben 20.000 €.", checks[0].TextContent);
        Assert.Contains("2-Monats-Regel eingehalten: Das Geld wird bis 30.04.2030 gebraucht", checks[1].TextContent);
        Assert.Contains("Im Bewilligungszeitraum: Der Bedarf vom 10.03.2030 bis 30.04.2030 liegt darin.", checks[2].TextContent);
        Assert.Empty((await readOnly.GetPageAsync(url)).QuerySelectorAll(".request-checks"));

        // A period in force that ends before the need (stored before amendments were checked against open requests).
        await app.WithDbAsync(async db =>
        {
            var decision = await db.GrantDecisions.SingleAsync(g => g.ProjectId == id);
            decision.PeriodEnd = new DateOnly(2030, 4, 15);
            await db.SaveChangesAsync();
        });
        var warned = (await office.GetPageAsync(url)).QuerySelectorAll($"#pruefung-{requestId} + .request-checks li[data-passed=false]").ToList();

        var warning = Assert.Single(warned);
        Assert.Contains("Außerhalb des Bewilligungszeitraums: Der Bewilligungszeitraum endet am 15.04.2030: Ausgaben danach werden nicht gefördert.", warning.TextContent);
        Assert.Contains("Achtung", warning.TextContent);
    }

    [Fact]
    public async Task A_period_stored_up_to_the_end_of_the_calendar_breaks_no_page_and_no_request()
    {
        // Recorded before periods were checked for plausibility.
        app.Clock.Set(new DateOnly(2030, 3, 1));
        var id = await app.RunningProjectAsync(100_000m, Start, DateOnly.MaxValue);
        var slug = await app.WithDbAsync(db => db.Projects.Where(p => p.Id == id).Select(p => p.Slug).SingleAsync());
        var (lead, _) = await app.CreateUserAsync(AppRole.ProjectLead, projectSlug: slug);
        var office = await app.SignedInAsync(AppRole.ProjectOffice, "owl");

        var deadlines = await office.GetAsync("/verwaltung/fristen");
        var proofs = await office.GetAsync($"/verwaltung/projekte/{id}/nachweise");
        var request = await DraftAndSubmitAsync(id, lead, 1_000m, new(2030, 3, 2), new(2030, 3, 31));

        Assert.Equal(HttpStatusCode.OK, deadlines.StatusCode);
        Assert.Equal(HttpStatusCode.OK, proofs.StatusCode);
        Assert.Contains("31.12.9999", await proofs.BodyAsync());
        Assert.IsType<Outcome.Saved>(request);
    }
}
