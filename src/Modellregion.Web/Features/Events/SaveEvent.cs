using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Account;
using Modellregion.Web.Platform;
using Modellregion.Web.Platform.Email;

namespace Modellregion.Web.Features.Events;

/// <summary>An event as entered in the back office: dates and times in Berlin time, places per registration type.</summary>
public sealed class EventInput
{
    [Required(ErrorMessage = "SaveEvent.TitleRequired")]
    [StringLength(200, MinimumLength = 3, ErrorMessage = "SaveEvent.TitleLength")]
    [PlainText]
    [Display(Name = "SaveEvent.Title")]
    public string Title { get; set; } = "";

    [StringLength(Platform.Slug.MaxLength, ErrorMessage = "SaveEvent.SlugTooLong")]
    [Display(Name = "SaveEvent.Slug")]
    public string? Slug { get; set; }

    [StringLength(1000, ErrorMessage = "SaveEvent.SummaryTooLong")]
    [Display(Name = "SaveEvent.Summary")]
    public string? Summary { get; set; }

    [StringLength(20000, ErrorMessage = "SaveEvent.DescriptionTooLong")]
    [Display(Name = "SaveEvent.Description")]
    public string? Description { get; set; }

    [Required(ErrorMessage = "SaveEvent.FormatRequired")]
    [Display(Name = "SaveEvent.Format")]
    public EventFormat? Format { get; set; } = EventFormat.OnSite;

    /// <summary>Empty: an event of the whole programme (administrators only).</summary>
    [Display(Name = "SaveEvent.Region")]
    public int? RegionId { get; set; }

    [Required(ErrorMessage = "SaveEvent.StartDateRequired")]
    [Display(Name = "SaveEvent.StartDate")]
    public DateOnly? StartDate { get; set; }

    [Required(ErrorMessage = "SaveEvent.StartTimeRequired")]
    [Display(Name = "SaveEvent.StartTime")]
    public TimeOnly? StartTime { get; set; }

    /// <summary>Empty: the day the event starts.</summary>
    [Display(Name = "SaveEvent.EndDate")]
    public DateOnly? EndDate { get; set; }

    [Required(ErrorMessage = "SaveEvent.EndTimeRequired")]
    [Display(Name = "SaveEvent.EndTime")]
    public TimeOnly? EndTime { get; set; }

    [StringLength(200, ErrorMessage = "SaveEvent.VenueTooLong")]
    [PlainText]
    [Display(Name = "SaveEvent.VenueName")]
    public string? VenueName { get; set; }

    [StringLength(200, ErrorMessage = "SaveEvent.StreetTooLong")]
    [PlainText]
    [Display(Name = "SaveEvent.Street")]
    public string? Street { get; set; }

    [RegularExpression("^[0-9]{5}$", ErrorMessage = "SaveEvent.PostalCodeInvalid")]
    [Display(Name = "SaveEvent.PostalCode")]
    public string? PostalCode { get; set; }

    [StringLength(100, ErrorMessage = "SaveEvent.CityTooLong")]
    [PlainText]
    [Display(Name = "SaveEvent.City")]
    public string? City { get; set; }

    [StringLength(500, ErrorMessage = "SaveEvent.StreamUrlTooLong")]
    [WebAddress]
    [Display(Name = "SaveEvent.StreamUrl")]
    public string? StreamUrl { get; set; }

    [StringLength(1000, ErrorMessage = "SaveEvent.OrganisersTooLong")]
    [PlainText]
    [Display(Name = "SaveEvent.Organisers")]
    public string? Organisers { get; set; }

    [Display(Name = "SaveEvent.DeadlineDate")]
    public DateOnly? DeadlineDate { get; set; }

    [Display(Name = "SaveEvent.DeadlineTime")]
    public TimeOnly? DeadlineTime { get; set; }

    [Display(Name = "SaveEvent.TakesRegistrations")]
    public bool TakesRegistrations { get; set; } = true;

    [Required(ErrorMessage = "SaveEvent.OfferHoursRange")]
    [Range(1, 336, ErrorMessage = "SaveEvent.OfferHoursRange")]
    [Display(Name = "SaveEvent.OfferHours")]
    public int? OfferHours { get; set; } = 48;

    [Range(0, 100_000, ErrorMessage = "SaveEvent.CapacityRange")]
    [Display(Name = "SaveEvent.OnSiteCapacity")]
    public int? OnSiteCapacity { get; set; }

    [Range(0, 100_000, ErrorMessage = "SaveEvent.CapacityRange")]
    [Display(Name = "SaveEvent.OnlineCapacity")]
    public int? OnlineCapacity { get; set; }

    [Display(Name = "SaveEvent.Published")]
    public bool IsPublished { get; set; } = true;

    public int Version { get; set; }

    public static EventInput From(Event e)
    {
        var start = Formatting.ToBerlin(e.StartsAt);
        var end = Formatting.ToBerlin(e.EndsAt);
        var closes = e.RegistrationClosesAt is { } c ? Formatting.ToBerlin(c) : (DateTime?)null;
        return new EventInput
        {
            Title = e.Title,
            Slug = e.Slug,
            Summary = e.Summary,
            Description = e.Description,
            Format = e.Format,
            RegionId = e.RegionId,
            StartDate = DateOnly.FromDateTime(start),
            StartTime = TimeOnly.FromDateTime(start),
            EndDate = DateOnly.FromDateTime(end),
            EndTime = TimeOnly.FromDateTime(end),
            VenueName = e.VenueName,
            Street = e.Street,
            PostalCode = e.PostalCode,
            City = e.City,
            StreamUrl = e.StreamUrl,
            Organisers = e.Organisers,
            DeadlineDate = closes is { } d ? DateOnly.FromDateTime(d) : null,
            DeadlineTime = closes is { } t ? TimeOnly.FromDateTime(t) : null,
            TakesRegistrations = e.TakesRegistrations,
            OfferHours = e.OfferHours,
            OnSiteCapacity = e.TicketTypes.FirstOrDefault(t => t.Kind == TicketKind.OnSite)?.Capacity,
            OnlineCapacity = e.TicketTypes.FirstOrDefault(t => t.Kind == TicketKind.Online)?.Capacity,
            IsPublished = e.IsPublished,
            Version = e.Version,
        };
    }
}

/// <summary>Cancelling an event: the office confirms, and may add a note for the participants' mail.</summary>
public sealed class CancelEventInput
{
    [Display(Name = "CancelEvent.Confirm")]
    public bool Confirm { get; set; }

    [StringLength(1000, ErrorMessage = "CancelEvent.NoteTooLong")]
    [PlainText]
    [Display(Name = "CancelEvent.Note")]
    public string? Note { get; set; }

    public int Version { get; set; }
}

/// <summary>The choices of the event form: the regions this person may hold events in (and the whole programme for administrators).</summary>
public sealed record EventFormOptions(IReadOnlyList<SelectListItem> Regions, bool MayChooseWholeProgramme, IReadOnlyList<SelectListItem> Formats);

/// <summary>The event form, with the event being edited (null for a new one) and the places taken per type.</summary>
public sealed record EventForm(EventFormOptions Options, Event? Item);

/// <summary>
/// Creates, edits and cancels events (the office of the event's region; administrators for events of the whole
/// programme). Every call passes the gate (<see cref="EventsOperations.Manage"/>) before it reads or changes
/// anything. A capacity is never set below the places taken; a raised capacity is offered at once to the people
/// waiting. Cancelling cancels every registration that holds a place or waits and tells the people by mail.
/// </summary>
public sealed class SaveEvent(AppDbContext db, CurrentUser currentUser, IAuthorizationService authorization, Waitlist waitlist,
    IEmailSender mail, SiteAddress site, ILogger<SaveEvent> logger)
{
    public async Task<Result<EventForm>> OpenNewAsync(CancellationToken cancellationToken = default) =>
        await authorization.AllowsAsync(currentUser.Principal, RegionResource.Any, EventsOperations.Manage)
            ? await FormAsync(null, cancellationToken)
            : new Outcome.Forbidden();

    public async Task<Result<EventForm>> OpenAsync(int id, CancellationToken cancellationToken = default)
    {
        var item = await db.Events.AsNoTracking().Include(e => e.TicketTypes).FirstOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (item is null)
        {
            return new Outcome.NotFound();
        }

        return await authorization.AllowsAsync(currentUser.Principal, item, EventsOperations.Manage)
            ? await FormAsync(item, cancellationToken)
            : new Outcome.Forbidden();
    }

    public async Task<FormOutcome<EventForm>> CreateAsync(EventInput input, bool fieldsValid = true, CancellationToken cancellationToken = default)
    {
        if (!await authorization.AllowsAsync(currentUser.Principal, RegionResource.Any, EventsOperations.Manage))
        {
            return new Outcome.Forbidden();
        }

        if (!fieldsValid)
        {
            return await AgainAsync(Outcome.Invalid.BoundInput(), null, cancellationToken);
        }

        var item = new Event { Slug = "", Title = "" };
        var errors = new Errors();
        var times = await ValidateAsync(input, item, errors, cancellationToken);
        if (errors.Any)
        {
            return await AgainAsync(errors.ToOutcome(), null, cancellationToken);
        }

        await ApplyAsync(input, item, times, cancellationToken);
        AddCapacities(input, item);
        db.Events.Add(item);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The same short address taken by a second request at the same moment: the unique index decided.
            db.ChangeTracker.Clear();
            return await AgainAsync(Outcome.Invalid.Of(nameof(input.Slug), EventsTexts.Of("SaveEvent.SlugTakenMeanwhile")), null, cancellationToken);
        }

        return new Outcome.Saved(item.Id, item.Slug);
    }

    public async Task<FormOutcome<EventForm>> UpdateAsync(int id, EventInput input, bool fieldsValid = true, CancellationToken cancellationToken = default)
    {
        var item = await db.Events.Include(e => e.TicketTypes).FirstOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (item is null)
        {
            return new Outcome.NotFound();
        }

        if (!await authorization.AllowsAsync(currentUser.Principal, item, EventsOperations.Manage))
        {
            return new Outcome.Forbidden();
        }

        if (!fieldsValid)
        {
            return await AgainAsync(Outcome.Invalid.BoundInput(), item, cancellationToken);
        }

        if (input.Version != item.Version)
        {
            return await AgainAsync(Stale(), item, cancellationToken);
        }

        var errors = new Errors();
        var times = await ValidateAsync(input, item, errors, cancellationToken);
        var raised = errors.Any ? [] : await SetCapacitiesAsync(input, item, errors, cancellationToken);
        if (errors.Any)
        {
            return await AgainAsync(errors.ToOutcome(), await ReloadAsync(id, cancellationToken), cancellationToken);
        }

        db.Entry(item).Property(e => e.Version).OriginalValue = input.Version;
        await ApplyAsync(input, item, times, cancellationToken);
        db.Entry(item).State = EntityState.Modified;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return await AgainAsync(Stale(), await ReloadAsync(id, cancellationToken), cancellationToken);
        }
        catch (DbUpdateException)
        {
            // A place taken (the capacity check of the table) or the short address taken at the same moment.
            db.ChangeTracker.Clear();
            return await AgainAsync(new Outcome.Conflict(EventsTexts.Of("SaveEvent.ChangedMeanwhile")), await ReloadAsync(id, cancellationToken), cancellationToken);
        }

        foreach (var typeId in raised)
        {
            await waitlist.OfferFreePlacesAsync(typeId, cancellationToken);
        }

        return new Outcome.Saved(item.Id, item.Slug);
    }

    /// <summary>Cancels the event: its registrations with a place or on the waitlist are cancelled and told by mail.</summary>
    public async Task<FormOutcome<EventForm>> CancelAsync(int id, CancelEventInput input, bool fieldsValid = true, CancellationToken cancellationToken = default)
    {
        var item = await db.Events.Include(e => e.TicketTypes).FirstOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (item is null)
        {
            return new Outcome.NotFound();
        }

        if (!await authorization.AllowsAsync(currentUser.Principal, item, EventsOperations.Manage))
        {
            return new Outcome.Forbidden();
        }

        if (!fieldsValid)
        {
            return await AgainAsync(Outcome.Invalid.BoundInput(), item, cancellationToken);
        }

        if (item.CancelledAt is not null)
        {
            return await AgainAsync(new Outcome.Conflict(EventsTexts.Of("CancelEvent.AlreadyCancelled")), item, cancellationToken);
        }

        if (!input.Confirm)
        {
            return await AgainAsync(Outcome.Invalid.Of(nameof(input.Confirm), EventsTexts.Of("CancelEvent.ConfirmRequired")), item, cancellationToken);
        }

        if (input.Version != item.Version)
        {
            return await AgainAsync(Stale(), item, cancellationToken);
        }

        List<Registration> cancelled;
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            var now = db.UtcNow;
            db.Entry(item).Property(e => e.Version).OriginalValue = input.Version;
            item.CancelledAt = now;
            cancelled = await db.EventRegistrations.Include(r => r.TicketType)
                .Where(r => r.EventId == id && r.CheckedInAt == null
                    && (r.Status == RegistrationStatus.Confirmed || r.Status == RegistrationStatus.Offered || r.Status == RegistrationStatus.Waiting))
                .ToListAsync(cancellationToken);
            var freed = new Dictionary<int, int>();
            foreach (var registration in cancelled)
            {
                if (registration.Cancel(now))
                {
                    freed[registration.TicketTypeId] = freed.GetValueOrDefault(registration.TicketTypeId) + 1;
                }
            }

            // The places go back without being offered: the event no longer takes place.
            foreach (var (typeId, count) in freed)
            {
                await db.EventTicketTypes.Where(t => t.Id == typeId)
                    .ExecuteUpdateAsync(s => s.SetProperty(t => t.Taken, t => t.Taken >= count ? t.Taken - count : 0).SetProperty(t => t.UpdatedAt, now), cancellationToken);
            }

            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                await transaction.RollbackAsync(cancellationToken);
                db.ChangeTracker.Clear();
                return await AgainAsync(Stale(), await ReloadAsync(id, cancellationToken), cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
        }

        var note = string.IsNullOrWhiteSpace(input.Note) ? null : input.Note.Trim().ReplaceLineEndings("\n");
        var siteUrl = site.ForBackground();
        foreach (var registration in cancelled.Where(r => r.Email is not null))
        {
            await EventMails.SendAsync(mail, logger, EventMails.EventCancelled(item, registration, siteUrl, note), cancellationToken);
        }

        return new Outcome.Saved(item.Id, item.Slug);
    }

    private async Task<Event?> ReloadAsync(int id, CancellationToken cancellationToken) =>
        await db.Events.AsNoTracking().Include(e => e.TicketTypes).FirstOrDefaultAsync(e => e.Id == id, cancellationToken);

    private async Task<EventForm> FormAsync(Event? item, CancellationToken cancellationToken)
    {
        var scopes = await currentUser.ScopesAsync(cancellationToken);
        var regions = (await db.Regions.AsNoTracking().OrderBy(r => r.Name).Select(r => new { r.Id, r.Name }).ToListAsync(cancellationToken))
            .Where(r => EventsOperations.MayManage(scopes, r.Id))
            .Select(r => new SelectListItem(r.Name, r.Id.ToString(CultureInfo.InvariantCulture)))
            .ToList();
        SelectListItem[] formats =
        [
            new("Format.OnSite", ((int)EventFormat.OnSite).ToString(CultureInfo.InvariantCulture)),
            new("Format.Online", ((int)EventFormat.Online).ToString(CultureInfo.InvariantCulture)),
            new("Format.Hybrid", ((int)EventFormat.Hybrid).ToString(CultureInfo.InvariantCulture)),
        ];
        return new EventForm(new EventFormOptions(regions, scopes.IsAdministrator, formats), item);
    }

    private async Task<FormOutcome<EventForm>> AgainAsync(Outcome outcome, Event? item, CancellationToken cancellationToken) =>
        new(outcome, await FormAsync(item, cancellationToken));

    private static Outcome.Conflict Stale() => new(EventsTexts.Of("SaveEvent.Stale"));

    private sealed record Times(DateTime StartsAt, DateTime EndsAt, DateTime? ClosesAt);

    /// <summary>Checks the rules across fields; returns the times in UTC when they are valid.</summary>
    private async Task<Times?> ValidateAsync(EventInput input, Event item, Errors errors, CancellationToken cancellationToken)
    {
        var scopes = await currentUser.ScopesAsync(cancellationToken);
        input.Title = input.Title.Trim();
        input.Slug = await Slug.CheckAsync(
            input.Slug,
            input.Title,
            nameof(input.Slug),
            errors,
            slug => db.Events.AnyAsync(e => e.Slug == slug && e.Id != item.Id, cancellationToken));

        if (input.Format is { } format && !Enum.IsDefined(format))
        {
            errors.Add(nameof(input.Format), EventsTexts.Of("SaveEvent.FormatRequired"));
        }

        if (input.RegionId is { } regionId)
        {
            if (!await db.Regions.AnyAsync(r => r.Id == regionId, cancellationToken))
            {
                errors.Add(nameof(input.RegionId), EventsTexts.Of("SaveEvent.RegionUnknown"));
            }
            else if (!EventsOperations.MayManage(scopes, regionId))
            {
                errors.Add(nameof(input.RegionId), EventsTexts.Of("SaveEvent.RegionNotYours"));
            }
        }
        else if (!scopes.IsAdministrator)
        {
            errors.Add(nameof(input.RegionId), EventsTexts.Of("SaveEvent.RegionRequired"));
        }

        if (input.StreamUrl is { } url && !string.IsNullOrWhiteSpace(url) && !new WebAddressAttribute().IsValid(url))
        {
            errors.Add(nameof(input.StreamUrl), EventsTexts.Of("SaveEvent.StreamUrlInvalid"));
        }

        if (input.OfferHours is not (>= 1 and <= 336))
        {
            errors.Add(nameof(input.OfferHours), EventsTexts.Of("SaveEvent.OfferHoursRange"));
        }

        var startsAt = Utc(input.StartDate, input.StartTime, nameof(input.StartTime), errors);
        var endsAt = Utc(input.EndDate ?? input.StartDate, input.EndTime, nameof(input.EndTime), errors);
        DateTime? closesAt = null;
        if (input.DeadlineDate is not null || input.DeadlineTime is not null)
        {
            if (input.DeadlineDate is null)
            {
                errors.Add(nameof(input.DeadlineDate), EventsTexts.Of("SaveEvent.DeadlineDateRequired"));
            }
            else
            {
                closesAt = Utc(input.DeadlineDate, input.DeadlineTime ?? new TimeOnly(23, 59), nameof(input.DeadlineTime), errors);
            }
        }

        if (startsAt is { } start && endsAt is { } end)
        {
            if (end <= start)
            {
                errors.Add(nameof(input.EndTime), EventsTexts.Of("SaveEvent.EndBeforeStart"));
            }
            else if (end - start > TimeSpan.FromDays(31))
            {
                errors.Add(nameof(input.EndDate), EventsTexts.Of("SaveEvent.TooLong"));
            }

            if (closesAt is { } closes && closes >= end)
            {
                errors.Add(nameof(input.DeadlineDate), EventsTexts.Of("SaveEvent.DeadlineAfterEnd"));
            }
        }

        return startsAt is { } s && endsAt is { } e && !errors.Any ? new Times(s, e, closesAt) : null;
    }

    private static DateTime? Utc(DateOnly? date, TimeOnly? time, string field, Errors errors)
    {
        if (date is null || time is null)
        {
            return null;
        }

        if (date is { Year: < 2000 or > 2100 })
        {
            errors.Add(field, EventsTexts.Of("SaveEvent.DateRange"));
            return null;
        }

        if (!Formatting.TryBerlinToUtc(date.Value, time.Value, out var utc))
        {
            errors.Add(field, EventsTexts.Of("SaveEvent.TimeDoesNotExist", time.Value.ToString("HH:mm", CultureInfo.InvariantCulture), Formatting.Date(date.Value)));
            return null;
        }

        return utc;
    }

    /// <summary>The places of a new event.</summary>
    private static void AddCapacities(EventInput input, Event item)
    {
        foreach (var (kind, capacity) in new[] { (TicketKind.OnSite, input.OnSiteCapacity), (TicketKind.Online, input.OnlineCapacity) })
        {
            if (capacity is > 0)
            {
                item.TicketTypes.Add(new EventTicketType { Kind = kind, Capacity = capacity.Value });
            }
        }
    }

    /// <summary>
    /// The places of an edited event: never below the places taken; a type with registrations is not removed.
    /// Returns the types whose capacity rose (their waitlist gets offers after the save).
    /// </summary>
    private async Task<List<int>> SetCapacitiesAsync(EventInput input, Event item, Errors errors, CancellationToken cancellationToken)
    {
        var raised = new List<int>();
        foreach (var (kind, capacity, field) in new[]
        {
            (TicketKind.OnSite, input.OnSiteCapacity ?? 0, nameof(input.OnSiteCapacity)),
            (TicketKind.Online, input.OnlineCapacity ?? 0, nameof(input.OnlineCapacity)),
        })
        {
            var type = item.TicketTypes.FirstOrDefault(t => t.Kind == kind);
            if (type is null)
            {
                if (capacity > 0)
                {
                    item.TicketTypes.Add(new EventTicketType { Kind = kind, Capacity = capacity });
                }

                continue;
            }

            if (capacity < type.Taken)
            {
                errors.Add(field, EventsTexts.Of("SaveEvent.CapacityBelowTaken", type.Taken));
            }
            else if (capacity == 0)
            {
                if (await db.EventRegistrations.AnyAsync(r => r.TicketTypeId == type.Id, cancellationToken))
                {
                    errors.Add(field, EventsTexts.Of("SaveEvent.TypeHasRegistrations"));
                }
                else
                {
                    db.EventTicketTypes.Remove(type);
                }
            }
            else if (capacity != type.Capacity)
            {
                if (capacity > type.Capacity)
                {
                    raised.Add(type.Id);
                }

                type.Capacity = capacity;
            }
        }

        return raised;
    }

    private async Task ApplyAsync(EventInput input, Event item, Times? times, CancellationToken cancellationToken)
    {
        item.Title = input.Title;
        item.Slug = input.Slug!;
        item.Summary = Clean(input.Summary);
        item.Description = Clean(input.Description);
        item.Format = input.Format!.Value;
        item.RegionId = input.RegionId;
        item.StartsAt = times!.StartsAt;
        item.EndsAt = times.EndsAt;
        item.RegistrationClosesAt = times.ClosesAt;
        item.VenueName = Clean(input.VenueName);
        item.Street = Clean(input.Street);
        item.PostalCode = Clean(input.PostalCode);
        item.City = Clean(input.City);
        item.StreamUrl = Clean(input.StreamUrl);
        item.Organisers = Clean(input.Organisers);
        item.TakesRegistrations = input.TakesRegistrations;
        item.OfferHours = input.OfferHours!.Value;
        item.IsPublished = input.IsPublished;

        // Events of the fictional training region are examples, like everything else there.
        item.IsExample = input.RegionId is { } regionId && await db.Regions.AnyAsync(r => r.Id == regionId && r.IsExample, cancellationToken);
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim().ReplaceLineEndings("\n");
}
