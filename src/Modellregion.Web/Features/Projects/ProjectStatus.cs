namespace Modellregion.Web.Features.Projects;

/// <summary>The stages of a project's funding lifecycle, from idea to closure, and its exits.</summary>
public enum ProjectStatus
{
    Idea = 10,
    Consultation = 20,
    BoardVote = 30,
    ApplicationSubmitted = 40,
    AdditionalInformationRequested = 50,
    Approved = 60,
    Running = 70,
    FundingPeriodEnded = 80,
    FinalProofSubmitted = 90,
    Audited = 100,
    Closed = 110,
    Rejected = 200,
    Withdrawn = 210,
    Recovery = 220,
}

public static class ProjectStatuses
{
    public static readonly IReadOnlyList<(ProjectStatus Status, string Slug, string Label)> All =
    [
        (ProjectStatus.Idea, "idee", "Idee"),
        (ProjectStatus.Consultation, "beratung", "Beratung"),
        (ProjectStatus.BoardVote, "votum-digitalboard", "Votum Digitalboard"),
        (ProjectStatus.ApplicationSubmitted, "antrag-eingereicht", "Antrag eingereicht"),
        (ProjectStatus.AdditionalInformationRequested, "nachforderung", "Nachforderung"),
        (ProjectStatus.Approved, "bewilligt", "Bewilligt"),
        (ProjectStatus.Running, "laufend", "Laufend"),
        (ProjectStatus.FundingPeriodEnded, "bewilligungszeitraum-beendet", "Bewilligungszeitraum beendet"),
        (ProjectStatus.FinalProofSubmitted, "verwendungsnachweis-eingereicht", "Verwendungsnachweis eingereicht"),
        (ProjectStatus.Audited, "geprueft", "Geprüft"),
        (ProjectStatus.Closed, "abgeschlossen", "Abgeschlossen"),
        (ProjectStatus.Rejected, "abgelehnt", "Abgelehnt"),
        (ProjectStatus.Withdrawn, "zurueckgezogen", "Zurückgezogen"),
        (ProjectStatus.Recovery, "rueckforderung", "Rückforderung"),
    ];

    /// <summary>The main path, in order, as shown in the lifecycle bar.</summary>
    public static readonly IReadOnlyList<ProjectStatus> MainPath =
    [
        ProjectStatus.Idea, ProjectStatus.Consultation, ProjectStatus.BoardVote, ProjectStatus.ApplicationSubmitted,
        ProjectStatus.Approved, ProjectStatus.Running, ProjectStatus.FundingPeriodEnded,
        ProjectStatus.FinalProofSubmitted, ProjectStatus.Audited, ProjectStatus.Closed,
    ];

    public static string Label(ProjectStatus status) => All.First(s => s.Status == status).Label;

    public static string SlugOf(ProjectStatus status) => All.First(s => s.Status == status).Slug;

    public static ProjectStatus? FromSlug(string? slug) =>
        All.Where(s => s.Slug == slug).Select(s => (ProjectStatus?)s.Status).FirstOrDefault();

    /// <summary>Stages in which the project has a grant (money may have flowed).</summary>
    public static bool IsFunded(ProjectStatus status) =>
        status is >= ProjectStatus.Approved and <= ProjectStatus.Closed or ProjectStatus.Recovery;

    public static bool IsExit(ProjectStatus status) => status >= ProjectStatus.Rejected;
}
