using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Account;
using Modellregion.Web.Features.Projects.Admin;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Projects;

/// <summary>The editable fields of a project, as entered in the back office.</summary>
public sealed class ProjectInput
{
    [Required(ErrorMessage = "Common.PleaseEnterATitle")]
    [StringLength(200, MinimumLength = 3, ErrorMessage = "SaveProject.TheTitleMustBe3To")]
    [Display(Name = "SaveProject.Title")]
    public string Title { get; set; } = "";

    [StringLength(Platform.Slug.MaxLength, ErrorMessage = "SaveProject.TheShortAddressMayBeAt")]
    [Display(Name = "SaveProject.ShortAddressURL")]
    public string? Slug { get; set; }

    [StringLength(1000, ErrorMessage = "SaveProject.TheSummaryMayBeAtMost")]
    [Display(Name = "SaveProject.Summary")]
    public string? Summary { get; set; }

    [StringLength(20000, ErrorMessage = "SaveProject.TheDescriptionMayBeAtMost")]
    [Display(Name = "Common.Description")]
    public string? Description { get; set; }

    [Required(ErrorMessage = "SaveProject.PleaseChooseARegion")]
    [Display(Name = "Common.Region")]
    public int? RegionId { get; set; }

    [Display(Name = "Common.FieldOfAction")]
    public int? FieldId { get; set; }

    [Display(Name = "Common.Topics")]
    public List<int> TopicIds { get; set; } = [];

    [StringLength(500, ErrorMessage = "SaveProject.TheNoteOnTheStatusMay")]
    [Display(Name = "SaveProject.NoteOnTheStatus")]
    public string? StatusNote { get; set; }

    [Display(Name = "SaveProject.Start")]
    public DateOnly? StartsOn { get; set; }

    [Display(Name = "SaveProject.End")]
    public DateOnly? EndsOn { get; set; }

    [Money]
    [Display(Name = "Common.TotalExpenditure")]
    public decimal? TotalCosts { get; set; }

    [Money]
    [Display(Name = "Common.OwnContribution")]
    public decimal? OwnContribution { get; set; }

    [WebAddress]
    [StringLength(500, ErrorMessage = "SaveProject.TheWebAddressMayBeAt")]
    [Display(Name = "Common.Website")]
    public string? Website { get; set; }

    [Display(Name = "SaveProject.PubliclyVisible")]
    public bool IsPublished { get; set; } = true;

    /// <summary>The version the form was loaded with, to detect a concurrent edit.</summary>
    public int Version { get; set; }

    // The English version of the public texts, shown on the English site where filled.

    [StringLength(200, ErrorMessage = "SaveProject.TheEnglishTitleMayBeAt")]
    [Display(Name = "SaveProject.TitleEnglish")]
    public string? TitleEn { get; set; }

    [StringLength(1000, ErrorMessage = "SaveProject.TheEnglishSummaryMayBeAt")]
    [Display(Name = "SaveProject.SummaryEnglish")]
    public string? SummaryEn { get; set; }

    [StringLength(20000, ErrorMessage = "SaveProject.TheEnglishDescriptionMayBeAt")]
    [Display(Name = "SaveProject.DescriptionEnglish")]
    public string? DescriptionEn { get; set; }

    public static ProjectInput From(Project project) => new()
    {
        Title = project.Title,
        Slug = project.Slug,
        Summary = project.Summary,
        Description = project.Description,
        TitleEn = project.TitleEn,
        SummaryEn = project.SummaryEn,
        DescriptionEn = project.DescriptionEn,
        RegionId = project.RegionId,
        FieldId = project.FieldId,
        TopicIds = [.. project.Topics.Select(t => t.Id)],
        StatusNote = project.StatusNote,
        StartsOn = project.StartsOn,
        EndsOn = project.EndsOn,
        TotalCosts = project.TotalCosts,
        OwnContribution = project.OwnContribution,
        Website = project.Website,
        IsPublished = project.IsPublished,
        Version = project.Version,
    };
}

/// <summary>The project form: its choices, the project being edited (null for a new one) and its tab row.</summary>
public sealed record ProjectForm(ProjectFormOptions Options, Project? Project, ProjectTabs? Tabs);

/// <summary>
/// Creates and edits projects. The project office (and administrators) may set everything; a project lead
/// may edit the content of his own projects but not move them to another region or change their publication.
/// The stage changes only through the lifecycle (ChangeProjectStage); a new project starts as an idea.
/// A stale form is refused, never silently overwritten.
/// </summary>
public sealed class SaveProject(AppDbContext db, CurrentUser currentUser, ProjectAccess access)
{
    /// <summary>The form for a new project.</summary>
    public async Task<Result<ProjectForm>> OpenNewAsync(CancellationToken cancellationToken = default) =>
        await access.AllowsAsync(RegionResource.Any, ProjectsOperations.Create)
            ? await FormAsync(null, cancellationToken)
            : new Outcome.Forbidden();

    /// <summary>The form of a project, with its topics.</summary>
    public async Task<Result<ProjectForm>> OpenAsync(int id, CancellationToken cancellationToken = default) =>
        (await access.OpenAsync(id, ProjectsOperations.Edit, q => q.Include(p => p.Topics), cancellationToken)).TryGet(out var project, out var refusal)
            ? await FormAsync(project, cancellationToken)
            : refusal;

    /// <param name="fieldsValid">Whether the bound input kept its field rules; if not, the answer after the gate is the form again.</param>
    public async Task<FormOutcome<ProjectForm>> CreateAsync(ProjectInput input, bool fieldsValid = true, CancellationToken cancellationToken = default)
    {
        if (!await access.AllowsAsync(RegionResource.Any, ProjectsOperations.Create))
        {
            return new Outcome.Forbidden();
        }

        var outcome = fieldsValid ? await CreateCheckedAsync(input, cancellationToken) : Outcome.Invalid.BoundInput();
        return outcome is Outcome.Saved ? outcome : new FormOutcome<ProjectForm>(outcome, await FormAsync(null, cancellationToken));
    }

    /// <param name="fieldsValid">Whether the bound input kept its field rules; if not, the answer after the gate is the form again.</param>
    public async Task<FormOutcome<ProjectForm>> UpdateAsync(int id, ProjectInput input, bool fieldsValid = true, CancellationToken cancellationToken = default)
    {
        var project = await db.Projects.Include(p => p.Topics).FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (project is null)
        {
            return new Outcome.NotFound();
        }

        if (!await access.AllowsAsync(project, ProjectsOperations.Edit))
        {
            return new Outcome.Forbidden();
        }

        var outcome = fieldsValid ? await UpdateCheckedAsync(project, input, cancellationToken) : Outcome.Invalid.BoundInput();
        if (outcome is Outcome.Saved)
        {
            return outcome;
        }

        // The form shows the project as stored, not as changed by the refused input.
        db.ChangeTracker.Clear();
        var stored = await db.Projects.AsNoTracking().Include(p => p.Topics).FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        return stored is null ? new Outcome.NotFound() : new FormOutcome<ProjectForm>(outcome, await FormAsync(stored, cancellationToken));
    }

    /// <summary>The form with the regions this person may put projects in, and whether they decide region and publication.</summary>
    private async Task<ProjectForm> FormAsync(Project? project, CancellationToken cancellationToken)
    {
        var scopes = await currentUser.ScopesAsync(cancellationToken);
        var options = await ProjectFormOptions.LoadAsync(
            db,
            regionId => ProjectsOperations.MayManageIn(scopes, regionId),
            project is null ? await access.AllowsAsync(RegionResource.Any, ProjectsOperations.Create) : await access.AllowsAsync(project, ProjectsOperations.Manage),
            project?.RegionId,
            cancellationToken);
        return new ProjectForm(options, project, project is null ? null : await access.TabsAsync(project, "bearbeiten"));
    }

    private async Task<Outcome> CreateCheckedAsync(ProjectInput input, CancellationToken cancellationToken)
    {
        var errors = new Errors();
        if (input.RegionId is { } regionId && !await access.AllowsAsync(RegionResource.Of(regionId), ProjectsOperations.Create))
        {
            errors.Add(nameof(input.RegionId), ProjectsTexts.Of("SaveProject.YouMayNotCreateProjectsIn"));
        }

        var project = new Project { Slug = "", Title = "" };
        await ValidateAsync(input, project, errors, cancellationToken);
        if (errors.Any)
        {
            return errors.ToOutcome();
        }

        project.ProgrammeId = await db.Regions.Where(r => r.Id == input.RegionId).Select(r => (int?)r.ProgrammeId).FirstOrDefaultAsync(cancellationToken);
        await ApplyAsync(input, project, canManage: true, cancellationToken);
        db.Projects.Add(project);
        project.Status = ProjectStatus.Idea;
        project.StatusChanges.Add(new StatusChange
        {
            To = project.Status,
            EffectiveOn = db.Today,
            RecordedAt = db.UtcNow,
            RecordedBy = currentUser.Principal?.Identity?.Name,
            Reason = "Projekt angelegt",
        });
        return await SaveAsync(project, cancellationToken);
    }

    private async Task<Outcome> UpdateCheckedAsync(Project project, ProjectInput input, CancellationToken cancellationToken)
    {
        var canManage = await access.AllowsAsync(project, ProjectsOperations.Manage);
        if (!canManage)
        {
            // A project lead keeps region and publication as they are.
            (input.RegionId, input.IsPublished) = (project.RegionId, project.IsPublished);
        }
        else if (input.RegionId is { } regionId && regionId != project.RegionId && !await access.AllowsAsync(RegionResource.Of(regionId), ProjectsOperations.Manage))
        {
            return Outcome.Invalid.Of(nameof(input.RegionId), ProjectsTexts.Of("SaveProject.YouMayNotMoveTheProject"));
        }

        if (input.Version != project.Version)
        {
            return StaleForm();
        }

        var errors = new Errors();
        await ValidateAsync(input, project, errors, cancellationToken);
        if (errors.Any)
        {
            return errors.ToOutcome();
        }

        db.Entry(project).Property(p => p.Version).OriginalValue = input.Version;
        await ApplyAsync(input, project, canManage, cancellationToken);

        // The project row itself changes version even when only its topics changed.
        db.Entry(project).State = EntityState.Modified;
        return await SaveAsync(project, cancellationToken);
    }

    private async Task<Outcome> SaveAsync(Project project, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return new Outcome.Saved(project.Id, project.Slug);
        }
        catch (DbUpdateConcurrencyException)
        {
            return StaleForm();
        }
        catch (DbUpdateException)
        {
            // Two people took the same address at the same moment: the unique index decides.
            db.ChangeTracker.Clear();
            if (await db.Projects.AnyAsync(p => p.Slug == project.Slug, cancellationToken))
            {
                return Outcome.Invalid.Of(nameof(ProjectInput.Slug), ProjectsTexts.Of("SaveProject.TheShortAddressIsAlreadyTaken", project.Slug));
            }

            throw;
        }
    }

    private static Outcome.Conflict StaleForm() =>
        new("Das Projekt wurde inzwischen von jemand anderem geändert. Ihre Änderungen wurden nicht gespeichert: Bitte laden Sie die Seite neu und tragen Sie sie erneut ein.");

    private async Task ValidateAsync(ProjectInput input, Project project, Errors errors, CancellationToken cancellationToken)
    {
        input.Title = input.Title.Trim();
        input.Slug = await Slug.CheckAsync(
            input.Slug,
            input.Title,
            nameof(input.Slug),
            errors,
            slug => db.Projects.AnyAsync(p => p.Slug == slug && p.Id != project.Id, cancellationToken));

        if (input.RegionId is { } regionId && !await db.Regions.AnyAsync(r => r.Id == regionId, cancellationToken))
        {
            errors.Add(nameof(input.RegionId), ProjectsTexts.Of("SaveProject.TheSelectedRegionDoesNotExist"));
        }

        if (input.FieldId is { } fieldId && !await db.Fields.AnyAsync(f => f.Id == fieldId, cancellationToken))
        {
            errors.Add(nameof(input.FieldId), ProjectsTexts.Of("SaveProject.TheSelectedFieldOfActionDoes"));
        }

        input.TopicIds = [.. input.TopicIds.Distinct()];
        if (input.TopicIds.Count > 0)
        {
            var known = await db.Topics.CountAsync(t => input.TopicIds.Contains(t.Id), cancellationToken);
            if (known != input.TopicIds.Count)
            {
                errors.Add(nameof(input.TopicIds), ProjectsTexts.Of("SaveProject.AtLeastOneOfTheSelected"));
            }
        }

        if (input.StartsOn is { } start && input.EndsOn is { } end && end < start)
        {
            errors.Add(nameof(input.EndsOn), ProjectsTexts.Of("SaveProject.TheEndMayNotBeBefore"));
        }

        if (input.TotalCosts is { } total && input.OwnContribution is { } own && own > total)
        {
            errors.Add(nameof(input.OwnContribution), ProjectsTexts.Of("SaveProject.TheOwnContributionMayNotBe"));
        }
    }

    private async Task ApplyAsync(ProjectInput input, Project project, bool canManage, CancellationToken cancellationToken)
    {
        project.Title = input.Title;
        project.Slug = input.Slug!;
        project.Summary = Clean(input.Summary);
        project.Description = Clean(input.Description);
        project.TitleEn = Clean(input.TitleEn);
        project.SummaryEn = Clean(input.SummaryEn);
        project.DescriptionEn = Clean(input.DescriptionEn);
        project.FieldId = input.FieldId;
        project.StatusNote = Clean(input.StatusNote);
        if (project.StartsOn != input.StartsOn)
        {
            (project.StartsOn, project.StartsOnPrecision) = (input.StartsOn, DatePrecision.Day);
        }

        if (project.EndsOn != input.EndsOn)
        {
            (project.EndsOn, project.EndsOnPrecision) = (input.EndsOn, DatePrecision.Day);
        }

        project.TotalCosts = input.TotalCosts;
        project.OwnContribution = input.OwnContribution;
        project.Website = Clean(input.Website);
        if (canManage)
        {
            project.RegionId = input.RegionId!.Value;
            project.IsPublished = input.IsPublished;
        }

        var topics = await db.Topics.Where(t => input.TopicIds.Contains(t.Id)).ToListAsync(cancellationToken);
        project.Topics.RemoveAll(t => !input.TopicIds.Contains(t.Id));
        project.Topics.AddRange(topics.Where(t => project.Topics.All(existing => existing.Id != t.Id)));
    }

    /// <summary>Empty means "not given"; browsers send text area line breaks as CR LF, stored as LF like the rest.</summary>
    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim().ReplaceLineEndings("\n");
}
