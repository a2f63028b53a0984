using System.ComponentModel.DataAnnotations;
using System.Globalization;
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


/// <summary>The rules of a meeting's date, times and state, shared by creating and editing a meeting.</summary>
internal static class MeetingRules
{
    internal static Errors Validate(MeetingInput input)
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
