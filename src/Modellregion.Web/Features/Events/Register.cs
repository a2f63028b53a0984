using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Platform;
using Modellregion.Web.Platform.Email;
using Modellregion.Web.Platform.Localization;

namespace Modellregion.Web.Features.Events;

/// <summary>What a person enters to register for an event (no account needed).</summary>
public sealed class RegistrationInput
{
    [Required(ErrorMessage = "Register.NameRequired")]
    [StringLength(200, ErrorMessage = "Register.NameTooLong")]
    [PlainText]
    [Display(Name = "Register.Name")]
    public string? Name { get; set; }

    [Required(ErrorMessage = "Register.EmailRequired")]
    [StringLength(254, ErrorMessage = "Register.EmailInvalid")]
    [Display(Name = "Register.Email")]
    public string? Email { get; set; }

    /// <summary>An organisation of the directory, picked from the list.</summary>
    [Display(Name = "Register.Organisation")]
    public int? OrganisationId { get; set; }

    /// <summary>An organisation not in the directory, typed.</summary>
    [StringLength(200, ErrorMessage = "Register.OrganisationTooLong")]
    [PlainText]
    [Display(Name = "Register.NewOrganisation")]
    public string? NewOrganisationName { get; set; }

    [Display(Name = "Register.Kind")]
    public TicketKind Kind { get; set; }

    [StringLength(1000, ErrorMessage = "Register.AccessibilityTooLong")]
    [PlainText]
    [Display(Name = "Register.AccessibilityNeeds")]
    public string? AccessibilityNeeds { get; set; }

    [Display(Name = "Register.PrivacyConsent")]
    public bool PrivacyConsent { get; set; }

    [Display(Name = "Register.ShowOrganisation")]
    public bool ShowOrganisation { get; set; }

    [Display(Name = "Register.AddToDirectory")]
    public bool AddToDirectory { get; set; }
}

/// <summary>A registration taken: the links that were mailed (returned for the page and for tests of the flow).</summary>
public sealed record RegistrationReceipt(int RegistrationId, string ConfirmToken, string ManageToken);

/// <summary>
/// Takes a registration for an event that is open (published, not cancelled, not past, before its deadline): one per
/// e-mail address and event; a cancelled registration of the same address is taken up again. The place is decided
/// only when the address is confirmed (<see cref="ConfirmRegistration"/>): the mail with the confirmation link goes
/// out here, together with the personal link to view, change or cancel.
/// </summary>
public sealed class Register(AppDbContext db, IEmailSender mail, ILogger<Register> logger)
{
    public async Task<(Outcome Outcome, RegistrationReceipt? Receipt)> RunAsync(string eventSlug, RegistrationInput input, string siteUrl, CancellationToken cancellationToken = default)
    {
        var item = await db.Set<Event>().Include(e => e.TicketTypes).FirstOrDefaultAsync(e => e.Slug == eventSlug && e.IsPublished, cancellationToken);
        if (item is null)
        {
            return (new Outcome.NotFound(), null);
        }

        var now = db.UtcNow;
        if (item.RegistrationRefusal(now) is { } refusal)
        {
            return (new Outcome.Conflict(EventsTexts.Of(refusal)), null);
        }

        var errors = new Dictionary<string, List<Message>>();
        void Add(string field, Message message) => (errors.TryGetValue(field, out var list) ? list : errors[field] = []).Add(message);

        var email = input.Email?.Trim() ?? "";
        if (!EmailAddresses.IsValid(email))
        {
            Add(nameof(input.Email), EventsTexts.Of("Register.EmailInvalid"));
        }

        if (!input.PrivacyConsent)
        {
            Add(nameof(input.PrivacyConsent), EventsTexts.Of("Register.PrivacyConsentRequired"));
        }

        var type = item.TicketTypes.FirstOrDefault(t => t.Kind == input.Kind);
        if (type is null)
        {
            Add(nameof(input.Kind), EventsTexts.Of("Register.KindNotOffered"));
        }

        if (input.OrganisationId is { } organisationId && !await db.Organisations.AnyAsync(o => o.Id == organisationId, cancellationToken))
        {
            Add(nameof(input.OrganisationId), EventsTexts.Of("Register.OrganisationUnknown"));
        }

        if (errors.Count > 0)
        {
            return (new Outcome.Invalid(errors.ToDictionary(e => e.Key, e => e.Value.ToArray())), null);
        }

        var key = EmailAddresses.Key(email);
        var registration = await db.Set<Registration>().FirstOrDefaultAsync(r => r.EventId == item.Id && r.EmailKey == key, cancellationToken);
        if (registration is not null && registration.Status is not (RegistrationStatus.Cancelled or RegistrationStatus.OfferExpired))
        {
            return (Outcome.Invalid.Of(nameof(input.Email), EventsTexts.Of("Register.AlreadyRegistered")), null);
        }

        if (registration is null)
        {
            registration = new Registration { EventId = item.Id };
            db.Add(registration);
        }

        var confirmToken = EventTokens.New();
        var manageToken = EventTokens.New();
        registration.TicketTypeId = type!.Id;
        registration.Status = RegistrationStatus.Unconfirmed;
        registration.Name = input.Name!.Trim();
        registration.Email = email;
        registration.EmailKey = key;
        registration.OrganisationId = input.OrganisationId;
        registration.NewOrganisationName = input.OrganisationId is null ? Clean(input.NewOrganisationName) : null;
        registration.AccessibilityNeeds = Clean(input.AccessibilityNeeds);
        registration.ConsentedAt = now;
        registration.ShowOrganisation = input.ShowOrganisation;
        registration.AddToDirectory = input.AddToDirectory;
        registration.ConfirmTokenHash = EventTokens.Hash(confirmToken);
        registration.ManageTokenHash = EventTokens.Hash(manageToken);
        registration.TicketToken = null;
        registration.ShortCode = null;
        (registration.ConfirmedAt, registration.WaitingSince, registration.OfferedAt, registration.OfferExpiresAt, registration.CancelledAt, registration.CheckedInAt) =
            (null, null, null, null, null, null);

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The same address registered at the same moment by a second request: the unique index decided.
            db.ChangeTracker.Clear();
            return (Outcome.Invalid.Of(nameof(input.Email), EventsTexts.Of("Register.AlreadyRegistered")), null);
        }

        await EventMails.SendAsync(mail, logger, EventMails.ConfirmAddress(item, registration, siteUrl, confirmToken, manageToken), cancellationToken);
        return (new Outcome.Saved(registration.Id), new RegistrationReceipt(registration.Id, confirmToken, manageToken));
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
