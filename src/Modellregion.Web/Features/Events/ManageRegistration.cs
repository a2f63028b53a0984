using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Platform;
using Modellregion.Web.Platform.Email;

namespace Modellregion.Web.Features.Events;

/// <summary>What the personal link shows of one's own registration.</summary>
public sealed record OwnRegistration(int Id, string EventSlug, string EventTitle, DateTime StartsAt, DateTime EndsAt, TicketKind Kind,
    RegistrationStatus Status, string? Name, string? ShortCode, string? TicketToken, DateTime? OfferExpiresAt, string? StreamUrl, int Version)
{
    /// <summary>The address the mails go to (shown, not changeable).</summary>
    public string? Email { get; init; }

    /// <summary>The details as the change form shows them.</summary>
    public ChangeRegistrationInput Details { get; init; } = new();

    /// <summary>Whether the details may still be changed (not after cancelling or once checked in).</summary>
    public bool Changeable { get; init; }

    /// <summary>An example event (demo data) offers the example organisations too.</summary>
    public bool ExampleEvent { get; init; }
}

/// <summary>What a person may change of their registration through the personal link (the e-mail address is not changeable).</summary>
public sealed class ChangeRegistrationInput
{
    [Required(ErrorMessage = "Register.NameRequired")]
    [StringLength(200, ErrorMessage = "Register.NameTooLong")]
    [PlainText]
    [Display(Name = "Register.Name")]
    public string? Name { get; set; }

    /// <summary>An organisation of the directory, picked from the list.</summary>
    [Display(Name = "Register.Organisation")]
    public int? OrganisationId { get; set; }

    /// <summary>An organisation not in the directory, typed.</summary>
    [StringLength(200, ErrorMessage = "Register.OrganisationTooLong")]
    [PlainText]
    [Display(Name = "Register.NewOrganisation")]
    public string? NewOrganisationName { get; set; }

    [StringLength(1000, ErrorMessage = "Register.AccessibilityTooLong")]
    [PlainText]
    [Display(Name = "Register.AccessibilityNeeds")]
    public string? AccessibilityNeeds { get; set; }

    [Display(Name = "Register.ShowOrganisation")]
    public bool ShowOrganisation { get; set; }

    [Display(Name = "Register.AddToDirectory")]
    public bool AddToDirectory { get; set; }

    public int Version { get; set; }
}

/// <summary>
/// The personal link: view one's registration, change its details, take an offered place, or cancel. The link expires when the event
/// is over; a tampered link answers "not found" like an unknown one. Cancelling frees the place for the first
/// person waiting.
/// </summary>
public sealed class ManageRegistration(AppDbContext db, Waitlist waitlist, IEmailSender mail, ILogger<ManageRegistration> logger)
{
    public async Task<OwnRegistration?> FindAsync(string slug, string? token, CancellationToken cancellationToken = default)
    {
        var registration = await LoadAsync(slug, token, tracked: false, cancellationToken);
        return registration is null ? null : View(registration);
    }

    public async Task<Outcome> CancelAsync(string slug, string? token, int version, CancellationToken cancellationToken = default)
    {
        int ticketTypeId;
        bool freed;
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            var registration = await LoadAsync(slug, token, tracked: true, cancellationToken);
            if (registration is null)
            {
                return new Outcome.NotFound();
            }

            if (registration.Version != version)
            {
                return new Outcome.Conflict(EventsTexts.Of("Manage.Stale"));
            }

            if (registration.Status is RegistrationStatus.Cancelled or RegistrationStatus.OfferExpired || registration.CheckedInAt is not null)
            {
                return new Outcome.Conflict(EventsTexts.Of(registration.CheckedInAt is null ? "Manage.AlreadyCancelled" : "Manage.AlreadyCheckedIn"));
            }

            ticketTypeId = registration.TicketTypeId;
            freed = registration.Cancel(db.UtcNow);
            if (freed)
            {
                await Places.ReleaseAsync(db, ticketTypeId, cancellationToken);
            }

            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        if (freed)
        {
            await waitlist.OfferFreePlacesAsync(ticketTypeId, cancellationToken);
        }

        return new Outcome.Saved(0);
    }

    /// <summary>
    /// Changes name, organisation, accessibility needs and consents (not the address). A registration changed
    /// meanwhile (other version) answers a conflict and nothing is stored; the audit records which fields changed.
    /// </summary>
    public async Task<Outcome> ChangeAsync(string slug, string? token, ChangeRegistrationInput input, bool fieldsValid = true, CancellationToken cancellationToken = default)
    {
        var registration = await LoadAsync(slug, token, tracked: true, cancellationToken);
        if (registration is null)
        {
            return new Outcome.NotFound();
        }

        if (registration.Version != input.Version)
        {
            return new Outcome.Conflict(EventsTexts.Of("Manage.Stale"));
        }

        if (!IsChangeable(registration))
        {
            return new Outcome.Conflict(EventsTexts.Of(registration.CheckedInAt is null ? "Manage.AlreadyCancelled" : "Manage.AlreadyCheckedIn"));
        }

        if (!fieldsValid)
        {
            return Outcome.Invalid.BoundInput();
        }

        var errors = new Errors();
        var name = input.Name?.Trim() ?? "";
        if (name.Length == 0)
        {
            errors.Add(nameof(input.Name), EventsTexts.Of("Register.NameRequired"));
        }
        else if (name.Length > 200)
        {
            errors.Add(nameof(input.Name), EventsTexts.Of("Register.NameTooLong"));
        }

        if (input.OrganisationId is { } organisationId && !await db.Organisations.AnyAsync(o => o.Id == organisationId, cancellationToken))
        {
            errors.Add(nameof(input.OrganisationId), EventsTexts.Of("Register.OrganisationUnknown"));
        }

        if (errors.Any)
        {
            return errors.ToOutcome();
        }

        registration.Name = name;
        registration.OrganisationId = input.OrganisationId;
        registration.NewOrganisationName = input.OrganisationId is null ? Clean(input.NewOrganisationName) : null;
        registration.AccessibilityNeeds = Clean(input.AccessibilityNeeds);
        registration.ShowOrganisation = input.ShowOrganisation;
        registration.AddToDirectory = input.AddToDirectory;
        try
        {
            // Stored only if the registration is still the version that was shown (concurrency token).
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return new Outcome.Conflict(EventsTexts.Of("Manage.Stale"));
        }

        return new Outcome.Saved(registration.Id);
    }

    public async Task<Outcome> AcceptOfferAsync(string slug, string? token, string siteUrl, CancellationToken cancellationToken = default)
    {
        Registration? registration;
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            registration = await LoadAsync(slug, token, tracked: true, cancellationToken);
            if (registration is null)
            {
                return new Outcome.NotFound();
            }

            if (registration.Status != RegistrationStatus.Offered || registration.OfferExpiresAt <= db.UtcNow)
            {
                return new Outcome.Conflict(EventsTexts.Of("Manage.NoOpenOffer"));
            }

            registration.AcceptOffer(db.UtcNow);
            await ConfirmRegistration.IssueTicketAsync(db, registration, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        await EventMails.SendAsync(mail, logger, EventMails.Confirmed(registration.Event!, registration, siteUrl, token), cancellationToken);
        return new Outcome.Saved(registration.Id);
    }

    private async Task<Registration?> LoadAsync(string slug, string? token, bool tracked, CancellationToken cancellationToken)
    {
        var hash = EventTokens.Hash(token);
        if (hash is null)
        {
            return null;
        }

        var query = db.Set<Registration>().Include(r => r.Event).Include(r => r.TicketType).Where(r => r.ManageTokenHash == hash && r.Event!.Slug == slug);
        var registration = await (tracked ? query : query.AsNoTracking()).FirstOrDefaultAsync(cancellationToken);

        // The link expires with the event.
        return registration is null || registration.Event!.EndsAt <= db.UtcNow ? null : registration;
    }

    private static OwnRegistration View(Registration r) => new(r.Id, r.Event!.Slug, r.Event.Title, r.Event.StartsAt, r.Event.EndsAt, r.TicketType!.Kind,
        r.Status, r.Name, r.Status == RegistrationStatus.Confirmed ? r.ShortCode : null, r.Status == RegistrationStatus.Confirmed ? r.TicketToken : null,
        r.OfferExpiresAt, r.Status == RegistrationStatus.Confirmed && r.TicketType.Kind == TicketKind.Online ? r.Event.StreamUrl : null, r.Version)
    {
        Email = r.Email,
        Changeable = IsChangeable(r),
        ExampleEvent = r.Event.IsExample,
        Details = new ChangeRegistrationInput
        {
            Name = r.Name,
            OrganisationId = r.OrganisationId,
            NewOrganisationName = r.NewOrganisationName,
            AccessibilityNeeds = r.AccessibilityNeeds,
            ShowOrganisation = r.ShowOrganisation,
            AddToDirectory = r.AddToDirectory,
            Version = r.Version,
        },
    };

    private static bool IsChangeable(Registration r) => r.Status is not (RegistrationStatus.Cancelled or RegistrationStatus.OfferExpired) && r.CheckedInAt is null;

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
