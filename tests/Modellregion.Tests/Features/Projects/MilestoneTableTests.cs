using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Text;
using AngleSharp.Html.Dom;
using CsvHelper;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.EntityFrameworkCore;
using Modellregion.Tests.Infrastructure;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Account;
using Modellregion.Web.Features.Audit;
using Modellregion.Web.Features.Projects;
using Modellregion.Web.Platform;

namespace Modellregion.Tests.Features.Projects;

/// <summary>
/// Progress updates as a table: the office or a project lead downloads the milestones as XLSX or CSV, changes them,
/// uploads the file, sees a preview of every change (nothing stored) and confirms (stored through ManageMilestones,
/// audited, all or nothing).
/// </summary>
public sealed class MilestoneTableTests(ModellregionApp app) : IClassFixture<ModellregionApp>
{
    private const string Url = "/verwaltung/projekte/meilensteine-tabelle";

    [Fact]
    public async Task Office_downloads_the_real_demo_milestones_as_csv_and_xlsx_with_German_headers()
    {
        var office = await app.SignedInAsync(AppRole.ProjectOffice, "owl");
        var projectId = await app.ProjectIdAsync("theaterlytics");
        var demo = await app.WithDbAsync(db => db.Milestones.AsNoTracking().Where(m => m.ProjectId == projectId).OrderBy(m => m.SortOrder).ToListAsync());
        Assert.NotEmpty(demo);

        var csvResponse = await office.GetAsync($"{Url}?handler=Download&format=csv&region=owl");
        Assert.Equal(HttpStatusCode.OK, csvResponse.StatusCode);
        Assert.Equal("text/csv", csvResponse.Content.Headers.ContentType?.MediaType);
        var csvBytes = await csvResponse.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, csvBytes[..3]);
        var csv = ReadCsv(csvBytes);
        Assert.Equal(MilestoneSheet.Columns, csv[0]);
        Assert.Equal("Projekt (Kurzadresse)", csv[0][0]);
        foreach (var milestone in demo)
        {
            var row = csv.Single(r => r[4] == milestone.Id.ToString(CultureInfo.InvariantCulture));
            Assert.Equal("theaterlytics", row[0]);
            Assert.Equal(milestone.Title, row[5]);
            Assert.Equal(milestone.DueOn?.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture) ?? "", row[7]);
            Assert.Equal(milestone.IsCompleted ? "ja" : "nein", row[8]);
            Assert.Equal(milestone.Version.ToString(CultureInfo.InvariantCulture), row[10]);
        }

        var xlsxResponse = await office.GetAsync($"{Url}?handler=Download&format=xlsx");
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsxResponse.Content.Headers.ContentType?.MediaType);
        var xlsx = ReadXlsx(await xlsxResponse.Content.ReadAsByteArrayAsync());
        Assert.Equal(MilestoneSheet.Columns, xlsx[0]);
        var first = xlsx.Single(r => r.Count > 4 && r[4] == demo[0].Id.ToString(CultureInfo.InvariantCulture));
        Assert.Equal(demo[0].Title, first[5]);
        Assert.Equal("theaterlytics", first[0]);

        // Another region's projects are not in the office's table.
        var otherRegion = await app.WithDbAsync(db => db.Projects.Where(p => p.Region!.Slug != "owl" && p.Milestones.Any()).Select(p => p.Slug).FirstAsync());
        Assert.DoesNotContain(csv, r => r[0] == otherRegion);
    }

    [Fact]
    public async Task Text_a_spreadsheet_would_run_as_a_formula_is_neutralised_in_both_formats()
    {
        var (_, slug, _) = await ProjectWithMilestonesAsync(extraTitle: "=HYPERLINK(\"http://example.org\")");
        var lead = await app.SignedInAsync(AppRole.ProjectLead, projectSlug: slug);

        var csv = ReadCsv(await (await lead.GetAsync($"{Url}?handler=Download&format=csv")).Content.ReadAsByteArrayAsync());
        Assert.Contains(csv, r => r[5] == "'=HYPERLINK(\"http://example.org\")");
        var xlsx = ReadXlsx(await (await lead.GetAsync($"{Url}?handler=Download&format=xlsx")).Content.ReadAsByteArrayAsync());
        Assert.Contains(xlsx, r => r.Count > 5 && r[5] == "'=HYPERLINK(\"http://example.org\")");

        // The lead's table holds only the lead's project.
        Assert.All(csv.Skip(1), r => Assert.Equal(slug, r[0]));
    }

    [Fact]
    public async Task Changed_title_and_due_date_and_a_new_row_are_previewed_without_storing_then_confirmed_stored_and_audited()
    {
        var (projectId, slug, ids) = await ProjectWithMilestonesAsync();
        var lead = await app.SignedInAsync(AppRole.ProjectLead, projectSlug: slug);
        Assert.NotNull((await lead.GetPageAsync("/verwaltung/projekte")).QuerySelector($"a[href='{Url}']"));

        var rows = ReadCsv(await (await lead.GetAsync($"{Url}?handler=Download&format=csv")).Content.ReadAsByteArrayAsync());
        Assert.Equal(4, rows.Count);
        Row(rows, ids[0])[5] = "Projektstart mit Auftakt in 𝔇𝔢𝔱𝔪𝔬𝔩𝔡 und 中文";
        Row(rows, ids[1])[7] = "15.07.2026";
        rows.Add([slug, "", "", "", "", "Abschlussbericht", "Bericht an die Bewilligungsbehörde", "31.12.2027", "nein", "", ""]);
        var auditBefore = await app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.ProjectId == projectId && a.EntityType == "Milestone"));

        var response = await UploadAsync(lead, Csv(rows));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var preview = await Html.ParseAsync(response);
        Assert.Contains("Vorschau der Änderungen", preview.Title);
        var changes = preview.QuerySelectorAll("table.milestone-changes tbody tr").ToList();
        Assert.Equal(3, changes.Count);
        Assert.Equal(2, changes.Count(r => r.GetAttribute("data-kind") == "geaendert"));
        Assert.Single(changes, r => r.GetAttribute("data-kind") == "neu");
        var titleRow = changes.Single(r => r.TextContent.Contains("Projektstart mit Auftakt", StringComparison.Ordinal));
        Assert.Contains("Titel", titleRow.TextContent);
        Assert.Equal("Projektstart", titleRow.QuerySelector("del")!.TextContent);
        Assert.Single(titleRow.QuerySelectorAll("li"));
        var dueRow = changes.Single(r => r.TextContent.Contains("15.07.2026", StringComparison.Ordinal));
        Assert.Equal("30.06.2026", dueRow.QuerySelector("del")!.TextContent);
        Assert.Single(dueRow.QuerySelectorAll("li"));
        Assert.Contains("1 Zeilen sind unverändert", preview.Text());
        Assert.Empty(preview.QuerySelectorAll("table.milestone-errors"));
        Assert.NotNull(preview.QuerySelector("table.milestone-changes caption"));

        // Nothing is stored at the preview.
        Assert.Equal("Projektstart", await TitleAsync(ids[0]));
        Assert.Equal(3, await app.WithDbAsync(db => db.Milestones.CountAsync(m => m.ProjectId == projectId)));

        var confirmed = await lead.SubmitAsync(preview, Url, "form.confirm-form", []);

        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        var result = await lead.GetPageAsync(confirmed.Headers.Location!.OriginalString);
        Assert.Contains("Neu angelegt: 1", result.Text());
        Assert.Contains("Geändert: 2", result.Text());
        Assert.Equal("Projektstart mit Auftakt in 𝔇𝔢𝔱𝔪𝔬𝔩𝔡 und 中文", await TitleAsync(ids[0]));
        Assert.Equal(DatePrecision.Month, await app.WithDbAsync(db => db.Milestones.Where(m => m.Id == ids[0]).Select(m => m.DatePrecision).SingleAsync()));
        Assert.Equal(DatePrecision.Day, await app.WithDbAsync(db => db.Milestones.Where(m => m.Id == ids[1]).Select(m => m.DatePrecision).SingleAsync()));
        Assert.Equal(new DateOnly(2026, 7, 15), await app.WithDbAsync(db => db.Milestones.Where(m => m.Id == ids[1]).Select(m => m.DueOn).SingleAsync()));
        var added = await app.WithDbAsync(db => db.Milestones.SingleAsync(m => m.ProjectId == projectId && m.Title == "Abschlussbericht"));
        Assert.Equal(new DateOnly(2027, 12, 31), added.DueOn);
        Assert.Equal("Bericht an die Bewilligungsbehörde", added.Description);

        var audit = await app.WithDbAsync(db => db.AuditEntries.Where(a => a.ProjectId == projectId && a.EntityType == "Milestone").OrderBy(a => a.Id).Skip(auditBefore).ToListAsync());
        Assert.Equal(3, audit.Count);
        Assert.Equal(2, audit.Count(a => a.Action == AuditAction.Updated));
        Assert.Single(audit, a => a.Action == AuditAction.Created && a.EntityId == added.Id.ToString(CultureInfo.InvariantCulture));
        Assert.Contains(audit, a => a.EntityId == ids[0].ToString(CultureInfo.InvariantCulture) && a.After!.Contains("Auftakt", StringComparison.Ordinal));
        var history = await lead.GetPageAsync($"/verwaltung/projekte/{projectId}/verlauf");
        Assert.Contains("Abschlussbericht", history.Text());

        // The same preview confirmed twice adds nothing twice.
        var again = await lead.SubmitAsync(preview, Url, "form.confirm-form", []);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("in der Zwischenzeit geändert", await again.BodyAsync());
        Assert.Equal(1, await app.WithDbAsync(db => db.Milestones.CountAsync(m => m.ProjectId == projectId && m.Title == "Abschlussbericht")));
    }

    [Fact]
    public async Task Office_round_trips_an_xlsx_file()
    {
        var (projectId, slug, ids) = await ProjectWithMilestonesAsync();
        var office = await app.SignedInAsync(AppRole.ProjectOffice, "owl");
        var title = await app.WithDbAsync(db => db.Projects.Where(p => p.Id == projectId).Select(p => p.Title).SingleAsync());

        var rows = ReadXlsx(await (await office.GetAsync($"{Url}?handler=Download&format=xlsx&region=owl&q={Uri.EscapeDataString(title)}")).Content.ReadAsByteArrayAsync());
        Assert.Equal(4, rows.Count);
        var upload = rows.Skip(1).Select(r => new object?[]
        {
            r[0], r[1], r[2], r[3], int.Parse(r[4], CultureInfo.InvariantCulture), r[4] == ids[2].ToString(CultureInfo.InvariantCulture) ? "Abnahme erfolgt" : r[5], r[6],
            r[7].Length == 0 ? null : DateOnly.FromDateTime(DateTime.FromOADate(double.Parse(r[7], CultureInfo.InvariantCulture))),
            r[4] == ids[2].ToString(CultureInfo.InvariantCulture) || r[8] == "ja",
            r[4] == ids[2].ToString(CultureInfo.InvariantCulture) ? new DateOnly(2026, 11, 2) : r[9].Length == 0 ? null : DateOnly.FromDateTime(DateTime.FromOADate(double.Parse(r[9], CultureInfo.InvariantCulture))),
            int.Parse(r[10], CultureInfo.InvariantCulture),
        }).ToList();

        var response = await UploadAsync(office, MilestoneSheet.ToXlsx(upload), "meilensteine.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var preview = await Html.ParseAsync(response);
        var change = Assert.Single(preview.QuerySelectorAll("table.milestone-changes tbody tr"));
        Assert.Equal(3, change.QuerySelectorAll("li").Length);
        Assert.Contains("2 Zeilen sind unverändert", preview.Text());
        var confirmed = await office.SubmitAsync(preview, Url, "form.confirm-form", []);
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        var stored = await app.WithDbAsync(db => db.Milestones.SingleAsync(m => m.Id == ids[2]));
        Assert.Equal(("Abnahme erfolgt", true, (DateOnly?)new DateOnly(2026, 11, 2)), (stored.Title, stored.IsCompleted, stored.CompletedOn));
    }

    [Fact]
    public async Task A_stale_version_is_a_conflict_in_the_preview_and_at_confirmation_and_nothing_is_stored()
    {
        var (projectId, slug, ids) = await ProjectWithMilestonesAsync();
        var lead = await app.SignedInAsync(AppRole.ProjectLead, projectSlug: slug);
        var rows = ReadCsv(await (await lead.GetAsync($"{Url}?handler=Download&format=csv")).Content.ReadAsByteArrayAsync());
        Row(rows, ids[0])[5] = "Projektstart verschoben";
        await ChangeTitleAsync(ids[0], "Projektstart (vom Büro geändert)");

        var response = await UploadAsync(lead, Csv(rows));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var preview = await Html.ParseAsync(response);
        var error = Assert.Single(preview.QuerySelectorAll("table.milestone-errors tbody tr"));
        Assert.Contains("in der Zwischenzeit geändert", error.TextContent);
        Assert.Contains("Version", error.TextContent);
        Assert.Null(preview.QuerySelector("form.confirm-form"));
        Assert.Equal("Projektstart (vom Büro geändert)", await TitleAsync(ids[0]));

        // A change in between the preview and the confirmation: nothing of the preview is stored.
        var fresh = ReadCsv(await (await lead.GetAsync($"{Url}?handler=Download&format=csv")).Content.ReadAsByteArrayAsync());
        Row(fresh, ids[1])[5] = "Pilotbetrieb im Sommer";
        fresh.Add([slug, "", "", "", "", "Neuer Meilenstein", "", "", "nein", "", ""]);
        var second = await Html.ParseAsync(await UploadAsync(lead, Csv(fresh)));
        Assert.Equal(2, second.QuerySelectorAll("table.milestone-changes tbody tr").Length);
        await ChangeTitleAsync(ids[2], "Abnahme (vom Büro geändert)");

        var confirmed = await lead.SubmitAsync(second, Url, "form.confirm-form", []);

        Assert.Equal(HttpStatusCode.Conflict, confirmed.StatusCode);
        Assert.Contains("in der Zwischenzeit geändert", (await Html.ParseAsync(confirmed)).Text());
        Assert.Equal("Pilotbetrieb", await TitleAsync(ids[1]));
        Assert.False(await app.WithDbAsync(db => db.Milestones.AnyAsync(m => m.ProjectId == projectId && m.Title == "Neuer Meilenstein")));
    }

    [Fact]
    public async Task A_lead_may_not_change_another_project_that_row_is_refused()
    {
        var (projectA, slugA, idsA) = await ProjectWithMilestonesAsync();
        var (projectB, slugB, idsB) = await ProjectWithMilestonesAsync();
        var lead = await app.SignedInAsync(AppRole.ProjectLead, projectSlug: slugA);
        var versionB = await app.WithDbAsync(db => db.Milestones.Where(m => m.Id == idsB[0]).Select(m => m.Version).SingleAsync());
        List<string[]> rows =
        [
            [.. MilestoneSheet.Columns],
            [slugB, "", "", "", idsB[0].ToString(CultureInfo.InvariantCulture), "Fremd geändert", "", "15.01.2026", "ja", "15.01.2026", versionB.ToString(CultureInfo.InvariantCulture)],
            [slugB, "", "", "", "", "Fremd angelegt", "", "", "nein", "", ""],
            [slugA, "", "", "", "", "Eigener Meilenstein", "", "01.03.2027", "nein", "", ""],
        ];

        var response = await UploadAsync(lead, Csv(rows));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var preview = await Html.ParseAsync(response);
        var errors = preview.QuerySelectorAll("table.milestone-errors tbody tr").ToList();
        Assert.Equal(2, errors.Count);
        Assert.All(errors, e => Assert.Contains($"Abgelehnt: Die Meilensteine des Projekts „{slugB}“ dürfen Sie nicht bearbeiten.", e.TextContent));
        Assert.Equal(new[] { "2", "3" }, errors.Select(e => e.QuerySelector("td")!.TextContent));
        Assert.Single(preview.QuerySelectorAll("table.milestone-changes tbody tr"));

        var confirmed = await lead.SubmitAsync(preview, Url, "form.confirm-form", []);

        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.True(await app.WithDbAsync(db => db.Milestones.AnyAsync(m => m.ProjectId == projectA && m.Title == "Eigener Meilenstein")));
        Assert.Equal("Projektstart", await TitleAsync(idsB[0]));
        Assert.False(await app.WithDbAsync(db => db.Milestones.AnyAsync(m => m.ProjectId == projectB && m.Title == "Fremd angelegt")));
        Assert.NotNull(idsA);
    }

    public static TheoryData<string, string, string> BadFiles() => new()
    {
        { "leer", "meilensteine.csv", "Die Datei ist leer" },
        { "png", "meilensteine.xlsx", "keine lesbare XLSX-Tabelle" },
        { "png", "meilensteine.csv", "weder eine XLSX-Tabelle noch eine CSV-Textdatei" },
        { "zip", "meilensteine.xlsx", "keine lesbare XLSX-Tabelle" },
        { "header", "meilensteine.csv", "In der ersten Zeile fehlen Spalten" },
        { "latin1", "meilensteine.csv", "nicht in UTF-8 gespeichert" },
        { "nurkopf", "meilensteine.csv", "enthält keine Meilensteine" },
        { "header", "meilensteine.txt", "XLSX- oder CSV-Datei" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task A_bad_file_is_refused_with_a_German_message_and_400(string kind, string fileName, string message)
    {
        var office = await app.SignedInAsync(AppRole.ProjectOffice, "owl");
        var before = await app.WithDbAsync(db => db.Milestones.CountAsync());
        var content = kind switch
        {
            "leer" => [],
            "png" => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0],
            "zip" => Zip(),
            "header" => Encoding.UTF8.GetBytes("Projekt;Titel;Datum\r\ntheaterlytics;Neu;01.01.2026\r\n"),
            "latin1" => Encoding.Latin1.GetBytes(string.Join(';', MilestoneSheet.Columns) + "\r\ntheaterlytics;;;;;Prüfung der Bühnentechnik;;01.01.2026;nein;;\r\n"),
            "nurkopf" => Encoding.UTF8.GetBytes(string.Join(';', MilestoneSheet.Columns) + "\r\n"),
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };

        var response = await UploadAsync(office, content, fileName);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.Contains(message, page.QuerySelector("#fehler")!.TextContent);
        Assert.Equal(before, await app.WithDbAsync(db => db.Milestones.CountAsync()));
    }

    public static TheoryData<string, int, string, string> BadRows() => new()
    {
        { "title", 5, new string('x', 10_000), "Der Titel muss 2 bis 200 Zeichen lang sein (hier 10000)" },
        { "title", 5, "", "Bitte geben Sie einen Titel an" },
        { "description", 6, new string('y', 10_000), "höchstens 2000 Zeichen" },
        { "due", 7, "0001-01-01", "Das Datum 01.01.0001 liegt nicht zwischen 1990 und 2100" },
        { "due", 7, "31.02.2026", "„31.02.2026“ ist kein gültiges Datum" },
        { "reachedOn", 9, "1.1.2026", "nur für erreichte Meilensteine" },
        { "title", 5, "=HYPERLINK(\"http://example.org\";\"Klick\")", "als Formel ausgeführt" },
        { "description", 6, "@SUMME(1)", "als Formel ausgeführt" },
        { "reached", 8, "vielleicht", "„vielleicht“ ist keine Angabe für „Erreicht“" },
        { "slug", 0, "gibt-es-nicht", "Ein Projekt mit der Kurzadresse „gibt-es-nicht“ gibt es nicht" },
        { "id", 4, "999999", "Den Meilenstein Nr. 999999 gibt es im Projekt" },
    };

    [Theory]
    [MemberData(nameof(BadRows))]
    public async Task A_bad_row_is_an_error_of_that_row_with_its_number_and_column_and_nothing_is_stored(string what, int column, string value, string message)
    {
        var (projectId, slug, _) = await ProjectWithMilestonesAsync();
        var lead = await app.SignedInAsync(AppRole.ProjectLead, projectSlug: slug);
        var row = new[] { slug, "", "", "", "", "Neuer Meilenstein", "", "01.06.2026", "nein", "", "" };
        row[column] = value;
        var before = await app.WithDbAsync(db => db.Milestones.CountAsync(m => m.ProjectId == projectId));

        var response = await UploadAsync(lead, Csv([[.. MilestoneSheet.Columns], [slug, "", "", "", "", "Gültige Zeile", "", "", "nein", "", ""], row]));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var preview = await Html.ParseAsync(response);
        var error = Assert.Single(preview.QuerySelectorAll("table.milestone-errors tbody tr"));
        var cells = error.QuerySelectorAll("td").Select(c => c.TextContent).ToList();
        Assert.Equal("3", cells[0]);
        Assert.Equal(MilestoneSheet.Columns[column], cells[1]);
        Assert.Contains(message, cells[2]);
        Assert.Single(preview.QuerySelectorAll("table.milestone-changes tbody tr"));
        Assert.Equal(before, await app.WithDbAsync(db => db.Milestones.CountAsync(m => m.ProjectId == projectId)));
        Assert.NotEmpty(what);
    }

    [Fact]
    public async Task A_formula_cell_in_xlsx_is_an_error_of_its_row()
    {
        var (_, slug, _) = await ProjectWithMilestonesAsync();
        var lead = await app.SignedInAsync(AppRole.ProjectLead, projectSlug: slug);
        var xlsx = MilestoneSheet.ToXlsx([[slug, null, null, null, null, "Platzhalter", null, null, false, null, null]]);
        using (var stream = new MemoryStream())
        {
            stream.Write(xlsx);
            using (var document = SpreadsheetDocument.Open(stream, true))
            {
                var cell = document.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Cell>().Single(c => c.CellReference?.Value == "F2");
                cell.DataType = CellValues.String;
                cell.InlineString = null;
                cell.CellFormula = new CellFormula("HYPERLINK(\"http://example.org\")");
                cell.CellValue = new CellValue("http://example.org");
            }

            xlsx = stream.ToArray();
        }

        var response = await UploadAsync(lead, xlsx, "meilensteine.xlsx");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var error = Assert.Single((await Html.ParseAsync(response)).QuerySelectorAll("table.milestone-errors tbody tr"));
        Assert.Contains("enthält eine Formel", error.TextContent);
    }

    [Fact]
    public async Task Only_offices_and_project_leads_use_the_table()
    {
        var reader = await app.SignedInAsync(AppRole.ReadOnly, "owl");
        Assert.Equal(HttpStatusCode.Forbidden, (await reader.GetAsync(Url)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await reader.GetAsync($"{Url}?handler=Download&format=csv")).StatusCode);
        Assert.Null((await reader.GetPageAsync("/verwaltung/projekte")).QuerySelector($"a[href='{Url}']"));
        Assert.Equal(HttpStatusCode.Redirect, (await app.Browser().GetAsync(Url)).StatusCode);

        var office = await app.SignedInAsync(AppRole.ProjectOffice, "owl");
        var page = await office.GetPageAsync(Url);
        Assert.Equal("Meilensteine als Tabelle", page.QuerySelector("h1")!.TextContent);
        Assert.NotNull(page.QuerySelector("form.upload-form input[type=file]#Upload"));
        Assert.NotNull(page.QuerySelector("label[for=Upload]"));
        Assert.Equal(HttpStatusCode.NotFound, (await office.GetAsync($"{Url}?handler=Download&format=pdf")).StatusCode);
        var expired = await office.SubmitAsync(await office.GetPageAsync(Url), Url, "form.upload-form", []);
        Assert.Equal(HttpStatusCode.BadRequest, expired.StatusCode);
        Assert.Contains("Bitte wählen Sie eine Datei aus", await expired.BodyAsync());
    }

    private async Task<(int ProjectId, string Slug, int[] MilestoneIds)> ProjectWithMilestonesAsync(string? extraTitle = null)
    {
        var slug = "tabelle-" + Guid.NewGuid().ToString("N")[..8];
        var projectId = await app.RunningProjectAsync(100_000m, new DateOnly(2026, 1, 1), new DateOnly(2027, 12, 31), slug);
        var ids = await app.WithDbAsync(async db =>
        {
            var milestones = new List<Milestone>
            {
                new() { ProjectId = projectId, Title = "Projektstart", DueOn = new DateOnly(2026, 1, 15), IsCompleted = true, CompletedOn = new DateOnly(2026, 1, 15), SortOrder = 0, DatePrecision = DatePrecision.Month },
                new() { ProjectId = projectId, Title = "Pilotbetrieb", DueOn = new DateOnly(2026, 6, 30), SortOrder = 1 },
                new() { ProjectId = projectId, Title = "Abnahme", Description = "Durch den Kreis", DueOn = new DateOnly(2026, 10, 31), SortOrder = 2 },
            };
            if (extraTitle is not null)
            {
                milestones.Add(new Milestone { ProjectId = projectId, Title = extraTitle, SortOrder = 3 });
            }

            db.Milestones.AddRange(milestones);
            await db.SaveChangesAsync();
            return milestones.Select(m => m.Id).ToArray();
        });
        return (projectId, slug, ids);
    }

    private Task<string> TitleAsync(int milestoneId) => app.WithDbAsync(db => db.Milestones.Where(m => m.Id == milestoneId).Select(m => m.Title).SingleAsync());

    private Task ChangeTitleAsync(int milestoneId, string title) => app.WithDbAsync(async db =>
    {
        var milestone = await db.Milestones.SingleAsync(m => m.Id == milestoneId);
        milestone.Title = title;
        await db.SaveChangesAsync();
    });

    private static string[] Row(List<string[]> rows, int milestoneId) => rows.Single(r => r[4] == milestoneId.ToString(CultureInfo.InvariantCulture));

    private static Task<HttpResponseMessage> UploadAsync(HttpClient browser, byte[] content, string fileName = "meilensteine.csv", string contentType = "text/csv") =>
        browser.SubmitWithFileAsync(Url, "form.upload-form", [], "upload", fileName, content, contentType);

    /// <summary>A CSV file as a spreadsheet saves it: UTF-8 with BOM, semicolons, quotes where needed.</summary>
    private static byte[] Csv(List<string[]> rows)
    {
        var text = string.Join("\r\n", rows.Select(r => string.Join(';', r.Select(c => c.IndexOfAny([';', '"', '\n', '\r']) >= 0 ? "\"" + c.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : c)))) + "\r\n";
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)];
    }

    private static List<string[]> ReadCsv(byte[] content)
    {
        using var reader = CsvReader.Create(content, CsvReaderOptions.Default with { Separator = ';', HasHeader = false });
        var rows = new List<string[]>();
        while (reader.Read())
        {
            rows.Add([.. Enumerable.Range(0, reader.FieldCount).Select(i => reader.GetString(i).TrimStart('\uFEFF'))]);
        }

        return rows;
    }

    /// <summary>The rows of the first sheet as text (numbers as stored, e.g. dates as serial numbers).</summary>
    private static List<List<string>> ReadXlsx(byte[] content)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(content), false);
        var sheet = document.WorkbookPart!.WorksheetParts.Single().Worksheet;
        Assert.Equal("Meilensteine", document.WorkbookPart.Workbook.Sheets!.Elements<Sheet>().Single().Name!.Value);
        return [.. sheet.Descendants<Row>().Select(r => r.Elements<Cell>().Select(c => c.InlineString?.InnerText ?? c.CellValue?.Text ?? "").ToList())];
    }

    private static byte[] Zip()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = new StreamWriter(zip.CreateEntry("hallo.txt").Open());
            entry.Write("kein Arbeitsblatt");
        }

        return stream.ToArray();
    }
}
