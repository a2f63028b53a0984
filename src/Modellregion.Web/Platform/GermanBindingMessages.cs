using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace Modellregion.Web.Platform;

/// <summary>Model binding errors (a letter in a number field, a missing value) in German.</summary>
public static class GermanBindingMessages
{
    public static void Apply(DefaultModelBindingMessageProvider messages)
    {
        messages.SetAttemptedValueIsInvalidAccessor((value, field) => $"„{value}“ ist kein gültiger Wert für „{field}“.");
        messages.SetMissingBindRequiredValueAccessor(field => $"Bitte geben Sie „{field}“ an.");
        messages.SetMissingKeyOrValueAccessor(() => "Bitte geben Sie einen Wert an.");
        messages.SetMissingRequestBodyRequiredValueAccessor(() => "Die Anfrage enthält keine Daten.");
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => $"„{value}“ ist kein gültiger Wert.");
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => "Der Wert ist ungültig.");
        messages.SetNonPropertyValueMustBeANumberAccessor(() => "Bitte geben Sie eine Zahl ein.");
        messages.SetUnknownValueIsInvalidAccessor(field => $"Der Wert für „{field}“ ist ungültig.");
        messages.SetValueIsInvalidAccessor(value => $"„{value}“ ist für dieses Feld nicht zulässig.");
        messages.SetValueMustBeANumberAccessor(field => $"„{field}“ muss eine Zahl sein.");
        messages.SetValueMustNotBeNullAccessor(value => $"Bitte geben Sie „{value}“ an.");
    }
}
