using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Shared;

namespace Modellregion.Web.Features.Regions;

/// <summary>Open data: the regions of the programmes with their number of public projects.</summary>
public sealed class RegionsOpenData(AppDbContext db) : IOpenDataSet
{
    public string Name => "regionen";

    public string Title => "Regionen";

    public string Description => "Die geförderten Regionen mit Förderprogramm, Bezirksregierung, Webseite und Zahl der veröffentlichten Projekte.";

    public int Order => 20;

    public IReadOnlyList<string> Keywords => ["Digitalisierung", "Regionen", "Förderprogramm"];

    public IReadOnlyList<OpenDataField> Fields { get; } =
    [
        new("slug", "Kurzname", "Text", "Kurzname der Region in der Adresse /regionen/{Kurzname}", null, "owl", "Projektbüro"),
        new("name", "Region", "Text", "Name der Region", null, "Ostwestfalen-Lippe", "Förderprogramm"),
        new("shortName", "Kurzbezeichnung", "Text", "Kurze Bezeichnung der Region", null, "OWL", "Förderprogramm"),
        new("programme", "Förderprogramm", "Text", "Name des Förderprogramms", null, "Digitale Modellregionen NRW", "Förderprogramm"),
        new("governingDistrict", "Bezirksregierung", "Text", "Zuständige Bezirksregierung, soweit genannt", null, "Detmold", "Förderprogramm"),
        new("website", "Webseite", "URL", "Webseite der Region", null, "https://example.org", "Projektbüro"),
        new("projects", "Projekte", "Ganzzahl", "Zahl der veröffentlichten Projekte der Region", "Anzahl", "12", "Berechnet"),
    ];

    public async Task<IReadOnlyList<object?[]>> RowsAsync(CancellationToken cancellationToken)
    {
        var rows = await db.Set<Region>().AsNoTracking().Where(r => !r.IsExample && !r.IsSynthetic).OrderBy(r => r.Name)
            .Select(r => new
            {
                r.Slug,
                r.Name,
                r.ShortName,
                Programme = r.Programme!.Name,
                r.GoverningDistrict,
                r.Website,
                Projects = db.Set<Projects.Project>().Count(p => p.RegionId == r.Id && p.IsPublished && !p.IsSynthetic),
            })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new object?[] { r.Slug, r.Name, r.ShortName, r.Programme, r.GoverningDistrict, r.Website, r.Projects })];
    }
}
