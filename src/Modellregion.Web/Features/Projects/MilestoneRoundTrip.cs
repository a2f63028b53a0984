using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Account;
using Modellregion.Web.Platform;
using Modellregion.Web.Platform.Localization;

namespace Modellregion.Web.Features.Projects;

/// <summary>A file to send: its content, type and name.</summary>
public sealed record MilestoneFile(byte[] Content, string ContentType, string FileName);

/// <summary>What a row of an upload does: add a milestone, change one, or nothing.</summary>
public enum MilestoneChangeKind
{
    New,
    Changed,
    Unchanged,
}

/// <summary>A field that a row changes: its label (a key of <see cref="ProjectsTexts"/>), the stored and the uploaded value.</summary>
public sealed record FieldChange(string Label, string Old, string New);

/// <summary>A row of the upload that can be applied.</summary>
public sealed record MilestoneChange(int Row, MilestoneChangeKind Kind, int ProjectId, string ProjectSlug, string ProjectTitle, int? MilestoneId, string Title, IReadOnlyList<FieldChange> Fields);

/// <summary>A row that cannot be applied: its number, the column and why.</summary>
public sealed record RowError(int Row, string Column, Message Message);

/// <summary>
/// The preview of an upload: the changes, the number of unchanged rows, the errors, and the sealed form of the changes
/// (<see cref="Token"/>) that the confirmation sends back. Nothing is stored before the confirmation.
/// </summary>
public sealed record MilestonePreview(IReadOnlyList<MilestoneChange> Changes, int Unchanged, IReadOnlyList<RowError> Errors, string? Token);

/// <summary>A region to filter the download by.</summary>
public sealed record RegionChoice(string Slug, string Name);

/// <summary>What the page of the table offers: the regions of the person's offices (none for a project lead).</summary>
public sealed record MilestoneSheetForm(IReadOnlyList<RegionChoice> Regions);

/// <summary>What the confirmation stored: the numbers of added and changed milestones.</summary>
public sealed record MilestonesApplied(int Created, int Changed);

/// <summary>
/// Progress updates as a table (the round trip of the milestones): the office, or a project lead for the projects they
/// may edit, downloads the milestones as XLSX or CSV (<see cref="MilestoneSheet"/>), changes them in a spreadsheet,
/// uploads the file, sees a preview of every change and confirms. The confirmation applies the changes through
/// <see cref="ManageMilestones"/> (same rules, authorization and audit as the milestone page) in one transaction: all
/// or nothing. Between preview and confirmation the changes travel in a hidden field, sealed with a time-limited data
/// protector, together with a fingerprint of each affected project's milestones, so that a confirmation after someone
/// else's change (or a second confirmation of the same preview) is refused as a conflict. Milestones are never deleted
/// because a row is missing; the project's stage is shown for information and changes only through its own page.
/// </summary>
public sealed class MilestoneRoundTrip(AppDbContext db, CurrentUser currentUser, ProjectAccess access, ManageMilestones manage, IDataProtectionProvider protection)
{
    public static readonly DateOnly EarliestDate = new(1990, 1, 1);
    public static readonly DateOnly LatestDate = new(2100, 12, 31);

    private static readonly TimeSpan PreviewLifetime = TimeSpan.FromHours(2);

    /// <summary>Whether the person may edit milestones as a table (<see cref="ProjectsOperations.EditMilestoneTable"/>).</summary>
    private Task<bool> MayUseAsync() => access.AllowsAsync(RegionResource.Any, ProjectsOperations.EditMilestoneTable);

    /// <summary>The page of the table: the regions the person may filter the download by (those of their offices; none for a project lead).</summary>
    public async Task<Result<MilestoneSheetForm>> FormAsync(CancellationToken cancellationToken = default)
    {
        if (!await MayUseAsync())
        {
            return new Outcome.Forbidden();
        }

        var scopes = await currentUser.ScopesAsync(cancellationToken);
        var regions = db.Regions.AsNoTracking();
        if (!scopes.IsAdministrator)
        {
            var ids = scopes.OfficeRegions.ToList();
            regions = regions.Where(r => ids.Contains(r.Id));
        }

        return new MilestoneSheetForm([.. (await regions.OrderBy(r => r.Name).Select(r => new { r.Slug, r.Name }).ToListAsync(cancellationToken)).Select(r => new RegionChoice(r.Slug, r.Name))]);
    }

    /// <param name="format"><c>xlsx</c> or <c>csv</c>.</param>
    /// <param name="region">The slug of one region, or null for all projects the person may edit.</param>
    /// <param name="status">The slug of a stage (as in the back-office list), or null.</param>
    /// <param name="query">Part of the title (as in the back-office list), or null.</param>
    public async Task<Result<MilestoneFile>> DownloadAsync(string format, string? region, string? status, string? query, CancellationToken cancellationToken = default)
    {
        if (!await MayUseAsync())
        {
            return new Outcome.Forbidden();
        }

        if (format is not ("xlsx" or "csv"))
        {
            return new Outcome.NotFound();
        }

        var scopes = await currentUser.ScopesAsync(cancellationToken);
        var projects = db.Projects.AsNoTracking();
        if (!scopes.IsAdministrator)
        {
            var offices = scopes.OfficeRegions.ToList();
            var leads = scopes.LeadProjects.ToList();
            projects = projects.Where(p => offices.Contains(p.RegionId) || leads.Contains(p.Id));
        }

        if (!string.IsNullOrWhiteSpace(region))
        {
            var regionId = await db.Regions.Where(r => r.Slug == region).Select(r => (int?)r.Id).FirstOrDefaultAsync(cancellationToken);
            if (regionId is null)
            {
                return new Outcome.NotFound();
            }

            projects = projects.Where(p => p.RegionId == regionId);
        }

        if (ProjectStatuses.FromSlug(status) is { } chosen)
        {
            projects = projects.Where(p => p.Status == chosen);
        }

        if (!string.IsNullOrWhiteSpace(query) && query.Length <= 200)
        {
            var pattern = "%" + query.Trim().ToLowerInvariant() + "%";
            projects = projects.Where(p => EF.Functions.Like(p.Title.ToLower(), pattern));
        }

        var list = await projects.OrderBy(p => p.Region!.Name).ThenBy(p => p.Title)
            .Select(p => new { p.Id, p.Slug, p.Title, p.Status, p.StatusNote })
            .ToListAsync(cancellationToken);
        var ids = list.Select(p => p.Id).ToList();
        var milestones = (await db.Milestones.AsNoTracking().Where(m => ids.Contains(m.ProjectId)).ToListAsync(cancellationToken))
            .ToLookup(m => m.ProjectId);
        var rows = new List<object?[]>();
        foreach (var p in list)
        {
            object?[] head = [p.Slug, p.Title, ProjectStatuses.Label(p.Status), p.StatusNote];
            foreach (var m in milestones[p.Id].OrderBy(m => m.SortOrder).ThenBy(m => m.Id))
            {
                rows.Add([.. head, m.Id, m.Title, m.Description, m.DueOn, m.IsCompleted, m.CompletedOn, m.Version]);
            }
        }

        var name = $"meilensteine-{db.Today:yyyy-MM-dd}.{format}";
        return format == "xlsx"
            ? new MilestoneFile(MilestoneSheet.ToXlsx(rows), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name)
            : new MilestoneFile(MilestoneSheet.ToCsv(rows), "text/csv; charset=utf-8", name);
    }

    /// <summary>
    /// Reads an upload and compares it with what is stored: the preview, or <see cref="Outcome.Invalid"/> when the file
    /// cannot be read at all (empty, too large, neither XLSX nor CSV, not UTF-8, columns missing). Stores nothing.
    /// </summary>
    public async Task<Result<MilestonePreview>> PreviewAsync(byte[] content, string fileName, CancellationToken cancellationToken = default)
    {
        if (!await MayUseAsync())
        {
            return new Outcome.Forbidden();
        }

        List<SheetRow> rows;
        try
        {
            rows = Read(content, fileName);
        }
        catch (SheetFormatException e)
        {
            return FileError(ProjectsTexts.Of(e.Key, e.Arguments));
        }

        var header = rows[0].Cells.Select(c => c.Text.Trim()).ToList();
        var columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < header.Count; i++)
        {
            columns.TryAdd(header[i], i);
        }

        var missing = MilestoneSheet.Required.Where(c => !columns.ContainsKey(c)).ToList();
        if (missing.Count > 0)
        {
            return FileError(ProjectsTexts.Of("MilestoneSheet.ColumnsMissing", string.Join(", ", missing.Select(m => $"„{m}“"))));
        }

        var lines = rows.Skip(1).Where(r => r.Cells.Any(c => !string.IsNullOrWhiteSpace(c.Text))).ToList();
        if (lines.Count == 0)
        {
            return FileError(ProjectsTexts.Of("MilestoneSheet.NoRows"));
        }

        SheetCell Cell(SheetRow row, string column) => columns[column] < row.Cells.Count ? row.Cells[columns[column]] : SheetCell.Empty;

        var slugs = lines.Select(l => Cell(l, MilestoneSheet.Slug).Text.Trim()).Where(s => s.Length is > 0 and <= 200).Distinct().ToList();
        var projects = await db.Projects.AsNoTracking().Where(p => slugs.Contains(p.Slug)).ToListAsync(cancellationToken);
        var editable = new Dictionary<string, Project>(StringComparer.Ordinal);
        var refused = new HashSet<string>(StringComparer.Ordinal);
        foreach (var project in projects)
        {
            if (await access.AllowsAsync(project, ProjectsOperations.Edit))
            {
                editable[project.Slug] = project;
            }
            else
            {
                refused.Add(project.Slug);
            }
        }

        var editableIds = editable.Values.Select(p => p.Id).ToList();
        var stored = await db.Milestones.AsNoTracking().Where(m => editableIds.Contains(m.ProjectId)).ToListAsync(cancellationToken);
        var byId = stored.ToDictionary(m => m.Id);

        var changes = new List<MilestoneChange>();
        var sealedChanges = new List<SealedChange>();
        var errors = new List<RowError>();
        var unchanged = 0;
        var seenIds = new HashSet<int>();
        foreach (var line in lines)
        {
            var rowErrors = new List<RowError>();
            void Error(string column, string key, params object?[] arguments) => rowErrors.Add(new RowError(line.Number, column, ProjectsTexts.Of(key, arguments)));

            var slug = Cell(line, MilestoneSheet.Slug).Text.Trim();
            Project? project = null;
            if (slug.Length == 0)
            {
                Error(MilestoneSheet.Slug, "MilestoneSheet.ProjectMissing");
            }
            else if (refused.Contains(slug))
            {
                Error(MilestoneSheet.Slug, "MilestoneSheet.ProjectRefused", slug);
            }
            else if (!editable.TryGetValue(slug, out project))
            {
                Error(MilestoneSheet.Slug, "MilestoneSheet.ProjectUnknown", Shorten(slug));
            }

            if (project is null)
            {
                errors.AddRange(rowErrors);
                continue;
            }

            Milestone? existing = null;
            var idText = Cell(line, MilestoneSheet.MilestoneId).Text.Trim();
            if (idText.Length > 0)
            {
                if (!int.TryParse(idText, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
                {
                    Error(MilestoneSheet.MilestoneId, "MilestoneSheet.IdNotANumber", Shorten(idText));
                }
                else if (!byId.TryGetValue(id, out existing) || existing.ProjectId != project.Id)
                {
                    existing = null;
                    Error(MilestoneSheet.MilestoneId, "MilestoneSheet.IdUnknown", id, slug);
                }
                else if (!seenIds.Add(id))
                {
                    existing = null;
                    Error(MilestoneSheet.MilestoneId, "MilestoneSheet.IdTwice", id);
                }
            }

            if (idText.Length > 0 && existing is null)
            {
                errors.AddRange(rowErrors);
                continue;
            }

            var title = Text(line, Cell(line, MilestoneSheet.Title), MilestoneSheet.Title, existing?.Title, rowErrors).Trim();
            if (rowErrors.Any(e => e.Column == MilestoneSheet.Title))
            {
                // A formula: one message for the cell is enough.
            }
            else if (title.Length == 0)
            {
                Error(MilestoneSheet.Title, "MilestoneSheet.TitleEmpty");
            }
            else if (title.Length is < 2 or > 200)
            {
                Error(MilestoneSheet.Title, "MilestoneSheet.TitleLength", title.Length);
            }

            var description = Text(line, Cell(line, MilestoneSheet.Description), MilestoneSheet.Description, existing?.Description, rowErrors).Trim();
            if (description.Length > 2000)
            {
                Error(MilestoneSheet.Description, "MilestoneSheet.DescriptionLength", description.Length);
            }

            var dueOn = Date(Cell(line, MilestoneSheet.DueOn), MilestoneSheet.DueOn, line.Number, rowErrors);
            var reachedText = Cell(line, MilestoneSheet.Reached).Text.Trim().ToLowerInvariant();
            var reached = reachedText switch
            {
                "ja" or "yes" or "x" or "1" or "wahr" or "true" => true,
                "" or "nein" or "no" or "0" or "falsch" or "false" => false,
                _ => (bool?)null,
            };
            if (reached is null)
            {
                Error(MilestoneSheet.Reached, "MilestoneSheet.ReachedInvalid", Shorten(reachedText));
            }

            var reachedOn = Date(Cell(line, MilestoneSheet.ReachedOn), MilestoneSheet.ReachedOn, line.Number, rowErrors);
            if (reachedOn is not null && reached == false)
            {
                Error(MilestoneSheet.ReachedOn, "ManageMilestones.AReachedOnDateIsOnly");
            }

            var version = 0;
            if (existing is not null)
            {
                var versionText = Cell(line, MilestoneSheet.Version).Text.Trim();
                if (!int.TryParse(versionText, NumberStyles.None, CultureInfo.InvariantCulture, out version))
                {
                    Error(MilestoneSheet.Version, "MilestoneSheet.VersionMissing");
                }
            }

            if (rowErrors.Count > 0)
            {
                errors.AddRange(rowErrors);
                continue;
            }

            var input = new MilestoneInput
            {
                Title = title,
                Description = description.Length == 0 ? null : description,
                DueOn = dueOn,
                IsCompleted = reached == true,
                CompletedOn = reached == true ? reachedOn : null,
                Version = version,
            };
            if (existing is null)
            {
                changes.Add(new MilestoneChange(line.Number, MilestoneChangeKind.New, project.Id, project.Slug, project.Title, null, input.Title, Fields(null, input)));
                sealedChanges.Add(new SealedChange(line.Number, project.Id, null, input.Title, input.Description, input.DueOn, input.IsCompleted, input.CompletedOn, 0));
                continue;
            }

            var fields = Fields(existing, input);
            if (fields.Count == 0)
            {
                unchanged++;
                continue;
            }

            if (existing.Version != version)
            {
                errors.Add(new RowError(line.Number, MilestoneSheet.Version, ProjectsTexts.Of("MilestoneSheet.Stale", existing.Id)));
                continue;
            }

            changes.Add(new MilestoneChange(line.Number, MilestoneChangeKind.Changed, project.Id, project.Slug, project.Title, existing.Id, existing.Title, fields));
            sealedChanges.Add(new SealedChange(line.Number, project.Id, existing.Id, input.Title, input.Description, input.DueOn, input.IsCompleted, input.CompletedOn, version));
        }

        string? token = null;
        if (sealedChanges.Count > 0)
        {
            var affected = sealedChanges.Select(c => c.ProjectId).Distinct().ToList();
            var payload = new SealedPreview(currentUser.Id ?? "", [.. sealedChanges], affected.ToDictionary(id => id.ToString(CultureInfo.InvariantCulture), id => Fingerprint(stored.Where(m => m.ProjectId == id))));
            token = Protector().Protect(JsonSerializer.Serialize(payload), PreviewLifetime);
        }

        return new MilestonePreview(changes, unchanged, [.. errors.OrderBy(e => e.Row)], token);
    }

    /// <summary>
    /// Applies the changes of a preview through <see cref="ManageMilestones"/>, all in one transaction: when a row fails
    /// (someone changed a milestone in between, the rules refuse it), nothing is stored and the answer says which row.
    /// </summary>
    public async Task<(Outcome Outcome, MilestonesApplied? Applied)> ApplyAsync(string? token, CancellationToken cancellationToken = default)
    {
        if (!await MayUseAsync())
        {
            return (new Outcome.Forbidden(), null);
        }

        SealedPreview? preview;
        try
        {
            preview = string.IsNullOrEmpty(token) ? null : JsonSerializer.Deserialize<SealedPreview>(Protector().Unprotect(token, out _));
        }
        catch (Exception e) when (e is CryptographicException or JsonException or FormatException)
        {
            preview = null;
        }

        if (preview is null || preview.UserId != (currentUser.Id ?? ""))
        {
            return (Outcome.Invalid.Of("", ProjectsTexts.Of("MilestoneSheet.PreviewExpired")), null);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var (projectKey, fingerprint) in preview.Fingerprints)
        {
            var projectId = int.Parse(projectKey, CultureInfo.InvariantCulture);
            var now = await db.Milestones.AsNoTracking().Where(m => m.ProjectId == projectId).ToListAsync(cancellationToken);
            if (Fingerprint(now) != fingerprint)
            {
                var slug = await db.Projects.Where(p => p.Id == projectId).Select(p => p.Slug).FirstOrDefaultAsync(cancellationToken) ?? "";
                return (new Outcome.Conflict(ProjectsTexts.Of("MilestoneSheet.ChangedMeanwhile", slug)), null);
            }
        }

        var (created, changed) = (0, 0);
        foreach (var change in preview.Changes)
        {
            var input = new MilestoneInput
            {
                Title = change.Title,
                Description = change.Description,
                DueOn = change.DueOn,
                IsCompleted = change.IsCompleted,
                CompletedOn = change.CompletedOn,
                Version = change.Version,
            };
            var outcome = change.MilestoneId is { } id
                ? await manage.UpdateAsync(change.ProjectId, id, input, cancellationToken)
                : await manage.AddAsync(change.ProjectId, input, cancellationToken);
            if (outcome is not Outcome.Saved)
            {
                await transaction.RollbackAsync(cancellationToken);
                db.ChangeTracker.Clear();
                return (outcome switch
                {
                    Outcome.Conflict conflict => new Outcome.Conflict(ProjectsTexts.Of("MilestoneSheet.RowFailed", change.Row, conflict.Message)),
                    Outcome.Invalid invalid => Outcome.Invalid.Of("", ProjectsTexts.Of("MilestoneSheet.RowFailed", change.Row, invalid.Errors.SelectMany(e => e.Value).FirstOrDefault() ?? ProjectsTexts.Of("MilestoneSheet.RowInvalid"))),
                    Outcome.Denied denied => new Outcome.Denied(ProjectsTexts.Of("MilestoneSheet.RowFailed", change.Row, denied.Message)),
                    Outcome.NotFound => new Outcome.Conflict(ProjectsTexts.Of("MilestoneSheet.RowFailed", change.Row, ProjectsTexts.Of("MilestoneSheet.RowGone"))),
                    _ => new Outcome.Denied(ProjectsTexts.Of("MilestoneSheet.RowFailed", change.Row, ProjectsTexts.Of("MilestoneSheet.RowRefused"))),
                }, null);
            }

            if (change.MilestoneId is null)
            {
                created++;
            }
            else
            {
                changed++;
            }
        }

        await transaction.CommitAsync(cancellationToken);
        return (new Outcome.Saved(created + changed), new MilestonesApplied(created, changed));
    }

    private static List<SheetRow> Read(byte[] content, string fileName)
    {
        if (content.Length == 0)
        {
            throw new SheetFormatException("MilestoneSheet.FileEmpty");
        }

        if (content.Length > MilestoneSheet.MaxBytes)
        {
            throw new SheetFormatException("MilestoneSheet.FileTooLarge", MilestoneSheet.MaxBytes / 1024 / 1024);
        }

        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        if (extension is not (".xlsx" or ".csv"))
        {
            throw new SheetFormatException("MilestoneSheet.WrongExtension");
        }

        var isZip = MilestoneSheet.IsZip(content);
        if (extension == ".xlsx" && !isZip)
        {
            throw new SheetFormatException("MilestoneSheet.NotAnXlsxFile");
        }

        if (extension == ".csv" && isZip)
        {
            throw new SheetFormatException("MilestoneSheet.NeitherXlsxNorCsv");
        }

        var rows = isZip ? MilestoneSheet.ReadXlsx(content) : MilestoneSheet.ReadCsv(content);
        return rows.Count == 0 ? throw new SheetFormatException("MilestoneSheet.FileEmpty") : rows;
    }

    /// <summary>Text of a cell; a formula, or new text a spreadsheet would run as one, is an error of the row.</summary>
    private static string Text(SheetRow line, SheetCell cell, string column, string? stored, List<RowError> errors)
    {
        if (cell.IsFormula)
        {
            errors.Add(new RowError(line.Number, column, ProjectsTexts.Of("MilestoneSheet.Formula")));
            return "";
        }

        var text = MilestoneSheet.Restore(cell.Text);
        if (MilestoneSheet.LooksLikeFormula(text.Trim()) && text.Trim() != (stored ?? "").Trim())
        {
            errors.Add(new RowError(line.Number, column, ProjectsTexts.Of("MilestoneSheet.FormulaText")));
        }

        return text;
    }

    private static DateOnly? Date(SheetCell cell, string column, int row, List<RowError> errors)
    {
        if (cell.IsFormula)
        {
            errors.Add(new RowError(row, column, ProjectsTexts.Of("MilestoneSheet.Formula")));
            return null;
        }

        DateOnly date;
        if (cell.Number is { } number)
        {
            if (number is < 1 or > 2958465 || double.IsNaN(number))
            {
                errors.Add(new RowError(row, column, ProjectsTexts.Of("MilestoneSheet.DateInvalid", Shorten(cell.Text))));
                return null;
            }

            date = DateOnly.FromDateTime(DateTime.FromOADate(Math.Floor(number)));
        }
        else
        {
            var text = cell.Text.Trim();
            if (text.Length == 0)
            {
                return null;
            }

            if (!DateOnly.TryParseExact(text, ["dd.MM.yyyy", "d.M.yyyy", "yyyy-MM-dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
            {
                errors.Add(new RowError(row, column, ProjectsTexts.Of("MilestoneSheet.DateInvalid", Shorten(text))));
                return null;
            }
        }

        if (date < EarliestDate || date > LatestDate)
        {
            errors.Add(new RowError(row, column, ProjectsTexts.Of("MilestoneSheet.DateOutOfRange", date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture), EarliestDate.Year, LatestDate.Year)));
            return null;
        }

        return date;
    }

    private static List<FieldChange> Fields(Milestone? stored, MilestoneInput input)
    {
        var fields = new List<FieldChange>();
        void Compare(string label, string? old, string? now)
        {
            if ((old ?? "") != (now ?? ""))
            {
                fields.Add(new FieldChange(label, old ?? "", now ?? ""));
            }
        }

        Compare("MilestoneSheet.FieldTitle", stored?.Title, input.Title);
        Compare("MilestoneSheet.FieldDescription", stored?.Description, input.Description);
        Compare("MilestoneSheet.FieldDueOn", Day(stored?.DueOn), Day(input.DueOn));
        Compare("MilestoneSheet.FieldReached", stored is null ? null : YesNo(stored.IsCompleted), YesNo(input.IsCompleted));
        Compare("MilestoneSheet.FieldReachedOn", Day(stored?.CompletedOn), Day(input.CompletedOn));
        return fields;
    }

    private static string? Day(DateOnly? date) => date?.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);

    private static string YesNo(bool value) => value ? "ja" : "nein";

    private static string Shorten(string text) => UnicodeText.Shorten(text, 60);

    private static string Fingerprint(IEnumerable<Milestone> milestones) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join(";", milestones.OrderBy(m => m.Id).Select(m => $"{m.Id}:{m.Version}")))));

    private static Outcome.Invalid FileError(Message message) => Outcome.Invalid.Of("Upload", message);

    private ITimeLimitedDataProtector Protector() => protection.CreateProtector("Projects.MilestoneRoundTrip.v1").ToTimeLimitedDataProtector();

    private sealed record SealedChange(int Row, int ProjectId, int? MilestoneId, string Title, string? Description, DateOnly? DueOn, bool IsCompleted, DateOnly? CompletedOn, int Version);

    private sealed record SealedPreview(string UserId, List<SealedChange> Changes, Dictionary<string, string> Fingerprints);
}
