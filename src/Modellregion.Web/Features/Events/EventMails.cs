using System.Globalization;
using System.Text;
using Modellregion.Web.Platform;
using Modellregion.Web.Platform.Email;

namespace Modellregion.Web.Features.Events;

/// <summary>
/// The mails of a registration (German; the person registered on the German site). Each carries the personal link;
/// the confirmation carries the event as .ics. A mail that cannot be sent is logged and does not undo the step: the
/// personal link on the page shows the same state.
/// </summary>
public static class EventMails
{
    public static string ManageLink(string site, string slug, string manageToken) => $"{site}/veranstaltungen/{slug}/anmeldung/{manageToken}";

    public static string ConfirmLink(string site, string slug, string confirmToken) => $"{site}/veranstaltungen/{slug}/bestaetigen/{confirmToken}";

    public static EmailMessage ConfirmAddress(Event item, Registration registration, string site, string confirmToken, string manageToken) =>
        new(registration.Email!, registration.Name, $"Bitte bestätigen Sie Ihre Anmeldung: {item.Title}",
            new StringBuilder()
                .AppendLine(CultureInfo.InvariantCulture, $"Guten Tag {registration.Name},")
                .AppendLine()
                .AppendLine(CultureInfo.InvariantCulture, $"Sie haben sich für „{item.Title}“ am {When(item)} angemeldet.")
                .AppendLine("Bitte bestätigen Sie Ihre E-Mail-Adresse mit diesem Link; erst dann ist die Anmeldung gültig:")
                .AppendLine(ConfirmLink(site, item.Slug, confirmToken))
                .AppendLine()
                .AppendLine("Ihre Anmeldung ansehen, ändern oder absagen:")
                .AppendLine(ManageLink(site, item.Slug, manageToken))
                .AppendLine()
                .AppendLine("Wenn Sie sich nicht angemeldet haben, müssen Sie nichts tun: ohne Bestätigung wird die Anmeldung nicht gültig.")
                .ToString());

    public static EmailMessage Confirmed(Event item, Registration registration, string site, string? manageToken) =>
        new(registration.Email!, registration.Name, $"Ihr Platz ist bestätigt: {item.Title}",
            new StringBuilder()
                .AppendLine(CultureInfo.InvariantCulture, $"Guten Tag {registration.Name},")
                .AppendLine()
                .AppendLine(CultureInfo.InvariantCulture, $"Ihr Platz für „{item.Title}“ am {When(item)} ist bestätigt ({KindLabel(registration)}).")
                .AppendLine(CultureInfo.InvariantCulture, $"Ort: {EventCalendar.Place(item)}")
                .AppendLine(registration.ShortCode is { } code ? $"Ihr Ticket-Code für den Einlass: {code}" : "")
                .AppendLine(TicketAttachment(registration) is null ? "" : "Zeigen Sie am Einlass den QR-Code im Anhang (ticket.png) oder nennen Sie den Ticket-Code.")
                .AppendLine()
                .AppendLine(manageToken is null ? "Ihre Anmeldung ansehen oder absagen können Sie über den Link aus Ihrer ersten E-Mail." : $"Ihre Anmeldung und Ihr Ticket: {ManageLink(site, item.Slug, manageToken)}")
                .ToString())
        {
            Attachments = TicketAttachment(registration) is { } ticket
                ? [CalendarAttachment(item, site), ticket]
                : [CalendarAttachment(item, site)],
        };

    public static EmailMessage Waiting(Event item, Registration registration) =>
        new(registration.Email!, registration.Name, $"Sie stehen auf der Warteliste: {item.Title}",
            new StringBuilder()
                .AppendLine(CultureInfo.InvariantCulture, $"Guten Tag {registration.Name},")
                .AppendLine()
                .AppendLine(CultureInfo.InvariantCulture, $"Ihre E-Mail-Adresse ist bestätigt. Für „{item.Title}“ ({KindLabel(registration)}) sind im Moment alle Plätze vergeben.")
                .AppendLine("Sie stehen auf der Warteliste. Wird ein Platz frei, bekommen Sie ihn in der Reihenfolge der Anmeldungen angeboten – per E-Mail, für eine begrenzte Zeit.")
                .ToString());

    public static EmailMessage Offer(Event item, Registration registration, string site) =>
        new(registration.Email!, registration.Name, $"Ein Platz ist frei geworden: {item.Title}",
            new StringBuilder()
                .AppendLine(CultureInfo.InvariantCulture, $"Guten Tag {registration.Name},")
                .AppendLine()
                .AppendLine(CultureInfo.InvariantCulture, $"für „{item.Title}“ am {When(item)} ist ein Platz frei geworden ({KindLabel(registration)}). Wir halten ihn für Sie bis {Formatting.Timestamp(registration.OfferExpiresAt!.Value)}.")
                .AppendLine("Nehmen Sie ihn auf der Seite Ihrer Anmeldung an (den Link haben Sie mit Ihrer ersten E-Mail bekommen):")
                .AppendLine(CultureInfo.InvariantCulture, $"{site}/veranstaltungen/{item.Slug}")
                .AppendLine("Nehmen Sie ihn bis dahin nicht an, geht er an die nächste Person auf der Warteliste.")
                .ToString());

    /// <summary>The event was cancelled by its office: the registration is cancelled with it.</summary>
    public static EmailMessage EventCancelled(Event item, Registration registration, string site, string? note) =>
        new(registration.Email!, registration.Name, $"Abgesagt: {item.Title}",
            new StringBuilder()
                .AppendLine(CultureInfo.InvariantCulture, $"Guten Tag {registration.Name},")
                .AppendLine()
                .AppendLine(CultureInfo.InvariantCulture, $"leider müssen wir „{item.Title}“ am {When(item)} absagen. Die Veranstaltung findet nicht statt.")
                .AppendLine(registration.Status == RegistrationStatus.Cancelled && registration.ConfirmedAt is null && registration.WaitingSince is not null
                    ? "Sie standen auf der Warteliste; Ihre Anmeldung ist damit erledigt."
                    : "Ihre Anmeldung und Ihr Ticket sind damit ungültig.")
                .AppendLine(note is null ? "" : $"{Environment.NewLine}Hinweis der Veranstalter:{Environment.NewLine}{note}{Environment.NewLine}")
                .AppendLine("Sie müssen nichts weiter tun. Wir bitten um Verständnis.")
                .AppendLine(CultureInfo.InvariantCulture, $"{site}/veranstaltungen/{item.Slug}")
                .ToString());

    public static async Task SendAsync(IEmailSender mail, ILogger logger, EmailMessage message, CancellationToken cancellationToken)
    {
        try
        {
            await mail.SendAsync(message, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning("Mail „{Subject}“ zu einer Anmeldung nicht versandt: {Reason}", message.Subject, DeliveryFailure.Describe(e));
        }
    }

    private static string When(Event item) => Formatting.Timestamp(item.StartsAt);

    private static EmailAttachment CalendarAttachment(Event item, string site) =>
        new("veranstaltung.ics", EventCalendar.ContentType, Encoding.UTF8.GetBytes(EventCalendar.Serialize([item], site, item.Title, item.UpdatedAt)));

    /// <summary>The ticket (QR code of the opaque token) for an on-site place; online places need none.</summary>
    private static EmailAttachment? TicketAttachment(Registration registration) =>
        registration.TicketToken is { } token && registration.TicketType?.Kind == TicketKind.OnSite
            ? new EmailAttachment(TicketImages.FileName, TicketImages.ContentType, TicketImages.QrPng(token))
            : null;

    private static string KindLabel(Registration registration) => registration.TicketType?.Kind == TicketKind.Online ? "online" : "vor Ort";
}
