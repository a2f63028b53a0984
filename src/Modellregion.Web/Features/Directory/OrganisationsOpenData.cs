using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Shared;

namespace Modellregion.Web.Features.Directory;

/// <summary>Open data: the organisations of the directory (municipalities, districts, universities, companies …) without contact persons.</summary>
public sealed class OrganisationsOpenData(AppDbContext db) : IOpenDataSet
{
    public string Name => "akteure";

    public string Title => "Akteure";

    public string Description => "Die Organisationen im Akteursverzeichnis: Art, Ort, Amtlicher Gemeindeschlüssel und Region – ohne Ansprechpersonen.";

    public int Order => 40;

    public IReadOnlyList<string> Keywords => ["Kommunen", "Akteure", "Verzeichnis"];

    public IReadOnlyList<OpenDataField> Fields { get; } =
    [
        new("slug", "Kurzname", "Text", "Kurzname in der Adresse /akteure/{Kurzname}", null, "stadt-delbrueck", "Projektbüro"),
        new("name", "Organisation", "Text", "Name der Organisation", null, "Stadt Delbrück", "Projektbüro"),
        new("type", "Art", "Text", "Art der Organisation (Kommune, Kreis, Hochschule, Unternehmen …)", null, "Kommune", "Projektbüro"),
        new("city", "Ort", "Text", "Sitz der Organisation", null, "Delbrück", "Projektbüro"),
        new("municipalityAgs", "Gemeindeschlüssel", "Text (8 Ziffern)", "Amtlicher Gemeindeschlüssel (AGS) einer Kommune", null, "05774012", "Statistisches Bundesamt (Gemeindeverzeichnis)"),
        new("region", "Region", "Text", "Kurzname der Region, der die Organisation zugeordnet ist", null, "OWL", "Projektbüro"),
        new("website", "Webseite", "URL", "Webseite der Organisation", null, "https://www.delbrueck.de", "Projektbüro"),
    ];

    public async Task<IReadOnlyList<object?[]>> RowsAsync(CancellationToken cancellationToken)
    {
        var rows = await db.Set<Organisation>().AsNoTracking().Where(o => !o.IsExample && !o.IsSynthetic).OrderBy(o => o.Name)
            .Select(o => new { o.Slug, o.Name, o.Type, o.City, o.MunicipalityAgs, Region = o.Region != null ? o.Region.ShortName : null, o.Website })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(o => new object?[] { o.Slug, o.Name, OrganisationTypes.Label(o.Type), o.City, o.MunicipalityAgs, o.Region, o.Website })];
    }
}
