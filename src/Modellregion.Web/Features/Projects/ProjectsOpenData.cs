using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Shared;

namespace Modellregion.Web.Features.Projects;

/// <summary>Open data: every public project of the real regions with its stage, period and the grant approved.</summary>
public sealed class ProjectsOpenData(AppDbContext db) : IOpenDataSet
{
    public string Name => "projekte";

    public string Title => "Projekte";

    public string Description => "Alle veröffentlichten Projekte der Regionen mit Stand, Laufzeit, Gesamtkosten und bewilligter Zuwendung.";

    public int Order => 30;

    public IReadOnlyList<string> Keywords => ["Digitalisierung", "Förderprojekte", "Kommunen"];

    public IReadOnlyList<OpenDataField> Fields { get; } =
    [
        new("slug", "Kurzname", "Text", "Kurzname des Projekts in der Adresse /projekte/{Kurzname}", null, "smart-school", "Projektbüro"),
        new("title", "Projekt", "Text", "Titel des Projekts", null, "Smart School", "Projektbüro"),
        new("region", "Region", "Text", "Kurzname der Region, die das Projekt fördert", null, "OWL", "Projektbüro"),
        new("programme", "Förderprogramm", "Text", "Name des Förderprogramms", null, "Digitale Modellregionen NRW", "Projektbüro"),
        new("status", "Stand", "Text", "Stand im Projektlebenszyklus (Idee, beantragt, laufend, abgeschlossen …)", null, "laufend", "Projektbüro"),
        new("startsOn", "Beginn", "Datum (ISO 8601)", "Beginn der Laufzeit, soweit bekannt", null, "2020-01-01", "Zuwendungsbescheid oder Veröffentlichung"),
        new("endsOn", "Ende", "Datum (ISO 8601)", "Ende der Laufzeit, soweit bekannt", null, "2022-12-31", "Zuwendungsbescheid oder Veröffentlichung"),
        new("totalCosts", "Gesamtkosten", "Dezimalzahl", "Gesamtkosten des Projekts, leer wenn nicht bekannt", "Euro", "1328126.00", "Finanzierungsplan"),
        new("approvedGrant", "Bewilligte Zuwendung", "Dezimalzahl", "Bewilligte Zuwendung des Landes, leer wenn nicht bekannt", "Euro", "1070000.00", "Zuwendungsbescheid"),
        new("website", "Webseite", "URL", "Eigene Webseite des Projekts", null, "https://example.org", "Projektbüro"),
    ];

    public async Task<IReadOnlyList<object?[]>> RowsAsync(CancellationToken cancellationToken)
    {
        var rows = await db.Set<Project>().AsNoTracking().Where(p => p.IsPublished && !p.IsSynthetic && !p.Region!.IsExample)
            .OrderBy(p => p.Region!.ShortName).ThenBy(p => p.Title)
            .Select(p => new { p.Slug, p.Title, Region = p.Region!.ShortName, Programme = p.Programme != null ? p.Programme.Name : null, p.Status, p.StartsOn, p.EndsOn, p.TotalCosts, p.ApprovedGrant, p.Website })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(p => new object?[] { p.Slug, p.Title, p.Region, p.Programme, ProjectStatuses.Label(p.Status), p.StartsOn, p.EndsOn, p.TotalCosts, p.ApprovedGrant, p.Website })];
    }
}
