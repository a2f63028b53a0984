using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Projects;

/// <summary>A result of a project as entered (software, service, concept, data, report).</summary>
public sealed class ResultInput
{
    public string Title { get; set; } = "";
    public string? Description { get; set; }
    public string? Url { get; set; }
    public ResultKind Kind { get; set; } = ResultKind.Other;

    /// <summary>The version the change is based on, to detect a concurrent edit (ignored when adding).</summary>
    public int Version { get; set; }
}

/// <summary>
/// Adds, changes and removes the results of a project: the project office of its region and the project's lead
/// (<see cref="ProjectsOperations.Edit"/>), as with milestones. A stale change is refused, never silently overwritten.
/// </summary>
public sealed class ManageResults(AppDbContext db, ProjectAccess access)
{
    public Task<ProjectResult?> FindAsync(int projectId, int resultId, CancellationToken cancellationToken = default) =>
        db.ProjectResults.AsNoTracking().FirstOrDefaultAsync(r => r.Id == resultId && r.ProjectId == projectId, cancellationToken);

    public async Task<Outcome> AddAsync(int projectId, ResultInput input, CancellationToken cancellationToken = default)
    {
        if (await CheckAsync(projectId, cancellationToken) is { } denied)
        {
            return denied;
        }

        if (Validate(input) is { } invalid)
        {
            return invalid;
        }

        var result = new ProjectResult { ProjectId = projectId, Title = "" };
        Apply(input, result);
        db.ProjectResults.Add(result);
        await db.SaveChangesAsync(cancellationToken);
        return new Outcome.Saved(result.Id);
    }

    public async Task<Outcome> UpdateAsync(int projectId, int resultId, ResultInput input, CancellationToken cancellationToken = default)
    {
        if (await CheckAsync(projectId, cancellationToken) is { } denied)
        {
            return denied;
        }

        var result = await db.ProjectResults.FirstOrDefaultAsync(r => r.Id == resultId && r.ProjectId == projectId, cancellationToken);
        if (result is null)
        {
            return new Outcome.NotFound();
        }

        if (result.Version != input.Version)
        {
            return Stale();
        }

        if (Validate(input) is { } invalid)
        {
            return invalid;
        }

        db.Entry(result).Property(r => r.Version).OriginalValue = input.Version;
        Apply(input, result);
        db.Entry(result).State = EntityState.Modified;
        return await db.SaveOrConflictAsync(() => new Outcome.Saved(result.Id), Stale(), cancellationToken);
    }

    public async Task<Outcome> DeleteAsync(int projectId, int resultId, CancellationToken cancellationToken = default)
    {
        if (await CheckAsync(projectId, cancellationToken) is { } denied)
        {
            return denied;
        }

        var result = await db.ProjectResults.FirstOrDefaultAsync(r => r.Id == resultId && r.ProjectId == projectId, cancellationToken);
        if (result is null)
        {
            return new Outcome.NotFound();
        }

        db.ProjectResults.Remove(result);
        await db.SaveChangesAsync(cancellationToken);
        return new Outcome.Saved(resultId);
    }

    private Task<Outcome?> CheckAsync(int projectId, CancellationToken cancellationToken) =>
        access.CheckAsync(projectId, ProjectsOperations.Edit, cancellationToken);

    private static Outcome.Invalid? Validate(ResultInput input)
    {
        var errors = new Errors();
        var title = input.Title?.Trim() ?? "";
        if (title.Length == 0)
        {
            errors.Add(nameof(input.Title), ProjectsTexts.Of("Common.PleaseEnterATitle"));
        }
        else if (title.Length is < 2 or > 200)
        {
            errors.Add(nameof(input.Title), ProjectsTexts.Of("ManageMilestones.TheTitleMustBe2To"));
        }
        else if (!PlainText.IsPlain(title))
        {
            errors.Add(nameof(input.Title), ProjectsTexts.Of("WriteApi.NoEmojiOrControlCharacters"));
        }

        if (input.Description is { Length: > 2000 })
        {
            errors.Add(nameof(input.Description), ProjectsTexts.Of("ManageMilestones.TheDescriptionMayBeAtMost"));
        }
        else if (input.Description is { } description && !PlainText.IsPlain(description))
        {
            errors.Add(nameof(input.Description), ProjectsTexts.Of("WriteApi.NoEmojiOrControlCharacters"));
        }

        if (!string.IsNullOrWhiteSpace(input.Url)
            && (input.Url.Trim().Length > 500 || !Uri.TryCreate(input.Url.Trim(), UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https")))
        {
            errors.Add(nameof(input.Url), ProjectsTexts.Of("WriteApi.TheAddressMustBeAWebAddress"));
        }

        if (!Enum.IsDefined(input.Kind))
        {
            errors.Add(nameof(input.Kind), ProjectsTexts.Of("WriteApi.ThisKindOfResultDoesNotExist"));
        }

        return errors.Any ? errors.ToOutcome() : null;
    }

    private static void Apply(ResultInput input, ProjectResult result)
    {
        result.Title = input.Title.Trim();
        result.Description = string.IsNullOrWhiteSpace(input.Description) ? null : input.Description.Trim();
        result.Url = string.IsNullOrWhiteSpace(input.Url) ? null : input.Url.Trim();
        result.Kind = input.Kind;
    }

    private static Outcome.Conflict Stale() => new(ProjectsTexts.Of("WriteApi.SomeoneElseHasChangedTheResult"));
}
