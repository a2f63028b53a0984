using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Reflection;
using System.Text;
using Modellregion.Web.Platform.Localization;

namespace Modellregion.Web.Platform;

/// <summary>
/// Text of official records (names, addresses, descriptions): letters, digits, punctuation and the usual symbols
/// (€, §, °, ©) are fine; emoji, pictographs and invisible control characters are not — they do not belong in an
/// Impressum or a funding record, and many screen readers, exports and authorities' systems mangle them.
/// Line breaks and tabs are allowed.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class PlainTextAttribute : ValidationAttribute
{
    public PlainTextAttribute()
        : base("„{0}“ darf keine Emojis, Bildzeichen oder Steuerzeichen enthalten.")
    {
    }

    public override bool IsValid(object? value) => value is not string text || PlainText.IsPlain(text);

    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext) =>
        IsValid(value) ? ValidationResult.Success : InterfaceLanguage.Failure(ErrorMessageString, validationContext);
}

public static class PlainText
{
    /// <summary>Whether <paramref name="text"/> has no emoji, pictograph, control or broken (unpaired surrogate) characters.</summary>
    public static bool IsPlain(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out var consumed) != System.Buffers.OperationStatus.Done)
            {
                return false;
            }

            if (!IsAllowed(rune))
            {
                return false;
            }

            i += consumed - 1;
        }

        return true;
    }

    private static bool IsAllowed(Rune rune)
    {
        var value = rune.Value;
        if (value is '\n' or '\r' or '\t')
        {
            return true;
        }

        var category = Rune.GetUnicodeCategory(rune);
        if (category is UnicodeCategory.Control or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned)
        {
            return false;
        }

        // Emoji and pictographs (all planes from U+1F000), miscellaneous symbols and dingbats (☀ ✅), the star and
        // arrow pictographs of U+2B00 (⭐), and what builds emoji sequences: zero-width joiner, variation selectors,
        // the keycap mark and tag characters.
        return value switch
        {
            >= 0x1F000 => false,
            >= 0x2600 and <= 0x27BF => false,
            >= 0x2B00 and <= 0x2BFF => false,
            0x200D or 0x20E3 or 0xFE0E or 0xFE0F => false,
            _ => true,
        };
    }
}

/// <summary>
/// Runs the validation attributes of an input outside MVC (the command line, and use cases that check again what a
/// page already checked), so every way in applies the same rules and messages.
/// </summary>
public static class InputRules
{
    public static void Check(object input, Errors errors, string prefix = "")
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(input, new ValidationContext(input), results, validateAllProperties: true);
        var texts = TextsOf.Feature(input.GetType());
        foreach (var result in results)
        {
            var members = result.MemberNames.ToList();
            if (members.Count == 0)
            {
                errors.Add(prefix.TrimEnd('.'), MessageOf(result.ErrorMessage, null));
                continue;
            }

            foreach (var member in members)
            {
                errors.Add(prefix + member, MessageOf(result.ErrorMessage, member));
            }
        }

        // The messages of keyed features are keys (formatted without a localizer they stay keys): they become
        // messages of the feature's texts, with the field's display name as {0}.
        Message MessageOf(string? message, string? member)
        {
            if (message is null)
            {
                return "Ungültige Eingabe.";
            }

            if (!TextsOf.IsKey(message))
            {
                return message;
            }

            var name = member is null ? null : input.GetType().GetProperty(member)?.GetCustomAttribute<DisplayAttribute>()?.Name;
            object field = name is not null && TextsOf.IsKey(name) ? new Message(texts, name, []) : name ?? member ?? "";
            return new Message(texts, message, [field]);
        }
    }
}
