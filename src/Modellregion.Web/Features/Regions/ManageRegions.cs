using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Account;
using Modellregion.Web.Features.Directory;
using Modellregion.Web.Features.Regions.Admin;
using Modellregion.Web.Features.Shared;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Regions;

/// <summary>What describes a region: programme, lead municipality and partners from the official directory, office.</summary>
public sealed class RegionInput
{
    public const int MaxPartners = 30;

    [Required(ErrorMessage = "ManageRegions.PleaseEnterTheNameOfThe")]
    [StringLength(200, MinimumLength = 3, ErrorMessage = "ManageRegions.TheNameMustBe3To")]
    [PlainText]
    [Display(Name = "Common.Name")]
    public string Name { get; set; } = "";

    [Required(ErrorMessage = "ManageRegions.PleaseEnterAShortNameE")]
    [StringLength(60, ErrorMessage = "ManageRegions.TheShortNameMayBeAt")]
    [PlainText]
    [Display(Name = "ManageRegions.ShortName")]
    public string ShortName { get; set; } = "";

    [StringLength(Platform.Slug.MaxLength, ErrorMessage = "ManageRegions.TheShortAddressMayBeAt")]
    [Display(Name = "ManageRegions.ShortAddressURL")]
    public string? Slug { get; set; }

    [Required(ErrorMessage = "ManageRegions.PleaseChooseTheRegionsFundingProgramme")]
    [Display(Name = "Common.FundingProgramme")]
    public int? ProgrammeId { get; set; }

    [StringLength(1000, ErrorMessage = "ManageRegions.TheSummaryMayBeAtMost")]
    [PlainText]
    [Display(Name = "ManageRegions.Summary")]
    public string? Summary { get; set; }

    [StringLength(20000, ErrorMessage = "ManageRegions.TheDescriptionMayBeAtMost")]
    [PlainText]
    [Display(Name = "ManageRegions.Description")]
    public string? Description { get; set; }

    [StringLength(200, ErrorMessage = "ManageRegions.EnglishNameTooLong")]
    [PlainText]
    [Display(Name = "ManageRegions.NameEn")]
    public string? NameEn { get; set; }

    [StringLength(1000, ErrorMessage = "ManageRegions.TheSummaryMayBeAtMost")]
    [PlainText]
    [Display(Name = "ManageRegions.SummaryEn")]
    public string? SummaryEn { get; set; }

    [StringLength(20000, ErrorMessage = "ManageRegions.TheDescriptionMayBeAtMost")]
    [PlainText]
    [Display(Name = "ManageRegions.DescriptionEn")]
    public string? DescriptionEn { get; set; }

    [Required(ErrorMessage = "ManageRegions.ARegionNeedsALeadMunicipality2")]
    [StringLength(100, ErrorMessage = "ManageRegions.TheNameOfTheMunicipalityMay")]
    [PlainText]
    [Display(Name = "Common.LeadMunicipality")]
    public string? LeadMunicipality { get; set; }

    /// <summary>The choice from a candidate list when the lead's name was ambiguous (or the AGS of the lead shown).</summary>
    public string? LeadMunicipalityAgs { get; set; }

    /// <summary>Partner municipalities, one per field (name or AGS); empty fields are ignored.</summary>
    [Display(Name = "ManageRegions.PartnerMunicipalities")]
    public List<string?> PartnerMunicipalities { get; set; } = [];

    /// <summary>Choices from candidate lists (or the AGS of the partners shown), by position.</summary>
    public List<string?> PartnerAgs { get; set; } = [];

    [StringLength(60, ErrorMessage = "ManageRegions.TheAdministrativeDistrictMayBeAt")]
    [PlainText]
    [Display(Name = "Common.AdministrativeRegion")]
    public string? GoverningDistrict { get; set; }

    [StringLength(200, ErrorMessage = "ManageRegions.TheNameOfTheGrantingAuthority")]
    [PlainText]
    [Display(Name = "ManageRegions.GrantingAuthority")]
    public string? GrantingAuthority { get; set; }

    [StringLength(500, ErrorMessage = "ManageRegions.TheWebsiteMayBeAtMost")]
    [WebAddress]
    [Display(Name = "ManageRegions.WebsiteOfTheRegion")]
    public string? Website { get; set; }

    [StringLength(200, ErrorMessage = "ManageRegions.TheNameOfTheProjectOffice")]
    [PlainText]
    [Display(Name = "ManageRegions.ProjectOfficeName")]
    public string? OfficeName { get; set; }

    [StringLength(200, ErrorMessage = "ManageRegions.TheHostOfTheProjectOffice")]
    [PlainText]
    [Display(Name = "ManageRegions.ProjectOfficeHostedBy")]
    public string? OfficeHost { get; set; }

    [StringLength(200, ErrorMessage = "ManageRegions.TheEmailAddressMayBeAt")]
    [EmailAddress(ErrorMessage = "ManageRegions.PleaseEnterAValidEmailAddress")]
    [Display(Name = "ManageRegions.ProjectOfficeEmail")]
    public string? OfficeEmail { get; set; }

    [StringLength(60, ErrorMessage = "ManageRegions.ThePhoneNumberMayBeAt")]
    [PlainText]
    [Display(Name = "ManageRegions.ProjectOfficePhone")]
    public string? OfficePhone { get; set; }

    [StringLength(300, ErrorMessage = "ManageRegions.TheAddressMayBeAtMost")]
    [PlainText]
    [Display(Name = "ManageRegions.ProjectOfficeAddress")]
    public string? OfficeAddress { get; set; }

    [StringLength(500, ErrorMessage = "ManageRegions.TheWebsiteMayBeAtMost")]
    [WebAddress]
    [Display(Name = "ManageRegions.ProjectOfficeWebsite")]
    public string? OfficeWebsite { get; set; }

    [StringLength(40000, ErrorMessage = "ManageRegions.TheSourcesMayBeAtMost")]
    [PlainText]
    [Display(Name = "ManageRegions.Sources")]
    public string? Sources { get; set; }

    public int Version { get; set; }
}

/// <summary>
/// Saved, or why not; for an ambiguous municipality name the candidates to choose from, by field; when the form is
/// shown again, its <see cref="Form"/>.
/// </summary>
public sealed record RegionResult(Outcome Outcome, IReadOnlyDictionary<string, IReadOnlyList<MunicipalityInfo>> Candidates)
{
    public RegionForm? Form { get; init; }

    public static RegionResult Of(Outcome outcome) => new(outcome, new Dictionary<string, IReadOnlyList<MunicipalityInfo>>());
}

public sealed record RegionRow(int Id, string Slug, string Name, string Programme, string? Lead, bool IsExample);

/// <summary>
/// The regions of the installation (<c>/verwaltung/regionen</c>); whether a programme exists to add one to; the
/// columns other features add (<see cref="IRegionFacts"/>, e.g. the region's Digitalboard).
/// </summary>
public sealed record RegionList(IReadOnlyList<RegionRow> Regions, bool HasProgrammes, IReadOnlyList<RegionFactColumn> Columns);

/// <summary>
/// The region form: its choices, and for an existing region its name, address and the participants the form does
/// not edit (named so that nobody wonders where they went). <see cref="Input"/> is the form's starting values.
/// </summary>
public sealed record RegionForm(RegionFormOptions Options, RegionInput? Input, string Name = "", string Slug = "")
{
    public IReadOnlyList<string> OtherParticipants { get; init; } = [];
}

/// <summary>
/// Administrators set up regions: the programme they belong to, the lead municipality and partner municipalities
/// from the official directory (their organisations are created when missing), the Regierungsbezirk and granting
/// authority, and how the project office is reached.
/// </summary>
public sealed class ManageRegions(AppDbContext db, CurrentUser currentUser, IAuthorizationService authorization, MunicipalityLookup municipalities, IEnumerable<IRegionFacts> facts)
{
    public async Task<Result<RegionList>> ListAsync(CancellationToken cancellationToken = default)
    {
        if (!await MayAsync())
        {
            return new Outcome.Forbidden();
        }

        var regions = await db.Regions.AsNoTracking().Where(r => !r.IsSynthetic).OrderBy(r => r.Name)
            .Select(r => new RegionRow(r.Id, r.Slug, r.Name, r.Programme!.Name, r.LeadOrganisation != null ? r.LeadOrganisation.Name : null, r.IsExample))
            .ToListAsync(cancellationToken);
        var listed = regions.Select(r => new ListedRegion(r.Id, r.Slug, r.Name)).ToList();
        var columns = new List<RegionFactColumn>();
        foreach (var contribution in facts.OrderBy(f => f.Order))
        {
            columns.Add(new RegionFactColumn(contribution.Label, await contribution.LoadAsync(listed, cancellationToken)));
        }

        return new RegionList(regions, await db.Programmes.AnyAsync(cancellationToken), columns);
    }

    /// <summary>The form for a new region, in the programme with <paramref name="programmeSlug"/> (or the only one).</summary>
    public async Task<Result<RegionForm>> OpenNewAsync(string? programmeSlug, CancellationToken cancellationToken = default)
    {
        if (!await MayAsync())
        {
            return new Outcome.Forbidden();
        }

        var options = await RegionFormOptions.LoadAsync(db, null, cancellationToken);
        var programmeId = programmeSlug is null
            ? options.Programmes.Count == 1 ? int.Parse(options.Programmes[0].Value, System.Globalization.CultureInfo.InvariantCulture) : null
            : await db.Programmes.Where(p => p.Slug == programmeSlug).Select(p => (int?)p.Id).FirstOrDefaultAsync(cancellationToken);
        return new RegionForm(options, new RegionInput { ProgrammeId = programmeId });
    }

    /// <summary>The form of a region with its stored values.</summary>
    public async Task<Result<RegionForm>> OpenAsync(int id, CancellationToken cancellationToken = default)
    {
        if (!await MayAsync())
        {
            return new Outcome.Forbidden();
        }

        return await FormAsync(id, null, cancellationToken) is { } form
            ? form with { Input = await InputOfAsync(id, cancellationToken) }
            : new Outcome.NotFound();
    }

    public async Task<RegionResult> CreateAsync(RegionInput input, bool fieldsValid = true, CancellationToken cancellationToken = default)
    {
        if (!await MayAsync())
        {
            return RegionResult.Of(new Outcome.Forbidden());
        }

        var region = new Region { Slug = "", Name = "", ShortName = "" };
        var (checkedInput, result) = fieldsValid ? await ValidateAsync(input, region.Id, cancellationToken) : (null, RegionResult.Of(Outcome.Invalid.BoundInput()));
        if (checkedInput is null)
        {
            return result with { Form = new RegionForm(await RegionFormOptions.LoadAsync(db, result.Candidates, cancellationToken), null) };
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        Apply(input, checkedInput, region);
        db.Regions.Add(region);
        await db.SaveChangesAsync(cancellationToken);
        await SetParticipantsAsync(region, checkedInput, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return RegionResult.Of(new Outcome.Saved(region.Id, region.Slug));
    }

    public async Task<RegionResult> UpdateAsync(int id, RegionInput input, bool fieldsValid = true, CancellationToken cancellationToken = default)
    {
        if (!await MayAsync())
        {
            return RegionResult.Of(new Outcome.Forbidden());
        }

        var region = await db.Regions.Include(r => r.Participations).ThenInclude(p => p.Organisation).FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (region is null)
        {
            return RegionResult.Of(new Outcome.NotFound());
        }

        if (!fieldsValid)
        {
            return RegionResult.Of(Outcome.Invalid.BoundInput()) with { Form = await FormAsync(id, null, cancellationToken) };
        }

        if (region.Version != input.Version)
        {
            return RegionResult.Of(Stale()) with { Form = await FormAsync(id, null, cancellationToken) };
        }

        var (checkedInput, result) = await ValidateAsync(input, region.Id, cancellationToken);
        if (checkedInput is null)
        {
            return result with { Form = await FormAsync(id, result.Candidates, cancellationToken) };
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Entry(region).Property(r => r.Version).OriginalValue = input.Version;
        Apply(input, checkedInput, region);
        db.Entry(region).State = EntityState.Modified;
        try
        {
            await SetParticipantsAsync(region, checkedInput, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return RegionResult.Of(new Outcome.Saved(region.Id, region.Slug));
        }
        catch (DbUpdateConcurrencyException)
        {
            return RegionResult.Of(Stale()) with { Form = await FormAsync(id, null, cancellationToken) };
        }
    }

    private Task<bool> MayAsync() => authorization.AllowsAsync(currentUser.Principal, null, RegionsOperations.Manage);

    /// <summary>The form of a stored region without its values; null when there is no such region.</summary>
    private async Task<RegionForm?> FormAsync(int id, IReadOnlyDictionary<string, IReadOnlyList<MunicipalityInfo>>? candidates, CancellationToken cancellationToken)
    {
        var region = await db.Regions.AsNoTracking().Where(r => r.Id == id).Select(r => new { r.Name, r.Slug }).FirstOrDefaultAsync(cancellationToken);
        if (region is null)
        {
            return null;
        }

        var others = await db.RegionParticipations.AsNoTracking()
            .Where(p => p.RegionId == id && p.Role != RegionRole.LeadMunicipality && p.Role != RegionRole.GrantingAuthority
                && !(p.Role == RegionRole.CooperationPartner && p.Organisation!.MunicipalityAgs != null))
            .OrderBy(p => p.Role).ThenBy(p => p.Organisation!.Name)
            .Select(p => new { p.Organisation!.Name, p.Role })
            .ToListAsync(cancellationToken);
        return new RegionForm(await RegionFormOptions.LoadAsync(db, candidates, cancellationToken), null, region.Name, region.Slug)
        {
            OtherParticipants = [.. others.Select(p => $"{p.Name} ({RegionRoles.Label(p.Role)})")],
        };
    }

    /// <summary>The form's values for a region as it is stored: its lead and municipal partners named as in the directory.</summary>
    private async Task<RegionInput> InputOfAsync(int id, CancellationToken cancellationToken = default)
    {
        var region = await db.Regions.AsNoTracking().Include(r => r.Participations).ThenInclude(p => p.Organisation).FirstAsync(r => r.Id == id, cancellationToken);
        var lead = region.Participations.FirstOrDefault(p => p.Role == RegionRole.LeadMunicipality)?.Organisation
            ?? (region.LeadOrganisationId is { } leadId ? await db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == leadId, cancellationToken) : null);
        var partners = region.Participations
            .Where(p => p.Role == RegionRole.CooperationPartner && p.Organisation!.MunicipalityAgs != null)
            .Select(p => p.Organisation!.MunicipalityAgs!).Distinct().ToList();
        var labels = new Dictionary<string, string>();
        foreach (var ags in partners.Append(lead?.MunicipalityAgs).OfType<string>())
        {
            labels[ags] = (await municipalities.GetAsync(ags, cancellationToken))?.Label ?? ags;
        }

        return new RegionInput
        {
            Name = region.Name,
            ShortName = region.ShortName,
            Slug = region.Slug,
            ProgrammeId = region.ProgrammeId,
            Summary = region.Summary,
            Description = region.Description,
            NameEn = region.NameEn,
            SummaryEn = region.SummaryEn,
            DescriptionEn = region.DescriptionEn,
            LeadMunicipality = lead?.MunicipalityAgs is { } leadAgs ? labels[leadAgs] : lead?.Name,
            LeadMunicipalityAgs = lead?.MunicipalityAgs,
            PartnerMunicipalities = [.. partners.Select(a => (string?)labels[a])],
            PartnerAgs = [.. partners.Select(a => (string?)a)],
            GoverningDistrict = region.GoverningDistrict,
            GrantingAuthority = region.Participations.FirstOrDefault(p => p.Role == RegionRole.GrantingAuthority)?.Organisation?.Name,
            Website = region.Website,
            OfficeName = region.Office.Name,
            OfficeHost = region.Office.Host,
            OfficeEmail = region.Office.Email,
            OfficePhone = region.Office.Phone,
            OfficeAddress = region.Office.Address,
            OfficeWebsite = region.Office.Website,
            Sources = SourceLines.Format(region.Sources),
            Version = region.Version,
        };
    }

    private sealed record CheckedInput(MunicipalityInfo Lead, IReadOnlyList<MunicipalityInfo> Partners, List<SourceReference> Sources, string? GrantingAuthority);

    private static Outcome.Conflict Stale() =>
        new(RegionsTexts.Of("ManageRegions.SomeoneElseHasChangedTheRegion"));

    private async Task<(CheckedInput? Checked, RegionResult Result)> ValidateAsync(RegionInput input, int id, CancellationToken cancellationToken)
    {
        var errors = new Errors();
        var candidates = new Dictionary<string, IReadOnlyList<MunicipalityInfo>>();
        InputRules.Check(input, errors);
        input.Name = input.Name?.Trim() ?? "";
        input.ShortName = input.ShortName?.Trim() ?? "";
        input.Slug = await Slug.CheckAsync(
            input.Slug,
            input.ShortName.Length > 0 ? input.ShortName : input.Name,
            nameof(input.Slug),
            errors,
            slug => db.Regions.AnyAsync(r => r.Slug == slug && r.Id != id, cancellationToken),
            RegionsTexts.Of("ManageRegions.SlugTaken"));

        if (input.Name.Length > 0 && await db.Regions.AnyAsync(r => r.Name == input.Name && r.Id != id, cancellationToken))
        {
            errors.Add(nameof(input.Name), RegionsTexts.Of("ManageRegions.ARegionAlreadyExists", input.Name));
        }

        if (input.ProgrammeId is { } programmeId && !await db.Programmes.AnyAsync(p => p.Id == programmeId, cancellationToken))
        {
            errors.Add(nameof(input.ProgrammeId), RegionsTexts.Of("ManageRegions.TheSelectedFundingProgrammeDoesNot"));
        }

        MunicipalityInfo? lead = null;
        if (!string.IsNullOrWhiteSpace(input.LeadMunicipality) && input.LeadMunicipality.Length <= 100)
        {
            var (found, options) = await municipalities.ResolveForFormAsync(input.LeadMunicipality, input.LeadMunicipalityAgs, nameof(input.LeadMunicipality), errors, cancellationToken);
            lead = found;
            if (options.Count > 0)
            {
                candidates[nameof(input.LeadMunicipality)] = options;
            }
        }

        var partners = new List<MunicipalityInfo>();
        var filled = input.PartnerMunicipalities.Count(p => !string.IsNullOrWhiteSpace(p));
        if (filled > RegionInput.MaxPartners)
        {
            errors.Add(nameof(input.PartnerMunicipalities), RegionsTexts.Of("ManageRegions.PleaseNameAtMostPartnerMunicipalities", RegionInput.MaxPartners));
        }
        else
        {
            for (var i = 0; i < input.PartnerMunicipalities.Count; i++)
            {
                var text = input.PartnerMunicipalities[i];
                if (string.IsNullOrWhiteSpace(text))
                {
                    continue;
                }

                var property = $"{nameof(input.PartnerMunicipalities)}[{i}]";
                if (text.Length > 100 || !PlainText.IsPlain(text))
                {
                    errors.Add(property, RegionsTexts.Of("ManageRegions.AMunicipalitysNameHasAtMost"));
                    continue;
                }

                var (found, options) = await municipalities.ResolveForFormAsync(text, i < input.PartnerAgs.Count ? input.PartnerAgs[i] : null, property, errors, cancellationToken);
                if (options.Count > 0)
                {
                    candidates[property] = options;
                }

                if (found is null)
                {
                    continue;
                }

                if (found.Ags == lead?.Ags)
                {
                    errors.Add(property, RegionsTexts.Of("ManageRegions.IsAlreadyTheLeadMunicipality", found.Name));
                }
                else if (partners.Any(p => p.Ags == found.Ags))
                {
                    errors.Add(property, RegionsTexts.Of("ManageRegions.IsAlreadyInTheListOf", found.Name));
                }
                else
                {
                    partners.Add(found);
                }
            }
        }

        var sources = SourceLines.Parse(input.Sources, nameof(input.Sources), errors);
        return errors.Any || lead is null
            ? (null, new RegionResult(errors.Any ? errors.ToOutcome() : Outcome.Invalid.Of(nameof(input.LeadMunicipality), RegionsTexts.Of("ManageRegions.ARegionNeedsALeadMunicipality")), candidates))
            : (new CheckedInput(lead, partners, sources, Clean(input.GrantingAuthority)), RegionResult.Of(new Outcome.Saved(0)));
    }

    private static void Apply(RegionInput input, CheckedInput checkedInput, Region region)
    {
        region.Name = input.Name;
        region.ShortName = input.ShortName;
        region.Slug = input.Slug!;
        region.ProgrammeId = input.ProgrammeId!.Value;
        region.Summary = Clean(input.Summary);
        region.Description = string.IsNullOrWhiteSpace(input.Description) ? null : input.Description.Trim().ReplaceLineEndings("\n");
        region.NameEn = Clean(input.NameEn);
        region.SummaryEn = Clean(input.SummaryEn);
        region.DescriptionEn = string.IsNullOrWhiteSpace(input.DescriptionEn) ? null : input.DescriptionEn.Trim().ReplaceLineEndings("\n");
        region.GoverningDistrict = Clean(input.GoverningDistrict);
        region.Website = Clean(input.Website);
        region.Office = new ProjectOfficeContact
        {
            Name = Clean(input.OfficeName),
            Host = Clean(input.OfficeHost),
            Email = Clean(input.OfficeEmail),
            Phone = Clean(input.OfficePhone),
            Address = Clean(input.OfficeAddress),
            Website = Clean(input.OfficeWebsite),
        };
        region.Sources = checkedInput.Sources;
    }

    /// <summary>
    /// The lead, the municipal partners and the granting authority as participations of the region. Other
    /// participations (Kreise, board members, the office's host) are kept as they are.
    /// </summary>
    private async Task SetParticipantsAsync(Region region, CheckedInput checkedInput, CancellationToken cancellationToken)
    {
        var lead = await MunicipalityOrganisationAsync(checkedInput.Lead, region, cancellationToken);
        region.LeadOrganisation = lead;
        Keep(region, RegionRole.LeadMunicipality, [lead], _ => true);

        var partners = new List<Organisation>();
        foreach (var partner in checkedInput.Partners)
        {
            partners.Add(await MunicipalityOrganisationAsync(partner, region, cancellationToken));
        }

        Keep(region, RegionRole.CooperationPartner, partners, o => o.MunicipalityAgs != null);

        var authority = checkedInput.GrantingAuthority is { } name ? await AuthorityAsync(name, region, cancellationToken) : null;
        Keep(region, RegionRole.GrantingAuthority, authority is null ? [] : [authority], _ => true);
    }

    /// <summary>Makes the participations of <paramref name="role"/> that <paramref name="managed"/> covers exactly <paramref name="wanted"/>.</summary>
    private void Keep(Region region, RegionRole role, IReadOnlyList<Organisation> wanted, Func<Organisation, bool> managed)
    {
        foreach (var participation in region.Participations.Where(p => p.Role == role && p.Organisation is { } o && managed(o) && !wanted.Any(w => SameOrganisation(w, o))).ToList())
        {
            region.Participations.Remove(participation);
            db.RegionParticipations.Remove(participation);
        }

        foreach (var organisation in wanted.Where(w => !region.Participations.Any(p => p.Role == role && p.Organisation is { } o && SameOrganisation(w, o))))
        {
            region.Participations.Add(new RegionParticipation { Region = region, Organisation = organisation, Role = role });
        }
    }

    private static bool SameOrganisation(Organisation a, Organisation b) => ReferenceEquals(a, b) || (a.Id != 0 && a.Id == b.Id);

    /// <summary>The organisation of an official municipality; created (and kept by this region's office) when there is none yet.</summary>
    private async Task<Organisation> MunicipalityOrganisationAsync(MunicipalityInfo municipality, Region region, CancellationToken cancellationToken)
    {
        var existing = db.Organisations.Local.FirstOrDefault(o => o.MunicipalityAgs == municipality.Ags)
            ?? await db.Organisations.Where(o => o.MunicipalityAgs == municipality.Ags)
                .OrderBy(o => o.Type == OrganisationType.Municipality ? 0 : 1).ThenBy(o => o.Id).FirstOrDefaultAsync(cancellationToken);
        if (existing is not null)
        {
            return existing;
        }

        var name = MunicipalityNames.AsOrganisation(municipality.Name);
        var organisation = new Organisation
        {
            Slug = await FreeSlugAsync(Slug.From(name), municipality.Ags, cancellationToken),
            Name = name,
            Type = OrganisationType.Municipality,
            MunicipalityAgs = municipality.Ags,
            DistrictAgs = municipality.IsIndependentCity ? municipality.DistrictAgs : null,
            City = MunicipalityNames.Place(municipality.Name),
            Region = region,
        };
        db.Organisations.Add(organisation);
        return organisation;
    }

    private async Task<Organisation> AuthorityAsync(string name, Region region, CancellationToken cancellationToken)
    {
        var existing = db.Organisations.Local.FirstOrDefault(o => o.Name == name)
            ?? await db.Organisations.Where(o => o.Name == name).OrderBy(o => o.Id).FirstOrDefaultAsync(cancellationToken);
        if (existing is not null)
        {
            return existing;
        }

        var authority = new Organisation
        {
            Slug = await FreeSlugAsync(Slug.From(name), null, cancellationToken),
            Name = name,
            Type = OrganisationType.DistrictGovernment,
            Region = region,
        };
        db.Organisations.Add(authority);
        return authority;
    }

    private async Task<string> FreeSlugAsync(string slug, string? ags, CancellationToken cancellationToken)
    {
        var candidate = slug;
        for (var n = 2; db.Organisations.Local.Any(o => o.Slug == candidate) || await db.Organisations.AnyAsync(o => o.Slug == candidate, cancellationToken); n++)
        {
            candidate = ags is not null && n == 2 ? $"{slug}-{ags}" : $"{slug}-{n}";
        }

        return candidate;
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
