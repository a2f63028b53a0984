using System.Net;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Modellregion.Tests.Infrastructure;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Account;
using Modellregion.Web.Features.Funding;
using Modellregion.Web.Platform;

namespace Modellregion.Tests.Features.Funding;

/// <summary>Exports for the granting authority, the programme rules, and who may see and do what in the funding pages.</summary>
public sealed class ExportsAndRolesTests(FundingApp app) : IClassFixture<FundingApp>
{
    private async Task<int> ProjectWithPaymentAsync()
    {
        app.Clock.Set(new DateOnly(2030, 3, 1));
        var id = await app.RunningProjectAsync(1_234_567.89m, new DateOnly(2030, 1, 1), new DateOnly(2031, 12, 31));
        var slug = await app.WithDbAsync(db => db.Projects.Where(p => p.Id == id).Select(p => p.Slug).SingleAsync());
        var (lead, _) = await app.CreateUserAsync(AppRole.ProjectLead, projectSlug: slug);
        var (office, _) = await app.CreateUserAsync(AppRole.ProjectOffice, "owl");
        var requestId = await app.AsUserAsync(lead, async s =>
        {
            var requests = s.GetRequiredService<FundRequests>();
            var draft = Assert.IsType<Outcome.Saved>(await requests.SaveDraftAsync(id, null, new FundRequestInput { Amount = 10_000.5m, NeededFrom = new(2030, 3, 1), NeededUntil = new(2030, 4, 30), Justification = "Rechnungen März und April" }));
            Assert.IsType<Outcome.Saved>(await requests.SubmitAsync(id, draft.Id));
            return draft.Id;
        });
        await app.AsUserAsync(office, async s =>
        {
            var requests = s.GetRequiredService<FundRequests>();
            await requests.ForwardAsync(id, requestId);
            return await requests.RecordPaymentAsync(id, requestId, new PaymentInput { PaidOn = new(2030, 3, 1), Amount = 10_000.5m });
        });
        return id;
    }

    [Fact]
    public async Task Portfolio_and_fund_requests_export_as_xlsx_with_numbers_and_as_German_csv()
    {
        var id = await ProjectWithPaymentAsync();
        var title = await app.WithDbAsync(db => db.Projects.Where(p => p.Id == id).Select(p => p.Title).SingleAsync());
        var authority = await app.SignedInAsync(AppRole.GrantingAuthority, "owl");

        var csv = await authority.GetAsync("/verwaltung/export/portfolio.csv?region=owl");
        var csvText = await csv.BodyAsync();
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("Region;Projekt;Kurzadresse;Projektleitung;Stand;Aktenzeichen;Bewilligungszeitraum von;Bewilligungszeitraum bis;Geplante Ausgaben (€);Bewilligt (€)", csvText.TrimStart('\uFEFF'));
        var row = csvText.Split('\n').Single(l => l.Contains(title, StringComparison.Ordinal));
        Assert.Contains(";1.234.567,89;0,00;10.000,50;0,00;1.224.567,39", row);
        Assert.Contains(";01.01.2030;31.12.2031;", row);

        var xlsx = await authority.GetAsync("/verwaltung/export/mittelabrufe.xlsx");
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType?.MediaType);
        using var document = SpreadsheetDocument.Open(new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync()), false);
        var sheet = document.WorkbookPart!.WorksheetParts.Single().Worksheet;
        var rows = sheet.Descendants<Row>().ToList();
        var header = rows[0].Elements<Cell>().Select(c => c.InnerText).ToList();
        Assert.Equal(["Region", "Projekt", "Nr.", "Betrag (€)", "Benötigt ab", "Benötigt bis", "Schlussabrechnung", "Stand", "Eingereicht am", "Weitergeleitet am", "Ausgezahlt am", "Ausgezahlt (€)"], header);
        var data = rows.Single(r => r.Elements<Cell>().Any(c => c.InnerText == title)).Elements<Cell>().ToList();
        Assert.Equal("10000.5", data[3].CellValue?.Text);
        Assert.Equal(DocumentFormat.OpenXml.Spreadsheet.CellValues.Number, data[3].DataType?.Value);
        var moneyFormat = document.WorkbookPart.WorkbookStylesPart!.Stylesheet.NumberingFormats!.Elements<NumberingFormat>().Single(f => f.NumberFormatId!.Value == 164).FormatCode!.Value;
        Assert.Contains("€", moneyFormat);
        Assert.Equal(new DateTime(2030, 3, 1).ToOADate().ToString(System.Globalization.CultureInfo.InvariantCulture), data[10].CellValue?.Text);
    }

    [Theory]
    [InlineData(AppRole.ProjectLead, HttpStatusCode.Forbidden)]
    [InlineData(AppRole.ReadOnly, HttpStatusCode.OK)]
    [InlineData(AppRole.GrantingAuthority, HttpStatusCode.OK)]
    public async Task Exports_are_for_those_who_see_the_funding(AppRole role, HttpStatusCode expected)
    {
        var browser = role == AppRole.ProjectLead ? await app.SignedInAsync(role, projectSlug: "lorawan-2-0") : await app.SignedInAsync(role, "owl");

        Assert.Equal(expected, (await browser.GetAsync("/verwaltung/export/portfolio.xlsx")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await app.Browser().GetAsync("/verwaltung/export/portfolio.csv")).StatusCode);
        if (role == AppRole.GrantingAuthority)
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await browser.GetAsync("/verwaltung/export/portfolio.csv?region=aachen")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync("/verwaltung/export/geheim.csv")).StatusCode);
        }
    }

    public static TheoryData<string, string, HttpStatusCode> FundingPages()
    {
        var data = new TheoryData<string, string, HttpStatusCode>();
        foreach (var page in new[] { "foerderung", "finanzierungsplan", "bescheide", "mittelabrufe", "nachweise" })
        {
            data.Add($"/verwaltung/projekte/{{id}}/{page}", "lead", HttpStatusCode.OK);
            data.Add($"/verwaltung/projekte/{{id}}/{page}", "office", HttpStatusCode.OK);
            data.Add($"/verwaltung/projekte/{{id}}/{page}", "authority", HttpStatusCode.OK);
            data.Add($"/verwaltung/projekte/{{id}}/{page}", "reader", HttpStatusCode.OK);
            data.Add($"/verwaltung/projekte/{{id}}/{page}", "other-office", HttpStatusCode.Forbidden);
            data.Add($"/verwaltung/projekte/{{id}}/{page}", "other-lead", HttpStatusCode.Forbidden);
        }

        foreach (var page in new[] { "/verwaltung/fristen", "/verwaltung/finanzen" })
        {
            data.Add(page, "office", HttpStatusCode.OK);
            data.Add(page, "authority", HttpStatusCode.OK);
            data.Add(page, "reader", HttpStatusCode.OK);
        }

        // A project lead sees the deadlines of his projects, not the programme's money.
        data.Add("/verwaltung/fristen", "lead", HttpStatusCode.OK);
        data.Add("/verwaltung/finanzen", "lead", HttpStatusCode.Forbidden);

        data.Add("/verwaltung/programm", "admin", HttpStatusCode.OK);
        data.Add("/verwaltung/programm", "office", HttpStatusCode.Forbidden);
        data.Add("/verwaltung/programm", "authority", HttpStatusCode.Forbidden);
        return data;
    }

    [Theory]
    [MemberData(nameof(FundingPages))]
    public async Task Funding_pages_are_open_only_to_the_roles_allowed(string url, string who, HttpStatusCode expected)
    {
        var browser = who switch
        {
            "lead" => await app.SignedInAsync(AppRole.ProjectLead, projectSlug: "lorawan-2-0"),
            "other-lead" => await app.SignedInAsync(AppRole.ProjectLead, projectSlug: "theaterlytics"),
            "office" => await app.SignedInAsync(AppRole.ProjectOffice, "owl"),
            "other-office" => await app.SignedInAsync(AppRole.ProjectOffice, "aachen"),
            "authority" => await app.SignedInAsync(AppRole.GrantingAuthority, "owl"),
            "reader" => await app.SignedInAsync(AppRole.ReadOnly, "owl"),
            _ => await app.SignedInAsync(AppRole.Administrator),
        };

        var response = await browser.GetAsync(url.Replace("{id}", (await app.ProjectIdAsync("lorawan-2-0")).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task Only_the_office_or_authority_records_a_grant_decision_and_a_reader_changes_nothing()
    {
        var id = await app.ProjectIdAsync("lorawan-2-0");
        var lead = await app.SignedInAsync(AppRole.ProjectLead, projectSlug: "lorawan-2-0");
        var reader = await app.SignedInAsync(AppRole.ReadOnly, "owl");
        var before = await app.WithDbAsync(db => db.GrantDecisions.CountAsync(g => g.ProjectId == id));
        var version = await app.WithDbAsync(db => db.Projects.Where(p => p.Id == id).Select(p => p.Version).SingleAsync());
        var fields = new Dictionary<string, string> { ["Input.DecidedOn"] = "2022-01-01", ["Input.MaxAmount"] = "2000000", ["Input.PeriodStart"] = "2020-01-01", ["Input.PeriodEnd"] = "2023-04-30", ["Input.Reason"] = "Mehr Geld", ["Input.Version"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture) };

        Assert.Equal(HttpStatusCode.Forbidden, (await lead.PostAsSessionAsync($"/verwaltung/projekte/{id}/bescheide", fields)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await reader.PostAsSessionAsync($"/verwaltung/projekte/{id}/bescheide", fields)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await reader.PostAsSessionAsync($"/verwaltung/projekte/{id}/finanzierungsplan", new() { ["Input.RequestedGrant"] = "1", ["Input.Version"] = fields["Input.Version"] })).StatusCode);
        Assert.Equal(before, await app.WithDbAsync(db => db.GrantDecisions.CountAsync(g => g.ProjectId == id)));
    }

    [Fact]
    public async Task Administrator_changes_the_programme_rules_and_invalid_rules_are_refused()
    {
        var admin = await app.SignedInAsync(AppRole.Administrator);

        var invalidDay = await admin.SubmitFormAsync("/verwaltung/programm", "form.form-grid", new() { ["Input.InterimProofDueDay"] = "31", ["Input.InterimProofDueMonth"] = "4" });
        var invalidRate = await admin.SubmitFormAsync("/verwaltung/programm", "form.form-grid", new() { ["Input.MaxRateCompany"] = "120" });
        Assert.Equal(HttpStatusCode.BadRequest, invalidDay.StatusCode);
        Assert.Contains("Diesen Tag gibt es in dem Monat nicht.", await invalidDay.BodyAsync());
        Assert.Equal(HttpStatusCode.BadRequest, invalidRate.StatusCode);
        Assert.Contains("zwischen 0,01 und 100 %", await invalidRate.BodyAsync());

        // A number far beyond every limit gets the field's message, not an error of the validation (found by fuzzing).
        foreach (var field in new[] { "Input.PlanLineTolerancePercent", "Input.MaxRateMunicipality", "Input.ReminderDaysBefore" })
        {
            var huge = await admin.SubmitFormAsync("/verwaltung/programm", "form.form-grid", new() { [field] = "9223372036854775807" });
            Assert.Equal(HttpStatusCode.BadRequest, huge.StatusCode);
            Assert.Contains("kern-alert--danger", await huge.BodyAsync());
        }

        var saved = await admin.SubmitFormAsync("/verwaltung/programm", "form.form-grid", new() { ["Input.FundRequestHorizonMonths"] = "3", ["Input.InterimProofDueDay"] = "28", ["Input.InterimProofDueMonth"] = "2" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var rules = await app.WithDbAsync(db => db.Programmes.AsNoTracking().Where(p => p.Slug == "digitale-modellregionen-nrw").Select(p => p.Rules).SingleAsync());
        Assert.Equal((3, 28, 2), (rules.FundRequestHorizonMonths, rules.InterimProofDueDay, rules.InterimProofDueMonth));
        Assert.Equal(new DateOnly(2031, 2, 28), rules.InterimProofDue(2030));

        // Restore the defaults for the other tests in this class.
        await admin.SubmitFormAsync("/verwaltung/programm", "form.form-grid", new() { ["Input.FundRequestHorizonMonths"] = "2", ["Input.InterimProofDueDay"] = "30", ["Input.InterimProofDueMonth"] = "4" });
    }

    [Fact]
    public async Task The_chart_ends_at_the_approved_sum_of_the_table_also_with_decisions_known_without_a_date()
    {
        await ProjectWithPaymentAsync();
        var admin = await app.SignedInAsync(AppRole.Administrator);

        var page = await admin.GetPageAsync("/verwaltung/finanzen");

        var table = page.QuerySelector("#finanzen")!.ParentElement!;
        var approvedInTable = table.QuerySelectorAll("tfoot td")[2].TextContent.Trim();
        var chartTable = page.QuerySelector("#programm-tabelle")!.ParentElement!;
        var points = chartTable.QuerySelectorAll("tbody tr");
        var lastPoint = points[^1].QuerySelectorAll("td");
        Assert.Equal(approvedInTable, lastPoint[0].TextContent.Trim());
        Assert.True(await app.WithDbAsync(db => db.GrantDecisions.AnyAsync(g => g.DecidedOn == null && g.PeriodStart == null)));
        Assert.Contains("Bescheide ohne Datum zählen ab dem Beginn ihres Bewilligungszeitraums", page.Text());
    }

    [Fact]
    public async Task Each_programme_has_its_own_rules_and_its_projects_follow_them()
    {
        var slug = "zweites-programm-" + Guid.NewGuid().ToString("N")[..6];
        await app.WithDbAsync(async db =>
        {
            db.Programmes.Add(new Programme { Slug = slug, Name = "Zweites Programm " + slug });
            await db.SaveChangesAsync();
        });
        var admin = await app.SignedInAsync(AppRole.Administrator);

        var page = await admin.GetPageAsync($"/verwaltung/programm?programm={slug}");
        var saved = await admin.SubmitAsync(page, $"/verwaltung/programm?programm={slug}", "form.form-grid", new() { ["Input.DueSoonDays"] = "300" });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("Zweites Programm", page.Text());
        var rules = await app.WithDbAsync(db => db.Programmes.AsNoTracking().OrderBy(p => p.Id).Select(p => new { p.Slug, p.Rules.DueSoonDays }).ToListAsync());
        Assert.Equal(300, rules.Single(r => r.Slug == slug).DueSoonDays);
        Assert.Equal(new FundingRules().DueSoonDays, rules[0].DueSoonDays);

        // A project of the second programme whose period ends in 200 days is due soon by its programme's window, not the first one's.
        app.Clock.Set(new DateOnly(2030, 1, 10));
        var id = await app.RunningProjectAsync(10_000m, new DateOnly(2030, 1, 1), new DateOnly(2030, 7, 29));
        await app.WithDbAsync(async db =>
        {
            var project = await db.Projects.SingleAsync(p => p.Id == id);
            project.ProgrammeId = (await db.Programmes.SingleAsync(p => p.Slug == slug)).Id;
            await db.SaveChangesAsync();
        });
        var title = await app.WithDbAsync(db => db.Projects.Where(p => p.Id == id).Select(p => p.Title).SingleAsync());
        var deadlines = await admin.GetPageAsync("/verwaltung/fristen?region=owl");
        Assert.Contains(title, deadlines.QuerySelector("#tabelle-bald")?.ParentElement?.TextContent ?? deadlines.Text());
    }
}
