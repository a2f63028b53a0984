using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Directory;
using Modellregion.Web.Features.Funding;
using Modellregion.Web.Features.Regions;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Projects;

/// <summary>A funded (or proposed) project of a region.</summary>
public class Project : IAudited, IVersioned, ITimestamped, ISearchable
{
    public int Id { get; set; }
    public required string Slug { get; set; }
    public required string Title { get; set; }

    /// <summary>One or two sentences in plain language.</summary>
    public string? Summary { get; set; }

    /// <summary>Markdown.</summary>
    public string? Description { get; set; }

    /// <summary>English title for the English site; the German one is shown where this is empty.</summary>
    public string? TitleEn { get; set; }

    /// <summary>English summary for the English site; the German one is shown where this is empty.</summary>
    public string? SummaryEn { get; set; }

    /// <summary>English description (Markdown) for the English site; the German one is shown where this is empty.</summary>
    public string? DescriptionEn { get; set; }

    public int RegionId { get; set; }
    public Region? Region { get; set; }
    public int? ProgrammeId { get; set; }
    public Programme? Programme { get; set; }
    public int? FieldId { get; set; }
    public Field? Field { get; set; }
    public List<Topic> Topics { get; set; } = [];

    public ProjectStatus Status { get; set; } = ProjectStatus.Idea;

    /// <summary>Free text on the state as reported, e.g. "Ergebnis des Live-Tests umstritten".</summary>
    public string? StatusNote { get; set; }

    /// <summary>Laufzeit as planned or reported (the grant's period is on the grant decision).</summary>
    public DateOnly? StartsOn { get; set; }
    public DatePrecision StartsOnPrecision { get; set; }
    public DateOnly? EndsOn { get; set; }
    public DatePrecision EndsOnPrecision { get; set; }

    /// <summary>
    /// The maximum amount of the grant decision in force (the latest one). Kept by <see cref="RecordGrantDecision"/>
    /// so that lists, sums and sorting by grant do not have to look through every decision.
    /// </summary>
    public decimal? ApprovedGrant { get; private set; }

    /// <summary>Total project costs as reported (Gesamtausgaben), where known.</summary>
    public decimal? TotalCosts { get; set; }

    /// <summary>Own contribution (Eigenanteil) as reported, where known.</summary>
    public decimal? OwnContribution { get; set; }

    public string? Website { get; set; }

    /// <summary>Title and summary folded for German-aware search (see <see cref="Platform.SearchText"/>).</summary>
    public string SearchText { get; private set; } = "";

    /// <summary>
    /// Administered in this system (deadlines, reminders, fund requests). Projects known only from public reports
    /// are not: their proofs and payments are not public, so no deadline is computed for them.
    /// </summary>
    public bool IsAdministered { get; set; } = true;

    /// <summary>Only published projects appear on the public portal.</summary>
    public bool IsPublished { get; set; } = true;
    public bool IsSynthetic { get; set; }

    public List<ProjectPartner> Partners { get; set; } = [];
    public List<ProjectMunicipality> Municipalities { get; set; } = [];
    public List<Milestone> Milestones { get; set; } = [];
    public List<ProjectResult> Results { get; set; } = [];
    public List<GrantDecision> GrantDecisions { get; set; } = [];

    /// <summary>The financing plan being prepared (application, amendment); each grant decision keeps the plan it approved.</summary>
    public FinancingPlan Plan { get; set; } = new();
    public List<StatusChange> StatusChanges { get; set; } = [];
    public List<SourceReference> Sources { get; set; } = [];

    public int Version { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }

    public void RefreshSearchText() => SearchText = Platform.SearchText.Fold($"{Title} {Summary}");

    /// <summary>
    /// Adds a grant decision (the first is the Zuwendungsbescheid, later ones are Änderungsbescheide); the newest
    /// one is in force and sets the approved grant.
    /// </summary>
    public GrantDecision? DecisionInForce => GrantDecisions.Count == 0 ? null : GrantDecisions.MaxBy(g => g.Sequence);

    public GrantDecision RecordGrantDecision(GrantDecision decision)
    {
        decision.Sequence = GrantDecisions.Count == 0 ? 1 : GrantDecisions.Max(g => g.Sequence) + 1;
        GrantDecisions.Add(decision);
        ApprovedGrant = decision.MaxAmount;
        return decision;
    }
}

/// <summary>An organisation taking part in a project, with its role.</summary>
public class ProjectPartner : IAudited
{
    public int Id { get; set; }
    public int ProjectId { get; set; }
    public Project? Project { get; set; }
    public int OrganisationId { get; set; }
    public Organisation? Organisation { get; set; }
    public PartnerRole Role { get; set; }
    public string? Note { get; set; }
}

public enum PartnerRole
{
    Lead = 1,
    Partner = 2,
    Consultant = 3,
    Associated = 4,
}

public static class PartnerRoles
{
    public static string Label(PartnerRole role) => role switch
    {
        PartnerRole.Lead => "Projektleitung (Zuwendungsempfänger)",
        PartnerRole.Partner => "Projektpartner",
        PartnerRole.Consultant => "Beratung",
        PartnerRole.Associated => "Assoziiert",
        _ => role.ToString(),
    };
}

/// <summary>A place of the project: a municipality (by AGS) where it is carried out or used.</summary>
public class ProjectMunicipality : IAudited
{
    public int ProjectId { get; set; }
    public Project? Project { get; set; }
    public required string Ags { get; set; }
    public Municipality? Municipality { get; set; }
}

/// <summary>A milestone of the project with its due and completion dates.</summary>
public class Milestone : IAudited, IVersioned
{
    public int Id { get; set; }
    public int ProjectId { get; set; }
    public Project? Project { get; set; }
    public required string Title { get; set; }
    public string? Description { get; set; }
    public DateOnly? DueOn { get; set; }

    /// <summary>Reached (also when the exact date is not known).</summary>
    public bool IsCompleted { get; set; }
    public DateOnly? CompletedOn { get; set; }

    /// <summary>How exactly the dates are known, for milestones taken from reports.</summary>
    public DatePrecision DatePrecision { get; set; }
    public int SortOrder { get; set; }
    public int Version { get; set; }
}

/// <summary>A result of the project (software, service, concept, data, report).</summary>
public class ProjectResult : IAudited, IVersioned
{
    public int Id { get; set; }
    public int ProjectId { get; set; }
    public Project? Project { get; set; }
    public required string Title { get; set; }
    public string? Description { get; set; }
    public string? Url { get; set; }
    public ResultKind Kind { get; set; }
    public int Version { get; set; }
}

public enum ResultKind
{
    Software = 1,
    Service = 2,
    Concept = 3,
    Data = 4,
    Report = 5,
    Other = 9,
}

public static class ResultKinds
{
    public static string Label(ResultKind kind) => kind switch
    {
        ResultKind.Software => "Software",
        ResultKind.Service => "Online-Dienst",
        ResultKind.Concept => "Konzept",
        ResultKind.Data => "Daten",
        ResultKind.Report => "Bericht",
        _ => "Sonstiges",
    };
}

/// <summary>One step of the project through its lifecycle: who moved it, when and why.</summary>
public class StatusChange : IAudited
{
    public long Id { get; set; }
    public int ProjectId { get; set; }
    public Project? Project { get; set; }
    public ProjectStatus? From { get; set; }
    public ProjectStatus To { get; set; }

    /// <summary>The date the step took effect (e.g. the date of the grant decision).</summary>
    public DateOnly EffectiveOn { get; set; }
    public DateTime RecordedAt { get; set; }
    public string? RecordedBy { get; set; }
    public string? Reason { get; set; }
}

internal sealed class ProjectConfiguration : IEntityTypeConfiguration<Project>
{
    public void Configure(EntityTypeBuilder<Project> builder)
    {
        builder.HasIndex(p => p.Slug).IsUnique();
        builder.Property(p => p.Slug).HasMaxLength(Slug.MaxLength);
        builder.Property(p => p.Title).HasMaxLength(200);
        builder.Property(p => p.Summary).HasMaxLength(1000);
        builder.Property(p => p.Description).HasMaxLength(20000);
        builder.Property(p => p.TitleEn).HasMaxLength(200);
        builder.Property(p => p.SummaryEn).HasMaxLength(1000);
        builder.Property(p => p.DescriptionEn).HasMaxLength(20000);
        builder.Property(p => p.StatusNote).HasMaxLength(500);
        builder.Property(p => p.Website).HasMaxLength(500);
        builder.Property(p => p.SearchText).HasMaxLength(1300);
        builder.Property(p => p.ApprovedGrant).HasPrecision(16, 2);
        builder.Property(p => p.TotalCosts).HasPrecision(16, 2);
        builder.Property(p => p.OwnContribution).HasPrecision(16, 2);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.Ignore(p => p.DecisionInForce);
        builder.HasOne(p => p.Region).WithMany().HasForeignKey(p => p.RegionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(p => p.Programme).WithMany().HasForeignKey(p => p.ProgrammeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(p => p.Field).WithMany().HasForeignKey(p => p.FieldId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(p => p.Topics).WithMany().UsingEntity("ProjectTopics");
        builder.HasIndex(p => new { p.IsPublished, p.RegionId });
        builder.HasIndex(p => p.Status);
        builder.HasIndex(p => p.FieldId);
        builder.HasIndex(p => p.UpdatedAt);
        builder.HasIndex(p => p.ApprovedGrant);
        builder.HasIndex(p => p.StartsOn);
        builder.HasIndex(p => p.Title);
        builder.OwnsSources(p => p.Sources, "ProjectSources");
        builder.OwnsFinancingPlan(p => p.Plan, "ProjectPlanLines");
    }
}

internal sealed class ProjectPartnerConfiguration : IEntityTypeConfiguration<ProjectPartner>
{
    public void Configure(EntityTypeBuilder<ProjectPartner> builder)
    {
        builder.HasOne(p => p.Project).WithMany(p => p.Partners).HasForeignKey(p => p.ProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(p => p.Organisation).WithMany().HasForeignKey(p => p.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => new { p.ProjectId, p.OrganisationId }).IsUnique();
        builder.HasIndex(p => new { p.OrganisationId, p.Role });
        builder.Property(p => p.Note).HasMaxLength(300);
    }
}

internal sealed class ProjectMunicipalityConfiguration : IEntityTypeConfiguration<ProjectMunicipality>
{
    public void Configure(EntityTypeBuilder<ProjectMunicipality> builder)
    {
        builder.HasKey(p => new { p.ProjectId, p.Ags });
        builder.Property(p => p.Ags).HasMaxLength(8).IsFixedLength();
        builder.HasOne(p => p.Project).WithMany(p => p.Municipalities).HasForeignKey(p => p.ProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(p => p.Municipality).WithMany().HasForeignKey(p => p.Ags).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => p.Ags);
    }
}

internal sealed class MilestoneConfiguration : IEntityTypeConfiguration<Milestone>
{
    public void Configure(EntityTypeBuilder<Milestone> builder)
    {
        builder.HasOne(m => m.Project).WithMany(p => p.Milestones).HasForeignKey(m => m.ProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(m => m.Title).HasMaxLength(200);
        builder.Property(m => m.Description).HasMaxLength(2000);
        builder.Property(m => m.Version).IsConcurrencyToken();
    }
}

internal sealed class ProjectResultConfiguration : IEntityTypeConfiguration<ProjectResult>
{
    public void Configure(EntityTypeBuilder<ProjectResult> builder)
    {
        builder.HasOne(r => r.Project).WithMany(p => p.Results).HasForeignKey(r => r.ProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(r => r.Title).HasMaxLength(200);
        builder.Property(r => r.Description).HasMaxLength(2000);
        builder.Property(r => r.Url).HasMaxLength(500);
        builder.Property(r => r.Version).IsConcurrencyToken();
    }
}

internal sealed class StatusChangeConfiguration : IEntityTypeConfiguration<StatusChange>
{
    public void Configure(EntityTypeBuilder<StatusChange> builder)
    {
        builder.HasOne(s => s.Project).WithMany(p => p.StatusChanges).HasForeignKey(s => s.ProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => new { s.ProjectId, s.EffectiveOn });
        builder.Property(s => s.RecordedBy).HasMaxLength(200);
        builder.Property(s => s.Reason).HasMaxLength(2000);
    }
}
