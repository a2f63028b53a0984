using System.ComponentModel.DataAnnotations;
using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Account;
using Modellregion.Web.Features.Funding;
using Modellregion.Web.Platform;
using Modellregion.Web.Platform.Email;

namespace Modellregion.Web.Features.Events;

/// <summary>The filters of the registrations desk (bookmarkable GET parameters).</summary>
public sealed record DeskFilter(TicketKind? Kind = null, RegistrationStatus? Status = null, string? Query = null, int Page = 1)
{
    public const int PageSize = 50;
}

/// <summary>An event as the desk pages name it.</summary>
public sealed record DeskEvent(int Id, string Slug, string Title, DateTime StartsAt, DateTime EndsAt, bool TimesKnown, bool IsOver, bool IsCancelled);

/// <summary>The attendance figures of one registration type, for the office and the event's report.</summary>
public sealed record TypeFigures(int TicketTypeId, TicketKind Kind, int Capacity, int Unconfirmed, int Registered, int Confirmed, int Waiting, int Offered,
    int Cancelled, int CheckedIn, int? NoShows);

/// <summary>One registration in the desk's table.</summary>
public sealed record DeskRow(int Id, string? Name, string? Email, string? Organisation, TicketKind Kind, RegistrationStatus Status, DateTime CreatedAt,
    DateTime? CheckedInAt, bool Anonymised, int Version);

/// <summary>One person on the waitlist, at their position.</summary>
public sealed record WaitingRow(int Id, int Position, string? Name, string? Organisation, DateTime WaitingSince, string? PriorityReason, int Version);

/// <summary>The registrations desk of one event.</summary>
public sealed record DeskView(DeskEvent Event, DeskFilter Filter, IReadOnlyList<TypeFigures> Figures, IReadOnlyList<DeskRow> Rows, int Total,
    IReadOnlyList<(TicketKind Kind, IReadOnlyList<WaitingRow> People)> Waitlists)
{
    public int Pages => Math.Max(1, (Total + DeskFilter.PageSize - 1) / DeskFilter.PageSize);
}

/// <summary>A confirmed participant on the printed list or a badge.</summary>
public sealed record Participant(string Name, string? Organisation, TicketKind Kind, bool CheckedIn);

/// <summary>The printable list of participants, or the badges of those on site.</summary>
public sealed record ParticipantsView(DeskEvent Event, IReadOnlyList<Participant> People);

/// <summary>Moving a person up the waitlist: why (kept with the registration and in the audit).</summary>
public sealed class MoveUpInput
{
    public int RegistrationId { get; set; }

    public int Version { get; set; }

    [Required(ErrorMessage = "Desk.ReasonRequired")]
    [StringLength(500, ErrorMessage = "Desk.ReasonTooLong")]
    [PlainText]
    [Display(Name = "Desk.Reason")]
    public string? Reason { get; set; }
}

/// <summary>
/// The registrations desk of the office that runs an event: who registered (filters, paged), the figures per type, the
/// waitlist in its order; moving someone up with a reason, cancelling on someone's behalf (the place goes to the first
/// person waiting), the export, the printable list and the badges. Every step asks the gate first
/// (<see cref="EventsOperations.Manage"/> on the event).
/// </summary>
public sealed class RegistrationDesk(AppDbContext db, CurrentUser currentUser, IAuthorizationService authorization, Waitlist waitlist,
    IEmailSender mail, ILogger<RegistrationDesk> logger)
{
    public async Task<Result<DeskView>> OpenAsync(int eventId, DeskFilter filter, CancellationToken cancellationToken = default)
    {
        if (await EventAsync(eventId, cancellationToken) is not { } item)
        {
            return new Outcome.NotFound();
        }

        if (!await MayManageAsync(item))
        {
            return new Outcome.Forbidden();
        }

        return await ViewAsync(item, filter, cancellationToken);
    }

    /// <summary>Moves a waiting person to the front of the waitlist of their type, with a reason.</summary>
    public async Task<FormOutcome<DeskView>> MoveUpAsync(int eventId, MoveUpInput input, bool fieldsValid, CancellationToken cancellationToken = default)
    {
        if (await EventAsync(eventId, cancellationToken) is not { } item)
        {
            return new Outcome.NotFound();
        }

        if (!await MayManageAsync(item))
        {
            return new Outcome.Forbidden();
        }

        if (!fieldsValid)
        {
            return new(Outcome.Invalid.BoundInput(), await ViewAsync(item, new DeskFilter(), cancellationToken));
        }

        var registration = await db.EventRegistrations.FirstOrDefaultAsync(r => r.Id == input.RegistrationId && r.EventId == eventId, cancellationToken);
        if (registration is null)
        {
            return new Outcome.NotFound();
        }

        if (registration.Version != input.Version)
        {
            return new(new Outcome.Conflict(EventsTexts.Of("Desk.Stale")), await ViewAsync(item, new DeskFilter(), cancellationToken));
        }

        if (registration.Status != RegistrationStatus.Waiting)
        {
            return new(new Outcome.Conflict(EventsTexts.Of("Desk.NotWaiting")), await ViewAsync(item, new DeskFilter(), cancellationToken));
        }

        var first = await db.EventRegistrations.Where(r => r.TicketTypeId == registration.TicketTypeId && r.Status == RegistrationStatus.Waiting && r.Id != registration.Id)
            .MinAsync(r => r.WaitingSince, cancellationToken);
        registration.MoveUp(first, input.Reason!.Trim());
        await db.SaveChangesAsync(cancellationToken);

        // A place that happens to be free goes to the new first person at once.
        await waitlist.OfferFreePlacesAsync(registration.TicketTypeId, cancellationToken);
        return new Outcome.Saved(registration.Id);
    }

    /// <summary>The office cancels a registration (e.g. on the person's request by phone); a freed place goes to the first person waiting.</summary>
    public async Task<FormOutcome<DeskView>> CancelAsync(int eventId, int registrationId, int version, CancellationToken cancellationToken = default)
    {
        if (await EventAsync(eventId, cancellationToken) is not { } item)
        {
            return new Outcome.NotFound();
        }

        if (!await MayManageAsync(item))
        {
            return new Outcome.Forbidden();
        }

        Registration? registration;
        bool freed;
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            registration = await db.EventRegistrations.Include(r => r.Event).FirstOrDefaultAsync(r => r.Id == registrationId && r.EventId == eventId, cancellationToken);
            if (registration is null)
            {
                return new Outcome.NotFound();
            }

            if (registration.Version != version)
            {
                return new(new Outcome.Conflict(EventsTexts.Of("Desk.Stale")), await ViewAsync(item, new DeskFilter(), cancellationToken));
            }

            if (registration.Status is RegistrationStatus.Cancelled or RegistrationStatus.OfferExpired || registration.CheckedInAt is not null)
            {
                return new(new Outcome.Conflict(EventsTexts.Of(registration.CheckedInAt is null ? "Manage.AlreadyCancelled" : "Manage.AlreadyCheckedIn")),
                    await ViewAsync(item, new DeskFilter(), cancellationToken));
            }

            freed = registration.Cancel(db.UtcNow);
            if (freed)
            {
                await Places.ReleaseAsync(db, registration.TicketTypeId, cancellationToken);
            }

            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        if (registration.Email is not null)
        {
            await EventMails.SendAsync(mail, logger, CancelledByOffice(registration.Event!, registration), cancellationToken);
        }

        if (freed)
        {
            await waitlist.OfferFreePlacesAsync(registration.TicketTypeId, cancellationToken);
        }

        return new Outcome.Saved(registration.Id);
    }

    /// <summary>All registrations of the event (with the desk's filters) as a table with German headers.</summary>
    public async Task<Result<Download>> ExportAsync(int eventId, string format, DeskFilter filter, CancellationToken cancellationToken = default)
    {
        if (await EventAsync(eventId, cancellationToken) is not { } item)
        {
            return new Outcome.NotFound();
        }

        if (!await MayManageAsync(item))
        {
            return new Outcome.Forbidden();
        }

        if (format is not ("xlsx" or "csv"))
        {
            return new Outcome.NotFound();
        }

        var rows = await Filtered(eventId, filter).OrderBy(r => r.CreatedAt).ThenBy(r => r.Id)
            .Select(r => new
            {
                r.Id,
                r.Name,
                r.Email,
                Organisation = r.Organisation != null ? r.Organisation.Name : r.NewOrganisationName,
                IsNew = r.OrganisationId == null && r.NewOrganisationName != null,
                r.TicketType!.Kind,
                r.Status,
                r.CreatedAt,
                r.ConfirmedAt,
                r.WaitingSince,
                r.CheckedInAt,
                r.CancelledAt,
                r.AccessibilityNeeds,
                r.ShowOrganisation,
                r.AddToDirectory,
                r.ShortCode,
            })
            .ToListAsync(cancellationToken);
        var table = new ExportTable("Anmeldungen",
            ["Nr.", "Name", "E-Mail-Adresse", "Organisation", "Organisation neu", "Art", "Stand", "Angemeldet am", "Bestätigt am", "Wartet seit", "Eingelassen am",
             "Abgesagt am", "Barrierefreiheit", "Organisation zeigen", "Ins Verzeichnis", "Ticket-Code"],
            [.. rows.Select(r => new object?[]
            {
                r.Id, Cell(r.Name), Cell(r.Email), Cell(r.Organisation), r.IsNew ? "ja" : "nein", r.Kind == TicketKind.Online ? "Online" : "Vor Ort",
                EventsAuditVocabulary.StatusLabel(r.Status), Time(r.CreatedAt), Time(r.ConfirmedAt), Time(r.WaitingSince), Time(r.CheckedInAt), Time(r.CancelledAt),
                Cell(r.AccessibilityNeeds), r.ShowOrganisation ? "ja" : "nein", r.AddToDirectory ? "ja" : "nein", r.ShortCode,
            })]);
        var name = $"anmeldungen-{item.Slug}.{format}";
        return format == "xlsx"
            ? new Download(Exports.ToXlsx(table), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name)
            : new Download(Exports.ToCsv(table), "text/csv; charset=utf-8", name);
    }

    /// <summary>The confirmed participants, by name: for the printed sign-in list, or (<paramref name="onSiteOnly"/>) the badges.</summary>
    public async Task<Result<ParticipantsView>> ParticipantsAsync(int eventId, bool onSiteOnly, CancellationToken cancellationToken = default)
    {
        if (await EventAsync(eventId, cancellationToken) is not { } item)
        {
            return new Outcome.NotFound();
        }

        if (!await MayManageAsync(item))
        {
            return new Outcome.Forbidden();
        }

        var people = await db.EventRegistrations.AsNoTracking()
            .Where(r => r.EventId == eventId && r.Status == RegistrationStatus.Confirmed && r.Name != null && (!onSiteOnly || r.TicketType!.Kind == TicketKind.OnSite))
            .Select(r => new { r.Name, Organisation = r.Organisation != null ? r.Organisation.Name : r.NewOrganisationName, r.TicketType!.Kind, r.CheckedInAt })
            .ToListAsync(cancellationToken);
        return new ParticipantsView(Head(item),
            [.. people.Select(p => new Participant(p.Name!, p.Organisation, p.Kind, p.CheckedInAt is not null)).OrderBy(p => p.Name, StringComparer.Create(Formatting.German, true))]);
    }

    /// <summary>The event, when the person may manage it (for the desk's other pages).</summary>
    internal async Task<Result<DeskEvent>> GateAsync(int eventId, CancellationToken cancellationToken)
    {
        if (await EventAsync(eventId, cancellationToken) is not { } item)
        {
            return new Outcome.NotFound();
        }

        return await MayManageAsync(item) ? Head(item) : new Outcome.Forbidden();
    }

    private async Task<DeskView> ViewAsync(Event item, DeskFilter filter, CancellationToken cancellationToken)
    {
        var now = db.UtcNow;
        var counts = await db.EventRegistrations.AsNoTracking().Where(r => r.EventId == item.Id)
            .GroupBy(r => new { r.TicketTypeId, r.Status })
            .Select(g => new { g.Key.TicketTypeId, g.Key.Status, Count = g.Count(), CheckedIn = g.Count(r => r.CheckedInAt != null) })
            .ToListAsync(cancellationToken);
        var types = await db.EventTicketTypes.AsNoTracking().Where(t => t.EventId == item.Id).OrderBy(t => t.Kind).ToListAsync(cancellationToken);
        var isOver = item.EndsAt <= now;
        var figures = types.Select(t =>
        {
            int Of(RegistrationStatus status) => counts.Where(c => c.TicketTypeId == t.Id && c.Status == status).Sum(c => c.Count);
            var confirmed = Of(RegistrationStatus.Confirmed);
            var checkedIn = counts.Where(c => c.TicketTypeId == t.Id).Sum(c => c.CheckedIn);
            var registered = counts.Where(c => c.TicketTypeId == t.Id && c.Status != RegistrationStatus.Unconfirmed).Sum(c => c.Count);
            return new TypeFigures(t.Id, t.Kind, t.Capacity, Of(RegistrationStatus.Unconfirmed), registered, confirmed, Of(RegistrationStatus.Waiting),
                Of(RegistrationStatus.Offered), Of(RegistrationStatus.Cancelled) + Of(RegistrationStatus.OfferExpired), checkedIn, isOver ? confirmed - checkedIn : null);
        }).ToList();

        var page = Math.Clamp(filter.Page, 1, 100_000);
        var query = Filtered(item.Id, filter);
        var total = await query.CountAsync(cancellationToken);
        var rows = await query.OrderByDescending(r => r.CreatedAt).ThenByDescending(r => r.Id)
            .Skip((page - 1) * DeskFilter.PageSize).Take(DeskFilter.PageSize)
            .Select(r => new DeskRow(r.Id, r.Name, r.Email, r.Organisation != null ? r.Organisation.Name : r.NewOrganisationName, r.TicketType!.Kind, r.Status,
                r.CreatedAt, r.CheckedInAt, r.AnonymisedAt != null, r.Version))
            .ToListAsync(cancellationToken);

        var waiting = await db.EventRegistrations.AsNoTracking().Where(r => r.EventId == item.Id && r.Status == RegistrationStatus.Waiting)
            .OrderBy(r => r.WaitingSince).ThenBy(r => r.Id)
            .Select(r => new { r.Id, r.TicketType!.Kind, r.Name, Organisation = r.Organisation != null ? r.Organisation.Name : r.NewOrganisationName, r.WaitingSince, r.PriorityReason, r.Version })
            .Take(2000).ToListAsync(cancellationToken);
        var waitlists = types.Select(t => (t.Kind, (IReadOnlyList<WaitingRow>)[.. waiting.Where(w => w.Kind == t.Kind)
            .Select((w, i) => new WaitingRow(w.Id, i + 1, w.Name, w.Organisation, w.WaitingSince!.Value, w.PriorityReason, w.Version))])).ToList();
        return new DeskView(Head(item), filter with { Page = page }, figures, rows, total, waitlists);
    }

    private IQueryable<Registration> Filtered(int eventId, DeskFilter filter)
    {
        var query = db.EventRegistrations.AsNoTracking().Where(r => r.EventId == eventId);
        if (filter.Kind is { } kind)
        {
            query = query.Where(r => r.TicketType!.Kind == kind);
        }

        if (filter.Status is { } status)
        {
            query = query.Where(r => r.Status == status);
        }

        if (UnicodeText.Truncate(filter.Query?.Trim() ?? "", 100) is { Length: > 0 } text)
        {
            // Lower case on both sides, the typed text as a literal part of a LIKE pattern (same on SQLite and PostgreSQL).
            var pattern = "%" + text.ToLowerInvariant().Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal)
                .Replace("_", "\\_", StringComparison.Ordinal) + "%";
            query = query.Where(r => (r.Name != null && EF.Functions.Like(r.Name.ToLower(), pattern, "\\"))
                                     || (r.EmailKey != null && EF.Functions.Like(r.EmailKey, pattern, "\\"))
                                     || (r.Organisation != null && EF.Functions.Like(r.Organisation.Name.ToLower(), pattern, "\\"))
                                     || (r.NewOrganisationName != null && EF.Functions.Like(r.NewOrganisationName.ToLower(), pattern, "\\")));
        }

        return query;
    }

    private Task<Event?> EventAsync(int eventId, CancellationToken cancellationToken) =>
        db.Events.AsNoTracking().FirstOrDefaultAsync(e => e.Id == eventId, cancellationToken);

    private Task<bool> MayManageAsync(Event item) => authorization.AllowsAsync(currentUser.Principal, item, EventsOperations.Manage);

    private DeskEvent Head(Event item) =>
        new(item.Id, item.Slug, item.Title, item.StartsAt, item.EndsAt, item.TimesKnown, item.EndsAt <= db.UtcNow, item.CancelledAt is not null);

    private static string? Time(DateTime? utc) => utc is { } at ? Formatting.Timestamp(at) : null;

    /// <summary>Text as typed by a person: a leading =, +, - or @ would make a spreadsheet run it as a formula.</summary>
    private static string? Cell(string? text) =>
        text is { Length: > 0 } && "=+-@\t\r".Contains(text[0], StringComparison.Ordinal) ? "'" + text : text;

    private static EmailMessage CancelledByOffice(Event item, Registration registration) =>
        new(registration.Email!, registration.Name, $"Anmeldung storniert: {item.Title}",
            new StringBuilder()
                .AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"Guten Tag {registration.Name},")
                .AppendLine()
                .AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"das Projektbüro hat Ihre Anmeldung zu „{item.Title}“ am {EventLabels.When(item.StartsAt, item.EndsAt, item.TimesKnown)} storniert.")
                .AppendLine("Haben Sie Fragen dazu, antworten Sie bitte auf diese E-Mail oder wenden Sie sich an das Projektbüro.")
                .ToString());
}
