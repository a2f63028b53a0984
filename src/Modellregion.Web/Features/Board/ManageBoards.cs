using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Account;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Board;

public sealed class WorkingGroupInput
{
    [Required(ErrorMessage = "Bitte geben Sie einen Namen an.")]
    [StringLength(200, MinimumLength = 3, ErrorMessage = "Der Name muss 3 bis 200 Zeichen lang sein.")]
    [PlainText]
    [Display(Name = "Name der Arbeitsgruppe")]
    public string Name { get; set; } = "";
}

/// <summary>A region's Digitalboard as administrators set it up.</summary>
public sealed class BoardInput
{
    [Required(ErrorMessage = "Bitte wählen Sie die Region des Digitalboards.")]
    [Display(Name = "Region")]
    public int? RegionId { get; set; }

    [Required(ErrorMessage = "Bitte geben Sie einen Namen an.")]
    [StringLength(200, MinimumLength = 3, ErrorMessage = "Der Name muss 3 bis 200 Zeichen lang sein.")]
    [PlainText]
    [Display(Name = "Name")]
    public string Name { get; set; } = "";

    [StringLength(60, ErrorMessage = "Der Kurzname darf höchstens 60 Zeichen lang sein.")]
    [PlainText]
    [Display(Name = "Kurzname")]
    public string? ShortName { get; set; }

    [StringLength(Platform.Slug.MaxLength, ErrorMessage = "Die Kurzadresse darf höchstens 120 Zeichen lang sein.")]
    [Display(Name = "Kurzadresse (URL)")]
    public string? Slug { get; set; }

    [StringLength(20000, ErrorMessage = "Die Beschreibung darf höchstens 20.000 Zeichen lang sein.")]
    [PlainText]
    [Display(Name = "Beschreibung")]
    public string? Description { get; set; }

    [Range(0, 99, ErrorMessage = "Die Beschlussfähigkeit liegt zwischen 0 und 99 %.")]
    [Display(Name = "Beschlussfähig, wenn mehr als … % der stimmberechtigten Mitglieder anwesend sind")]
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

/// <summary>
/// The boards of the regions: administrators set up a region's Digitalboard (one per region) and its project
/// office keeps name and description; working groups are gremien of their own (members, meetings), shown under
/// their board.
/// </summary>
public sealed class ManageBoards(AppDbContext db, CurrentUser currentUser)
{
    public async Task<Outcome> CreateBoardAsync(BoardInput input, CancellationToken cancellationToken = default)
    {
        if (!(await currentUser.PermissionsAsync(cancellationToken)).IsAdministrator)
        {
            return new Outcome.Forbidden();
        }

        var errors = new Errors();
        await ValidateAsync(input, 0, errors, cancellationToken);
        if (input.RegionId is { } regionId && await db.Boards.AnyAsync(b => b.RegionId == regionId && b.Kind == BoardKind.Board && b.DeletedAt == null, cancellationToken))
        {
            errors.Add(nameof(input.RegionId), "Diese Region hat bereits ein Digitalboard. Arbeitsgruppen legen Sie unter dem Digitalboard an.");
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

    public async Task<Outcome> UpdateBoardAsync(int id, BoardInput input, CancellationToken cancellationToken = default)
    {
        var board = await db.Boards.FirstOrDefaultAsync(b => b.Id == id && b.DeletedAt == null, cancellationToken);
        if (board is null)
        {
            return new Outcome.NotFound();
        }

        if (!(await currentUser.PermissionsAsync(cancellationToken)).CanManageBoard(board.RegionId))
        {
            return new Outcome.Forbidden();
        }

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
        new("Das Gremium wurde inzwischen von jemand anderem geändert. Ihre Änderungen wurden nicht gespeichert: Bitte laden Sie die Seite neu.");

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
            errors.Add(nameof(input.RegionId), "Die gewählte Region gibt es nicht.");
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

    public async Task<Outcome> CreateWorkingGroupAsync(int boardId, WorkingGroupInput input, CancellationToken cancellationToken = default)
    {
        var board = await db.Boards.FirstOrDefaultAsync(b => b.Id == boardId && b.DeletedAt == null && b.Kind == BoardKind.Board, cancellationToken);
        if (board is null)
        {
            return new Outcome.NotFound();
        }

        if (!(await currentUser.PermissionsAsync(cancellationToken)).CanManageBoard(board.RegionId))
        {
            return new Outcome.Forbidden();
        }

        var name = input.Name.Trim();
        var slug = Slug.From($"{board.Slug} {name}");
        if (!Slug.IsValid(slug))
        {
            return Outcome.Invalid.Of(nameof(input.Name), "Aus diesem Namen lässt sich keine Adresse bilden.");
        }

        if (await db.Boards.AnyAsync(b => b.Slug == slug, cancellationToken))
        {
            return Outcome.Invalid.Of(nameof(input.Name), $"Eine Arbeitsgruppe „{name}“ gibt es bereits.");
        }

        var group = new Board { RegionId = board.RegionId, ParentBoardId = board.Id, Kind = BoardKind.WorkingGroup, Slug = slug, Name = name, QuorumPercent = board.QuorumPercent };
        db.Boards.Add(group);
        await db.SaveChangesAsync(cancellationToken);
        return new Outcome.Saved(group.Id, group.Slug);
    }
}
