using System.Globalization;
using System.Text;
using System.Xml;
using CsvHelper;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Modellregion.Web.Features.Projects;

/// <summary>One cell as read from an upload: its text, or its number (XLSX stores dates as numbers), and whether it is a formula.</summary>
public sealed record SheetCell(string Text, double? Number = null, bool IsFormula = false)
{
    public static readonly SheetCell Empty = new("");
}

/// <summary>A row of an upload with its number as the spreadsheet shows it (the header is row 1).</summary>
public sealed record SheetRow(int Number, IReadOnlyList<SheetCell> Cells);

/// <summary>Why an upload cannot be read at all (not a row's fault): a message of <see cref="ProjectsTexts"/>.</summary>
public sealed class SheetFormatException(string key, params object?[] arguments) : Exception(key)
{
    public string Key { get; } = key;
    public object?[] Arguments { get; } = arguments;
}

/// <summary>
/// The file format of the milestone table (<see cref="MilestoneRoundTrip"/>): German column names, as XLSX (one sheet
/// „Meilensteine“, dates as dates) or CSV (UTF-8 with BOM, semicolons, dd.MM.yyyy). Text a spreadsheet would run as
/// a formula (=, +, -, @ at the start) is written with a leading apostrophe, which reading removes again. The column
/// names are the contract of the file and therefore the same in every interface language.
/// </summary>
public static class MilestoneSheet
{
    public const string SheetName = "Meilensteine";

    public const string Slug = "Projekt (Kurzadresse)";
    public const string ProjectTitle = "Projekttitel (nur zur Information)";
    public const string ProjectStatus = "Projektstand (nur zur Information)";
    public const string StatusNote = "Statushinweis (nur zur Information)";
    public const string MilestoneId = "Meilenstein-Nr. (leer für neue)";
    public const string Title = "Titel";
    public const string Description = "Beschreibung";
    public const string DueOn = "Geplant für";
    public const string Reached = "Erreicht (ja/nein)";
    public const string ReachedOn = "Erreicht am";
    public const string Version = "Version";

    public static readonly IReadOnlyList<string> Columns = [Slug, ProjectTitle, ProjectStatus, StatusNote, MilestoneId, Title, Description, DueOn, Reached, ReachedOn, Version];

    /// <summary>The columns an upload must have; the others are information only and ignored when reading.</summary>
    public static readonly IReadOnlyList<string> Required = [Slug, MilestoneId, Title, Description, DueOn, Reached, ReachedOn, Version];

    public const int MaxBytes = 2 * 1024 * 1024;
    public const int MaxRows = 5000;

    private const string FormulaStarts = "=+-@\t\r";

    /// <summary>Whether a spreadsheet would run <paramref name="text"/> as a formula.</summary>
    public static bool LooksLikeFormula(string text) => text.Length > 0 && FormulaStarts.Contains(text[0], StringComparison.Ordinal);

    /// <summary>Text for a cell: a leading apostrophe keeps a spreadsheet from running it as a formula.</summary>
    public static string? Neutralise(string? text) => text is not null && LooksLikeFormula(text) ? "'" + text : text;

    /// <summary>Text from a cell: the apostrophe <see cref="Neutralise"/> added is removed again.</summary>
    public static string Restore(string text) => text.Length > 1 && text[0] == '\'' && LooksLikeFormula(text[1..]) ? text[1..] : text;

    public static byte[] ToCsv(IReadOnlyList<object?[]> rows)
    {
        var german = CultureInfo.GetCultureInfo("de-DE");
        using var stream = new MemoryStream();
        using (var writer = CsvWriter.Create(stream, CsvWriterOptions.Default with { Separator = ';', WriteByteOrderMark = true, FormatProvider = german }, leaveOpen: true))
        {
            writer.WriteRecord([.. Columns]);
            foreach (var row in rows)
            {
                writer.WriteRecord([.. row.Select(cell => cell switch
                {
                    null => "",
                    DateOnly date => date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture),
                    int number => number.ToString(CultureInfo.InvariantCulture),
                    bool flag => flag ? "ja" : "nein",
                    var text => Neutralise(Convert.ToString(text, CultureInfo.InvariantCulture)) ?? "",
                })]);
            }
        }

        return stream.ToArray();
    }

    public static byte[] ToXlsx(IReadOnlyList<object?[]> rows)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddWorkbookPart();
            workbookPart.Workbook = new Workbook();
            var styles = workbookPart.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = new Stylesheet(
                new NumberingFormats(new NumberingFormat { NumberFormatId = 164, FormatCode = "dd\\.mm\\.yyyy" }) { Count = 1 },
                new Fonts(new Font(), new Font(new Bold())) { Count = 2 },
                new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
                new Borders(new Border()) { Count = 1 },
                new CellFormats(new CellFormat(), new CellFormat { NumberFormatId = 164, ApplyNumberFormat = true }, new CellFormat { FontId = 1, ApplyFont = true }) { Count = 3 });
            var sheetPart = workbookPart.AddNewPart<WorksheetPart>();
            var columns = new Columns();
            for (uint i = 1; i <= Columns.Count; i++)
            {
                columns.Append(new Column { Min = i, Max = i, Width = Columns[(int)i - 1] is ProjectTitle or Title or Description ? 40 : 18, CustomWidth = true });
            }

            var data = new SheetData();
            data.Append(Row(1, [.. Columns], header: true));
            for (var r = 0; r < rows.Count; r++)
            {
                data.Append(Row((uint)(r + 2), rows[r], header: false));
            }

            sheetPart.Worksheet = new Worksheet(
                new SheetViews(new SheetView(new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen }) { WorkbookViewId = 0 }),
                columns,
                data,
                new AutoFilter { Reference = $"A1:{ColumnName(Columns.Count)}{rows.Count + 1}" });
            workbookPart.Workbook.Append(new Sheets(new Sheet { Id = workbookPart.GetIdOfPart(sheetPart), SheetId = 1, Name = SheetName }));
            workbookPart.Workbook.Save();
        }

        return stream.ToArray();
    }

    /// <summary>Whether the bytes are a ZIP package (as every XLSX file is).</summary>
    public static bool IsZip(ReadOnlySpan<byte> content) => content.Length >= 4 && content[0] == 0x50 && content[1] == 0x4B && content[2] == 0x03 && content[3] == 0x04;

    /// <summary>The rows of the first sheet (or the sheet „Meilensteine“), the header included.</summary>
    public static List<SheetRow> ReadXlsx(byte[] content)
    {
        try
        {
            using var stream = new MemoryStream(content, writable: false);
            using var document = SpreadsheetDocument.Open(stream, false, new OpenSettings { MaxCharactersInPart = 40_000_000 });
            var workbook = document.WorkbookPart ?? throw new SheetFormatException("MilestoneSheet.NotAnXlsxFile");
            var sheets = workbook.Workbook?.Sheets?.Elements<Sheet>().ToList() ?? [];
            var sheet = sheets.FirstOrDefault(s => s.Name?.Value == SheetName) ?? sheets.FirstOrDefault();
            if (sheet?.Id?.Value is not { } partId || workbook.GetPartById(partId) is not WorksheetPart part)
            {
                throw new SheetFormatException("MilestoneSheet.NotAnXlsxFile");
            }

            var shared = workbook.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(i => i.InnerText).ToList() ?? [];
            var rows = new List<SheetRow>();
            var next = 1;
            foreach (var row in part.Worksheet?.Descendants<Row>() ?? [])
            {
                var number = row.RowIndex?.Value is { } index ? (int)index : next;
                next = number + 1;
                var cells = new List<SheetCell>();
                var position = 0;
                foreach (var cell in row.Elements<Cell>())
                {
                    var column = cell.CellReference?.Value is { } reference ? ColumnIndex(reference) : position;
                    position = column + 1;
                    if (column < 0 || column > 100)
                    {
                        continue;
                    }

                    while (cells.Count < column)
                    {
                        cells.Add(SheetCell.Empty);
                    }

                    cells.Add(Read(cell, shared));
                }

                rows.Add(new SheetRow(number, cells));
                if (rows.Count > MaxRows + 1)
                {
                    throw new SheetFormatException("MilestoneSheet.TooManyRows", MaxRows);
                }
            }

            return rows;
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or IOException or XmlException or FormatException or InvalidOperationException or ArgumentException or OverflowException)
        {
            throw new SheetFormatException("MilestoneSheet.NotAnXlsxFile");
        }
    }

    /// <summary>The records of a CSV file (UTF-8, with or without BOM; separator detected), the header included.</summary>
    public static List<SheetRow> ReadCsv(byte[] content)
    {
        if (content.AsSpan().Contains((byte)0))
        {
            throw new SheetFormatException("MilestoneSheet.NeitherXlsxNorCsv");
        }

        string text;
        try
        {
            text = new UTF8Encoding(false, true).GetString(content);
        }
        catch (DecoderFallbackException)
        {
            throw new SheetFormatException("MilestoneSheet.CsvNotUtf8");
        }

        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }

        try
        {
            using var reader = CsvReader.Create(new StringReader(text), CsvReaderOptions.Default with { HasHeader = false }, leaveOpen: false);
            var rows = new List<SheetRow>();
            var number = 0;
            while (reader.Read())
            {
                number++;
                var cells = new List<SheetCell>(reader.FieldCount);
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    cells.Add(new SheetCell(reader.GetString(i)));
                }

                rows.Add(new SheetRow(number, cells));
                if (rows.Count > MaxRows + 1)
                {
                    throw new SheetFormatException("MilestoneSheet.TooManyRows", MaxRows);
                }
            }

            return rows;
        }
        catch (CsvFormatException)
        {
            throw new SheetFormatException("MilestoneSheet.CsvUnreadable");
        }
    }

    private static SheetCell Read(Cell cell, List<string> shared)
    {
        var isFormula = cell.CellFormula is not null;
        var raw = cell.CellValue?.Text ?? "";
        var type = cell.DataType?.Value;
        if (type == CellValues.SharedString)
        {
            return int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var index) && index >= 0 && index < shared.Count
                ? new SheetCell(shared[index], IsFormula: isFormula)
                : new SheetCell("", IsFormula: isFormula);
        }

        if (type == CellValues.InlineString)
        {
            return new SheetCell(cell.InlineString?.InnerText ?? "", IsFormula: isFormula);
        }

        if (type == CellValues.Boolean)
        {
            return new SheetCell(raw == "1" ? "ja" : "nein", IsFormula: isFormula);
        }

        if ((type is null || type == CellValues.Number) && raw.Length > 0 && double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return new SheetCell(raw, number, isFormula);
        }

        return new SheetCell(raw, IsFormula: isFormula);
    }

    private static int ColumnIndex(string reference)
    {
        var index = 0;
        foreach (var c in reference)
        {
            if (c is >= 'A' and <= 'Z')
            {
                index = (index * 26) + (c - 'A' + 1);
                if (index > 1000)
                {
                    return -1;
                }
            }
            else
            {
                break;
            }
        }

        return index - 1;
    }

    private static Row Row(uint index, object?[] cells, bool header)
    {
        var row = new Row { RowIndex = index };
        for (var c = 0; c < cells.Length; c++)
        {
            var reference = $"{ColumnName(c + 1)}{index}";
            row.Append(cells[c] switch
            {
                null => new Cell { CellReference = reference },
                int number => new Cell { CellReference = reference, DataType = CellValues.Number, CellValue = new CellValue(number.ToString(CultureInfo.InvariantCulture)) },
                DateOnly date => new Cell { CellReference = reference, StyleIndex = 1, CellValue = new CellValue(date.ToDateTime(TimeOnly.MinValue).ToOADate().ToString(CultureInfo.InvariantCulture)) },
                bool flag => Text(reference, flag ? "ja" : "nein", 0),
                var text => Text(reference, header ? Convert.ToString(text, CultureInfo.InvariantCulture) ?? "" : Neutralise(Convert.ToString(text, CultureInfo.InvariantCulture)) ?? "", header ? 2u : 0u),
            });
        }

        return row;
    }

    private static Cell Text(string reference, string text, uint style) =>
        new() { CellReference = reference, DataType = CellValues.InlineString, StyleIndex = style, InlineString = new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve }) };

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
