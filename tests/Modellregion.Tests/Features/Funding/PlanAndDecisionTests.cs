using System.Net;
using Microsoft.EntityFrameworkCore;
using Modellregion.Tests.Infrastructure;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Account;
using Modellregion.Web.Features.Projects;

namespace Modellregion.Tests.Features.Funding;

/// <summary>The financing plan must balance and respect the rate cap; grant decisions are checked and kept as versions.</summary>
public sealed class PlanAndDecisionTests(FundingApp app) : IClassFixture<FundingApp>
{
    private const string PlanForm = "form:has(input[name='Input.RequestedGrant'])";
    private const string DecisionForm = "form[enctype='multipart/form-data']";

    private async Task<(int Id, HttpClient Lead, HttpClient Authority)> ApplicationAsync(string? leadOrganisation = "kreis-paderborn")
    {
        app.Clock.Set(new DateOnly(2030, 1, 10));
        var slug = "antrag-" + Guid.NewGuid().ToString("N")[..8];
        var id = await app.WithDbAsync(async db =>
        {
            var region = await db.Regions.SingleAsync(r => r.Slug == "owl");
            var project = new Project { Slug = slug, Title = "Antrag " + slug, RegionId = region.Id, ProgrammeId = region.ProgrammeId, Status = ProjectStatus.ApplicationSubmitted };
            if (leadOrganisation is not null)
            {
                project.Partners.Add(new ProjectPartner { OrganisationId = (await db.Organisations.SingleAsync(o => o.Slug == leadOrganisation)).Id, Role = PartnerRole.Lead });
            }

            db.Projects.Add(project);
            await db.SaveChangesAsync();
            return project.Id;
        });
        return (id, await app.SignedInAsync(AppRole.ProjectLead, projectSlug: slug), await app.SignedInAsync(AppRole.GrantingAuthority, "owl"));
    }

    private static Dictionary<string, object?> Plan(string personnel, string material, string grant, string own, string? third = null) => new()
    {
        ["Input.Lines[0].Category"] = "1",
        ["Input.Lines[0].Description"] = "Projektstelle",
        ["Input.Lines[0].Amount"] = personnel,
        ["Input.Lines[1].Category"] = "2",
        ["Input.Lines[1].Description"] = "Sensoren",
        ["Input.Lines[1].Amount"] = material,
        ["Input.RequestedGrant"] = grant,
        ["Input.OwnContribution"] = own,
        ["Input.ThirdPartyFunds"] = third,
    };

    [Theory]
    [InlineData("60000", "40000", "80000", "10000", null, "nicht ausgeglichen")]
    [InlineData("60000", "40000", "85000", "15000", null, "übersteigt die Obergrenze von 80 %")]
    [InlineData("-60000", "40000", "80000", "20000", null, "nicht negativ")]
    [InlineData("60000,123", "40000", "80000", "20000", null, "höchstens zwei Nachkommastellen")]
    [InlineData("60000", "40000", "", "20000", null, "Bitte geben Sie die beantragte Zuwendung an.")]
    public async Task A_plan_that_does_not_balance_or_breaks_the_cap_is_refused(string personnel, string material, string grant, string own, string? third, string message)
    {
        var (id, lead, _) = await ApplicationAsync();

        var response = await lead.SubmitFormAsync($"/verwaltung/projekte/{id}/finanzierungsplan", PlanForm, Plan(personnel, material, grant, own, third));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, await response.BodyAsync());
        Assert.True(await app.WithDbAsync(db => db.Projects.Where(p => p.Id == id).Select(p => !p.Plan.Lines.Any()).SingleAsync()));
    }

    [Fact]
    public async Task A_company_is_capped_at_fifty_percent_and_a_balanced_plan_is_saved()
    {
        var (companyProject, companyLead, _) = await ApplicationAsync("rtb-gmbh");
        var (id, lead, _) = await ApplicationAsync();

        var capped = await companyLead.SubmitFormAsync($"/verwaltung/projekte/{companyProject}/finanzierungsplan", PlanForm, Plan("60000", "40000", "60000", "40000"));
        var saved = await lead.SubmitFormAsync($"/verwaltung/projekte/{id}/finanzierungsplan", PlanForm, Plan("60000", "40000", "75000", "20000", "5000"));

        Assert.Contains("Obergrenze von 50 % für Unternehmen", await capped.BodyAsync());
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var page = await lead.GetPageAsync($"/verwaltung/projekte/{id}/finanzierungsplan");
        Assert.Contains("75 %", page.Text());
        Assert.Contains("ausgeglichen", page.Text());
    }

    public static TheoryData<Dictionary<string, string>, string> InvalidDecisions() => new()
    {
        { new() { ["Input.PeriodStart"] = "2031-01-01", ["Input.PeriodEnd"] = "2030-12-31" }, "nicht vor seinem Beginn" },
        { new() { ["Input.MaxAmount"] = "-1" }, "nicht negativ" },
        { new() { ["Input.MaxAmount"] = "1000,001" }, "höchstens zwei Nachkommastellen" },
        { new() { ["Input.FundingRatePercent"] = "85" }, "übersteigt die Obergrenze von 80 %" },
        { new() { ["Input.DecidedOn"] = "2030-02-01" }, "nicht in der Zukunft" },
        { new() { ["Input.DecidedOn"] = "" }, "Bitte geben Sie das Datum des Bescheids an." },
        { new() { ["Input.PeriodEnd"] = "9999-12-31" }, "Ein Bewilligungszeitraum dauert höchstens 10 Jahre" },
        { new() { ["Input.PeriodStart"] = "9990-01-01", ["Input.PeriodEnd"] = "9999-12-31" }, "höchstens 5 Jahre vor oder nach dem Datum des Bescheids" },
    };

    [Theory]
    [MemberData(nameof(InvalidDecisions))]
    public async Task An_invalid_grant_decision_is_refused_and_nothing_is_stored(Dictionary<string, string> values, string message)
    {
        var (id, _, authority) = await ApplicationAsync();
        var fields = new Dictionary<string, string> { ["Input.DecidedOn"] = "2030-01-05", ["Input.MaxAmount"] = "80000", ["Input.PeriodStart"] = "2030-01-01", ["Input.PeriodEnd"] = "2030-12-31" };
        foreach (var (key, value) in values)
        {
            fields[key] = value;
        }

        var response = await authority.SubmitWithFileAsync($"/verwaltung/projekte/{id}/bescheide", DecisionForm, fields, "Input.Document", "bescheid.pdf", Multipart.Pdf());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, await response.BodyAsync());
        Assert.Equal(0, await app.WithDbAsync(db => db.GrantDecisions.CountAsync(g => g.ProjectId == id)));
        Assert.Equal(0, await app.WithDbAsync(db => db.Files.CountAsync()) - await app.WithDbAsync(db => db.GrantDecisions.CountAsync(g => g.DocumentId != null)));
    }

    [Theory]
    [InlineData("bescheid.pdf", "Das ist kein PDF, nur Text mit falscher Endung.", "kein PDF-Dokument")]
    [InlineData("bild.pdf", "\u0089PNG\r\n\u001a\n", "kein PDF-Dokument")]
    public async Task A_document_that_is_not_a_PDF_by_its_bytes_is_refused(string name, string content, string message)
    {
        var (id, _, authority) = await ApplicationAsync();

        var response = await authority.SubmitWithFileAsync($"/verwaltung/projekte/{id}/bescheide", DecisionForm,
            new() { ["Input.DecidedOn"] = "2030-01-05", ["Input.MaxAmount"] = "80000", ["Input.PeriodStart"] = "2030-01-01", ["Input.PeriodEnd"] = "2030-12-31" },
            "Input.Document", name, System.Text.Encoding.Latin1.GetBytes(content));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, await response.BodyAsync());
        Assert.Equal(0, await app.WithDbAsync(db => db.GrantDecisions.CountAsync(g => g.ProjectId == id)));
    }

    [Fact]
    public async Task A_document_over_the_size_limit_is_refused()
    {
        var (id, _, authority) = await ApplicationAsync();
        var big = new byte[(20 * 1024 * 1024) + 1];
        Multipart.Pdf().CopyTo(big, 0);

        var response = await authority.SubmitWithFileAsync($"/verwaltung/projekte/{id}/bescheide", DecisionForm,
            new() { ["Input.DecidedOn"] = "2030-01-05", ["Input.MaxAmount"] = "80000", ["Input.PeriodStart"] = "2030-01-01", ["Input.PeriodEnd"] = "2030-12-31" },
            "Input.Document", "gross.pdf", big);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Die Datei ist zu groß", await response.BodyAsync());
    }

    [Fact]
    public async Task An_amendment_is_a_new_version_earlier_ones_stay_readable_and_the_diff_shows_the_change()
    {
        var (id, lead, authority) = await ApplicationAsync();
        await lead.SubmitFormAsync($"/verwaltung/projekte/{id}/finanzierungsplan", PlanForm, Plan("60000", "40000", "80000", "20000"));
        var first = await authority.SubmitWithFileAsync($"/verwaltung/projekte/{id}/bescheide", DecisionForm,
            new() { ["Input.DecidedOn"] = "2030-01-05", ["Input.FileNumber"] = "48.01-1", ["Input.MaxAmount"] = "80000", ["Input.PeriodStart"] = "2030-01-01", ["Input.PeriodEnd"] = "2030-12-31" },
            "Input.Document", "bescheid.pdf", Multipart.Pdf());
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        await app.WithDbAsync(async db =>
        {
            var project = await db.Projects.SingleAsync(p => p.Id == id);
            project.Status = ProjectStatus.Running;
            await db.SaveChangesAsync();
        });

        var noReason = await authority.SubmitWithFileAsync($"/verwaltung/projekte/{id}/bescheide", DecisionForm,
            new() { ["Input.DecidedOn"] = "2030-01-08", ["Input.MaxAmount"] = "80000", ["Input.PeriodStart"] = "2030-01-01", ["Input.PeriodEnd"] = "2031-06-30" },
            "Input.Document", "aenderung.pdf", Multipart.Pdf());
        var amendment = await authority.SubmitWithFileAsync($"/verwaltung/projekte/{id}/bescheide", DecisionForm,
            new() { ["Input.DecidedOn"] = "2030-01-08", ["Input.MaxAmount"] = "80000", ["Input.PeriodStart"] = "2030-01-01", ["Input.PeriodEnd"] = "2031-06-30", ["Input.Reason"] = "Mehr Zeit: Lieferverzug der Sensoren" },
            "Input.Document", "aenderung.pdf", Multipart.Pdf());

        Assert.Contains("was der Änderungsbescheid ändert", await noReason.BodyAsync());
        Assert.Equal(HttpStatusCode.Redirect, amendment.StatusCode);
        var page = await authority.GetPageAsync($"/verwaltung/projekte/{id}/bescheide?a=1&b=2");
        Assert.Contains("1. Änderungsbescheid (gilt)", page.Text());
        Assert.Contains("Zuwendungsbescheid", page.Text());
        var changed = page.QuerySelectorAll(".diff tbody tr").Where(r => r.TextContent.Contains("geändert", StringComparison.Ordinal)).Select(r => r.QuerySelector("th")!.TextContent).ToList();
        Assert.Contains(changed, c => c.StartsWith("Bewilligungszeitraum", StringComparison.Ordinal));
        Assert.DoesNotContain(changed, c => c.StartsWith("Höchstbetrag", StringComparison.Ordinal));
        var documents = page.QuerySelectorAll("a[href^='/verwaltung/dateien/']").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Equal(2, documents.Count);
        var download = await authority.GetAsync(documents[0]);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.SignedInAsync(AppRole.ProjectOffice, "aachen")).GetAsync(documents[0])).StatusCode);
    }

    [Fact]
    public async Task Without_a_grant_recipient_neither_a_plan_nor_a_decision_is_saved()
    {
        var (id, lead, authority) = await ApplicationAsync(leadOrganisation: null);

        var plan = await lead.SubmitFormAsync($"/verwaltung/projekte/{id}/finanzierungsplan", PlanForm, Plan("60000", "40000", "80000", "20000"));
        var decision = await authority.SubmitWithFileAsync($"/verwaltung/projekte/{id}/bescheide", DecisionForm,
            new() { ["Input.DecidedOn"] = "2030-01-05", ["Input.MaxAmount"] = "80000", ["Input.FundingRatePercent"] = "95", ["Input.PeriodStart"] = "2030-01-01", ["Input.PeriodEnd"] = "2030-12-31" },
            "Input.Document", "bescheid.pdf", Multipart.Pdf());

        Assert.Equal(HttpStatusCode.BadRequest, plan.StatusCode);
        Assert.Contains("kein Zuwendungsempfänger", await plan.BodyAsync());
        Assert.Equal(HttpStatusCode.BadRequest, decision.StatusCode);
        Assert.Contains("kein Zuwendungsempfänger", await decision.BodyAsync());
        Assert.True(await app.WithDbAsync(db => db.Projects.Where(p => p.Id == id).Select(p => !p.Plan.Lines.Any() && p.Plan.RequestedGrant == null).SingleAsync()));
        Assert.Equal(0, await app.WithDbAsync(db => db.GrantDecisions.CountAsync(g => g.ProjectId == id)));
    }

    [Fact]
    public async Task A_plan_line_error_names_the_field_in_German()
    {
        var (id, lead, _) = await ApplicationAsync();
        var values = Plan("60000", "40000", "80000", "20000");
        values["Input.Lines[1].Amount"] = "viel";

        var response = await lead.SubmitFormAsync($"/verwaltung/projekte/{id}/finanzierungsplan", PlanForm, values);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await Html.ParseAsync(response)).Text();
        Assert.Contains("„Betrag“", errors);
        Assert.DoesNotContain("Amount", errors);
    }

    [Fact]
    public async Task A_document_far_over_the_size_limit_gets_the_size_message_not_a_bare_error()
    {
        var (id, _, authority) = await ApplicationAsync();
        var huge = new byte[29 * 1024 * 1024];
        Multipart.Pdf().CopyTo(huge, 0);

        var response = await authority.SubmitWithFileAsync($"/verwaltung/projekte/{id}/bescheide", DecisionForm,
            new() { ["Input.DecidedOn"] = "2030-01-05", ["Input.MaxAmount"] = "80000", ["Input.PeriodStart"] = "2030-01-01", ["Input.PeriodEnd"] = "2030-12-31" },
            "Input.Document", "riesig.pdf", huge);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Die Datei ist zu groß", await response.BodyAsync());
        Assert.Equal(0, await app.WithDbAsync(db => db.GrantDecisions.CountAsync(g => g.ProjectId == id)));
    }

    [Fact]
    public async Task The_amendment_form_marks_its_reason_as_required()
    {
        var (id, lead, authority) = await ApplicationAsync();
        await lead.SubmitFormAsync($"/verwaltung/projekte/{id}/finanzierungsplan", PlanForm, Plan("60000", "40000", "80000", "20000"));
        await authority.SubmitWithFileAsync($"/verwaltung/projekte/{id}/bescheide", DecisionForm,
            new() { ["Input.DecidedOn"] = "2030-01-05", ["Input.MaxAmount"] = "80000", ["Input.PeriodStart"] = "2030-01-01", ["Input.PeriodEnd"] = "2030-12-31" },
            "Input.Document", "bescheid.pdf", Multipart.Pdf());
        await app.WithDbAsync(async db =>
        {
            var project = await db.Projects.SingleAsync(p => p.Id == id);
            project.Status = ProjectStatus.Running;
            await db.SaveChangesAsync();
        });

        var page = await authority.GetPageAsync($"/verwaltung/projekte/{id}/bescheide");

        var label = page.QuerySelector("label[for='Input_Reason']")!;
        Assert.StartsWith("Was ändert sich und warum", label.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("optional", label.TextContent, StringComparison.Ordinal);
        Assert.Equal("true", page.QuerySelector("#Input_Reason")!.GetAttribute("aria-required"));
    }
}
