using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Account;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Board;

/// <summary>A meeting as entered in the back office: date and times in Berlin time.</summary>
public sealed class MeetingInput
{
    [Required(ErrorMessage = "Bitte geben Sie einen Namen an.")]
    [StringLength(200, MinimumLength = 3, ErrorMessage = "Der Name muss 3 bis 200 Zeichen lang sein.")]
    [Display(Name = "Name der Sitzung")]
    public string Name { get; set; } = "";

    [Required(ErrorMessage = "Bitte geben Sie das Datum an.")]
    [Display(Name = "Datum")]
    public DateOnly? Date { get; set; }

    [Required(ErrorMessage = "Bitte geben Sie den Beginn an.")]
    [Display(Name = "Beginn (Uhrzeit)")]
    public TimeOnly? StartTime { get; set; }

    [Display(Name = "Ende (Uhrzeit)")]
    public TimeOnly? EndTime { get; set; }

    [Required(ErrorMessage = "Bitte wählen Sie den Stand.")]
    [Display(Name = "Stand")]
    public MeetingState? State { get; set; } = MeetingState.Planned;

    [StringLength(200, ErrorMessage = "Der Raum darf höchstens 200 Zeichen lang sein.")]
    [Display(Name = "Raum")]
    public string? Room { get; set; }

    [StringLength(200, ErrorMessage = "Die Straße darf höchstens 200 Zeichen lang sein.")]
    [Display(Name = "Straße und Hausnummer")]
    public string? StreetAddress { get; set; }

    [RegularExpression("^[0-9]{5}$", ErrorMessage = "Die Postleitzahl hat fünf Ziffern.")]
    [Display(Name = "Postleitzahl")]
    public string? PostalCode { get; set; }

    [StringLength(100, ErrorMessage = "Der Ort darf höchstens 100 Zeichen lang sein.")]
    [Display(Name = "Ort")]
    public string? Locality { get; set; }

    public int Version { get; set; }

    public static MeetingInput From(Meeting meeting)
    {
        var start = Formatting.ToBerlin(meeting.StartsAt);
        return new MeetingInput
        {
            Name = meeting.Name,
            Date = DateOnly.FromDateTime(start),
            StartTime = TimeOnly.FromDateTime(start),
            EndTime = meeting.EndsAt is { } end ? TimeOnly.FromDateTime(Formatting.ToBerlin(end)) : null,
            State = meeting.State,
            Room = meeting.Room,
            StreetAddress = meeting.StreetAddress,
            PostalCode = meeting.PostalCode,
            Locality = meeting.Locality,
            Version = meeting.Version,
        };
    }
}

/// <summary>An agenda item as entered in the back office.</summary>
public sealed class AgendaItemInput
{
    [Required(ErrorMessage = "Bitte geben Sie die Nummer des Tagesordnungspunkts an.")]
    [RegularExpression(@"^[0-9]{1,3}(\.[0-9]{1,3}){0,2}[a-z]?$", ErrorMessage = "Die Nummer besteht aus Ziffern, gegebenenfalls mit Punkten gegliedert (z. B. 3 oder 3.1).")]
    [Display(Name = "Nummer")]
    public string Number { get; set; } = "";

    [Required(ErrorMessage = "Bitte geben Sie einen Titel an.")]
    [StringLength(300, MinimumLength = 3, ErrorMessage = "Der Titel muss 3 bis 300 Zeichen lang sein.")]
    [Display(Name = "Titel")]
    public string Title { get; set; } = "";

    [StringLength(4000, ErrorMessage = "Die Erläuterung darf höchstens 4.000 Zeichen lang sein.")]
    [Display(Name = "Erläuterung")]
    public string? Description { get; set; }

    [Display(Name = "Öffentlich")]
    public bool IsPublic { get; set; } = true;

    [Display(Name = "Vorlage")]
    public int? PaperId { get; set; }

    [StringLength(20000, ErrorMessage = "Die Niederschrift darf höchstens 20.000 Zeichen lang sein.")]
    [Display(Name = "Niederschrift zu diesem Punkt")]
    public string? Minutes { get; set; }

    public int Version { get; set; }

    public static AgendaItemInput From(AgendaItem item) => new()
    {
        Number = item.Number,
        Title = item.Title,
        Description = item.Description,
        IsPublic = item.IsPublic,
        PaperId = item.PaperId,
        Minutes = item.Minutes,
        Version = item.Version,
    };
}

/// <summary>
/// Meetings and their agendas, kept by the project office of the board's region. Items are numbered uniquely per
/// meeting; every change also marks the meeting (and the paper) changed, because OParl embeds the items there.
/// </summary>
public sealed partial class ManageMeetings(AppDbContext db, CurrentUser currentUser)
{
    public async Task<Outcome> CreateAsync(int boardId, MeetingInput input, CancellationToken cancellationToken = default)
    {
        var board = await db.Boards.FirstOrDefaultAsync(b => b.Id == boardId && b.DeletedAt == null, cancellationToken);
        if (board is null)
        {
            return new Outcome.NotFound();
        }

        if (!(await currentUser.PermissionsAsync(cancellationToken)).CanManageBoard(board.RegionId))
        {
            return new Outcome.Forbidden();
        }

        var errors = Validate(input);
        if (errors.Any)
        {
            return errors.ToOutcome();
        }

        var meeting = new Meeting { BoardId = board.Id, Name = "" };
        Apply(input, meeting);
        db.Meetings.Add(meeting);
        await db.SaveChangesAsync(cancellationToken);
        return new Outcome.Saved(meeting.Id);
    }

    public async Task<Outcome> UpdateAsync(int meetingId, MeetingInput input, CancellationToken cancellationToken = default)
    {
        var (meeting, denied) = await LoadAsync(meetingId, cancellationToken);
        if (denied is not null)
        {
            return denied;
        }

        if (input.Version != meeting!.Version)
        {
            return Stale();
        }

        var errors = Validate(input);
        if (errors.Any)
        {
            return errors.ToOutcome();
        }

        db.Entry(meeting).Property(m => m.Version).OriginalValue = input.Version;
        Apply(input, meeting);
        await DescribeBoardVotesAsync(meeting, null, cancellationToken);
        return await SaveAsync(meeting.Id, cancellationToken);
    }

    public async Task<Outcome> SaveItemAsync(int meetingId, int? itemId, AgendaItemInput input, CancellationToken cancellationToken = default)
    {
        var (meeting, denied) = await LoadAsync(meetingId, cancellationToken);
        if (denied is not null)
        {
            return denied;
        }

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
                return Stale();
            }
        }

        var errors = new Errors();
        input.Title = input.Title.Trim();
        if (!TryNormalizeNumber(input.Number, out var number, out var numberError))
        {
            errors.Add(nameof(input.Number), numberError);
        }
        else if (await db.AgendaItems.AnyAsync(i => i.MeetingId == meetingId && i.Number == number && i.DeletedAt == null && i.Id != (itemId ?? 0), cancellationToken))
        {
            errors.Add(nameof(input.Number), $"Die Nummer „{number}“ ist in dieser Sitzung bereits vergeben. Bitte wählen Sie eine andere Nummer.");
        }

        Paper? paper = null;
        if (input.PaperId is { } paperId)
        {
            paper = await db.Papers.FirstOrDefaultAsync(p => p.Id == paperId && p.DeletedAt == null, cancellationToken);
            if (paper is null || paper.BoardId != meeting!.BoardId)
            {
                errors.Add(nameof(input.PaperId), "Die gewählte Vorlage gibt es für dieses Gremium nicht.");
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
        item.Description = Clean(input.Description);
        item.IsPublic = input.IsPublic;
        item.PaperId = input.PaperId;
        item.Minutes = Clean(input.Minutes);
        if (item.IsPublic)
        {
            item.PublicSince ??= db.UtcNow;
        }

        item.Order = OrderOf(item.Number);
        await AlignOrdersAsync(meetingId, item, cancellationToken);
        if (item.Id != 0)
        {
            await DescribeBoardVotesAsync(meeting!, item.Id, cancellationToken);
        }

        Touch(meeting!);
        if (paper is not null)
        {
            Touch(paper);
        }

        if (previousPaperId is { } previous && previous != input.PaperId && await db.Papers.FindAsync([previous], cancellationToken) is { } old)
        {
            Touch(old);
        }

        return await SaveAsync(item.Id == 0 ? 0 : item.Id, cancellationToken, item);
    }

    public async Task<Outcome> DeleteItemAsync(int meetingId, int itemId, CancellationToken cancellationToken = default)
    {
        var (meeting, denied) = await LoadAsync(meetingId, cancellationToken);
        if (denied is not null)
        {
            return denied;
        }

        var item = await db.AgendaItems.Include(i => i.Resolution).FirstOrDefaultAsync(i => i.Id == itemId && i.MeetingId == meetingId && i.DeletedAt == null, cancellationToken);
        if (item is null)
        {
            return new Outcome.NotFound();
        }

        if (item.Resolution is not null)
        {
            return Outcome.Invalid.Of("", "Zu diesem Tagesordnungspunkt ist ein Beschluss erfasst; er kann nicht mehr gelöscht werden.");
        }

        item.DeletedAt = db.UtcNow;
        Touch(meeting!);
        return await SaveAsync(item.Id, cancellationToken);
    }

    /// <summary>Marks a meeting deleted (with its items); OParl then reports it as deleted.</summary>
    public async Task<Outcome> DeleteAsync(int meetingId, CancellationToken cancellationToken = default)
    {
        var (meeting, denied) = await LoadAsync(meetingId, cancellationToken);
        if (denied is not null)
        {
            return denied;
        }

        if (await db.Resolutions.AnyAsync(r => r.AgendaItem!.MeetingId == meetingId, cancellationToken))
        {
            return Outcome.Invalid.Of("", "Zu dieser Sitzung sind Beschlüsse erfasst; sie kann nicht gelöscht, nur abgesagt werden.");
        }

        var now = db.UtcNow;
        meeting!.DeletedAt = now;
        foreach (var item in await db.AgendaItems.Where(i => i.MeetingId == meetingId && i.DeletedAt == null).ToListAsync(cancellationToken))
        {
            item.DeletedAt = now;
        }

        return await SaveAsync(meetingId, cancellationToken);
    }

    /// <summary>The minutes of <paramref name="meetingId"/> are approved in a later meeting of the same board.</summary>
    public async Task<Outcome> ApproveMinutesAsync(int meetingId, int approvingMeetingId, CancellationToken cancellationToken = default)
    {
        var (meeting, denied) = await LoadAsync(meetingId, cancellationToken);
        if (denied is not null)
        {
            return denied;
        }

        var approving = await db.Meetings.FirstOrDefaultAsync(m => m.Id == approvingMeetingId && m.DeletedAt == null, cancellationToken);
        if (approving is null || approving.BoardId != meeting!.BoardId)
        {
            return Outcome.Invalid.Of("ApprovingMeetingId", "Die genehmigende Sitzung gibt es für dieses Gremium nicht.");
        }

        if (approving.StartsAt <= meeting.StartsAt)
        {
            return Outcome.Invalid.Of("ApprovingMeetingId", "Eine Niederschrift wird in einer späteren Sitzung genehmigt.");
        }

        if (meeting.State != MeetingState.Held)
        {
            return Outcome.Invalid.Of("ApprovingMeetingId", "Nur die Niederschrift einer durchgeführten Sitzung kann genehmigt werden.");
        }

        meeting.MinutesApprovedInMeetingId = approving.Id;
        return await SaveAsync(meetingId, cancellationToken);
    }

    /// <summary>
    /// An agenda number as boards write it: "3", "3.1", "3.1.2", each optionally with a letter ("3a", "3.1b"). Leading
    /// zeros are dropped ("03" is "3"), so one number cannot be taken twice in two spellings. The first level runs to
    /// 999, the sub-levels from 1 to 99: that is what agendas use, and every order then fits (see <see cref="OrderOf"/>).
    /// </summary>
    public static bool TryNormalizeNumber(string? number, out string normalized, out string error)
    {
        (normalized, error) = ("", "");
        var match = AgendaNumber().Match(number?.Trim() ?? "");
        if (!match.Success)
        {
            error = "Die Nummer besteht aus Ziffern, gegebenenfalls mit Punkten gegliedert (z. B. 3 oder 3.1).";
            return false;
        }

        var parts = new List<int> { int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) };
        foreach (var group in new[] { match.Groups[2], match.Groups[3] }.Where(g => g.Success))
        {
            var part = int.Parse(group.Value, CultureInfo.InvariantCulture);
            if (part is < 1 or > 99)
            {
                error = "Unterpunkte werden von 1 bis 99 gezählt (z. B. 3.1 bis 3.99).";
                return false;
            }

            parts.Add(part);
        }

        normalized = string.Join('.', parts.Select(p => p.ToString(CultureInfo.InvariantCulture))) + match.Groups[4].Value;
        return true;
    }

    /// <summary>
    /// "3.1b" → an order that sorts 3 before 3a before 3.1 before 3.1b before 4: three levels (up to 999, 99 and 99)
    /// and a letter, at most 269,999,999 (fits an int). Only for numbers <see cref="TryNormalizeNumber"/> accepts.
    /// </summary>
    public static int OrderOf(string number)
    {
        if (!TryNormalizeNumber(number, out var normalized, out _))
        {
            throw new ArgumentException($"\"{number}\" is not an agenda number.", nameof(number));
        }

        var match = AgendaNumber().Match(normalized);
        int Part(int group) => match.Groups[group].Success ? int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture) : 0;
        var letter = match.Groups[4].Success ? match.Groups[4].Value[0] - 'a' + 1 : 0;
        return checked((((Part(1) * 100) + Part(2)) * 100 + Part(3)) * 27 + letter);
    }

    [GeneratedRegex(@"^([0-9]{1,3})(?:\.([0-9]{1,3}))?(?:\.([0-9]{1,3}))?([a-z])?$", RegexOptions.CultureInvariant)]
    private static partial Regex AgendaNumber();

    /// <summary>
    /// Items of the meeting whose order was computed by an earlier, wider scheme (which overflowed from item 72 on)
    /// get the current order, so one agenda never mixes both.
    /// </summary>
    private async Task AlignOrdersAsync(int meetingId, AgendaItem saved, CancellationToken cancellationToken)
    {
        var others = await db.AgendaItems.Where(i => i.MeetingId == meetingId && i.DeletedAt == null && i.Id != saved.Id).ToListAsync(cancellationToken);
        foreach (var other in others.Where(o => TryNormalizeNumber(o.Number, out _, out _)))
        {
            other.Order = OrderOf(other.Number);
        }
    }

    /// <summary>
    /// The lifecycle steps written for resolutions of the meeting (or of one item) follow its name, date, number and
    /// publicity: a step is public with its project (see <see cref="RecordResolution.DescribeBoardVote"/>).
    /// </summary>
    private async Task DescribeBoardVotesAsync(Meeting meeting, int? itemId, CancellationToken cancellationToken)
    {
        var resolutions = await db.Resolutions.Include(r => r.AgendaItem).Include(r => r.StatusChange)
            .Where(r => r.AgendaItem!.MeetingId == meeting.Id && r.StatusChangeId != null && (itemId == null || r.AgendaItemId == itemId))
            .ToListAsync(cancellationToken);
        foreach (var resolution in resolutions)
        {
            RecordResolution.DescribeBoardVote(resolution.StatusChange!, resolution.Result, meeting, resolution.AgendaItem!);
        }
    }

    private async Task<(Meeting? Meeting, Outcome? Denied)> LoadAsync(int meetingId, CancellationToken cancellationToken)
    {
        var meeting = await db.Meetings.Include(m => m.Board).FirstOrDefaultAsync(m => m.Id == meetingId && m.DeletedAt == null, cancellationToken);
        if (meeting is null)
        {
            return (null, new Outcome.NotFound());
        }

        return (await currentUser.PermissionsAsync(cancellationToken)).CanManageBoard(meeting.Board!.RegionId)
            ? (meeting, null)
            : (null, new Outcome.Forbidden());
    }

    private static Errors Validate(MeetingInput input)
    {
        var errors = new Errors();
        input.Name = input.Name.Trim();
        if (input.StartTime is { } start && input.EndTime is { } end && end <= start)
        {
            errors.Add(nameof(input.EndTime), "Das Ende muss nach dem Beginn liegen.");
        }

        if (input.State is { } state && !Enum.IsDefined(state))
        {
            errors.Add(nameof(input.State), "Diesen Stand gibt es nicht.");
        }

        if (input.Date is { Year: < 2000 or > 2100 })
        {
            errors.Add(nameof(input.Date), "Bitte geben Sie ein Datum zwischen 2000 und 2100 an.");
        }
        else if (input.Date is { } date)
        {
            foreach (var (field, time) in new[] { (nameof(input.StartTime), input.StartTime), (nameof(input.EndTime), input.EndTime) })
            {
                if (time is { } t && !Formatting.TryBerlinToUtc(date, t, out _))
                {
                    errors.Add(field, $"Die Uhrzeit {t.ToString("HH:mm", CultureInfo.InvariantCulture)} Uhr gibt es am {Formatting.Date(date)} nicht: Bei der Umstellung auf die Sommerzeit springt die Uhr von 2:00 auf 3:00 Uhr. Bitte wählen Sie eine andere Uhrzeit.");
                }
            }
        }

        return errors;
    }

    /// <summary>Called only after <see cref="Validate"/>: date and times exist in Berlin time.</summary>
    private static void Apply(MeetingInput input, Meeting meeting)
    {
        meeting.Name = input.Name;
        meeting.StartsAt = Formatting.BerlinToUtc(input.Date!.Value, input.StartTime!.Value);
        meeting.EndsAt = input.EndTime is { } end ? Formatting.BerlinToUtc(input.Date.Value, end) : null;
        meeting.State = input.State!.Value;
        meeting.Room = Clean(input.Room);
        meeting.StreetAddress = Clean(input.StreetAddress);
        meeting.PostalCode = Clean(input.PostalCode);
        meeting.Locality = Clean(input.Locality);
    }

    /// <summary>Marks a record changed (new modification time) without changing its content.</summary>
    private void Touch(object entity)
    {
        var entry = db.Entry(entity);
        if (entry.State == EntityState.Unchanged)
        {
            entry.State = EntityState.Modified;
        }
    }

    private async Task<Outcome> SaveAsync(int id, CancellationToken cancellationToken, AgendaItem? item = null)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return new Outcome.Saved(item?.Id ?? id);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Stale();
        }
        catch (DbUpdateException) when (item is not null)
        {
            // Two people took the same number at the same moment: the unique index decides.
            db.ChangeTracker.Clear();
            return Outcome.Invalid.Of(nameof(AgendaItemInput.Number), $"Die Nummer „{item.Number}“ ist in dieser Sitzung bereits vergeben. Bitte wählen Sie eine andere Nummer.");
        }
    }

    private static Outcome.Conflict Stale() =>
        new("Die Sitzung wurde inzwischen von jemand anderem geändert. Ihre Änderungen wurden nicht gespeichert: Bitte laden Sie die Seite neu und tragen Sie sie erneut ein.");

    internal static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim().ReplaceLineEndings("\n");
}
