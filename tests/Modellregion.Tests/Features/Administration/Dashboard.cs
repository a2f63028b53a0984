using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Html.Dom;
using Modellregion.Tests.Infrastructure;

namespace Modellregion.Tests.Features.Administration;

/// <summary>One line of the dashboard as a person sees it.</summary>
public sealed record DashboardLine(string Section, string Text, string? Href, int? Count, string Severity);

/// <summary>Reads the dashboard at <c>/verwaltung</c> and counts what the list behind a link shows.</summary>
public static partial class Dashboard
{
    public static async Task<IReadOnlyList<DashboardLine>> ReadAsync(HttpClient browser)
    {
        var page = await browser.GetPageAsync("/verwaltung");
        return [.. page.QuerySelectorAll("#uebersicht section").SelectMany(section => section.QuerySelectorAll("li").Select(li => new DashboardLine(
            section.GetAttribute("data-section")!,
            Spaces().Replace(li.TextContent, " ").Trim(),
            li.QuerySelector("a")?.GetAttribute("href"),
            int.TryParse(li.GetAttribute("data-count"), NumberStyles.None, CultureInfo.InvariantCulture, out var count) ? count : null,
            li.GetAttribute("data-severity")!)))];
    }

    /// <summary>How many items the list behind <paramref name="href"/> shows, read the way a person reads that page.</summary>
    public static async Task<(int Count, string Text)> BehindAsync(HttpClient browser, string href)
    {
        var page = await browser.GetPageAsync(href);
        var path = href.Split('?', '#')[0];
        var count = path switch
        {
            "/verwaltung/fristen" => Rows(page, "section[aria-labelledby=auswahl]"),
            "/verwaltung/transfer/faelle" => Number(page.Text("#anzahl")),
            "/verwaltung/transfer/nachnutzungen" => page.QuerySelectorAll("#offene-meldungen > li").Length,
            "/verwaltung/projekte" => Number(page.QuerySelectorAll("main p").Select(p => p.TextContent.Trim()).First(t => ProjectCount().IsMatch(t))),
            _ when path.StartsWith("/verwaltung/digitalboard/sitzungen/", StringComparison.Ordinal) => page.QuerySelectorAll("[data-ohne-vorlage]").Length,
            _ => Rows(page, "main"),
        };
        return (count, page.Text());
    }

    private static int Rows(IHtmlDocument page, string scope)
    {
        Assert.True(page.QuerySelector($"{scope} nav.pagination") is null, "Die Liste hat mehrere Seiten; gezählt wird nur eine.");
        return page.QuerySelectorAll($"{scope} table tbody tr").Length;
    }

    private static int Number(string text) => int.Parse(Regex.Match(text, @"[\d.]+").Value.Replace(".", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"^[\d.]+ Projekte?$")]
    private static partial Regex ProjectCount();
}
