using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Modellregion.Web.Platform.Email;

/// <summary>How mail leaves the app: written as .eml files into a folder (default, no mail server needed) or sent by SMTP.</summary>
public sealed class EmailOptions
{
    public const string Section = "Email";

    /// <summary>"Pickup" (write .eml files) or "Smtp".</summary>
    public string Mode { get; set; } = "Pickup";

    /// <summary>Folder for .eml files in pickup mode, relative to the content root.</summary>
    public string PickupDirectory { get; set; } = "App_Data/mail";

    public string FromAddress { get; set; } = "noreply@modellregion.example";
    public string FromName { get; set; } = "Modellregion";
    public string? Host { get; set; }
    public int Port { get; set; } = 587;

    /// <summary>None, StartTls, SslOnConnect or Auto.</summary>
    public string Security { get; set; } = "Auto";
    public string? UserName { get; set; }
    public string? Password { get; set; }
}

/// <summary>One message: plain text (always) and HTML (optional), with attachments such as an .ics file.</summary>
public sealed record EmailMessage(string ToAddress, string? ToName, string Subject, string TextBody)
{
    public string? HtmlBody { get; init; }
    public IReadOnlyList<EmailAttachment> Attachments { get; init; } = [];
}

public sealed record EmailAttachment(string FileName, string ContentType, byte[] Content);

public interface IEmailSender
{
    Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default);
}

/// <summary>Builds MIME messages with MimeKit and delivers them by SMTP (MailKit) or into the pickup folder.</summary>
public sealed class EmailSender(IOptions<EmailOptions> options, IHostEnvironment environment, ILogger<EmailSender> logger, MailMetrics metrics) : IEmailSender
{
    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        try
        {
            await DeliverAsync(message, settings, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            metrics.Failed(settings.Mode);
            throw;
        }

        metrics.Sent(settings.Mode);
    }

    private async Task DeliverAsync(EmailMessage message, EmailOptions settings, CancellationToken cancellationToken)
    {
        var mime = Build(message, settings);
        if (string.Equals(settings.Mode, "Smtp", StringComparison.OrdinalIgnoreCase))
        {
            using var client = new SmtpClient();
            var security = Enum.TryParse<SecureSocketOptions>(settings.Security, ignoreCase: true, out var parsed) ? parsed : SecureSocketOptions.Auto;
            await client.ConnectAsync(settings.Host ?? "localhost", settings.Port, security, cancellationToken);
            if (!string.IsNullOrEmpty(settings.UserName))
            {
                await client.AuthenticateAsync(settings.UserName, settings.Password ?? "", cancellationToken);
            }

            await client.SendAsync(mime, cancellationToken);
            await client.DisconnectAsync(quit: true, cancellationToken);
        }
        else
        {
            var directory = Path.IsPathRooted(settings.PickupDirectory)
                ? settings.PickupDirectory
                : Path.Combine(environment.ContentRootPath, settings.PickupDirectory);
            Directory.CreateDirectory(directory);
            var path = Path.Combine(directory, $"{DateTime.UtcNow:yyyyMMdd-HHmmss}-{Guid.NewGuid():N}.eml");
            await mime.WriteToAsync(path, cancellationToken);
        }

        if (logger.IsEnabled(LogLevel.Information))
        {
            logger.LogInformation("E-Mail „{Subject}“ an {To} versendet ({Mode}).", message.Subject, message.ToAddress, settings.Mode);
        }
    }

    public static MimeMessage Build(EmailMessage message, EmailOptions settings)
    {
        var mime = new MimeMessage();
        mime.From.Add(new MailboxAddress(settings.FromName, settings.FromAddress));
        mime.To.Add(new MailboxAddress(message.ToName ?? "", message.ToAddress));
        mime.Subject = message.Subject;
        var body = new BodyBuilder { TextBody = message.TextBody, HtmlBody = message.HtmlBody };
        foreach (var attachment in message.Attachments)
        {
            body.Attachments.Add(attachment.FileName, attachment.Content, ContentType.Parse(attachment.ContentType));
        }

        mime.Body = body.ToMessageBody();
        return mime;
    }
}

public static class EmailFeature
{
    public static IServiceCollection AddEmail(this IServiceCollection services)
    {
        services.AddOptions<EmailOptions>().BindConfiguration(EmailOptions.Section);
        services.AddMetrics();
        services.TryAddSingleton<MailMetrics>();
        services.AddSingleton<IEmailSender, EmailSender>();
        return services;
    }
}
