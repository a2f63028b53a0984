using System.ComponentModel.DataAnnotations;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Transfer;

/// <summary>The editable profile of a solution, as entered in the back office.</summary>
public sealed class SolutionInput
{
    [Required(ErrorMessage = "SolutionInput.PleaseEnterATitle")]
    [StringLength(200, MinimumLength = 3, ErrorMessage = "SolutionInput.TheTitleMustBe3To")]
    [Display(Name = "SolutionInput.Title")]
    public string Title { get; set; } = "";

    [StringLength(Platform.Slug.MaxLength, ErrorMessage = "SolutionInput.TheShortAddressMayBeAt")]
    [Display(Name = "SolutionInput.ShortAddressURL")]
    public string? Slug { get; set; }

    [Required(ErrorMessage = "SolutionInput.PleaseGiveAShortDescription")]
    [StringLength(150, ErrorMessage = "SolutionInput.TheShortDescriptionMayBeAt")]
    [Display(Name = "SolutionInput.Summary")]
    public string? Summary { get; set; }

    [StringLength(10000, ErrorMessage = "SolutionInput.TheDescriptionMayBeAtMost")]
    [Display(Name = "Common.Description")]
    public string? Description { get; set; }

    [Required(ErrorMessage = "SolutionInput.PleaseChooseTheKindOfSolution")]
    [Display(Name = "Common.Type")]
    public SolutionKind? Kind { get; set; }

    [Display(Name = "Common.Maturity")]
    public Maturity? Maturity { get; set; }

    [Required(ErrorMessage = "SolutionInput.PleaseChooseARegion")]
    [Display(Name = "SolutionInput.ResponsibleRegion")]
    public int? RegionId { get; set; }

    [Display(Name = "Common.Provider")]
    public int? ProviderId { get; set; }

    [Display(Name = "SolutionInput.OriginatingProjects")]
    public List<int> ProjectIds { get; set; } = [];

    [Display(Name = "Common.Topics")]
    public List<int> TopicIds { get; set; } = [];

    [StringLength(4000, ErrorMessage = "SolutionInput.TheTextMayBeAtMost5")]
    [Display(Name = "SolutionInput.WhatProblemTheSolutionSolves")]
    public string? Problem { get; set; }

    [Display(Name = "SolutionInput.ForWhichMunicipalities")]
    public List<int> TargetTypes { get; set; } = [];

    [Display(Name = "SolutionInput.ForWhichSizes")]
    public List<int> TargetSizes { get; set; } = [];

    [StringLength(4000, ErrorMessage = "SolutionInput.TheTextMayBeAtMost5")]
    [Display(Name = "Common.Prerequisites")]
    public string? Prerequisites { get; set; }

    [StringLength(4000, ErrorMessage = "SolutionInput.TheTextMayBeAtMost5")]
    [Display(Name = "Common.StepsToAdopt")]
    public string? AdoptionSteps { get; set; }

    [StringLength(4000, ErrorMessage = "SolutionInput.TheTextMayBeAtMost5")]
    [Display(Name = "Common.DataNeeded")]
    public string? DataNeeded { get; set; }

    [Display(Name = "Common.OperatingModel")]
    public List<int> OperatorModels { get; set; } = [];

    [StringLength(200, ErrorMessage = "SolutionInput.TheLicenceMayBeAtMost")]
    [Display(Name = "SolutionInput.LicenceSPDX")]
    public string? Licence { get; set; }

    [StringLength(300, ErrorMessage = "SolutionInput.TheTextMayBeAtMost4")]
    [Display(Name = "SolutionInput.CopyrightOwner")]
    public string? CopyrightOwner { get; set; }

    [StringLength(4000, ErrorMessage = "SolutionInput.TheTextMayBeAtMost5")]
    [Display(Name = "Common.CooperationAgreement")]
    public string? CooperationAgreement { get; set; }

    [StringLength(4000, ErrorMessage = "SolutionInput.TheTextMayBeAtMost5")]
    [Display(Name = "Common.ProcurementNotes")]
    public string? ProcurementNotes { get; set; }

    [Money]
    [Display(Name = "SolutionInput.OneOffCostsEstimate")]
    public decimal? CostOneOff { get; set; }

    [Money]
    [Display(Name = "SolutionInput.RunningCostsPerYearEstimate")]
    public decimal? CostRunningPerYear { get; set; }

    [StringLength(1000, ErrorMessage = "SolutionInput.TheTextMayBeAtMost")]
    [Display(Name = "SolutionInput.NoteOnCosts")]
    public string? CostNote { get; set; }

    [Display(Name = "SolutionInput.TypeOfMaintenance")]
    public MaintenanceType? MaintenanceType { get; set; }

    [StringLength(200, ErrorMessage = "Common.TheNameMayBeAtMost")]
    [Display(Name = "SolutionInput.MaintenanceContractor")]
    public string? Contractor { get; set; }

    [Display(Name = "SolutionInput.MaintenanceAgreedUntil")]
    public DateOnly? MaintainedUntil { get; set; }

    [StringLength(2000, ErrorMessage = "SolutionInput.TheTextMayBeAtMost2")]
    [Display(Name = "SolutionInput.ContactPersons")]
    public string? Contacts { get; set; }

    [WebAddress]
    [StringLength(500, ErrorMessage = "SolutionInput.TheWebAddressMayBeAt")]
    [Display(Name = "Common.SourceCodeRepository")]
    public string? RepositoryUrl { get; set; }

    [WebAddress]
    [StringLength(500, ErrorMessage = "SolutionInput.TheWebAddressMayBeAt")]
    [Display(Name = "Common.Demo")]
    public string? DemoUrl { get; set; }

    [WebAddress]
    [StringLength(500, ErrorMessage = "SolutionInput.TheWebAddressMayBeAt")]
    [Display(Name = "Common.Documentation")]
    public string? DocumentationUrl { get; set; }

    [WebAddress]
    [StringLength(500, ErrorMessage = "SolutionInput.TheWebAddressMayBeAt")]
    [Display(Name = "Common.Website")]
    public string? Website { get; set; }

    [StringLength(4000, ErrorMessage = "SolutionInput.TheTextMayBeAtMost5")]
    [Display(Name = "Common.DocumentsAndLinks")]
    public string? Links { get; set; }

    [Display(Name = "SolutionInput.SoftwareTypePubliccodeYml")]
    public string? SoftwareType { get; set; }

    [Display(Name = "SolutionInput.Platforms")]
    public List<string> Platforms { get; set; } = [];

    [StringLength(1000, ErrorMessage = "SolutionInput.TheTextMayBeAtMost")]
    [Display(Name = "SolutionInput.CategoriesPubliccodeYml")]
    public string? Categories { get; set; }

    [StringLength(500, ErrorMessage = "SolutionInput.TheTextMayBeAtMost6")]
    [Display(Name = "SolutionInput.ScopePubliccodeYml")]
    public string? Scope { get; set; }

    [StringLength(200, ErrorMessage = "SolutionInput.TheTextMayBeAtMost3")]
    [Display(Name = "SolutionInput.AvailableLanguages")]
    public string? AvailableLanguages { get; set; }

    [Display(Name = "SolutionInput.ReadyForSeveralLanguages")]
    public bool LocalisationReady { get; set; }

    [StringLength(60, ErrorMessage = "SolutionInput.TheVersionMayBeAtMost")]
    [Display(Name = "SolutionInput.CurrentVersion")]
    public string? SoftwareVersion { get; set; }

    [Display(Name = "SolutionInput.ReleasedOn")]
    public DateOnly? ReleaseDate { get; set; }

    [StringLength(4000, ErrorMessage = "SolutionInput.TheTextMayBeAtMost5")]
    [Display(Name = "Common.Features")]
    public string? Features { get; set; }

    [StringLength(200, ErrorMessage = "SolutionInput.TheTitleMayBeAtMost")]
    [Display(Name = "SolutionInput.TitleEnglish")]
    public string? TitleEn { get; set; }

    [StringLength(150, ErrorMessage = "SolutionInput.TheShortDescriptionMayBeAt")]
    [Display(Name = "SolutionInput.ShortDescriptionEnglish")]
    public string? SummaryEn { get; set; }

    [StringLength(10000, ErrorMessage = "SolutionInput.TheDescriptionMayBeAtMost")]
    [Display(Name = "SolutionInput.DescriptionEnglish")]
    public string? DescriptionEn { get; set; }

    [StringLength(4000, ErrorMessage = "SolutionInput.TheTextMayBeAtMost5")]
    [Display(Name = "SolutionInput.FeaturesEnglish")]
    public string? FeaturesEn { get; set; }

    [Display(Name = "SolutionInput.PubliclyVisible")]
    public bool IsPublished { get; set; } = true;

    public int Version { get; set; }

    public static SolutionInput From(Solution s) => new()
    {
        Title = s.Title,
        Slug = s.Slug,
        Summary = s.Summary,
        Description = s.Description,
        Kind = s.Kind,
        Maturity = s.Maturity,
        RegionId = s.RegionId,
        ProviderId = s.ProviderId,
        ProjectIds = [.. s.Projects.Select(p => p.ProjectId)],
        TopicIds = [.. s.Topics.Select(t => t.Id)],
        Problem = s.Problem,
        TargetTypes = Flags((int)s.TargetTypes),
        TargetSizes = Flags((int)s.TargetSizes),
        Prerequisites = s.Prerequisites,
        AdoptionSteps = s.AdoptionSteps,
        DataNeeded = s.DataNeeded,
        OperatorModels = Flags((int)s.OperatorModels),
        Licence = s.Licence,
        CopyrightOwner = s.CopyrightOwner,
        CooperationAgreement = s.CooperationAgreement,
        ProcurementNotes = s.ProcurementNotes,
        CostOneOff = s.CostOneOff,
        CostRunningPerYear = s.CostRunningPerYear,
        CostNote = s.CostNote,
        MaintenanceType = s.MaintenanceType,
        Contractor = s.Contractors.FirstOrDefault()?.Name,
        MaintainedUntil = s.Contractors.FirstOrDefault()?.Until,
        Contacts = string.Join('\n', s.Contacts.Select(c => string.Join(" | ", new[] { c.Name, c.Affiliation ?? "", c.Email ?? "", c.Phone ?? "" }).TrimEnd(' ', '|'))),
        RepositoryUrl = s.RepositoryUrl,
        DemoUrl = s.DemoUrl,
        DocumentationUrl = s.DocumentationUrl,
        Website = s.Website,
        Links = string.Join('\n', s.Links.Select(l => $"{l.Title} | {l.Url}")),
        SoftwareType = s.SoftwareType,
        Platforms = SolutionVocabulary.Split(s.Platforms),
        Categories = s.Categories,
        Scope = s.Scope,
        AvailableLanguages = s.AvailableLanguages,
        LocalisationReady = s.LocalisationReady,
        SoftwareVersion = s.SoftwareVersion,
        ReleaseDate = s.ReleaseDate,
        Features = s.Features,
        TitleEn = s.TitleEn,
        SummaryEn = s.SummaryEn,
        DescriptionEn = s.DescriptionEn,
        FeaturesEn = s.FeaturesEn,
        IsPublished = s.IsPublished,
        Version = s.Version,
    };

    private static List<int> Flags(int value) => [.. Enumerable.Range(0, 8).Select(i => 1 << i).Where(bit => (value & bit) != 0)];
}

