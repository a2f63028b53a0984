using System.ComponentModel.DataAnnotations;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Microsoft.Extensions.Localization;
using Modellregion.Web.Platform.Localization;

namespace Modellregion.Web.Platform;

/// <summary>An amount of money in euros: not negative, at most two decimals, below a trillion.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class MoneyAttribute : ValidationAttribute
{
    public const decimal Maximum = 999_999_999_999.99m;

    public MoneyAttribute()
        : base("Bitte geben Sie für „{0}“ einen Betrag in Euro an: nicht negativ, höchstens zwei Nachkommastellen.")
    {
    }

    public override bool IsValid(object? value) => value is not decimal amount || IsMoney(amount);

    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext) =>
        IsValid(value) ? ValidationResult.Success : InterfaceLanguage.Failure(ErrorMessageString, validationContext);

    public static bool IsMoney(decimal amount) => amount >= 0 && amount <= Maximum && decimal.Round(amount, 2) == amount;
}

/// <summary>An absolute http(s) address.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class WebAddressAttribute : ValidationAttribute
{
    public WebAddressAttribute()
        : base("„{0}“ muss eine vollständige Internetadresse sein, die mit https:// oder http:// beginnt.")
    {
    }

    public override bool IsValid(object? value) =>
        value is not string text || string.IsNullOrWhiteSpace(text)
        || (Uri.TryCreate(text.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) && !string.IsNullOrEmpty(uri.Host));

    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext) =>
        IsValid(value) ? ValidationResult.Success : InterfaceLanguage.Failure(ErrorMessageString, validationContext);
}

/// <summary>
/// The message of a custom validation attribute in the interface language. MVC translates the messages of the
/// built-in attributes itself, but not those of attributes without an adapter, so these translate their own.
/// </summary>
internal static class InterfaceLanguage
{
    public static ValidationResult Failure(string message, ValidationContext context)
    {
        var factory = context.GetService(typeof(IStringLocalizerFactory)) as IStringLocalizerFactory;
        var localizer = factory is null ? null : TextsOf.Localizer(context.ObjectType, factory);
        var text = localizer is null
            ? string.Format(CultureInfo.CurrentCulture, message, context.DisplayName)
            : localizer[message, context.DisplayName].Value;
        return new ValidationResult(text, context.MemberName is null ? null : [context.MemberName]);
    }
}

/// <summary>The outcome of a use case that changes data: saved, or why not.</summary>
public abstract record Outcome
{
    public sealed record Saved(int Id, string? Slug = null) : Outcome;

    /// <summary>Invalid input: messages per input property ("" for the whole form).</summary>
    public sealed record Invalid(IReadOnlyDictionary<string, Message[]> Errors) : Outcome
    {
        /// <summary>Messages given as German texts (features whose texts are not yet keyed).</summary>
        public Invalid(IReadOnlyDictionary<string, string[]> errors)
            : this(errors.ToDictionary(e => e.Key, e => e.Value.Select(m => (Message)m).ToArray()))
        {
        }

        public static Invalid Of(string property, Message message) => new(new Dictionary<string, Message[]> { [property] = [message] });

        /// <summary>
        /// The page's bound input broke its field rules (the page holds those messages): the use case answers this
        /// after its gate, so that a person who may not act learns nothing about the form.
        /// </summary>
        public static Invalid BoundInput() => new(new Dictionary<string, Message[]>());
    }

    /// <summary>Someone else changed the record since the form was loaded.</summary>
    public sealed record Conflict(Message Message) : Outcome;

    public sealed record Forbidden : Outcome;

    /// <summary>Not allowed for this person or in this situation, with the reason in plain German (shown with 403).</summary>
    public sealed record Denied(Message Message) : Outcome;

    public sealed record NotFound : Outcome;
}

/// <summary>
/// What a read use case answers: the view it found (with what the person may do there), or why not —
/// <see cref="Outcome.NotFound"/> or <see cref="Outcome.Forbidden"/>. A use case returns either directly
/// (<c>return view;</c>, <c>return new Outcome.Forbidden();</c>); a page translates the refusal with
/// <c>this.Show(refusal)</c>.
/// </summary>
public sealed class Result<T>
    where T : class
{
    private Result(T? value, Outcome? refusal) => (Value, Refusal) = (value, refusal);

    public T? Value { get; }

    public Outcome? Refusal { get; }

    public static implicit operator Result<T>(T value) => new(value, null);

    public static implicit operator Result<T>(Outcome refusal) => new(null, refusal);

    public bool TryGet([NotNullWhen(true)] out T? value, [NotNullWhen(false)] out Outcome? refusal)
    {
        (value, refusal) = (Value, Refusal);
        return value is not null;
    }
}

/// <summary>
/// What a form's use case answers to a submission: the <see cref="Outcome"/> and, when the form is shown again
/// (invalid input, conflict, denied), the form's view — built behind the same gate, so the page needs no second read.
/// </summary>
public sealed record FormOutcome<TForm>(Outcome Outcome, TForm? Form = null)
    where TForm : class
{
    public static implicit operator FormOutcome<TForm>(Outcome outcome) => new(outcome);
}

/// <summary>Collects validation messages per property while a use case checks its rules.</summary>
public sealed class Errors
{
    private readonly Dictionary<string, List<Message>> _errors = [];

    public bool Any => _errors.Count > 0;

    public void Add(string property, Message message)
    {
        if (!_errors.TryGetValue(property, out var list))
        {
            _errors[property] = list = [];
        }

        list.Add(message);
    }

    public Outcome.Invalid ToOutcome() => new(_errors.ToDictionary(e => e.Key, e => e.Value.ToArray()));
}
