using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore.Query;
using Modellregion.Web.Data;

namespace Modellregion.Web.Features.Projects;

/// <summary>
/// The sets of projects that figures count and lists show, in one place, so that a figure and the list it links to
/// always count the same projects.
/// </summary>
public static class ProjectScopes
{
    /// <summary>The projects of a programme: the programme whose rules they follow, else the programme of their region.</summary>
    public static IQueryable<Project> InProgramme(this IQueryable<Project> projects, int programmeId) =>
        projects.Where(p => p.ProgrammeId == programmeId || (p.ProgrammeId == null && p.Region!.ProgrammeId == programmeId));

    /// <summary>The programme a project counts in, as <see cref="InProgramme"/> filters: its own, else its region's.</summary>
    private static readonly Expression<Func<Project, int>> ProgrammeKey = p => p.ProgrammeId ?? p.Region!.ProgrammeId;

    /// <summary>The projects grouped by the programme they count in (<see cref="InProgramme"/> for every programme at once).</summary>
    public static IQueryable<IGrouping<int, Project>> ByProgramme(this IQueryable<Project> projects) => projects.GroupBy(ProgrammeKey);

    /// <summary>Rows that belong to one project each, grouped by the programme their project counts in.</summary>
    public static IQueryable<IGrouping<int, T>> ByProgramme<T>(this IQueryable<T> rows, Expression<Func<T, Project?>> project)
    {
        var key = ReplacingExpressionVisitor.Replace(ProgrammeKey.Parameters[0], project.Body, ProgrammeKey.Body);
        return rows.GroupBy(Expression.Lambda<Func<T, int>>(key, project.Parameters));
    }

    /// <summary>Without the fictional example data of a training region (kept out of every real figure).</summary>
    public static IQueryable<Project> WithoutExamples(this IQueryable<Project> projects) =>
        projects.Where(p => !p.Region!.IsExample);

    /// <summary>Projects whose approved grant is published.</summary>
    public static IQueryable<Project> WithPublishedGrant(this IQueryable<Project> projects) =>
        projects.Where(p => p.ApprovedGrant != null);

    /// <summary>
    /// Projects whose payments are public: those administered here (the project page shows what was paid out); for
    /// projects known only from reports the payments are not published.
    /// </summary>
    public static IQueryable<Project> WithPublishedPayments(this IQueryable<Project> projects, AppDbContext db) =>
        projects.Where(p => p.IsAdministered && db.Set<Funding.FundingAccount>().Any(a => a.ProjectId == p.Id));
}
