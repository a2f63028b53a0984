using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Modellregion.Tests.Infrastructure;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Account;
using Modellregion.Web.Features.Funding;
using Modellregion.Web.Features.Projects;
using Modellregion.Web.Platform;

namespace Modellregion.Tests.Features.Funding;

/// <summary>
/// A second programme with rules of its own, set up in the back office next to the NRW programme, with its region,
/// board and a project that goes from the idea to the closed grant. Neither programme's rules, figures or deadlines
/// leak into the other.
/// </summary>
public sealed class SecondProgrammeScenarioTests(FundingApp app) : IClassFixture<FundingApp>
{
    private const string Form = "form.form-grid";
    private const string Programme = "digitale-doerfer-westpfalz";

    private static async Task StepAsync(HttpClient browser, int id, ProjectStatus to)
    {
        var response = await browser.SubmitFormAsync($"/verwaltung/projekte/{id}/foerderung", Form, new()
        {
            ["Input.To"] = ((int)to).ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"Schritt nach {to}: {(int)response.StatusCode}\n{(await Html.ParseAsync(response)).Text("#fehler")}");
    }

    [Fact]
    public async Task A_second_programme_runs_a_project_through_the_lifecycle_by_its_own_rules_without_touching_the_NRW_programme()
    {
        app.Clock.Set(new DateOnly(2029, 11, 2));
        var admin = await app.SignedInAsync(AppRole.Administrator);

        // The administrator sets up programme, region and board in the back office.
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitFormAsync("/verwaltung/programme/neu", Form, new()
        {
            ["Input.Name"] = "Digitale Dörfer Westpfalz",
            ["Input.Slug"] = Programme,
            ["Input.Funder"] = "Ministerium des Innern und für Sport Rheinland-Pfalz",
            ["Input.StartsOn"] = "2029-01-01",
            ["Input.EndsOn"] = "2032-12-31",
            ["Rules.MaxRateMunicipality"] = "60",
            ["Rules.FundRequestHorizonMonths"] = "3",
            ["Rules.FinalProofMonths"] = "4",
            ["Rules.InterimProofDueDay"] = "31",
            ["Rules.InterimProofDueMonth"] = "3",
        })).StatusCode);
        var programmeId = await app.WithDbAsync(db => db.Programmes.Where(p => p.Slug == Programme).Select(p => p.Id).SingleAsync());
        var region = await admin.SubmitFormAsync($"/verwaltung/regionen/neu?programm={Programme}", Form, new()
        {
            ["Input.Name"] = "Digitale Modellregion Westpfalz",
            ["Input.ShortName"] = "Westpfalz",
            ["Input.LeadMunicipality"] = "07312000",
            ["Input.PartnerMunicipalities[0]"] = "Enkenbach-Alsenborn",
            ["Input.GrantingAuthority"] = "Aufsichts- und Dienstleistungsdirektion Trier",
            ["Input.OfficeName"] = "Projektbüro Westpfalz",
        });
        Assert.True(region.StatusCode == HttpStatusCode.Redirect, (await Html.ParseAsync(region)).Text("#fehler"));
        Assert.Equal(programmeId, await app.WithDbAsync(db => db.Regions.Where(r => r.Slug == "westpfalz").Select(r => r.ProgrammeId).SingleAsync()));
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitFormAsync("/verwaltung/digitalboard/gremien?region=westpfalz", Form, new() { ["Input.Name"] = "Digitalboard Westpfalz" })).StatusCode);

        var office = await app.SignedInAsync(AppRole.ProjectOffice, "westpfalz");
        var (authorityEmail, authorityPassword) = await app.CreateUserAsync(AppRole.GrantingAuthority, "westpfalz", name: "ADD Trier");
        var authority = await app.SignInAsync(authorityEmail, authorityPassword);

        // The NRW programme's project, running in OWL with the same funding period.
        var nrwId = await app.RunningProjectAsync(100_000m, new DateOnly(2030, 1, 1), new DateOnly(2031, 6, 30), "nrw-vergleich");
        var (nrwLead, _) = await app.CreateUserAsync(AppRole.ProjectLead, projectSlug: "nrw-vergleich");

        // Idea: the office of the new region records it; the new municipality organisation leads it.
        Assert.Equal(HttpStatusCode.Redirect, (await office.SubmitFormAsync("/verwaltung/projekte/neu", "form[method=post].form-grid", new() { ["Input.Title"] = "Dorf-App Westpfalz" })).StatusCode);
        var id = await app.ProjectIdAsync("dorf-app-westpfalz");
        Assert.Equal(programmeId, await app.WithDbAsync(db => db.Projects.Where(p => p.Id == id).Select(p => p.ProgrammeId).SingleAsync()));
        var participants = $"/verwaltung/projekte/{id}/beteiligte";
        var search = await office.GetPageAsync(participants + "?suche=Stadt%20Kaiserslautern");
        Assert.Equal(HttpStatusCode.Redirect, (await office.SubmitAsync(search, participants, "form:has(input[name=organisationId])", new() { ["role"] = "1" })).StatusCode);
        var (leadEmail, leadPassword) = await app.CreateUserAsync(AppRole.ProjectLead, projectSlug: "dorf-app-westpfalz", name: "Lena Leitung");
        var lead = await app.SignInAsync(leadEmail, leadPassword);

        await StepAsync(office, id, ProjectStatus.Consultation);
        await StepAsync(office, id, ProjectStatus.BoardVote);
        await StepAsync(lead, id, ProjectStatus.ApplicationSubmitted);

        // The financing plan follows this programme's cap of 60 % for municipalities (the NRW cap would allow 70 %).
        var planUrl = $"/verwaltung/projekte/{id}/finanzierungsplan";
        var plan = new Dictionary<string, object?>
        {
            ["Input.Lines[0].Category"] = "1",
            ["Input.Lines[0].Description"] = "Projektstelle",
            ["Input.Lines[0].Amount"] = "60000",
            ["Input.Lines[1].Category"] = "4",
            ["Input.Lines[1].Description"] = "App-Entwicklung",
            ["Input.Lines[1].Amount"] = "40000",
            ["Input.RequestedGrant"] = "70000",
            ["Input.OwnContribution"] = "30000",
        };
        var tooHigh = await lead.SubmitFormAsync(planUrl, "form:has(input[name='Input.RequestedGrant'])", plan);
        Assert.Equal(HttpStatusCode.BadRequest, tooHigh.StatusCode);
        Assert.Contains("übersteigt die Obergrenze von 60 %", (await Html.ParseAsync(tooHigh)).Text("#fehler"));
        plan["Input.RequestedGrant"] = "60000";
        plan["Input.OwnContribution"] = "40000";
        Assert.Equal(HttpStatusCode.Redirect, (await lead.SubmitFormAsync(planUrl, "form:has(input[name='Input.RequestedGrant'])", plan)).StatusCode);

        app.Clock.Set(new DateOnly(2029, 12, 15));
        var decision = await authority.SubmitWithFileAsync($"/verwaltung/projekte/{id}/bescheide", "form[enctype='multipart/form-data']", new()
        {
            ["Input.DecidedOn"] = "2029-12-15",
            ["Input.FileNumber"] = "ADD-DD-2029-3",
            ["Input.MaxAmount"] = "60000",
            ["Input.PeriodStart"] = "2030-01-01",
            ["Input.PeriodEnd"] = "2031-06-30",
        }, "Input.Document", "Zuwendungsbescheid.pdf", Multipart.Pdf());
        Assert.Equal(HttpStatusCode.Redirect, decision.StatusCode);
        await StepAsync(authority, id, ProjectStatus.Approved);
        app.Clock.Set(new DateOnly(2030, 1, 5));
        await StepAsync(lead, id, ProjectStatus.Running);

        // A fund request for money needed within three months: this programme allows it, the NRW rules (two months) do not.
        var requests = $"/verwaltung/projekte/{id}/mittelabrufe";
        var draft = await lead.SubmitFormAsync(requests, "form:has(input[name='Input.Amount'])", new()
        {
            ["Input.Amount"] = "25000",
            ["Input.NeededFrom"] = "2030-01-15",
            ["Input.NeededUntil"] = "2030-04-04",
            ["Input.Justification"] = "Rechnungen der App-Entwicklung bis Anfang April",
        });
        Assert.True(draft.StatusCode == HttpStatusCode.Redirect, (await Html.ParseAsync(draft)).Text("#fehler"));
        var requestId = await app.WithDbAsync(db => db.FundRequests.Where(r => r.ProjectId == id).Select(r => r.Id).SingleAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await lead.SubmitFormAsync(requests, $"form:has(input[name=requestId][value='{requestId}'])[action*=Submit]", [])).StatusCode);
        var nrwRequest = await app.AsUserAsync(nrwLead, async services =>
        {
            var fundRequests = services.GetRequiredService<FundRequests>();
            var saved = Assert.IsType<Outcome.Saved>(await fundRequests.SaveDraftAsync(nrwId, null, new FundRequestInput { Amount = 25_000m, NeededFrom = new(2030, 1, 15), NeededUntil = new(2030, 4, 4), Justification = "Gleicher Bedarf" }));
            return await fundRequests.SubmitAsync(nrwId, saved.Id);
        });
        Assert.Contains("innerhalb von 2 Monaten", string.Join(" ", Assert.IsType<Outcome.Invalid>(nrwRequest).Errors.SelectMany(e => e.Value)));

        // Each region's deadlines board shows its own requests only.
        var ownBoard = await office.GetPageAsync("/verwaltung/fristen");
        Assert.Contains("Mittelabruf Nr. 1 über 25.000 € prüfen", ownBoard.Text());
        Assert.DoesNotContain("nrw-vergleich", ownBoard.Text());
        var owlOffice = await app.SignedInAsync(AppRole.ProjectOffice, "owl");
        Assert.DoesNotContain("Dorf-App Westpfalz", (await owlOffice.GetPageAsync("/verwaltung/fristen")).Text());

        Assert.Equal(HttpStatusCode.Redirect, (await office.SubmitFormAsync(requests, "form[action*=Forward]", [])).StatusCode);
        app.Clock.Set(new DateOnly(2030, 1, 10));

        // A payment date at the end of the calendar (found by the fuzzing) is refused in German, not a 500.
        var lastDay = await authority.SubmitFormAsync(requests, "form[action*=Pay]", new() { ["Payment.PaidOn"] = "9999-12-31", ["Payment.Amount"] = "25000" });
        Assert.Equal(HttpStatusCode.BadRequest, lastDay.StatusCode);
        Assert.Contains("Zukunft", (await Html.ParseAsync(lastDay)).Text("#fehler"));

        var payment = await authority.SubmitFormAsync(requests, "form[action*=Pay]", new() { ["Payment.PaidOn"] = "2030-01-10", ["Payment.Amount"] = "25000" });
        Assert.True(payment.StatusCode == HttpStatusCode.Redirect, (await Html.ParseAsync(payment)).Text("#fehler"));

        // Proofs fall due by this programme's dates: the interim proof on 31 March, the final proof four months after the period.
        var proofs = $"/verwaltung/projekte/{id}/nachweise";
        var dueDates = (await lead.GetPageAsync(proofs)).Text();
        Assert.Contains("31.03.2031", dueDates);
        Assert.Contains("31.10.2031", dueDates);
        var nrwDueDates = (await admin.GetPageAsync($"/verwaltung/projekte/{nrwId}/nachweise")).Text();
        Assert.Contains("30.04.2031", nrwDueDates);
        Assert.Contains("31.12.2031", nrwDueDates);

        // Due soon by its own rules: in March 2031 the interim proof of the new project, not the NRW one (due 30 April).
        app.Clock.Set(new DateOnly(2031, 3, 1));
        var soon = await admin.GetPageAsync("/verwaltung/fristen?region=westpfalz");
        Assert.Contains("Zwischennachweis 2030", soon.Text());
        Assert.Contains("31.03.2031", soon.Text());
        Assert.DoesNotContain("nrw-vergleich", (await admin.GetPageAsync("/verwaltung/fristen?region=westpfalz")).Text());
        Assert.DoesNotContain("31.03.2031", (await admin.GetPageAsync("/verwaltung/fristen?region=owl")).Text());

        app.Clock.Set(new DateOnly(2031, 3, 20));
        var started = await lead.SubmitFormAsync(proofs, "form[action*=Start]", []);
        var proofUrl = started.Headers.Location!.OriginalString;
        Assert.Equal(HttpStatusCode.Redirect, (await lead.PostAsSessionAsync(proofUrl + "?handler=Submit", new() { ["Input.Actual[0]"] = "20000", ["Input.Actual[1]"] = "10000", ["Input.NarrativeReport"] = "App im Aufbau.", ["Input.Version"] = await ProofVersionAsync(proofUrl) }, proofUrl)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await authority.SubmitFormAsync(proofUrl, "form[action*=Review]", new() { ["reviewNote"] = "Zwischennachweis geprüft.", ["accept"] = "true" })).StatusCode);

        // After the period: the final proof is due by 31 October 2031 here, by 31 December 2031 under the NRW rules.
        app.Clock.Set(new DateOnly(2031, 7, 2));
        await StepAsync(office, id, ProjectStatus.FundingPeriodEnded);
        IReadOnlyList<Deadline> open;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            open = await scope.ServiceProvider.GetRequiredService<Deadlines>().OpenAsync(null);
        }

        Assert.Equal(new DateOnly(2031, 10, 31), open.Single(d => d.ProjectId == id && d.Kind == DeadlineKind.FinalProof).DueOn);
        Assert.Equal(new DateOnly(2031, 12, 31), open.Single(d => d.ProjectId == nrwId && d.Kind == DeadlineKind.FinalProof).DueOn);

        var finalStarted = await lead.SubmitFormAsync(proofs, "form[action*=Start]", []);
        var finalUrl = finalStarted.Headers.Location!.OriginalString;
        Assert.Equal(HttpStatusCode.Redirect, (await lead.PostAsSessionAsync(finalUrl + "?handler=Submit", new()
        {
            ["Input.Actual[0]"] = "60000",
            ["Input.Actual[1]"] = "40000",
            ["Input.NarrativeReport"] = "Die Dorf-App läuft in allen Ortsgemeinden. Der Zweck ist erreicht.",
            ["Input.Version"] = await ProofVersionAsync(finalUrl),
        }, finalUrl)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await authority.SubmitFormAsync(finalUrl, "form[action*=Review]", new() { ["reviewNote"] = "Verwendung nachgewiesen.", ["accept"] = "true" })).StatusCode);
        await StepAsync(authority, id, ProjectStatus.Closed);
        Assert.Equal(ProjectStatus.Closed, await app.WithDbAsync(db => db.Projects.Where(p => p.Id == id).Select(p => p.Status).SingleAsync()));

        // Public figures: each programme counts its own regions, projects and money.
        var own = await app.Browser().GetPageAsync($"/programme/{Programme}");
        var ownFigures = Figures(own);
        Assert.Equal(["1", "1", "60.000 €", "25.000 €", "1", "2"], ownFigures);
        var nrw = await app.Browser().GetPageAsync("/programme/digitale-modellregionen-nrw");
        var (nrwProjects, nrwApproved) = await app.WithDbAsync(async db =>
        {
            var published = db.Projects.Where(p => p.IsPublished && p.Programme!.Slug == "digitale-modellregionen-nrw" && !p.Region!.IsExample);
            return (await published.CountAsync(), await published.SumAsync(p => p.ApprovedGrant) ?? 0m);
        });
        var nrwFigures = Figures(nrw);
        Assert.Equal(["5", nrwProjects.ToString(System.Globalization.CultureInfo.InvariantCulture), Formatting.EuroShort(nrwApproved), "0 €"], nrwFigures.Take(4).ToList());
        Assert.Contains("nächsten 2 Monate", nrw.Text());
        Assert.Contains("nächsten 3 Monate", own.Text());

        // The start page summarises both; lists and the API filter by programme.
        var start = await app.Browser().GetPageAsync("/");
        Assert.Contains("Digitale Dörfer Westpfalz", start.Text());
        Assert.Contains("Digitale Modellregionen in NRW", start.Text());
        var list = await app.Browser().GetPageAsync($"/projekte?programm={Programme}");
        Assert.Contains("1 Projekt gefunden", list.Text());
        Assert.Contains("Dorf-App Westpfalz", list.Text());
        Assert.DoesNotContain("Dorf-App Westpfalz", (await app.Browser().GetPageAsync("/projekte?programm=digitale-modellregionen-nrw&q=Dorf")).Text());
        Assert.Contains("0 Lösungen gefunden", (await app.Browser().GetPageAsync($"/loesungen?programm={Programme}")).Text("#ergebnis-titel"));
        async Task<int> SolutionsAsync(string query) =>
            int.Parse(System.Text.RegularExpressions.Regex.Match((await app.Browser().GetPageAsync("/loesungen" + query)).Text("#ergebnis-titel"), @"\d+").Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(await SolutionsAsync(""), await SolutionsAsync("?programm=digitale-modellregionen-nrw") + await SolutionsAsync("?programm=uebungsprogramm"));
        using var api = JsonDocument.Parse(await (await app.Browser().GetAsync($"/api/v1/projects?programme={Programme}")).BodyAsync());
        Assert.Equal(1, api.RootElement.GetProperty("totalCount").GetInt32());
        Assert.Equal("dorf-app-westpfalz", api.RootElement.GetProperty("items")[0].GetProperty("slug").GetString());
    }

    private static List<string> Figures(AngleSharp.Html.Dom.IHtmlDocument page) =>
        [.. page.QuerySelectorAll("section[aria-labelledby=zahlen] .figure__value").Select(e => e.TextContent.Trim())];

    private Task<string> ProofVersionAsync(string proofUrl)
    {
        var proofId = int.Parse(proofUrl[(proofUrl.LastIndexOf('/') + 1)..], System.Globalization.CultureInfo.InvariantCulture);
        return app.WithDbAsync(async db => (await db.Proofs.Where(p => p.Id == proofId).Select(p => p.Version).SingleAsync()).ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
