using System.ComponentModel.DataAnnotations;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Board.Admin;
using Modellregion.Web.Features.Shared;
using Modellregion.Web.Platform;
using Modellregion.Web.Platform.Files;

namespace Modellregion.Web.Features.Board;

public sealed class PaperInput
{
    [Required(ErrorMessage = "ManagePapers.PleaseEnterThePaperNumber")]
    [StringLength(50, MinimumLength = 1, ErrorMessage = "ManagePapers.ThePaperNumberMayBeAt")]
    [Display(Name = "ManagePapers.PaperReference")]
    public string Reference { get; set; } = "";

    [Required(ErrorMessage = "Common.PleaseEnterATitle")]
    [StringLength(300, MinimumLength = 3, ErrorMessage = "Common.TheTitleMustBe3To")]
    [Display(Name = "Common.Title")]
    public string Title { get; set; } = "";

    [Required(ErrorMessage = "ManagePapers.PleaseChooseTheTypeOfPaper")]
    [Display(Name = "ManagePapers.TypeOfPaper")]
    public string PaperType { get; set; } = "Beschlussvorlage";

    [Required(ErrorMessage = "Common.PleaseEnterTheDate")]
    [Display(Name = "Common.Date")]
    public DateOnly? Date { get; set; }

    [StringLength(4000, ErrorMessage = "ManagePapers.TheSummaryMayBeAtMost")]
    [Display(Name = "ManagePapers.Summary")]
    public string? Summary { get; set; }

    [Display(Name = "ManagePapers.SubmittedByOrganisation")]
    public int? OriginatorOrganisationId { get; set; }

    [Display(Name = "Common.ConcernsProject")]
    public int? ProjectId { get; set; }

    [Display(Name = "Common.ConcernsSolution")]
    public int? SolutionId { get; set; }

    [Display(Name = "Common.Public")]
    public bool IsPublic { get; set; }

    public int Version { get; set; }

    public static PaperInput From(Paper paper) => new()
    {
        Reference = paper.Reference,
        Title = paper.Title,
        PaperType = paper.PaperType,
        Date = paper.Date,
        Summary = paper.Summary,
        OriginatorOrganisationId = paper.OriginatorOrganisationId,
        ProjectId = paper.ProjectId,
        SolutionId = paper.SolutionId,
        IsPublic = paper.IsPublic,
        Version = paper.Version,
    };
}

/// <summary>A paper's form: the board, the choices, and for an existing paper the paper and its input.</summary>
public sealed record PaperForm(string BoardName, PaperFormOptions Options, PaperPage? Paper, PaperInput? Input);

/// <summary>
/// Papers (Vorlagen) and their files. A paper and each file are public or not; when a paper's publicity changes,
/// its files and the meetings that deal with it are marked changed, because OParl embeds them there.
/// </summary>
public sealed class ManagePapers(AppDbContext db, BoardGate gate, BoardQueries queries, FileStore files, IEnumerable<ISolutionReferences> solutionCatalogue)
{
    /// <summary>The form of a new paper of a board (<see cref="BoardOperations.Manage"/>).</summary>
    public async Task<Result<PaperForm>> OpenNewAsync(int boardId, CancellationToken cancellationToken = default)
    {
        var board = await db.Boards.AsNoTracking().FirstOrDefaultAsync(b => b.Id == boardId && b.DeletedAt == null, cancellationToken);
        if (board is null)
        {
            return new Outcome.NotFound();
        }

        return await gate.AllowsAsync(board, BoardOperations.Manage)
            ? new PaperForm(board.Name, await PaperFormOptions.LoadAsync(db, solutionCatalogue.FirstOrDefault(), board.RegionId, cancellationToken), null, null)
            : new Outcome.Forbidden();
    }

    /// <summary>A paper with its files and consultations, and its form.</summary>
    public async Task<Result<PaperForm>> OpenAsync(int paperId, CancellationToken cancellationToken = default)
    {
        var paper = await db.Papers.AsNoTracking().Include(p => p.Board).FirstOrDefaultAsync(p => p.Id == paperId && p.DeletedAt == null, cancellationToken);
        if (paper is null)
        {
            return new Outcome.NotFound();
        }

        return await gate.AllowsAsync(paper.Board!, BoardOperations.Manage) ? await FormAsync(paperId, cancellationToken) : new Outcome.Forbidden();
    }

    public async Task<FormOutcome<PaperForm>> CreateAsync(int boardId, PaperInput input, bool inputValid, CancellationToken cancellationToken = default)
    {
        var board = await db.Boards.FirstOrDefaultAsync(b => b.Id == boardId && b.DeletedAt == null, cancellationToken);
        if (board is null)
        {
            return new Outcome.NotFound();
        }

        if (!await gate.AllowsAsync(board, BoardOperations.Manage))
        {
            return new Outcome.Forbidden();
        }

        var outcome = inputValid ? await CreateAsync(board, input, cancellationToken) : Outcome.Invalid.BoundInput();
        return outcome is Outcome.Saved ? new FormOutcome<PaperForm>(outcome) : new(outcome, new PaperForm(board.Name, await PaperFormOptions.LoadAsync(db, solutionCatalogue.FirstOrDefault(), board.RegionId, cancellationToken), null, null));
    }

    public Task<FormOutcome<PaperForm>> UpdateAsync(int paperId, PaperInput input, bool inputValid, CancellationToken cancellationToken = default) =>
        ActAsync(paperId, paper => inputValid ? UpdateAsync(paper, input, cancellationToken) : Task.FromResult<Outcome>(Outcome.Invalid.BoundInput()), cancellationToken);

    /// <summary>Adds a PDF (checked by its bytes and size) as main file or attachment.</summary>
    public Task<FormOutcome<PaperForm>> AddFileAsync(int paperId, IFormFile? upload, string? name, bool isMain, bool isPublic, CancellationToken cancellationToken = default) =>
        ActAsync(paperId, paper => AddFileAsync(paper, upload, name, isMain, isPublic, cancellationToken), cancellationToken);

    public Task<FormOutcome<PaperForm>> RemoveFileAsync(int paperId, int fileId, CancellationToken cancellationToken = default) =>
        ActAsync(paperId, paper => RemoveFileAsync(paper, fileId, cancellationToken), cancellationToken);

    private async Task<FormOutcome<PaperForm>> ActAsync(int paperId, Func<Paper, Task<Outcome>> act, CancellationToken cancellationToken)
    {
        var paper = await db.Papers.Include(p => p.Board).Include(p => p.Files)
            .FirstOrDefaultAsync(p => p.Id == paperId && p.DeletedAt == null, cancellationToken);
        if (paper is null)
        {
            return new Outcome.NotFound();
        }

        if (!await gate.AllowsAsync(paper.Board!, BoardOperations.Manage))
        {
            return new Outcome.Forbidden();
        }

        var outcome = await act(paper);
        return outcome is Outcome.Saved ? new FormOutcome<PaperForm>(outcome) : new(outcome, await FormAsync(paperId, cancellationToken));
    }

    private async Task<PaperForm> FormAsync(int paperId, CancellationToken cancellationToken)
    {
        var page = (await queries.PaperAsync(paperId, includeInternal: true, cancellationToken))!;
        var input = PaperInput.From(await db.Papers.AsNoTracking().FirstAsync(p => p.Id == paperId, cancellationToken));
        return new PaperForm(page.BoardName, await PaperFormOptions.LoadAsync(db, solutionCatalogue.FirstOrDefault(), page.RegionId, cancellationToken), page, input);
    }

    private async Task<Outcome> CreateAsync(Board board, PaperInput input, CancellationToken cancellationToken)
    {
        var boardId = board.Id;
        var paper = new Paper { BoardId = boardId, Reference = "", Title = "", PaperType = "" };
        var errors = await ValidateAsync(input, paper, board, cancellationToken);
        if (errors.Any)
        {
            return errors.ToOutcome();
        }

        Apply(input, paper);
        db.Papers.Add(paper);
        return await SaveAsync(paper, cancellationToken);
    }

    private async Task<Outcome> UpdateAsync(Paper paper, PaperInput input, CancellationToken cancellationToken)
    {
        if (input.Version != paper.Version)
        {
            return Stale();
        }

        var errors = await ValidateAsync(input, paper, paper.Board!, cancellationToken);
        if (errors.Any)
        {
            return errors.ToOutcome();
        }

        db.Entry(paper).Property(p => p.Version).OriginalValue = input.Version;
        var wasPublic = paper.IsPublic;
        Apply(input, paper);
        if (wasPublic != paper.IsPublic)
        {
            await TouchDependentsAsync(paper.Id, cancellationToken);
        }

        return await SaveAsync(paper, cancellationToken);
    }

    private async Task<Outcome> AddFileAsync(Paper paper, IFormFile? upload, string? name, bool isMain, bool isPublic, CancellationToken cancellationToken)
    {
        var (stored, error) = await files.AcceptPdfAsync(upload, cancellationToken);
        if (stored is null)
        {
            return Outcome.Invalid.Of("", error!);
        }

        name = string.IsNullOrWhiteSpace(name) ? Path.GetFileNameWithoutExtension(stored.FileName) : name.Trim();
        if (name.Length > 200)
        {
            return Outcome.Invalid.Of("", BoardTexts.Of("ManagePapers.TheNameOfTheFileMay"));
        }

        AddFile(paper, stored, name, isMain, isPublic);
        db.Entry(paper).State = EntityState.Modified;
        return await SaveAsync(paper, cancellationToken);
    }

    /// <summary>Adds an already checked file; a new main file replaces the old one (which is marked deleted).</summary>
    public PaperFile AddFile(Paper paper, StoredFile stored, string name, bool isMain, bool isPublic)
    {
        if (isMain)
        {
            foreach (var old in paper.Files.Where(f => f.IsMain && f.DeletedAt == null))
            {
                old.DeletedAt = db.UtcNow;
            }
        }

        db.Files.Add(stored);
        var file = new PaperFile
        {
            Paper = paper,
            StoredFileId = stored.Id,
            Name = name,
            FileName = stored.FileName,
            MimeType = stored.ContentType,
            Size = stored.Size,
            Sha512 = Convert.ToHexStringLower(SHA512.HashData(stored.Content)),
            IsMain = isMain,
            IsPublic = isPublic,
            PublicSince = isPublic ? db.UtcNow : null,
        };
        paper.Files.Add(file);
        return file;
    }

    private async Task<Outcome> RemoveFileAsync(Paper paper, int fileId, CancellationToken cancellationToken)
    {
        var file = paper.Files.FirstOrDefault(f => f.Id == fileId && f.DeletedAt == null);
        if (file is null)
        {
            return new Outcome.NotFound();
        }

        file.DeletedAt = db.UtcNow;
        db.Entry(paper).State = EntityState.Modified;
        return await SaveAsync(paper, cancellationToken);
    }

    private async Task<Errors> ValidateAsync(PaperInput input, Paper paper, Board board, CancellationToken cancellationToken)
    {
        var errors = new Errors();
        input.Reference = input.Reference.Trim();
        input.Title = input.Title.Trim();
        if (await db.Papers.AnyAsync(p => p.BoardId == board.Id && p.Reference == input.Reference && p.DeletedAt == null && p.Id != paper.Id, cancellationToken))
        {
            errors.Add(nameof(input.Reference), BoardTexts.Of("ManagePapers.ThePaperNumberIsAlreadyTaken", input.Reference));
        }

        if (!Paper.Types.Contains(input.PaperType))
        {
            errors.Add(nameof(input.PaperType), BoardTexts.Of("ManagePapers.ThisTypeOfPaperDoesNot"));
        }

        if (input.OriginatorOrganisationId is { } organisationId && !await db.Organisations.AnyAsync(o => o.Id == organisationId, cancellationToken))
        {
            errors.Add(nameof(input.OriginatorOrganisationId), BoardTexts.Of("Common.TheSelectedOrganisationDoesNotExist"));
        }

        if (input.ProjectId is { } projectId && !await db.Projects.AnyAsync(p => p.Id == projectId && p.RegionId == board.RegionId, cancellationToken))
        {
            errors.Add(nameof(input.ProjectId), BoardTexts.Of("Common.TheSelectedProjectDoesNotExist"));
        }

        if (input.SolutionId is { } solutionId && (solutionCatalogue.FirstOrDefault() is not { } catalogue || !await catalogue.ExistsAsync(solutionId, cancellationToken)))
        {
            errors.Add(nameof(input.SolutionId), BoardTexts.Of("ManagePapers.TheChosenSolutionDoesNotExist"));
        }

        return errors;
    }

    private void Apply(PaperInput input, Paper paper)
    {
        paper.Reference = input.Reference;
        paper.Title = input.Title;
        paper.PaperType = input.PaperType;
        paper.Date = input.Date!.Value;
        paper.Summary = BoardText.Clean(input.Summary);
        paper.OriginatorOrganisationId = input.OriginatorOrganisationId;
        paper.ProjectId = input.ProjectId;
        paper.SolutionId = input.SolutionId;
        paper.IsPublic = input.IsPublic;
        if (paper.IsPublic)
        {
            paper.PublicSince ??= db.UtcNow;
        }
    }

    /// <summary>
    /// Files, agenda items (each also the consultation of the paper) and meetings show whether the paper is public:
    /// they change with it, so a client syncing with modified_since sees them appear or go.
    /// </summary>
    private async Task TouchDependentsAsync(int paperId, CancellationToken cancellationToken)
    {
        foreach (var file in await db.PaperFiles.Where(f => f.PaperId == paperId && f.DeletedAt == null).ToListAsync(cancellationToken))
        {
            db.Entry(file).State = EntityState.Modified;
        }

        var items = await db.AgendaItems.Where(i => i.PaperId == paperId && i.DeletedAt == null).ToListAsync(cancellationToken);
        foreach (var item in items)
        {
            db.Entry(item).State = EntityState.Modified;
        }

        var meetingIds = items.Select(i => i.MeetingId).Distinct().ToList();
        foreach (var meeting in await db.Meetings.Where(m => meetingIds.Contains(m.Id)).ToListAsync(cancellationToken))
        {
            db.Entry(meeting).State = EntityState.Modified;
        }
    }

    private async Task<Outcome> SaveAsync(Paper paper, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return new Outcome.Saved(paper.Id);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Stale();
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return Outcome.Invalid.Of(nameof(PaperInput.Reference), BoardTexts.Of("ManagePapers.ThePaperNumberIsAlreadyTaken", paper.Reference));
        }
    }

    private static Outcome.Conflict Stale() =>
        new(BoardTexts.Of("ManagePapers.ThePaperHasBeenChangedBy"));
}
