using System.Text.RegularExpressions;

namespace Modellregion.Web.Platform.Email;

/// <summary>Whether an automatic message went out: a failed one is kept with its error, retried and listed for the office.</summary>
public enum DeliveryStatus
{
    Sent = 0,
    Failed = 1,
}

/// <summary>The reason a message could not be sent, as stored: no addresses or names, at most <see cref="MaxLength"/> characters.</summary>
public static partial class DeliveryFailure
{
    public const int MaxLength = 500;

    /// <summary>How often a failed reminder is tried in all before it stays failed.</summary>
    public const int MaxAttempts = 5;

    /// <summary>
    /// The kind of error and its message, with every e-mail address replaced: a mail server's answer often repeats the
    /// recipient ("550 5.1.1 &lt;x@y&gt;: user unknown"), and the stored text must not keep personal data.
    /// </summary>
    public static string Describe(Exception exception)
    {
        var message = Address().Replace(exception.Message, "[Adresse]").ReplaceLineEndings(" ").Trim();
        var text = $"{exception.GetType().Name}: {message}";
        return text.Length <= MaxLength ? text : text[..(MaxLength - 1)] + "…";
    }

    [GeneratedRegex(@"[^\s<>()\[\]""',;:]+@[^\s<>()\[\]""',;:]+", RegexOptions.CultureInvariant)]
    private static partial Regex Address();
}
