using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Board;

/// <summary>A new or changed agenda item of a meeting; numbers are unique per meeting.</summary>
public sealed class SaveAgendaItem(AppDbContext db, MeetingOffice office)
{
    public Task<FormOutcome<MeetingWorkspace>> RunAsync(int meetingId, int? itemId, AgendaItemInput input, bool inputValid, CancellationToken cancellationToken = default) =>
        office.ActAsync(meetingId, meeting => inputValid ? SaveAsync(meeting, itemId, input, cancellationToken) : Task.FromResult<Outcome>(Outcome.Invalid.BoundInput()), cancellationToken);

    private async Task<Outcome> SaveAsync(Meeting meeting, int? itemId, AgendaItemInput input, CancellationToken cancellationToken)
    {
        var meetingId = meeting.Id;
        AgendaItem? item = null;
        if (itemId is { } id)
        {
            item = await db.AgendaItems.FirstOrDefaultAsync(i => i.Id == id && i.MeetingId == meetingId && i.DeletedAt == null, cancellationToken);
            if (item is null)
            {
                return new Outcome.NotFound();
            }

            if (input.Version != item.Version)
            {
                return MeetingOffice.Stale();
            }
        }

        var errors = new Errors();
        input.Title = input.Title.Trim();
        if (!AgendaNumbers.TryNormalizeNumber(input.Number, out var number, out var numberError))
        {
            errors.Add(nameof(input.Number), numberError);
        }
        else if (await db.AgendaItems.AnyAsync(i => i.MeetingId == meetingId && i.Number == number && i.DeletedAt == null && i.Id != (itemId ?? 0), cancellationToken))
        {
            errors.Add(nameof(input.Number), BoardTexts.Of("Common.TheNumberIsAlreadyTakenIn", number));
        }

        Paper? paper = null;
        if (input.PaperId is { } paperId)
        {
            paper = await db.Papers.FirstOrDefaultAsync(p => p.Id == paperId && p.DeletedAt == null, cancellationToken);
            if (paper is null || paper.BoardId != meeting.BoardId)
            {
                errors.Add(nameof(input.PaperId), BoardTexts.Of("SaveAgendaItem.TheSelectedPaperDoesNotExist"));
            }
        }

        if (errors.Any)
        {
            return errors.ToOutcome();
        }

        input.Number = number;
        var previousPaperId = item?.PaperId;
        if (item is null)
        {
            item = new AgendaItem { MeetingId = meetingId, Number = input.Number, Title = input.Title };
            db.AgendaItems.Add(item);
        }
        else
        {
            db.Entry(item).Property(i => i.Version).OriginalValue = input.Version;
        }

        item.Number = input.Number;
        item.Title = input.Title;
        item.Description = BoardText.Clean(input.Description);
        item.IsPublic = input.IsPublic;
        item.PaperId = input.PaperId;
        item.Minutes = BoardText.Clean(input.Minutes);
        if (item.IsPublic)
        {
            item.PublicSince ??= db.UtcNow;
        }

        item.Order = AgendaNumbers.OrderOf(item.Number);
        await AlignOrdersAsync(meetingId, item, cancellationToken);
        if (item.Id != 0)
        {
            await office.DescribeBoardVotesAsync(meeting, item.Id, cancellationToken);
        }

        office.Touch(meeting);
        if (paper is not null)
        {
            office.Touch(paper);
        }

        if (previousPaperId is { } previous && previous != input.PaperId && await db.Papers.FindAsync([previous], cancellationToken) is { } old)
        {
            office.Touch(old);
        }

        return await office.SaveAsync(item.Id == 0 ? 0 : item.Id, cancellationToken, item);
    }

    /// <summary>
    /// Items of the meeting whose order was computed by an earlier, wider scheme (which overflowed from item 72 on)
    /// get the current order, so one agenda never mixes both.
    /// </summary>
    private async Task AlignOrdersAsync(int meetingId, AgendaItem saved, CancellationToken cancellationToken)
    {
        var others = await db.AgendaItems.Where(i => i.MeetingId == meetingId && i.DeletedAt == null && i.Id != saved.Id).ToListAsync(cancellationToken);
        foreach (var other in others.Where(o => AgendaNumbers.TryNormalizeNumber(o.Number, out _, out _)))
        {
            other.Order = AgendaNumbers.OrderOf(other.Number);
        }
    }
}
