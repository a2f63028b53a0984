using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Account;
using Modellregion.Web.Features.Directory.Admin;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Directory;

public sealed class OrganisationInput
{
    [Required(ErrorMessage = "SaveOrganisation.PleaseEnterAName")]
    [StringLength(200, MinimumLength = 2, ErrorMessage = "SaveOrganisation.TheNameMustBe2To")]
    [Display(Name = "Common.Name")]
    public string Name { get; set; } = "";

    [StringLength(60, ErrorMessage = "SaveOrganisation.TheShortNameMayBeAt")]
    [Display(Name = "SaveOrganisation.ShortName")]
    public string? ShortName { get; set; }

    [StringLength(Platform.Slug.MaxLength, ErrorMessage = "SaveOrganisation.TheShortAddressMayBeAt")]
    [Display(Name = "SaveOrganisation.ShortAddressURL")]
    public string? Slug { get; set; }

    [Required(ErrorMessage = "SaveOrganisation.PleaseChooseTheType")]
    [Display(Name = "Common.Type")]
    public OrganisationType? Type { get; set; }

    [StringLength(4000, ErrorMessage = "SaveOrganisation.TheDescriptionMayBeAtMost")]
    [Display(Name = "SaveOrganisation.Description")]
    public string? Description { get; set; }

    [WebAddress]
    [StringLength(500, ErrorMessage = "SaveOrganisation.TheWebAddressMayBeAt")]
    [Display(Name = "Common.Website")]
    public string? Website { get; set; }

    [StringLength(100, ErrorMessage = "SaveOrganisation.ThePlaceMayBeAtMost")]
    [Display(Name = "SaveOrganisation.Place")]
    public string? City { get; set; }

    [Display(Name = "SaveOrganisation.OfficialMunicipalityKeyAGS")]
    public string? MunicipalityAgs { get; set; }

    [Display(Name = "Common.DistrictKey")]
    public string? DistrictAgs { get; set; }

    [Display(Name = "SaveOrganisation.ResponsibleRegion")]
    public int? RegionId { get; set; }

    [Display(Name = "SaveOrganisation.TypeOfGrantRecipientForThe")]
    public Funding.ApplicantType? ApplicantType { get; set; }

    public int Version { get; set; }

    public static OrganisationInput From(Organisation o) => new()
    {
        Name = o.Name,
        ShortName = o.ShortName,
        Slug = o.Slug,
        Type = o.Type,
        Description = o.Description,
        Website = o.Website,
        City = o.City,
        MunicipalityAgs = o.MunicipalityAgs,
        DistrictAgs = o.DistrictAgs,
        RegionId = o.RegionId,
        ApplicantType = o.ApplicantType,
        Version = o.Version,
    };
}

/// <summary>The organisation form: its choices and the organisation being edited (null for a new one).</summary>
public sealed record OrganisationForm(OrganisationFormOptions Options, Organisation? Organisation);

/// <summary>
/// Creates and edits organisations; the project office keeps those of its region. Every call passes the gate once
/// (<see cref="DirectoryOperations.Edit"/> on the organisation, or on <see cref="RegionResource.Any"/> for a new one)
/// before it reads or changes anything.
/// </summary>
public sealed class SaveOrganisation(AppDbContext db, CurrentUser currentUser, IAuthorizationService authorization)
{
    /// <summary>The form for a new organisation.</summary>
    public async Task<Result<OrganisationForm>> OpenNewAsync(CancellationToken cancellationToken = default) =>
        await authorization.AllowsAsync(currentUser.Principal, RegionResource.Any, DirectoryOperations.Edit)
            ? await FormAsync(null, cancellationToken)
            : new Outcome.Forbidden();

    /// <summary>The form of an organisation.</summary>
    public async Task<Result<OrganisationForm>> OpenAsync(int id, CancellationToken cancellationToken = default)
    {
        var organisation = await db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, cancellationToken);
        if (organisation is null)
        {
            return new Outcome.NotFound();
        }

        return await authorization.AllowsAsync(currentUser.Principal, organisation, DirectoryOperations.Edit)
            ? await FormAsync(organisation, cancellationToken)
            : new Outcome.Forbidden();
    }

    /// <param name="fieldsValid">Whether the bound input kept its field rules; if not, the answer after the gate is the form again.</param>
    public async Task<FormOutcome<OrganisationForm>> CreateAsync(OrganisationInput input, bool fieldsValid = true, CancellationToken cancellationToken = default)
    {
        if (!await authorization.AllowsAsync(currentUser.Principal, RegionResource.Any, DirectoryOperations.Edit))
        {
            return new Outcome.Forbidden();
        }

        if (!fieldsValid)
        {
            return await AgainAsync(Outcome.Invalid.BoundInput(), null, cancellationToken);
        }

        var organisation = new Organisation { Slug = "", Name = "" };
        var errors = new Errors();
        await ValidateAsync(input, organisation, errors, cancellationToken);
        if (errors.Any)
        {
            return await AgainAsync(errors.ToOutcome(), null, cancellationToken);
        }

        Apply(input, organisation);
        db.Organisations.Add(organisation);
        return await SaveAsync(organisation, null, cancellationToken);
    }

    /// <param name="fieldsValid">Whether the bound input kept its field rules; if not, the answer after the gate is the form again.</param>
    public async Task<FormOutcome<OrganisationForm>> UpdateAsync(int id, OrganisationInput input, bool fieldsValid = true, CancellationToken cancellationToken = default)
    {
        var organisation = await db.Organisations.FirstOrDefaultAsync(o => o.Id == id, cancellationToken);
        if (organisation is null)
        {
            return new Outcome.NotFound();
        }

        if (!await authorization.AllowsAsync(currentUser.Principal, organisation, DirectoryOperations.Edit))
        {
            return new Outcome.Forbidden();
        }

        if (!fieldsValid)
        {
            return await AgainAsync(Outcome.Invalid.BoundInput(), organisation, cancellationToken);
        }

        if (input.Version != organisation.Version)
        {
            return await AgainAsync(Stale(), organisation, cancellationToken);
        }

        var errors = new Errors();
        await ValidateAsync(input, organisation, errors, cancellationToken);
        if (errors.Any)
        {
            return await AgainAsync(errors.ToOutcome(), organisation, cancellationToken);
        }

        var asLoaded = new Organisation { Slug = organisation.Slug, Name = organisation.Name };
        db.Entry(organisation).Property(o => o.Version).OriginalValue = input.Version;
        Apply(input, organisation);
        db.Entry(organisation).State = EntityState.Modified;
        return await SaveAsync(organisation, asLoaded, cancellationToken);
    }

    /// <summary>The form with the regions this person may assign organisations to.</summary>
    private async Task<OrganisationForm> FormAsync(Organisation? organisation, CancellationToken cancellationToken)
    {
        var scopes = await currentUser.ScopesAsync(cancellationToken);
        return new OrganisationForm(await OrganisationFormOptions.LoadAsync(db, regionId => DirectoryOperations.MayEditIn(scopes, regionId), cancellationToken), organisation);
    }

    private async Task<FormOutcome<OrganisationForm>> AgainAsync(Outcome outcome, Organisation? organisation, CancellationToken cancellationToken) =>
        new(outcome, await FormAsync(organisation, cancellationToken));

    /// <param name="asLoaded">The organisation as it was before this change (for the form shown again), null for a new one.</param>
    private async Task<FormOutcome<OrganisationForm>> SaveAsync(Organisation organisation, Organisation? asLoaded, CancellationToken cancellationToken)
    {
        return await db.SaveOrConflictAsync(() => new Outcome.Saved(organisation.Id, organisation.Slug), () => AgainAsync(Stale(), asLoaded, cancellationToken), cancellationToken);
    }

    private static Outcome.Conflict Stale() =>
        new(DirectoryTexts.Of("SaveOrganisation.SomeoneElseHasChangedTheEntry"));

    private async Task ValidateAsync(OrganisationInput input, Organisation organisation, Errors errors, CancellationToken cancellationToken)
    {
        var scopes = await currentUser.ScopesAsync(cancellationToken);
        input.Name = input.Name.Trim();
        input.Slug = await Slug.CheckAsync(
            input.Slug,
            input.Name,
            nameof(input.Slug),
            errors,
            slug => db.Organisations.AnyAsync(o => o.Slug == slug && o.Id != organisation.Id, cancellationToken));

        if (input.ApplicantType is { } applicantType && !Enum.IsDefined(applicantType))
        {
            errors.Add(nameof(input.ApplicantType), DirectoryTexts.Of("SaveOrganisation.ThisTypeDoesNotExist"));
        }

        if (input.Type is { } type && !Enum.IsDefined(type))
        {
            errors.Add(nameof(input.Type), DirectoryTexts.Of("SaveOrganisation.ThisTypeDoesNotExist"));
        }

        input.MunicipalityAgs = string.IsNullOrWhiteSpace(input.MunicipalityAgs) ? null : input.MunicipalityAgs.Trim();
        if (input.MunicipalityAgs is { } ags)
        {
            if (!Ags.IsMunicipalityKey(ags))
            {
                errors.Add(nameof(input.MunicipalityAgs), DirectoryTexts.Of("SaveOrganisation.TheOfficialMunicipalityKeyAGSConsists"));
            }
            else if (!await db.Municipalities.AnyAsync(m => m.Ags == ags, cancellationToken))
            {
                errors.Add(nameof(input.MunicipalityAgs), DirectoryTexts.Of("SaveOrganisation.TheMunicipalityKeyDoesNotExist", ags));
            }
        }

        input.DistrictAgs = string.IsNullOrWhiteSpace(input.DistrictAgs) ? null : input.DistrictAgs.Trim();
        if (input.DistrictAgs is { } districtAgs)
        {
            if (!Ags.IsDistrictKey(districtAgs))
            {
                errors.Add(nameof(input.DistrictAgs), DirectoryTexts.Of("SaveOrganisation.TheDistrictKeyConsistsOfExactly"));
            }
            else if (!await db.Districts.AnyAsync(d => d.Ags == districtAgs, cancellationToken))
            {
                errors.Add(nameof(input.DistrictAgs), DirectoryTexts.Of("SaveOrganisation.TheDistrictKeyDoesNotExist", districtAgs));
            }
        }

        if (input.RegionId is { } regionId)
        {
            if (!await db.Regions.AnyAsync(r => r.Id == regionId, cancellationToken))
            {
                errors.Add(nameof(input.RegionId), DirectoryTexts.Of("SaveOrganisation.TheSelectedRegionDoesNotExist"));
            }
            else if (!DirectoryOperations.MayEditIn(scopes, regionId))
            {
                errors.Add(nameof(input.RegionId), DirectoryTexts.Of("SaveOrganisation.YouMayNotAssignEntriesTo"));
            }
        }
        else if (!DirectoryOperations.MayEditIn(scopes, null))
        {
            errors.Add(nameof(input.RegionId), DirectoryTexts.Of("SaveOrganisation.PleaseChooseTheRegionWhoseProject"));
        }
    }

    private static void Apply(OrganisationInput input, Organisation organisation)
    {
        organisation.Name = input.Name;
        organisation.ShortName = Clean(input.ShortName);
        organisation.Slug = input.Slug!;
        organisation.Type = input.Type!.Value;
        organisation.Description = Clean(input.Description);
        organisation.Website = Clean(input.Website);
        organisation.City = Clean(input.City);
        organisation.MunicipalityAgs = input.MunicipalityAgs;
        organisation.DistrictAgs = input.DistrictAgs;
        organisation.RegionId = input.RegionId;
        organisation.ApplicantType = input.ApplicantType;
    }

    /// <summary>Empty means "not given"; browsers send text area line breaks as CR LF, stored as LF like the rest.</summary>
    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim().ReplaceLineEndings("\n");
}
