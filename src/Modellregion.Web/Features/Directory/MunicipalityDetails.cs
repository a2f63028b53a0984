using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Projects;

namespace Modellregion.Web.Features.Directory;

/// <summary>What the public page of an official municipality shows (/kommunen/{ags}).</summary>
public sealed record MunicipalityDetails(
    string Ags,
    string Name,
    string Land,
    string LandName,
    string DistrictAgs,
    string DistrictName,
    string DistrictType,
    IReadOnlyList<OrganisationProject> Projects,
    IReadOnlyList<MunicipalityOrganisation> Organisations)
{
    public bool IsIndependentCity => DistrictType is "Kreisfreie Stadt" or "Stadtkreis";
}

/// <summary>An organisation of the directory located in the municipality.</summary>
public sealed record MunicipalityOrganisation(string Slug, string Name);

/// <summary>
/// The public profile of a municipality of the official list, also of one that is not in the directory of actors:
/// the projects carried out in it or with its organisations, and its organisations in the directory. Other features
/// add their sections to the page (<see cref="Shared.PageSlots"/>, e.g. the solutions it reuses).
/// </summary>
public sealed class GetMunicipalityDetails(AppDbContext db)
{
    private static readonly Dictionary<string, string> Lands = new(StringComparer.Ordinal)
    {
        ["SH"] = "Schleswig-Holstein",
        ["HH"] = "Hamburg",
        ["NI"] = "Niedersachsen",
        ["HB"] = "Bremen",
        ["NW"] = "Nordrhein-Westfalen",
        ["HE"] = "Hessen",
        ["RP"] = "Rheinland-Pfalz",
        ["BW"] = "Baden-Württemberg",
        ["BY"] = "Bayern",
        ["SL"] = "Saarland",
        ["BE"] = "Berlin",
        ["BB"] = "Brandenburg",
        ["MV"] = "Mecklenburg-Vorpommern",
        ["SN"] = "Sachsen",
        ["ST"] = "Sachsen-Anhalt",
        ["TH"] = "Thüringen",
    };

    /// <summary>The details, or null for a key that is malformed or not in the official list.</summary>
    public async Task<MunicipalityDetails?> RunAsync(string? ags, CancellationToken cancellationToken = default)
    {
        if (!Ags.IsMunicipalityKey(ags))
        {
            return null;
        }

        var municipality = await db.Municipalities.AsNoTracking()
            .Where(m => m.Ags == ags)
            .Select(m => new { m.Ags, m.Name, m.Land, m.DistrictAgs, DistrictName = m.District!.Name, DistrictType = m.District.Type })
            .FirstOrDefaultAsync(cancellationToken);
        if (municipality is null)
        {
            return null;
        }

        var organisations = await db.Organisations.AsNoTracking()
            .Where(o => o.MunicipalityAgs == ags && !o.IsSynthetic)
            .OrderBy(o => o.Name)
            .Select(o => new { o.Id, o.Slug, o.Name })
            .ToListAsync(cancellationToken);

        // The projects with a role of one of its organisations and those carried out in it, in one query.
        var ofOrganisations = db.Organisations.Where(o => o.MunicipalityAgs == ags && !o.IsSynthetic).Select(o => o.Id);
        var rows = await db.ProjectPartners.AsNoTracking()
            .Where(p => ofOrganisations.Contains(p.OrganisationId) && p.Project!.IsPublished)
            .Select(p => new { InPlace = false, p.Project!.Slug, p.Project.Title, RegionName = p.Project.Region!.ShortName, p.Project.Status, p.Role, p.Note })
            .Concat(db.ProjectMunicipalities.AsNoTracking()
                .Where(m => m.Ags == ags && m.Project!.IsPublished)
                .Select(m => new { InPlace = true, m.Project!.Slug, m.Project.Title, RegionName = m.Project.Region!.ShortName, m.Project.Status, Role = PartnerRole.Associated, Note = (string?)null }))
            .ToListAsync(cancellationToken);
        var asPartner = rows.Where(p => !p.InPlace).Select(p => new OrganisationProject(p.Slug, p.Title, p.RegionName, p.Status, p.Role, p.Note)).ToList();
        var inPlace = rows.Where(p => p.InPlace).Select(p => new OrganisationProject(p.Slug, p.Title, p.RegionName, p.Status, p.Role, p.Note)).ToList();

        // A project where an organisation of the municipality has a role shows that role; others are "vor Ort".
        var projects = asPartner.OrderBy(p => p.Role).Concat(inPlace)
            .DistinctBy(p => p.Slug)
            .OrderBy(p => p.Title, StringComparer.CurrentCulture)
            .ToList();

        return new MunicipalityDetails(
            municipality.Ags, municipality.Name, municipality.Land, Lands.GetValueOrDefault(municipality.Land, municipality.Land),
            municipality.DistrictAgs, municipality.DistrictName, municipality.DistrictType,
            projects,
            [.. organisations.Select(o => new MunicipalityOrganisation(o.Slug, o.Name))]);
    }
}
