namespace Modellregion.Web.Features.Projects.Admin;

/// <summary>The tab row of a project in the back office.</summary>
public sealed record ProjectTabs(int Id, string Title, string Current, string? PublicSlug, bool CanEdit)
{
    public IEnumerable<(string Path, string Label)> Tabs
    {
        get
        {
            if (CanEdit)
            {
                yield return ("bearbeiten", "Stammdaten");
            }

            yield return ("foerderung", "Förderung");
            yield return ("finanzierungsplan", "Finanzierungsplan");
            yield return ("bescheide", "Bescheide");
            yield return ("mittelabrufe", "Mittelabrufe");
            yield return ("nachweise", "Nachweise");
            if (CanEdit)
            {
                yield return ("meilensteine", "Meilensteine");
                yield return ("beteiligte", "Beteiligte und Orte");
            }

            yield return ("verlauf", "Verlauf");
        }
    }

    public static ProjectTabs For(Project project, string current, bool canEdit) =>
        new(project.Id, project.Title, current, project.IsPublished ? project.Slug : null, canEdit);
}
