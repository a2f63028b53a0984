using System.ComponentModel.DataAnnotations;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Transfer;

/// <summary>The editable profile of a solution, as entered in the back office.</summary>
public sealed class SolutionInput
{
    [Required(ErrorMessage = "Bitte geben Sie einen Titel an.")]
    [StringLength(200, MinimumLength = 3, ErrorMessage = "Der Titel muss 3 bis 200 Zeichen lang sein.")]
    [Display(Name = "Titel")]
    public string Title { get; set; } = "";

    [StringLength(Platform.Slug.MaxLength, ErrorMessage = "Die Kurzadresse darf höchstens 120 Zeichen lang sein.")]
    [Display(Name = "Kurzadresse (URL)")]
    public string? Slug { get; set; }

    [Required(ErrorMessage = "Bitte geben Sie eine Kurzbeschreibung an.")]
    [StringLength(150, ErrorMessage = "Die Kurzbeschreibung darf höchstens 150 Zeichen lang sein.")]
    [Display(Name = "Kurzbeschreibung")]
    public string? Summary { get; set; }

    [StringLength(10000, ErrorMessage = "Die Beschreibung darf höchstens 10.000 Zeichen lang sein.")]
    [Display(Name = "Beschreibung")]
    public string? Description { get; set; }

    [Required(ErrorMessage = "Bitte wählen Sie die Art der Lösung.")]
    [Display(Name = "Art")]
    public SolutionKind? Kind { get; set; }

    [Display(Name = "Reifegrad")]
    public Maturity? Maturity { get; set; }

    [Required(ErrorMessage = "Bitte wählen Sie eine Region.")]
    [Display(Name = "Betreuende Region")]
    public int? RegionId { get; set; }

    [Display(Name = "Anbieter")]
    public int? ProviderId { get; set; }

    [Display(Name = "Ursprungsprojekte")]
    public List<int> ProjectIds { get; set; } = [];

    [Display(Name = "Themen")]
    public List<int> TopicIds { get; set; } = [];

    [StringLength(4000, ErrorMessage = "Der Text darf höchstens 4.000 Zeichen lang sein.")]
    [Display(Name = "Welches Problem die Lösung löst")]
    public string? Problem { get; set; }

    [Display(Name = "Für welche Kommunen")]
    public List<int> TargetTypes { get; set; } = [];

    [Display(Name = "Für welche Größen")]
    public List<int> TargetSizes { get; set; } = [];

    [StringLength(4000, ErrorMessage = "Der Text darf höchstens 4.000 Zeichen lang sein.")]
    [Display(Name = "Voraussetzungen")]
    public string? Prerequisites { get; set; }

    [StringLength(4000, ErrorMessage = "Der Text darf höchstens 4.000 Zeichen lang sein.")]
    [Display(Name = "Schritte zur Übernahme")]
    public string? AdoptionSteps { get; set; }

    [StringLength(4000, ErrorMessage = "Der Text darf höchstens 4.000 Zeichen lang sein.")]
    [Display(Name = "Benötigte Daten")]
    public string? DataNeeded { get; set; }

    [Display(Name = "Betriebsmodell")]
    public List<int> OperatorModels { get; set; } = [];

    [StringLength(200, ErrorMessage = "Die Lizenz darf höchstens 200 Zeichen lang sein.")]
    [Display(Name = "Lizenz (SPDX)")]
    public string? Licence { get; set; }

    [StringLength(300, ErrorMessage = "Der Text darf höchstens 300 Zeichen lang sein.")]
    [Display(Name = "Rechteinhaber")]
    public string? CopyrightOwner { get; set; }

    [StringLength(4000, ErrorMessage = "Der Text darf höchstens 4.000 Zeichen lang sein.")]
    [Display(Name = "Kooperationsvereinbarung")]
    public string? CooperationAgreement { get; set; }

    [StringLength(4000, ErrorMessage = "Der Text darf höchstens 4.000 Zeichen lang sein.")]
    [Display(Name = "Hinweise zur Vergabe")]
    public string? ProcurementNotes { get; set; }

    [Money]
    [Display(Name = "Einmalige Kosten (Schätzung)")]
    public decimal? CostOneOff { get; set; }

    [Money]
    [Display(Name = "Laufende Kosten pro Jahr (Schätzung)")]
    public decimal? CostRunningPerYear { get; set; }

    [StringLength(1000, ErrorMessage = "Der Text darf höchstens 1.000 Zeichen lang sein.")]
    [Display(Name = "Anmerkung zu den Kosten")]
    public string? CostNote { get; set; }

    [Display(Name = "Art der Pflege")]
    public MaintenanceType? MaintenanceType { get; set; }

    [StringLength(200, ErrorMessage = "Der Name darf höchstens 200 Zeichen lang sein.")]
    [Display(Name = "Auftragnehmer der Pflege")]
    public string? Contractor { get; set; }

    [Display(Name = "Pflege vereinbart bis")]
    public DateOnly? MaintainedUntil { get; set; }

    [StringLength(2000, ErrorMessage = "Der Text darf höchstens 2.000 Zeichen lang sein.")]
    [Display(Name = "Ansprechpersonen")]
    public string? Contacts { get; set; }

    [WebAddress]
    [StringLength(500, ErrorMessage = "Die Internetadresse darf höchstens 500 Zeichen lang sein.")]
    [Display(Name = "Quellcode-Repository")]
    public string? RepositoryUrl { get; set; }

    [WebAddress]
    [StringLength(500, ErrorMessage = "Die Internetadresse darf höchstens 500 Zeichen lang sein.")]
    [Display(Name = "Demo")]
    public string? DemoUrl { get; set; }

    [WebAddress]
    [StringLength(500, ErrorMessage = "Die Internetadresse darf höchstens 500 Zeichen lang sein.")]
    [Display(Name = "Dokumentation")]
    public string? DocumentationUrl { get; set; }

    [WebAddress]
    [StringLength(500, ErrorMessage = "Die Internetadresse darf höchstens 500 Zeichen lang sein.")]
    [Display(Name = "Website")]
    public string? Website { get; set; }

    [StringLength(4000, ErrorMessage = "Der Text darf höchstens 4.000 Zeichen lang sein.")]
    [Display(Name = "Dokumente und Links")]
    public string? Links { get; set; }

    [Display(Name = "Software-Art (publiccode.yml)")]
    public string? SoftwareType { get; set; }

    [Display(Name = "Plattformen")]
    public List<string> Platforms { get; set; } = [];

    [StringLength(1000, ErrorMessage = "Der Text darf höchstens 1.000 Zeichen lang sein.")]
    [Display(Name = "Kategorien (publiccode.yml)")]
    public string? Categories { get; set; }

    [StringLength(500, ErrorMessage = "Der Text darf höchstens 500 Zeichen lang sein.")]
    [Display(Name = "Anwendungsbereiche (publiccode.yml)")]
    public string? Scope { get; set; }

    [StringLength(200, ErrorMessage = "Der Text darf höchstens 200 Zeichen lang sein.")]
    [Display(Name = "Verfügbare Sprachen")]
    public string? AvailableLanguages { get; set; }

    [Display(Name = "Mehrsprachig angelegt")]
    public bool LocalisationReady { get; set; }

    [StringLength(60, ErrorMessage = "Die Version darf höchstens 60 Zeichen lang sein.")]
    [Display(Name = "Aktuelle Version")]
    public string? SoftwareVersion { get; set; }

    [Display(Name = "Veröffentlicht am")]
    public DateOnly? ReleaseDate { get; set; }

    [StringLength(4000, ErrorMessage = "Der Text darf höchstens 4.000 Zeichen lang sein.")]
    [Display(Name = "Merkmale")]
    public string? Features { get; set; }

    [StringLength(200, ErrorMessage = "Der Titel darf höchstens 200 Zeichen lang sein.")]
    [Display(Name = "Titel (Englisch)")]
    public string? TitleEn { get; set; }

    [StringLength(150, ErrorMessage = "Die Kurzbeschreibung darf höchstens 150 Zeichen lang sein.")]
    [Display(Name = "Kurzbeschreibung (Englisch)")]
    public string? SummaryEn { get; set; }

    [StringLength(10000, ErrorMessage = "Die Beschreibung darf höchstens 10.000 Zeichen lang sein.")]
    [Display(Name = "Beschreibung (Englisch)")]
    public string? DescriptionEn { get; set; }

    [StringLength(4000, ErrorMessage = "Der Text darf höchstens 4.000 Zeichen lang sein.")]
    [Display(Name = "Merkmale (Englisch)")]
    public string? FeaturesEn { get; set; }

    [Display(Name = "Öffentlich sichtbar")]
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

