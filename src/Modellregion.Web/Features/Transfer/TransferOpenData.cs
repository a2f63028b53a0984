using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Shared;

namespace Modellregion.Web.Features.Transfer;

/// <summary>Open data: the solutions of the catalogue with their licence, costs and number of confirmed reuses.</summary>
public sealed class SolutionsOpenData(AppDbContext db) : IOpenDataSet
{
    public string Name => "loesungen";

    public string Title => "Lösungen zur Nachnutzung";

    public string Description => "Die veröffentlichten Lösungen des Lösungskatalogs mit Art, Reifegrad, Lizenz, Kosten, Herkunftsregion und Zahl der bestätigten Nachnutzungen.";

    public int Order => 50;

    public IReadOnlyList<string> Keywords => ["Nachnutzung", "Open Source", "Lösungskatalog"];

    public IReadOnlyList<OpenDataField> Fields { get; } =
    [
        new("slug", "Kurzname", "Text", "Kurzname in der Adresse /loesungen/{Kurzname}", null, "lorawan-2-0", "Projektbüro"),
        new("title", "Lösung", "Text", "Titel der Lösung", null, "LoRaWAN 2.0", "Projektbüro"),
        new("kind", "Art", "Text", "Art der Lösung (Software, Konzept, Dienst …)", null, "Software", "Projektbüro"),
        new("maturity", "Reifegrad", "Text", "Reifegrad (Idee, Pilot, produktiv …)", null, "Production", "Projektbüro"),
        new("licence", "Lizenz", "Text (SPDX)", "Lizenz als SPDX-Kennung", null, "EUPL-1.2", "publiccode.yml oder Projektbüro"),
        new("region", "Region", "Text", "Region, aus der die Lösung stammt", null, "OWL", "Projektbüro"),
        new("costOneOff", "Einmalige Kosten", "Dezimalzahl", "Einmalige Kosten der Übernahme, soweit bekannt", "Euro", "5000.00", "Projektbüro"),
        new("costRunningPerYear", "Laufende Kosten je Jahr", "Dezimalzahl", "Laufende Kosten je Jahr, soweit bekannt", "Euro pro Jahr", "1200.00", "Projektbüro"),
        new("reuses", "Bestätigte Nachnutzungen", "Ganzzahl", "Zahl der bestätigten Nachnutzungen", "Anzahl", "3", "Berechnet"),
    ];

    public async Task<IReadOnlyList<object?[]>> RowsAsync(CancellationToken cancellationToken)
    {
        var rows = await db.Set<Solution>().AsNoTracking().Where(s => s.IsPublished && !s.IsSynthetic && !s.IsExample).OrderBy(s => s.Title)
            .Select(s => new
            {
                s.Slug,
                s.Title,
                s.Kind,
                s.Maturity,
                s.Licence,
                Region = s.Region != null ? s.Region.ShortName : null,
                s.CostOneOff,
                s.CostRunningPerYear,
                Reuses = s.Reuses.Count(r => r.Status == ReuseStatus.Confirmed),
            })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(s => new object?[] { s.Slug, s.Title, s.Kind.ToString(), s.Maturity?.ToString(), s.Licence, s.Region, s.CostOneOff, s.CostRunningPerYear, s.Reuses })];
    }
}

/// <summary>Open data: the confirmed reuses of solutions by municipalities and organisations (public, as the solution pages show them).</summary>
public sealed class ReusesOpenData(AppDbContext db) : IOpenDataSet
{
    public string Name => "nachnutzungen";

    public string Title => "Nachnutzungen";

    public string Description => "Welche Kommune oder Organisation welche Lösung nachnutzt (nur bestätigte Nachnutzungen).";

    public int Order => 55;

    public IReadOnlyList<string> Keywords => ["Nachnutzung", "Kommunen"];

    public IReadOnlyList<OpenDataField> Fields { get; } =
    [
        new("solution", "Lösung (Kurzname)", "Text", "Kurzname der nachgenutzten Lösung", null, "lorawan-2-0", "Projektbüro"),
        new("solutionTitle", "Lösung", "Text", "Titel der nachgenutzten Lösung", null, "LoRaWAN 2.0", "Projektbüro"),
        new("user", "Nachnutzende", "Text", "Kommune oder Organisation, die die Lösung nutzt", null, "Stadt Höxter", "Projektbüro"),
        new("municipalityAgs", "Gemeindeschlüssel", "Text (8 Ziffern)", "Amtlicher Gemeindeschlüssel der nachnutzenden Kommune", null, "05762020", "Statistisches Bundesamt (Gemeindeverzeichnis)"),
        new("since", "Seit", "Datum (ISO 8601)", "Seit wann die Lösung genutzt wird, soweit bekannt", null, "2023-05-01", "Projektbüro"),
    ];

    public async Task<IReadOnlyList<object?[]>> RowsAsync(CancellationToken cancellationToken)
    {
        var rows = await db.Set<Reuse>().AsNoTracking()
            .Where(r => r.Status == ReuseStatus.Confirmed && r.Solution!.IsPublished && !r.Solution.IsSynthetic && !r.Solution.IsExample)
            .OrderBy(r => r.Solution!.Title).ThenBy(r => r.UserName)
            .Select(r => new { r.Solution!.Slug, r.Solution.Title, r.UserName, r.MunicipalityAgs, r.Since })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new object?[] { r.Slug, r.Title, r.UserName, r.MunicipalityAgs, r.Since })];
    }
}
