using System.Net;
using Microsoft.EntityFrameworkCore;
using Modellregion.Tests.Infrastructure;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Account;
using Modellregion.Web.Features.Projects;

namespace Modellregion.Tests.Features.Funding;

/// <summary>
/// One project from the idea to the closed grant, through the back office as its people would do it:
/// project office, project lead and the granting authority, each with their own login.
/// </summary>
public sealed class LifecycleScenarioTests(FundingApp app) : IClassFixture<FundingApp>
{
    private const string StageForm = "form.form-grid";

    private static async Task StepAsync(HttpClient browser, int id, ProjectStatus to, string? reason = null, string? effectiveOn = null)
    {
        var url = $"/verwaltung/projekte/{id}/foerderung";
        var response = await browser.SubmitFormAsync(url, StageForm, new()
        {
            ["Input.To"] = ((int)to).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.Reason"] = reason,
            ["Input.EffectiveOn"] = effectiveOn,
        });
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"Schritt nach {to}: {(int)response.StatusCode}\n{(await Html.ParseAsync(response)).Text("#fehler")}");
    }

    [Fact]
    public async Task A_project_goes_from_idea_to_closed_with_grant_requests_payment_and_proofs()
    {
        app.Clock.Set(new DateOnly(2029, 11, 2));
        var office = await app.SignedInAsync(AppRole.ProjectOffice, "owl");
        var (authorityEmail, authorityPassword) = await app.CreateUserAsync(AppRole.GrantingAuthority, "owl", name: "Bezirksregierung Detmold, Dezernat");
        var authority = await app.SignInAsync(authorityEmail, authorityPassword);

        // Idea: the office records it and names the lead.
        var created = await office.SubmitFormAsync("/verwaltung/projekte/neu", "form[method=post].form-grid", new() { ["Input.Title"] = "Kita-Anmeldung online im Kreis" });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var id = await app.ProjectIdAsync("kita-anmeldung-online-im-kreis");
        var participants = $"/verwaltung/projekte/{id}/beteiligte";
        var search = await office.GetPageAsync(participants + "?suche=Kreis%20Paderborn");
        await office.SubmitAsync(search, participants, "form:has(input[name=organisationId])", new() { ["role"] = "1" });
        var (leadEmail, leadPassword) = await app.CreateUserAsync(AppRole.ProjectLead, projectSlug: "kita-anmeldung-online-im-kreis", name: "Lea Leitung");
        var lead = await app.SignInAsync(leadEmail, leadPassword);

        await StepAsync(office, id, ProjectStatus.Consultation);
        await StepAsync(office, id, ProjectStatus.BoardVote);
        await StepAsync(lead, id, ProjectStatus.ApplicationSubmitted);
        await StepAsync(authority, id, ProjectStatus.AdditionalInformationRequested, "Der Ratsbeschluss zum Eigenanteil fehlt.");
        await StepAsync(lead, id, ProjectStatus.ApplicationSubmitted);

        // The lead's financing plan: 100,000 € eligible, 80 % grant for a Kreis.
        var plan = await lead.SubmitFormAsync($"/verwaltung/projekte/{id}/finanzierungsplan", "form:has(input[name='Input.RequestedGrant'])", new()
        {
            ["Input.Lines[0].Category"] = "1",
            ["Input.Lines[0].Description"] = "Projektstelle",
            ["Input.Lines[0].Amount"] = "60000",
            ["Input.Lines[1].Category"] = "4",
            ["Input.Lines[1].Description"] = "Portal-Dienstleister",
            ["Input.Lines[1].Amount"] = "40000",
            ["Input.RequestedGrant"] = "80000",
            ["Input.OwnContribution"] = "20000",
        });
        Assert.Equal(HttpStatusCode.Redirect, plan.StatusCode);

        // The authority records the grant decision with its PDF and approves.
        app.Clock.Set(new DateOnly(2029, 12, 15));
        var decision = await authority.SubmitWithFileAsync($"/verwaltung/projekte/{id}/bescheide", "form[enctype='multipart/form-data']", new()
        {
            ["Input.DecidedOn"] = "2029-12-15",
            ["Input.FileNumber"] = "48.01-DMR-2029-17",
            ["Input.MaxAmount"] = "80000",
            ["Input.PeriodStart"] = "2030-01-01",
            ["Input.PeriodEnd"] = "2031-06-30",
        }, "Input.Document", "Zuwendungsbescheid.pdf", Multipart.Pdf());
        Assert.Equal(HttpStatusCode.Redirect, decision.StatusCode);
        await StepAsync(authority, id, ProjectStatus.Approved);
        app.Clock.Set(new DateOnly(2030, 1, 5));
        await StepAsync(lead, id, ProjectStatus.Running);

        // A fund request: drafted and submitted by the lead, forwarded by the office, paid by the authority.
        var requests = $"/verwaltung/projekte/{id}/mittelabrufe";
        var draftResponse = await lead.SubmitFormAsync(requests, "form:has(input[name='Input.Amount'])", new()
        {
            ["Input.Amount"] = "25000",
            ["Input.NeededFrom"] = "2030-01-15",
            ["Input.NeededUntil"] = "2030-02-28",
            ["Input.Justification"] = "Rechnungen des Portal-Dienstleisters für Januar und Februar",
        });
        Assert.True(draftResponse.StatusCode == HttpStatusCode.Redirect, (await Html.ParseAsync(draftResponse)).Text("#fehler"));
        var requestId = await app.WithDbAsync(db => db.FundRequests.Where(r => r.ProjectId == id).Select(r => r.Id).SingleAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await lead.SubmitFormAsync(requests, $"form:has(input[name=requestId][value='{requestId}'])[action*=Submit]", [])).StatusCode);
        var board = await office.GetPageAsync("/verwaltung/fristen");
        Assert.Contains("Mittelabruf Nr. 1 über 25.000 € prüfen", board.Text());
        Assert.Equal(HttpStatusCode.Redirect, (await office.SubmitFormAsync(requests, "form[action*=Forward]", [])).StatusCode);
        app.Clock.Set(new DateOnly(2030, 1, 10));
        var payment = await authority.SubmitFormAsync(requests, "form[action*=Pay]", new() { ["Payment.PaidOn"] = "2030-01-10", ["Payment.Amount"] = "25000" });
        Assert.True(payment.StatusCode == HttpStatusCode.Redirect, (await Html.ParseAsync(payment)).Text("#fehler"));

        var publicPage = await app.Browser().GetPageAsync("/projekte/kita-anmeldung-online-im-kreis");
        Assert.Contains("80.000 €", publicPage.Text());
        Assert.Contains("25.000 €", publicPage.QuerySelector("aside")!.TextContent);
        Assert.Contains("31,2 % der Zuwendung", publicPage.Text());

        // Interim proof for 2030, due 30 April 2031: submitted by the lead, accepted by the authority.
        app.Clock.Set(new DateOnly(2031, 4, 20));
        var proofs = $"/verwaltung/projekte/{id}/nachweise";
        var started = await lead.SubmitFormAsync(proofs, "form[action*=Start]", []);
        var proofUrl = started.Headers.Location!.OriginalString;
        var submitted = await lead.PostAsSessionAsync(proofUrl + "?handler=Submit", new() { ["Input.Actual[0]"] = "30000", ["Input.Actual[1]"] = "10000", ["Input.NarrativeReport"] = "Portal im Aufbau.", ["Input.Version"] = await ProofVersionAsync(proofUrl) }, proofUrl);
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await authority.SubmitFormAsync(proofUrl, "form[action*=Review]", new() { ["reviewNote"] = "Zwischennachweis 2030 geprüft, ohne Beanstandung.", ["accept"] = "true" })).StatusCode);

        // End of the funding period, settlement request, final proof, audit, closure.
        app.Clock.Set(new DateOnly(2031, 7, 2));
        await StepAsync(office, id, ProjectStatus.FundingPeriodEnded);
        var finalStarted = await lead.SubmitFormAsync(proofs, "form[action*=Start]", []);
        var finalUrl = finalStarted.Headers.Location!.OriginalString;
        var finalSubmitted = await lead.PostAsSessionAsync(finalUrl + "?handler=Submit", new()
        {
            ["Input.Actual[0]"] = "73000",
            ["Input.Actual[1]"] = "26000",
            ["Input.NarrativeReport"] = "Die Kita-Anmeldung ist für alle Kommunen des Kreises online. Der Zweck ist erreicht.",
            ["Input.Version"] = await ProofVersionAsync(finalUrl),
        }, finalUrl);
        Assert.Equal(HttpStatusCode.Redirect, finalSubmitted.StatusCode);
        Assert.Equal(ProjectStatus.FinalProofSubmitted, await StatusAsync(id));
        var finalPage = await authority.GetPageAsync(finalUrl);
        Assert.Contains("Überschreitung über der Toleranz", finalPage.Text());
        Assert.Equal(HttpStatusCode.Redirect, (await authority.SubmitFormAsync(finalUrl, "form[action*=Review]", new() { ["reviewNote"] = "Prüfvermerk: Verwendung nachgewiesen; Mehrausgabe Personal durch Einsparung ausgeglichen.", ["accept"] = "true" })).StatusCode);
        Assert.Equal(ProjectStatus.Audited, await StatusAsync(id));
        await StepAsync(authority, id, ProjectStatus.Closed);

        var steps = await app.WithDbAsync(db => db.StatusChanges.Where(s => s.ProjectId == id).OrderBy(s => s.Id).Select(s => new { s.To, s.RecordedBy, s.Reason }).ToListAsync());
        Assert.Equal(
            [ProjectStatus.Idea, ProjectStatus.Consultation, ProjectStatus.BoardVote, ProjectStatus.ApplicationSubmitted, ProjectStatus.AdditionalInformationRequested,
             ProjectStatus.ApplicationSubmitted, ProjectStatus.Approved, ProjectStatus.Running, ProjectStatus.FundingPeriodEnded, ProjectStatus.FinalProofSubmitted,
             ProjectStatus.Audited, ProjectStatus.Closed],
            steps.Select(s => s.To).ToList());
        Assert.Equal(authorityEmail, steps[4].RecordedBy);
        Assert.Equal("Der Ratsbeschluss zum Eigenanteil fehlt.", steps[4].Reason);

        var closed = await app.Browser().GetPageAsync("/projekte/kita-anmeldung-online-im-kreis");
        Assert.Contains("Abgeschlossen", closed.QuerySelector(".lifecycle .is-current")!.TextContent);
        Assert.Contains("Nachforderung", closed.Text());
    }

    [Fact]
    public async Task A_forbidden_step_is_refused_in_plain_German_and_nothing_changes()
    {
        app.Clock.Set(new DateOnly(2030, 3, 1));
        var id = await app.RunningProjectAsync(10_000m, new DateOnly(2030, 1, 1), new DateOnly(2030, 12, 31));
        var slug = await app.WithDbAsync(db => db.Projects.Where(p => p.Id == id).Select(p => p.Slug).SingleAsync());
        var lead = await app.SignedInAsync(AppRole.ProjectLead, projectSlug: slug);
        var office = await app.SignedInAsync(AppRole.ProjectOffice, "owl");
        var url = $"/verwaltung/projekte/{id}/foerderung";

        var skip = await office.PostAsSessionAsync(url, new() { ["Input.To"] = ((int)ProjectStatus.Closed).ToString(System.Globalization.CultureInfo.InvariantCulture), ["Input.Version"] = await VersionAsync(id) });
        var wrongRole = await lead.PostAsSessionAsync(url, new() { ["Input.To"] = ((int)ProjectStatus.FundingPeriodEnded).ToString(System.Globalization.CultureInfo.InvariantCulture), ["Input.Version"] = await VersionAsync(id) });
        var tooEarly = await office.PostAsSessionAsync(url, new() { ["Input.To"] = ((int)ProjectStatus.FundingPeriodEnded).ToString(System.Globalization.CultureInfo.InvariantCulture), ["Input.Version"] = await VersionAsync(id) });
        var noReason = await office.PostAsSessionAsync(url, new() { ["Input.To"] = ((int)ProjectStatus.Withdrawn).ToString(System.Globalization.CultureInfo.InvariantCulture), ["Input.Version"] = await VersionAsync(id) });
        var stale = await office.PostAsSessionAsync(url, new() { ["Input.To"] = ((int)ProjectStatus.Withdrawn).ToString(System.Globalization.CultureInfo.InvariantCulture), ["Input.Reason"] = "Kein Bedarf mehr", ["Input.Version"] = "999" });

        Assert.Equal(HttpStatusCode.BadRequest, skip.StatusCode);
        Assert.Contains("Von „Laufend“ führt kein Schritt nach „Abgeschlossen“", await skip.BodyAsync());
        Assert.Equal(HttpStatusCode.Forbidden, wrongRole.StatusCode);
        Assert.Contains("darf nur das Projektbüro oder die Bewilligungsbehörde gehen", await wrongRole.BodyAsync());
        Assert.Equal(HttpStatusCode.BadRequest, tooEarly.StatusCode);
        Assert.Contains("endet erst am 31.12.2030", await tooEarly.BodyAsync());
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Contains("Bitte begründen Sie den Schritt", await noReason.BodyAsync());
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(ProjectStatus.Running, await StatusAsync(id));
    }

    private Task<ProjectStatus> StatusAsync(int id) => app.WithDbAsync(db => db.Projects.Where(p => p.Id == id).Select(p => p.Status).SingleAsync());

    private Task<string> VersionAsync(int id) => app.WithDbAsync(async db => (await db.Projects.Where(p => p.Id == id).Select(p => p.Version).SingleAsync()).ToString(System.Globalization.CultureInfo.InvariantCulture));

    private Task<string> ProofVersionAsync(string proofUrl)
    {
        var proofId = int.Parse(proofUrl[(proofUrl.LastIndexOf('/') + 1)..], System.Globalization.CultureInfo.InvariantCulture);
        return app.WithDbAsync(async db => (await db.Proofs.Where(p => p.Id == proofId).Select(p => p.Version).SingleAsync()).ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
