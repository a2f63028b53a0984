using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Directory;
using Modellregion.Web.Features.Projects;
using Modellregion.Web.Features.Regions;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Transfer;

/// <summary>
/// A reusable solution in the transfer catalogue: software, concept, tender documents, operating model, guide or
/// data standard, with a structured profile. Created from a project's result it keeps its provenance (projects).
/// Unknown facts stay empty; nothing is filled in by default.
/// </summary>
public class Solution : IAudited, IVersioned, ITimestamped, ISearchable
{
    public int Id { get; set; }
    public required string Slug { get; set; }
    public required string Title { get; set; }

    /// <summary>One sentence (at most 150 characters, as publiccode.yml's shortDescription).</summary>
    public string? Summary { get; set; }

    /// <summary>Markdown.</summary>
    public string? Description { get; set; }

    /// <summary>Language of title, summary, description and features (BCP 47, "de" unless imported otherwise).</summary>
    public string MainLanguage { get; set; } = "de";

    public string? TitleEn { get; set; }
    public string? SummaryEn { get; set; }
    public string? DescriptionEn { get; set; }

    public SolutionKind Kind { get; set; }
    public Maturity? Maturity { get; set; }

    /// <summary>The problem the solution solves.</summary>
    public string? Problem { get; set; }
    public MunicipalityTypes TargetTypes { get; set; }
    public MunicipalitySizes TargetSizes { get; set; }
    public string? Prerequisites { get; set; }
    public string? AdoptionSteps { get; set; }
    public string? DataNeeded { get; set; }
    public OperatorModels OperatorModels { get; set; }

    /// <summary>SPDX licence expression, e.g. "EUPL-1.2"; empty when not published.</summary>
    public string? Licence { get; set; }
    public string? CopyrightOwner { get; set; }
    public string? CooperationAgreement { get; set; }
    public string? ProcurementNotes { get; set; }

    /// <summary>Estimates in euros.</summary>
    public decimal? CostOneOff { get; set; }
    public decimal? CostRunningPerYear { get; set; }
    public string? CostNote { get; set; }

    public MaintenanceType? MaintenanceType { get; set; }

    public string? RepositoryUrl { get; set; }
    public string? DemoUrl { get; set; }
    public string? DocumentationUrl { get; set; }
    public string? Website { get; set; }

    // Software details (publiccode.yml).
    public string? SoftwareType { get; set; }

    /// <summary>publiccode developmentStatus as imported; empty means "derived from the maturity".</summary>
    public string? DevelopmentStatus { get; set; }

    /// <summary>Comma-separated lists.</summary>
    public string? Platforms { get; set; }
    public string? Categories { get; set; }
    public string? Scope { get; set; }
    public string? AvailableLanguages { get; set; }
    public bool LocalisationReady { get; set; }
    public string? SoftwareVersion { get; set; }
    public DateOnly? ReleaseDate { get; set; }

    /// <summary>One feature per line.</summary>
    public string? Features { get; set; }
    public string? FeaturesEn { get; set; }

    /// <summary>Keys of an imported publiccode.yml that the catalogue does not model, kept as JSON to be written back on export.</summary>
    public string? PublicCodeExtra { get; set; }

    /// <summary>Funders named in an imported publiccode.yml (fundedBy), besides those known from provenance.</summary>
    public List<SolutionFunder> Funders { get; set; } = [];

    /// <summary>The region whose project office looks after the entry.</summary>
    public int RegionId { get; set; }
    public Region? Region { get; set; }

    /// <summary>Who offers the solution for reuse; by default the lead of the originating project.</summary>
    public int? ProviderId { get; set; }
    public Organisation? Provider { get; set; }

    public List<Topic> Topics { get; set; } = [];
    public List<SolutionProject> Projects { get; set; } = [];
    public List<SolutionContact> Contacts { get; set; } = [];
    public List<SolutionContractor> Contractors { get; set; } = [];
    public List<SolutionLink> Links { get; set; } = [];
    public List<SolutionDocument> Documents { get; set; } = [];
    public List<Reuse> Reuses { get; set; } = [];
    public List<SourceReference> Sources { get; set; } = [];

    public string SearchText { get; private set; } = "";

    /// <summary>Stemmed terms with a leading and trailing space, for German-aware search (" schul anmeld ").</summary>
    public string SearchTerms { get; private set; } = "";

    public bool IsPublished { get; set; } = true;
    public bool IsSynthetic { get; set; }

    /// <summary>A fictional solution of the training region; marked as example data and left out of real figures.</summary>
    public bool IsExample { get; set; }
    public int Version { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }

    public void RefreshSearchText()
    {
        var text = $"{Title} {Summary} {Problem} {string.Join(' ', Topics.Select(t => t.Name))}";
        SearchText = Platform.SearchText.Fold(text);
        var terms = GermanStemmer.Terms(text).Distinct().ToList();
        SearchTerms = " " + string.Join(' ', terms) + " ";
        if (SearchTerms.Length > 2000)
        {
            SearchTerms = UnicodeText.Truncate(SearchTerms, 2000);
        }

        if (SearchText.Length > 2000)
        {
            SearchText = UnicodeText.Truncate(SearchText, 2000);
        }
    }
}

/// <summary>Provenance: the project whose result the solution is.</summary>
public class SolutionProject : IAudited
{
    public int SolutionId { get; set; }
    public Solution? Solution { get; set; }
    public int ProjectId { get; set; }
    public Project? Project { get; set; }
}

public class SolutionContact
{
    public required string Name { get; set; }
    public string? Affiliation { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }
}

public class SolutionContractor
{
    public required string Name { get; set; }
    public DateOnly? Until { get; set; }
    public string? Email { get; set; }
    public string? Website { get; set; }
}

public class SolutionLink
{
    public required string Title { get; set; }
    public required string Url { get; set; }
}

public class SolutionFunder
{
    public required string Name { get; set; }
    public string? Uri { get; set; }
}

public enum SolutionKind
{
    Software = 1,
    Concept = 2,
    TenderDocuments = 3,
    OperatingModel = 4,
    Guide = 5,
    DataStandard = 6,
}

public enum Maturity
{
    Idea = 1,
    Concept = 2,
    Pilot = 3,
    Production = 4,
    Established = 5,
}

[Flags]
public enum OperatorModels
{
    None = 0,
    SelfHosted = 1,
    HostedByProvider = 2,
    SharedService = 4,
}

[Flags]
public enum MunicipalityTypes
{
    None = 0,
    DistrictMember = 1,
    IndependentCity = 2,
    District = 4,
}

[Flags]
public enum MunicipalitySizes
{
    None = 0,
    Small = 1,
    Medium = 2,
    Large = 4,
}

public enum MaintenanceType
{
    Internal = 1,
    Contract = 2,
    Community = 3,
    None = 4,
}

/// <summary>German labels and URL values of the catalogue's vocabularies.</summary>
public static class SolutionVocabulary
{
    public static readonly IReadOnlyList<(SolutionKind Kind, string Slug, string Label)> Kinds =
    [
        (SolutionKind.Software, "software", "Software"),
        (SolutionKind.Concept, "konzept", "Konzept"),
        (SolutionKind.TenderDocuments, "ausschreibung", "Ausschreibungsunterlagen"),
        (SolutionKind.OperatingModel, "betriebsmodell", "Betriebsmodell"),
        (SolutionKind.Guide, "leitfaden", "Leitfaden oder Schulung"),
        (SolutionKind.DataStandard, "datenstandard", "Datenstandard"),
    ];

    public static readonly IReadOnlyList<(Maturity Maturity, string Slug, string Label)> Maturities =
    [
        (Transfer.Maturity.Idea, "idee", "Idee"),
        (Transfer.Maturity.Concept, "konzept", "Konzept"),
        (Transfer.Maturity.Pilot, "pilot", "Pilot"),
        (Transfer.Maturity.Production, "produktiv", "Produktiv"),
        (Transfer.Maturity.Established, "verstetigt", "Verstetigt"),
    ];

    public static readonly IReadOnlyList<(OperatorModels Model, string Label)> OperatorModelLabels =
    [
        (OperatorModels.SelfHosted, "Eigener Betrieb"),
        (OperatorModels.HostedByProvider, "Betrieb durch den Anbieter"),
        (OperatorModels.SharedService, "Gemeinsamer Dienst (Shared Service)"),
    ];

    public static readonly IReadOnlyList<(MunicipalityTypes Type, string Label)> TypeLabels =
    [
        (MunicipalityTypes.DistrictMember, "kreisangehörige Städte und Gemeinden"),
        (MunicipalityTypes.IndependentCity, "kreisfreie Städte"),
        (MunicipalityTypes.District, "Kreise"),
    ];

    public static readonly IReadOnlyList<(MunicipalitySizes Size, string Label)> SizeLabels =
    [
        (MunicipalitySizes.Small, "klein (unter 20.000 Einwohner)"),
        (MunicipalitySizes.Medium, "mittel (20.000 bis 100.000 Einwohner)"),
        (MunicipalitySizes.Large, "groß (über 100.000 Einwohner)"),
    ];

    public static readonly IReadOnlyList<(MaintenanceType Type, string Code, string Label)> MaintenanceTypes =
    [
        (MaintenanceType.Internal, "internal", "intern (durch den Anbieter selbst)"),
        (MaintenanceType.Contract, "contract", "per Vertrag (Auftragnehmer)"),
        (MaintenanceType.Community, "community", "durch eine Gemeinschaft"),
        (MaintenanceType.None, "none", "keine Pflege"),
    ];

    public static string Label(SolutionKind kind) => Kinds.First(k => k.Kind == kind).Label;

    public static string SlugOf(SolutionKind kind) => Kinds.First(k => k.Kind == kind).Slug;

    public static string Label(Maturity maturity) => Maturities.First(m => m.Maturity == maturity).Label;

    public static string SlugOf(Maturity maturity) => Maturities.First(m => m.Maturity == maturity).Slug;

    public static string Label(MaintenanceType type) => MaintenanceTypes.First(m => m.Type == type).Label;

    public static IEnumerable<string> Labels(OperatorModels models) => OperatorModelLabels.Where(o => models.HasFlag(o.Model)).Select(o => o.Label);

    public static IEnumerable<string> Labels(MunicipalityTypes types) => TypeLabels.Where(o => types.HasFlag(o.Type)).Select(o => o.Label);

    public static IEnumerable<string> Labels(MunicipalitySizes sizes) => SizeLabels.Where(o => sizes.HasFlag(o.Size)).Select(o => o.Label);

    /// <summary>Comma-separated list → trimmed distinct values.</summary>
    public static List<string> Split(string? list) =>
        string.IsNullOrWhiteSpace(list) ? [] : [.. list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct()];

    /// <summary>One entry per line → trimmed non-empty lines.</summary>
    public static List<string> Lines(string? text) =>
        string.IsNullOrWhiteSpace(text) ? [] : [.. text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
}

/// <summary>
/// "How much public money went into it": the approved grants of the originating projects. Kept in this one place
/// so that it can later use the amounts actually paid out instead.
/// </summary>
public static class PublicFunding
{
    public const string Label = "bewilligte Zuwendungen der Ursprungsprojekte";

    public sealed record Sum(decimal Total, int ProjectsWithAmount, int Projects);

    public static decimal? OfProject(Project project) => project.ApprovedGrant;

    public static Sum Of(IEnumerable<Project> projects)
    {
        var list = projects.ToList();
        var known = list.Select(OfProject).Where(a => a is not null).Select(a => a!.Value).ToList();
        return new Sum(known.Sum(), known.Count, list.Count);
    }

    /// <summary>The same figure from the projects' amounts (<see cref="OfProject"/>), where a page reads only those.</summary>
    public static Sum Of(IEnumerable<decimal?> amounts)
    {
        var list = amounts.ToList();
        var known = list.Where(a => a is not null).Select(a => a!.Value).ToList();
        return new Sum(known.Sum(), known.Count, list.Count);
    }

    /// <summary>The same figure summed in the database, for many projects at once.</summary>
    public static async Task<decimal> SumAsync(IQueryable<Project> projects, CancellationToken cancellationToken = default) =>
        await projects.SumAsync(p => p.ApprovedGrant, cancellationToken) ?? 0m;
}

internal sealed class SolutionConfiguration : IEntityTypeConfiguration<Solution>
{
    public void Configure(EntityTypeBuilder<Solution> builder)
    {
        builder.HasIndex(s => s.Slug).IsUnique();
        builder.Property(s => s.Slug).HasMaxLength(Slug.MaxLength);
        builder.Property(s => s.Title).HasMaxLength(200);
        builder.Property(s => s.Summary).HasMaxLength(150);
        builder.Property(s => s.Description).HasMaxLength(10000);
        builder.Property(s => s.MainLanguage).HasMaxLength(20);
        builder.Property(s => s.TitleEn).HasMaxLength(200);
        builder.Property(s => s.SummaryEn).HasMaxLength(150);
        builder.Property(s => s.DescriptionEn).HasMaxLength(10000);
        builder.Property(s => s.Problem).HasMaxLength(4000);
        builder.Property(s => s.Prerequisites).HasMaxLength(4000);
        builder.Property(s => s.AdoptionSteps).HasMaxLength(4000);
        builder.Property(s => s.DataNeeded).HasMaxLength(4000);
        builder.Property(s => s.Licence).HasMaxLength(200);
        builder.Property(s => s.CopyrightOwner).HasMaxLength(300);
        builder.Property(s => s.CooperationAgreement).HasMaxLength(4000);
        builder.Property(s => s.ProcurementNotes).HasMaxLength(4000);
        builder.Property(s => s.CostOneOff).HasPrecision(16, 2);
        builder.Property(s => s.CostRunningPerYear).HasPrecision(16, 2);
        builder.Property(s => s.CostNote).HasMaxLength(1000);
        builder.Property(s => s.RepositoryUrl).HasMaxLength(500);
        builder.Property(s => s.DemoUrl).HasMaxLength(500);
        builder.Property(s => s.DocumentationUrl).HasMaxLength(500);
        builder.Property(s => s.Website).HasMaxLength(500);
        builder.Property(s => s.SoftwareType).HasMaxLength(40);
        builder.Property(s => s.DevelopmentStatus).HasMaxLength(20);
        builder.Property(s => s.Platforms).HasMaxLength(300);
        builder.Property(s => s.Categories).HasMaxLength(1000);
        builder.Property(s => s.Scope).HasMaxLength(500);
        builder.Property(s => s.AvailableLanguages).HasMaxLength(200);
        builder.Property(s => s.SoftwareVersion).HasMaxLength(60);
        builder.Property(s => s.Features).HasMaxLength(4000);
        builder.Property(s => s.FeaturesEn).HasMaxLength(4000);
        builder.Property(s => s.PublicCodeExtra).HasMaxLength(100_000);
        builder.Property(s => s.SearchText).HasMaxLength(2000);
        builder.Property(s => s.SearchTerms).HasMaxLength(2000);
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.HasOne(s => s.Region).WithMany().HasForeignKey(s => s.RegionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(s => s.Provider).WithMany().HasForeignKey(s => s.ProviderId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(s => s.Topics).WithMany().UsingEntity("SolutionTopics");
        builder.HasIndex(s => new { s.IsPublished, s.RegionId });
        builder.HasIndex(s => s.Kind);
        builder.HasIndex(s => s.Maturity);
        builder.HasIndex(s => s.Licence);
        builder.HasIndex(s => s.CreatedAt);
        builder.HasIndex(s => s.Title);
        builder.HasIndex(s => s.ProviderId);
        builder.OwnsMany(s => s.Contacts, c =>
        {
            c.ToTable("SolutionContacts");
            c.Property<int>("Id");
            c.HasKey("Id");
            c.Property(x => x.Name).HasMaxLength(200);
            c.Property(x => x.Affiliation).HasMaxLength(200);
            c.Property(x => x.Email).HasMaxLength(254);
            c.Property(x => x.Phone).HasMaxLength(50);
        });
        builder.OwnsMany(s => s.Contractors, c =>
        {
            c.ToTable("SolutionContractors");
            c.Property<int>("Id");
            c.HasKey("Id");
            c.Property(x => x.Name).HasMaxLength(200);
            c.Property(x => x.Email).HasMaxLength(254);
            c.Property(x => x.Website).HasMaxLength(500);
        });
        builder.OwnsMany(s => s.Links, c =>
        {
            c.ToTable("SolutionLinks");
            c.Property<int>("Id");
            c.HasKey("Id");
            c.Property(x => x.Title).HasMaxLength(200);
            c.Property(x => x.Url).HasMaxLength(500);
        });
        builder.OwnsMany(s => s.Funders, c =>
        {
            c.ToTable("SolutionFunders");
            c.Property<int>("Id");
            c.HasKey("Id");
            c.Property(x => x.Name).HasMaxLength(300);
            c.Property(x => x.Uri).HasMaxLength(500);
        });
        builder.OwnsSources(s => s.Sources, "SolutionSources");
    }
}

internal sealed class SolutionProjectConfiguration : IEntityTypeConfiguration<SolutionProject>
{
    public void Configure(EntityTypeBuilder<SolutionProject> builder)
    {
        builder.HasKey(x => new { x.SolutionId, x.ProjectId });
        builder.HasOne(x => x.Solution).WithMany(s => s.Projects).HasForeignKey(x => x.SolutionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(x => x.Project).WithMany().HasForeignKey(x => x.ProjectId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(x => x.ProjectId);
    }
}
