using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Shared;

namespace Modellregion.Web.Features.Funding;

/// <summary>
/// Open data: what came of the money, per project — approved, paid out and proven spent, with "unknown" kept apart
/// from 0 (an empty cell): a project known only from public reports has no recorded payments.
/// </summary>
public sealed class FundingOpenData(AppDbContext db, MoneyOverview money) : IOpenDataSet
{
    public string Name => "mittelabfluss";

    public string Title => "Mittelabfluss je Projekt";

    public string Description => "Bewilligte, ausgezahlte und nachgewiesene Mittel je Projekt. Leer heißt: nicht bekannt (etwa bei Projekten, die hier nur aus Veröffentlichungen bekannt sind), 0 heißt: bekannt und nichts.";

    public int Order => 35;

    public IReadOnlyList<string> Keywords => ["Fördermittel", "Zuwendung", "Mittelabfluss"];

    public IReadOnlyList<OpenDataField> Fields { get; } =
    [
        new("project", "Kurzname", "Text", "Kurzname des Projekts in der Adresse /projekte/{Kurzname}", null, "smart-school", "Projektbüro"),
        new("title", "Projekt", "Text", "Titel des Projekts", null, "Smart School", "Projektbüro"),
        new("region", "Region", "Text", "Kurzname der Region", null, "OWL", "Projektbüro"),
        new("administered", "In der Förderverwaltung", "ja/nein", "Ob Bescheide, Abrufe und Zahlungen hier geführt werden (sonst nur veröffentlichte Zahlen)", null, "ja", "Förderverwaltung"),
        new("approved", "Bewilligt", "Dezimalzahl", "Bewilligte Zuwendung, leer wenn nicht bekannt", "Euro", "1070000.00", "Zuwendungsbescheid oder Veröffentlichung"),
        new("paid", "Ausgezahlt", "Dezimalzahl", "Ausgezahlte Mittel, leer wenn nicht bekannt", "Euro", "535000.00", "Zahlungen der Förderverwaltung"),
        new("proven", "Nachgewiesen", "Dezimalzahl", "Im Verwendungsnachweis anerkannte Ausgaben, leer wenn nicht bekannt", "Euro", "0.00", "Verwendungsnachweise"),
    ];

    public async Task<IReadOnlyList<object?[]>> RowsAsync(CancellationToken cancellationToken)
    {
        var projects = db.Set<Projects.Project>().Where(p => p.IsPublished && !p.IsSynthetic && !p.Region!.IsExample);
        var figures = await money.ByProjectAsync(projects, cancellationToken);
        var rows = await projects.AsNoTracking().OrderBy(p => p.Region!.ShortName).ThenBy(p => p.Title)
            .Select(p => new { p.Id, p.Slug, p.Title, Region = p.Region!.ShortName, p.IsAdministered })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(p =>
        {
            var m = figures.GetValueOrDefault(p.Id) ?? MoneyFigures.Unknown;
            return new object?[] { p.Slug, p.Title, p.Region, p.IsAdministered, m.Approved, m.Paid, m.Proven };
        })];
    }
}
