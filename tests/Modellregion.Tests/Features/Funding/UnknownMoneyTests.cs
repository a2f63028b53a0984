using System.Text;
using AngleSharp.Html.Dom;
using CsvHelper;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.EntityFrameworkCore;
using Modellregion.Tests.Infrastructure;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Account;

namespace Modellregion.Tests.Features.Funding;

/// <summary>
/// A figure that is not known is shown and exported as unknown, never as 0: GovChain (closed, known only from reports,
/// payments never published) against a project administered here whose payments are known to be nothing so far.
/// </summary>
public sealed class UnknownMoneyTests(FundingApp app) : IClassFixture<FundingApp>
{
    private const string GovChain = "GovChain – Blockchain für Kommunen";

    private static readonly string[] UnknownColumns = ["Geplante Ausgaben (€)", "Abgerufen, nicht ausgezahlt (€)", "Ausgezahlt (€)", "Nachgewiesen (€)", "Verbleibend (€)"];

    [Fact]
    public async Task The_xlsx_portfolio_leaves_unknown_amounts_empty_explains_it_below_and_keeps_known_zeros()
    {
        var zero = await KnownZeroProjectAsync();
        var reader = await app.SignedInAsync(AppRole.ReadOnly);

        var response = await reader.GetAsync("/verwaltung/export/portfolio.xlsx");
        var sheet = ReadXlsx(await response.Content.ReadAsByteArrayAsync());
        var header = sheet[1].ToDictionary(c => c.Value!, c => c.Key);
        var govChain = sheet.Values.Single(r => r.GetValueOrDefault(header["Projekt"]) == GovChain);
        var known = sheet.Values.Single(r => r.GetValueOrDefault(header["Projekt"]) == zero.Title);

        Assert.Equal("1200000", govChain[header["Bewilligt (€)"]]);
        Assert.All(UnknownColumns, column => Assert.Null(govChain.GetValueOrDefault(header[column])));
        Assert.Equal("0", known[header["Ausgezahlt (€)"]]);
        Assert.Equal("0", known[header["Abgerufen, nicht ausgezahlt (€)"]]);
        Assert.Equal("0", known[header["Nachgewiesen (€)"]]);
        Assert.Equal("80000", known[header["Verbleibend (€)"]]);

        // The legend stands below the table, after an empty row, and says what an empty amount means.
        var lastData = sheet.Where(r => r.Value.ContainsKey(header["Projekt"])).Max(r => r.Key);
        Assert.False(sheet.ContainsKey(lastData + 1));
        Assert.Contains("leeres Feld bei einem Betrag heißt „nicht bekannt“", sheet[lastData + 2]["A"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_csv_portfolio_says_unbekannt_for_unknown_amounts_and_0_for_known_zeros()
    {
        var zero = await KnownZeroProjectAsync();
        var authority = await app.SignedInAsync(AppRole.GrantingAuthority, "aachen");
        var office = await app.SignedInAsync(AppRole.ProjectOffice, "owl");

        var aachen = ReadCsv(await (await authority.GetAsync("/verwaltung/export/portfolio.csv?region=aachen")).Content.ReadAsByteArrayAsync());
        var owl = ReadCsv(await (await office.GetAsync("/verwaltung/export/portfolio.csv?region=owl")).Content.ReadAsByteArrayAsync());

        var govChain = aachen.Single(r => r["Projekt"] == GovChain);
        Assert.Equal("1.200.000,00", govChain["Bewilligt (€)"]);
        Assert.All(UnknownColumns, column => Assert.Equal("unbekannt", govChain[column]));
        var known = owl.Single(r => r["Projekt"] == zero.Title);
        Assert.Equal("0,00", known["Ausgezahlt (€)"]);
        Assert.Equal("0,00", known["Abgerufen, nicht ausgezahlt (€)"]);
        Assert.Equal("0,00", known["Nachgewiesen (€)"]);
        Assert.Equal("80.000,00", known["Verbleibend (€)"]);
        Assert.Equal("100.000,00", known["Geplante Ausgaben (€)"]);
        Assert.DoesNotContain(aachen.Concat(owl), r => r.Values.Any(v => v.StartsWith("Hinweis", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Back_office_pages_show_unknown_figures_as_unknown()
    {
        var zero = await KnownZeroProjectAsync();
        var admin = await app.SignedInAsync(AppRole.Administrator);
        var govChainId = await app.WithDbAsync(db => db.Projects.Where(p => p.Title == GovChain).Select(p => p.Id).SingleAsync());

        var unknown = Figures(await admin.GetPageAsync($"/verwaltung/projekte/{govChainId}/foerderung"));
        Assert.Equal("unbekannt", unknown["Ausgezahlt"]);
        Assert.Equal("unbekannt", unknown["Noch verfügbar"]);
        Assert.Equal("1.200.000 €", unknown["Bewilligt"]);
        var known = Figures(await admin.GetPageAsync($"/verwaltung/projekte/{zero.Id}/foerderung"));
        Assert.Equal("0 €", known["Ausgezahlt"]);
        Assert.Equal("80.000 €", known["Noch verfügbar"]);
        Assert.DoesNotContain("unbekannt", known.Values);

        // A region where nothing is known of payments says so; a sum over known and unknown figures adds what is
        // known and says how many projects have no figure.
        var aachen = (await admin.GetPageAsync("/verwaltung/finanzen?region=aachen")).Text("main table tbody");
        Assert.Contains("Digitale Modellregion Aachen 1 unbekannt 1.200.000 € unbekannt unbekannt unbekannt", aachen, StringComparison.Ordinal);
        var all = (await admin.GetPageAsync("/verwaltung/finanzen")).Text("main table tfoot");
        Assert.Contains("ohne Angaben zu", all, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_public_project_page_says_no_published_figures_for_GovChain_and_0_for_a_known_zero()
    {
        var zero = await KnownZeroProjectAsync();
        var slug = await app.WithDbAsync(db => db.Projects.Where(p => p.Title == GovChain).Select(p => p.Slug).SingleAsync());
        var browser = app.Browser();

        var govChain = (await browser.GetPageAsync($"/projekte/{slug}")).Text("main aside");
        Assert.Contains("Ausgezahlt (Mittelabfluss) nicht veröffentlicht", govChain, StringComparison.Ordinal);
        var known = (await browser.GetPageAsync($"/projekte/{zero.Slug}")).Text("main aside");
        Assert.Contains("Ausgezahlt (Mittelabfluss) 0 €", known, StringComparison.Ordinal);
    }

    /// <summary>An administered project with a grant of 80,000 € and nothing asked for or paid yet: its money is known to be 0.</summary>
    private async Task<(int Id, string Title, string Slug)> KnownZeroProjectAsync()
    {
        var id = await app.RunningProjectAsync(80_000m, new DateOnly(2029, 1, 1), new DateOnly(2031, 12, 31));
        return await app.WithDbAsync(async db => await db.Projects.Where(p => p.Id == id).Select(p => new ValueTuple<int, string, string>(p.Id, p.Title, p.Slug)).SingleAsync());
    }

    private static Dictionary<string, string> Figures(IHtmlDocument page) =>
        page.QuerySelectorAll(".money-figures .kern-description-list-item").ToDictionary(
            item => item.QuerySelector("dt")!.TextContent.Trim(),
            item => item.QuerySelector("dd")!.TextContent.Trim());

    /// <summary>The cells of the first sheet by row number and column letter, as stored (numbers invariant, text inline); empty cells are absent.</summary>
    private static Dictionary<uint, Dictionary<string, string?>> ReadXlsx(byte[] bytes)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var rows = new Dictionary<uint, Dictionary<string, string?>>();
        foreach (var row in document.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Row>())
        {
            var cells = row.Elements<Cell>()
                .Where(c => c.CellValue is not null || c.InlineString is not null)
                .ToDictionary(c => new string([.. c.CellReference!.Value!.TakeWhile(char.IsLetter)]), c => c.InlineString?.InnerText ?? c.CellValue?.Text);
            if (cells.Count > 0)
            {
                rows[row.RowIndex!.Value] = cells;
            }
        }

        return rows;
    }

    private static List<Dictionary<string, string>> ReadCsv(byte[] bytes)
    {
        var text = Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF');
        using var csv = CsvReader.Create(new StringReader(text), CsvReaderOptions.Default with { Separator = ';' }, false);
        var header = csv.Headers.ToList();
        var rows = new List<Dictionary<string, string>>();
        while (csv.Read())
        {
            rows.Add(header.Select((name, i) => (name, value: csv.GetString(i))).ToDictionary(x => x.name, x => x.value));
        }

        return rows;
    }
}
