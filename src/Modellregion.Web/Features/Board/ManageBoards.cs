using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Account;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Board;

public sealed class WorkingGroupInput
{
    [Required(ErrorMessage = "Common.PleaseEnterAName")]
    [StringLength(200, MinimumLength = 3, ErrorMessage = "Common.TheNameMustBe3To")]
    [PlainText]
    [Display(Name = "ManageBoards.NameOfTheWorkingGroup")]
    public string Name { get; set; } = "";
}

/// <summary>A region's Digitalboard as administrators set it up.</summary>
public sealed class BoardInput
{
    [Required(ErrorMessage = "ManageBoards.PleaseChooseTheRegionOfThe")]
    [Display(Name = "Common.Region")]
    public int? RegionId { get; set; }

    [Required(ErrorMessage = "Common.PleaseEnterAName")]
    [StringLength(200, MinimumLength = 3, ErrorMessage = "Common.TheNameMustBe3To")]
    [PlainText]
    [Display(Name = "Common.Name")]
    public string Name { get; set; } = "";

    [StringLength(60, ErrorMessage = "ManageBoards.TheShortNameMayBeAt")]
    [PlainText]
    [Display(Name = "ManageBoards.ShortName")]
    public string? ShortName { get; set; }

    [StringLength(Platform.Slug.MaxLength, ErrorMessage = "ManageBoards.TheShortAddressMayBeAt")]
    [Display(Name = "ManageBoards.ShortAddressURL")]
    public string? Slug { get; set; }

    [StringLength(20000, ErrorMessage = "ManageBoards.TheDescriptionMayBeAtMost")]
    [PlainText]
    [Display(Name = "ManageBoards.Description")]
    public string? Description { get; set; }

    [Range(0, 99, ErrorMessage = "ManageBoards.TheQuorumIsBetween0And")]
    [Display(Name = "ManageBoards.QuorateWhenMoreThanOfThe")]
    public int QuorumPercent { get; set; } = 50;

    public int Version { get; set; }

    public static BoardInput From(Board board) => new()
    {
        RegionId = board.RegionId,
        Name = board.Name,
        ShortName = board.ShortName,
        Slug = board.Slug,
        Description = board.Description,
        QuorumPercent = board.QuorumPercent,
        Version = board.Version,
    };
}

/// <summary>A board's form: its heading and the input shown.</summary>
public sealed record BoardForm(int BoardId, string BoardName, string BoardSlug, string RegionName, BoardInput Input)
{
    public static BoardForm Of(Board board, BoardInput input) => new(board.Id, board.Name, board.Slug, board.Region!.Name, input);
}

/// <summary>
/// The boards of the regions: administrators set up a region's Digitalboard (one per region) and its project
/// office keeps name and description; working groups are gremien of their own (members, meetings), shown under
/// their board.
/// </summary>
public sealed class ManageBoards(AppDbContext db, BoardGate gate, BoardLists lists)
{
    /// <summary>Sets up a region's Digitalboard (administration; the operator at the command line).</summary>
    public async Task<Outcome> CreateBoardAsync(BoardInput input, CancellationToken cancellationToken = default) =>
        await gate.AllowsAsync(BoardOperations.Create) ? await CreateAsync(input, cancellationToken) : new Outcome.Forbidden();

    /// <summary>The same from the list of boards, which is shown again when the board was not created.</summary>
    public async Task<FormOutcome<BoardList>> CreateBoardAsync(BoardInput input, bool inputValid, CancellationToken cancellationToken = default)
    {
        if (!await gate.AllowsAsync(BoardOperations.Create))
        {
            return new Outcome.Forbidden();
        }

        var outcome = inputValid ? await CreateAsync(input, cancellationToken) : Outcome.Invalid.BoundInput();
        return outcome is Outcome.Saved ? new FormOutcome<BoardList>(outcome) : new(outcome, await lists.BoardListAsync(null, cancellationToken));
    }

    /// <summary>The form of a board's name and description (<see cref="BoardOperations.Manage"/>).</summary>
    public async Task<Result<BoardForm>> OpenAsync(int id, CancellationToken cancellationToken = default)
    {
        var board = await db.Boards.AsNoTracking().Include(b => b.Region).FirstOrDefaultAsync(b => b.Id == id && b.DeletedAt == null, cancellationToken);
        if (board is null)
        {
            return new Outcome.NotFound();
        }

        return await gate.AllowsAsync(board, BoardOperations.Manage) ? BoardForm.Of(board, BoardInput.From(board)) : new Outcome.Forbidden();
    }

    private async Task<Outcome> CreateAsync(BoardInput input, CancellationToken cancellationToken)
    {
        var errors = new Errors();
        await ValidateAsync(input, 0, errors, cancellationToken);
        if (input.RegionId is { } regionId && await db.Boards.AnyAsync(b => b.RegionId == regionId && b.Kind == BoardKind.Board && b.DeletedAt == null, cancellationToken))
        {
            errors.Add(nameof(input.RegionId), BoardTexts.Of("ManageBoards.ThisRegionAlreadyHasADigitalboard"));
        }

        if (errors.Any)
        {
            return errors.ToOutcome();
        }

        var board = new Board { RegionId = input.RegionId!.Value, Kind = BoardKind.Board, Slug = "", Name = "" };
        Apply(input, board);
        db.Boards.Add(board);
        await db.SaveChangesAsync(cancellationToken);
        return new Outcome.Saved(board.Id, board.Slug);
    }

    public async Task<FormOutcome<BoardForm>> UpdateBoardAsync(int id, BoardInput input, bool inputValid, CancellationToken cancellationToken = default)
    {
        var board = await db.Boards.Include(b => b.Region).FirstOrDefaultAsync(b => b.Id == id && b.DeletedAt == null, cancellationToken);
        if (board is null)
        {
            return new Outcome.NotFound();
        }

        if (!await gate.AllowsAsync(board, BoardOperations.Manage))
        {
            return new Outcome.Forbidden();
        }

        var form = BoardForm.Of(board, input);
        var outcome = inputValid ? await UpdateAsync(board, input, cancellationToken) : Outcome.Invalid.BoundInput();
        return outcome is Outcome.Saved ? new FormOutcome<BoardForm>(outcome) : new(outcome, form);
    }

    private async Task<Outcome> UpdateAsync(Board board, BoardInput input, CancellationToken cancellationToken)
    {
        if (board.Version != input.Version)
        {
            return Stale();
        }

        // A board stays with its region: its meetings, members and papers belong there.
        input.RegionId = board.RegionId;
        var errors = new Errors();
        await ValidateAsync(input, board.Id, errors, cancellationToken);
        if (errors.Any)
        {
            return errors.ToOutcome();
        }

        db.Entry(board).Property(b => b.Version).OriginalValue = input.Version;
        Apply(input, board);
        db.Entry(board).State = EntityState.Modified;
        return await db.SaveOrConflictAsync(() => new Outcome.Saved(board.Id, board.Slug), Stale(), cancellationToken);
    }

    private static Outcome.Conflict Stale() =>
        new(BoardTexts.Of("ManageBoards.TheBoardHasBeenChangedBy"));

    private async Task ValidateAsync(BoardInput input, int id, Errors errors, CancellationToken cancellationToken)
    {
        InputRules.Check(input, errors);
        input.Name = input.Name?.Trim() ?? "";
        input.Slug = await Slug.CheckAsync(
            input.Slug,
            input.Name,
            nameof(input.Slug),
            errors,
            slug => db.Boards.AnyAsync(b => b.Slug == slug && b.Id != id, cancellationToken),
            "Die Kurzadresse „{0}“ hat bereits ein anderes Gremium.");

        if (input.RegionId is { } regionId && !await db.Regions.AnyAsync(r => r.Id == regionId, cancellationToken))
        {
            errors.Add(nameof(input.RegionId), BoardTexts.Of("ManageBoards.TheSelectedRegionDoesNotExist"));
        }
    }

    private static void Apply(BoardInput input, Board board)
    {
        board.Name = input.Name;
        board.Slug = input.Slug!;
        board.ShortName = string.IsNullOrWhiteSpace(input.ShortName) ? null : input.ShortName.Trim();
        board.Description = string.IsNullOrWhiteSpace(input.Description) ? null : input.Description.Trim().ReplaceLineEndings("\n");
        board.QuorumPercent = input.QuorumPercent;
    }

    /// <summary>Adds a working group under a board; the list of boards is shown again when it was not added.</summary>
    public async Task<FormOutcome<ManagedBoards>> CreateWorkingGroupAsync(int boardId, WorkingGroupInput input, bool inputValid, CancellationToken cancellationToken = default)
    {
        if (!await gate.AllowsAsync(RegionResource.Any, BoardOperations.Manage))
        {
            return new Outcome.Forbidden();
        }

        var board = await db.Boards.FirstOrDefaultAsync(b => b.Id == boardId && b.DeletedAt == null && b.Kind == BoardKind.Board, cancellationToken);
        var outcome = board is null ? new Outcome.NotFound()
            : !await gate.AllowsAsync(board, BoardOperations.Manage) ? new Outcome.Forbidden()
            : inputValid ? await CreateWorkingGroupAsync(board, input, cancellationToken)
            : Outcome.Invalid.BoundInput();
        return outcome is Outcome.Saved or Outcome.NotFound or Outcome.Forbidden ? new FormOutcome<ManagedBoards>(outcome) : new(outcome, await lists.ManagedBoardsAsync(cancellationToken));
    }

    private async Task<Outcome> CreateWorkingGroupAsync(Board board, WorkingGroupInput input, CancellationToken cancellationToken)
    {
        var name = input.Name.Trim();
        var slug = Slug.From($"{board.Slug} {name}");
        if (!Slug.IsValid(slug))
        {
            return Outcome.Invalid.Of(nameof(input.Name), BoardTexts.Of("ManageBoards.NoAddressCanBeFormedFrom"));
        }

        if (await db.Boards.AnyAsync(b => b.Slug == slug, cancellationToken))
        {
            return Outcome.Invalid.Of(nameof(input.Name), BoardTexts.Of("ManageBoards.AWorkingGroupAlreadyExists", name));
        }

        var group = new Board { RegionId = board.RegionId, ParentBoardId = board.Id, Kind = BoardKind.WorkingGroup, Slug = slug, Name = name, QuorumPercent = board.QuorumPercent };
        db.Boards.Add(group);
        await db.SaveChangesAsync(cancellationToken);
        return new Outcome.Saved(group.Id, group.Slug);
    }
}
