using System.Globalization;
using CsvHelper;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Projects;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Funding;

/// <summary>
/// A table for export: German column names, and cells that are text, money or dates; <see cref="UnknownAmount"/> for an
/// amount that is not known. <see cref="Notes"/> explain the table (written below it in XLSX; CSV stays a plain table).
/// </summary>
public sealed record ExportTable(string Name, IReadOnlyList<string> Columns, IReadOnlyList<object?[]> Rows)
{
    public IReadOnlyList<string> Notes { get; init; } = [];
}

/// <summary>
/// An amount that is not known (not recorded here, not published) — as opposed to 0: an empty cell in XLSX, with a
/// note below the table, and the word <see cref="CsvText"/> in CSV, where an empty field could be read as 0.
/// </summary>
public sealed class UnknownAmount
{
    public const string CsvText = "unbekannt";

    public static readonly UnknownAmount Value = new();

    private UnknownAmount()
    {
    }

    public static object Of(decimal? amount) => amount is { } known ? known : Value;
}

/// <summary>
/// Exports for the granting authority: the portfolio with its money and the list of fund requests, as XLSX
/// (numbers as numbers, formatted in euros) and as CSV in the German convention (semicolon, decimal comma).
/// </summary>
public sealed class Exports(AppDbContext db, MoneyOverview money)
{
    public async Task<ExportTable> PortfolioAsync(IReadOnlyCollection<int>? regions, CancellationToken cancellationToken = default)
    {
        var projects = db.Projects.AsNoTracking().Where(p => p.ApprovedGrant != null || p.IsAdministered);
        if (regions is not null)
        {
            var ids = regions.ToList();
            projects = projects.Where(p => ids.Contains(p.RegionId));
        }

        var rows = await projects.OrderBy(p => p.Region!.Name).ThenBy(p => p.Title)
            .Select(p => new
            {
                p.Id,
                Region = p.Region!.Name,
                p.Title,
                p.Slug,
                Lead = p.Partners.Where(x => x.Role == PartnerRole.Lead).Select(x => x.Organisation!.Name).FirstOrDefault(),
                p.Status,
                Period = p.GrantDecisions.OrderByDescending(g => g.Sequence).Select(g => new { g.PeriodStart, g.PeriodEnd, g.FileNumber }).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        var perProject = await money.ByProjectAsync(projects, cancellationToken);
        return new ExportTable(
            "Portfolio",
            ["Region", "Projekt", "Kurzadresse", "Projektleitung", "Stand", "Aktenzeichen", "Bewilligungszeitraum von", "Bewilligungszeitraum bis",
             "Geplante Ausgaben (€)", "Bewilligt (€)", "Abgerufen, nicht ausgezahlt (€)", "Ausgezahlt (€)", "Nachgewiesen (€)", "Verbleibend (€)"],
            [.. rows.Select(r =>
            {
                var m = perProject.GetValueOrDefault(r.Id) ?? MoneyFigures.Unknown;
                return new object?[]
                {
                    r.Region, r.Title, r.Slug, r.Lead, ProjectStatuses.Label(r.Status), r.Period?.FileNumber, r.Period?.PeriodStart, r.Period?.PeriodEnd,
                    UnknownAmount.Of(m.Planned), UnknownAmount.Of(m.Approved), UnknownAmount.Of(m.Requested), UnknownAmount.Of(m.Paid), UnknownAmount.Of(m.Proven), UnknownAmount.Of(m.Remaining),
                };
            })])
        {
            Notes = [UnknownNote],
        };
    }

    /// <summary>The legend below the portfolio in XLSX.</summary>
    public const string UnknownNote =
        "Hinweis: Ein leeres Feld bei einem Betrag heißt „nicht bekannt“ – dazu ist nichts erfasst oder veröffentlicht (etwa Auszahlungen an Projekte, " +
        "die nur aus öffentlichen Berichten bekannt sind, oder geplante Ausgaben ohne Finanzierungsplan). 0,00 € heißt: bekannt und null.";

    public async Task<ExportTable> FundRequestsAsync(IReadOnlyCollection<int>? regions, CancellationToken cancellationToken = default)
    {
        var requests = db.FundRequests.AsNoTracking().Where(r => r.Status != FundRequestStatus.Draft);
        if (regions is not null)
        {
            var ids = regions.ToList();
            requests = requests.Where(r => ids.Contains(r.Project!.RegionId));
        }

        var rows = await requests.OrderBy(r => r.Project!.Region!.Name).ThenBy(r => r.Project!.Title).ThenBy(r => r.Number)
            .Select(r => new { Region = r.Project!.Region!.Name, r.Project.Title, r.Number, r.Amount, r.NeededFrom, r.NeededUntil, r.IsSettlement, r.Status, r.SubmittedAt, r.ForwardedAt, r.PaidOn, r.PaidAmount })
            .ToListAsync(cancellationToken);
        return new ExportTable(
            "Mittelabrufe",
            ["Region", "Projekt", "Nr.", "Betrag (€)", "Benötigt ab", "Benötigt bis", "Schlussabrechnung", "Stand", "Eingereicht am", "Weitergeleitet am", "Ausgezahlt am", "Ausgezahlt (€)"],
            [.. rows.Select(r => new object?[]
            {
                r.Region, r.Title, r.Number, r.Amount, r.NeededFrom, r.NeededUntil, r.IsSettlement ? "ja" : "nein", FundRequestStatuses.Label(r.Status),
                r.SubmittedAt is { } s ? Formatting.BerlinDate(s) : null,
                r.ForwardedAt is { } f ? Formatting.BerlinDate(f) : null,
                r.PaidOn, r.PaidAmount,
            })]);
    }

    /// <summary>CSV in the German convention: UTF-8 with byte order mark (Excel), semicolons, decimal commas, dd.MM.yyyy.</summary>
    public static byte[] ToCsv(ExportTable table)
    {
        var german = CultureInfo.GetCultureInfo("de-DE");
        using var stream = new MemoryStream();
        using (var writer = CsvWriter.Create(stream, CsvWriterOptions.Default with { Separator = ';', WriteByteOrderMark = true, FormatProvider = german }, leaveOpen: true))
        {
            writer.WriteRecord([.. table.Columns]);
            foreach (var row in table.Rows)
            {
                writer.WriteRecord([.. row.Select(cell => cell switch
                {
                    null => "",
                    UnknownAmount => UnknownAmount.CsvText,
                    decimal amount => amount.ToString("#,##0.00", german),
                    DateOnly date => date.ToString("dd.MM.yyyy", german),
                    int number => number.ToString(german),
                    _ => Convert.ToString(cell, german) ?? "",
                })]);
            }
        }

        return stream.ToArray();
    }

    /// <summary>An XLSX workbook with one sheet: a bold header row, euro amounts as numbers, dates as dates, an autofilter.</summary>
    public static byte[] ToXlsx(ExportTable table)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddWorkbookPart();
            workbookPart.Workbook = new Workbook();
            var styles = workbookPart.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = Styles();
            var sheetPart = workbookPart.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            var columns = new Columns();
            for (uint i = 1; i <= table.Columns.Count; i++)
            {
                columns.Append(new Column { Min = i, Max = i, Width = i <= 2 ? 40 : 18, CustomWidth = true });
            }

            data.Append(Row(1, table.Columns.Select(c => (object?)c).ToArray(), header: true));
            for (var r = 0; r < table.Rows.Count; r++)
            {
                data.Append(Row((uint)(r + 2), table.Rows[r], header: false));
            }

            // The notes stand below the table, after an empty row, outside the filter's range.
            for (var n = 0; n < table.Notes.Count; n++)
            {
                data.Append(Row((uint)(table.Rows.Count + 3 + n), [table.Notes[n]], header: false));
            }

            var lastColumn = ColumnName(table.Columns.Count);
            sheetPart.Worksheet = new Worksheet(
                new SheetViews(new SheetView(new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen }) { WorkbookViewId = 0 }),
                columns,
                data,
                new AutoFilter { Reference = $"A1:{lastColumn}{table.Rows.Count + 1}" });
            workbookPart.Workbook.Append(new Sheets(new Sheet { Id = workbookPart.GetIdOfPart(sheetPart), SheetId = 1, Name = table.Name }));
            workbookPart.Workbook.Save();
        }

        return stream.ToArray();
    }

    private const uint MoneyStyle = 1;
    private const uint DateStyle = 2;
    private const uint HeaderStyle = 3;

    private static Row Row(uint index, object?[] cells, bool header)
    {
        var row = new Row { RowIndex = index };
        for (var c = 0; c < cells.Length; c++)
        {
            var reference = $"{ColumnName(c + 1)}{index}";
            row.Append(cells[c] switch
            {
                null or UnknownAmount => new Cell { CellReference = reference },
                decimal amount => new Cell { CellReference = reference, DataType = CellValues.Number, StyleIndex = MoneyStyle, CellValue = new CellValue(amount.ToString("0.##", CultureInfo.InvariantCulture)) },
                int number => new Cell { CellReference = reference, DataType = CellValues.Number, CellValue = new CellValue(number.ToString(CultureInfo.InvariantCulture)) },
                DateOnly date => new Cell { CellReference = reference, StyleIndex = DateStyle, CellValue = new CellValue(date.ToDateTime(TimeOnly.MinValue).ToOADate().ToString(CultureInfo.InvariantCulture)) },
                var text => new Cell
                {
                    CellReference = reference,
                    DataType = CellValues.InlineString,
                    StyleIndex = header ? HeaderStyle : 0,
                    InlineString = new InlineString(new Text(Convert.ToString(text, CultureInfo.InvariantCulture) ?? "")),
                },
            });
        }

        return row;
    }

    private static Stylesheet Styles() => new(
        new NumberingFormats(
            new NumberingFormat { NumberFormatId = 164, FormatCode = "#,##0.00\\ \"€\"" },
            new NumberingFormat { NumberFormatId = 165, FormatCode = "dd\\.mm\\.yyyy" })
        { Count = 2 },
        new Fonts(new Font(), new Font(new Bold())) { Count = 2 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border()) { Count = 1 },
        new CellFormats(
            new CellFormat(),
            new CellFormat { NumberFormatId = 164, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 165, ApplyNumberFormat = true },
            new CellFormat { FontId = 1, ApplyFont = true })
        { Count = 4 });

    private static string ColumnName(int number)
    {
        var name = "";
        while (number > 0)
        {
            var remainder = (number - 1) % 26;
            name = (char)('A' + remainder) + name;
            number = (number - 1) / 26;
        }

        return name;
    }
}
