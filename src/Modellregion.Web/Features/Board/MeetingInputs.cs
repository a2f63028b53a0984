using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Board;

/// <summary>A meeting as entered in the back office: date and times in Berlin time.</summary>
public sealed class MeetingInput
{
    [Required(ErrorMessage = "Common.PleaseEnterAName")]
    [StringLength(200, MinimumLength = 3, ErrorMessage = "Common.TheNameMustBe3To")]
    [Display(Name = "MeetingInputs.NameOfTheMeeting")]
    public string Name { get; set; } = "";

    [Required(ErrorMessage = "Common.PleaseEnterTheDate")]
    [Display(Name = "Common.Date")]
    public DateOnly? Date { get; set; }

    [Required(ErrorMessage = "MeetingInputs.PleaseEnterTheStart")]
    [Display(Name = "MeetingInputs.StartTime")]
    public TimeOnly? StartTime { get; set; }

    [Display(Name = "MeetingInputs.EndTime")]
    public TimeOnly? EndTime { get; set; }

    [Required(ErrorMessage = "MeetingInputs.PleaseChooseTheStatus")]
    [Display(Name = "MeetingInputs.Status")]
    public MeetingState? State { get; set; } = MeetingState.Planned;

    [StringLength(200, ErrorMessage = "MeetingInputs.TheRoomMayBeAtMost")]
    [Display(Name = "MeetingInputs.Room")]
    public string? Room { get; set; }

    [StringLength(200, ErrorMessage = "MeetingInputs.TheStreetMayBeAtMost")]
    [Display(Name = "MeetingInputs.StreetAndNumber")]
    public string? StreetAddress { get; set; }

    [RegularExpression("^[0-9]{5}$", ErrorMessage = "MeetingInputs.ThePostcodeHasFiveDigits")]
    [Display(Name = "MeetingInputs.Postcode")]
    public string? PostalCode { get; set; }

    [StringLength(100, ErrorMessage = "MeetingInputs.ThePlaceMayBeAtMost")]
    [Display(Name = "Common.Place")]
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
    [Required(ErrorMessage = "MeetingInputs.PleaseEnterTheNumberOfThe")]
    [RegularExpression(@"^[0-9]{1,3}(\.[0-9]{1,3}){0,2}[a-z]?$", ErrorMessage = "MeetingInputs.TheNumberConsistsOfDigitsStructured")]
    [Display(Name = "MeetingInputs.Number")]
    public string Number { get; set; } = "";

    [Required(ErrorMessage = "Common.PleaseEnterATitle")]
    [StringLength(300, MinimumLength = 3, ErrorMessage = "Common.TheTitleMustBe3To")]
    [Display(Name = "Common.Title")]
    public string Title { get; set; } = "";

    [StringLength(4000, ErrorMessage = "MeetingInputs.TheExplanationMayBeAtMost")]
    [Display(Name = "MeetingInputs.Explanation")]
    public string? Description { get; set; }

    [Display(Name = "Common.Public")]
    public bool IsPublic { get; set; } = true;

    [Display(Name = "Common.Paper")]
    public int? PaperId { get; set; }

    [StringLength(20000, ErrorMessage = "MeetingInputs.TheMinutesMayBeAtMost")]
    [Display(Name = "MeetingInputs.MinutesOfThisItem")]
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


/// <summary>The rules of a meeting's date, times and state, shared by creating and editing a meeting.</summary>
internal static class MeetingRules
{
    internal static Errors Validate(MeetingInput input)
    {
        var errors = new Errors();
        input.Name = input.Name.Trim();
        if (input.StartTime is { } start && input.EndTime is { } end && end <= start)
        {
            errors.Add(nameof(input.EndTime), BoardTexts.Of("MeetingInputs.TheEndMustBeAfterThe"));
        }

        if (input.State is { } state && !Enum.IsDefined(state))
        {
            errors.Add(nameof(input.State), BoardTexts.Of("MeetingInputs.ThisStatusDoesNotExist"));
        }

        if (input.Date is { Year: < 2000 or > 2100 })
        {
            errors.Add(nameof(input.Date), BoardTexts.Of("MeetingInputs.PleaseEnterADateBetween2000"));
        }
        else if (input.Date is { } date)
        {
            foreach (var (field, time) in new[] { (nameof(input.StartTime), input.StartTime), (nameof(input.EndTime), input.EndTime) })
            {
                if (time is { } t && !Formatting.TryBerlinToUtc(date, t, out _))
                {
                    errors.Add(field, BoardTexts.Of("MeetingInputs.TheTimeDoesNotExistOn", t.ToString("HH:mm", CultureInfo.InvariantCulture), Formatting.Date(date)));
                }
            }
        }

        return errors;
    }

    /// <summary>Called only after <see cref="Validate"/>: date and times exist in Berlin time.</summary>
    internal static void Apply(MeetingInput input, Meeting meeting)
    {
        meeting.Name = input.Name;
        meeting.StartsAt = Formatting.BerlinToUtc(input.Date!.Value, input.StartTime!.Value);
        meeting.EndsAt = input.EndTime is { } end ? Formatting.BerlinToUtc(input.Date.Value, end) : null;
        meeting.State = input.State!.Value;
        meeting.Room = BoardText.Clean(input.Room);
        meeting.StreetAddress = BoardText.Clean(input.StreetAddress);
        meeting.PostalCode = BoardText.Clean(input.PostalCode);
        meeting.Locality = BoardText.Clean(input.Locality);
    }
}
