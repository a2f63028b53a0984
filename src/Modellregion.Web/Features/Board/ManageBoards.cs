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
    [Display(Name = "Name der Arbeitsgruppe")]
    public string Name { get; set; } = "";
}

/// <summary>Working groups of a board: gremien of their own (members, meetings), shown under their board.</summary>
public sealed class ManageBoards(AppDbContext db, CurrentUser currentUser)
{
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
