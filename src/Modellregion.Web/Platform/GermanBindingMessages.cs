using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;
using Microsoft.Extensions.Localization;
using Modellregion.Web.Platform.Localization;

namespace Modellregion.Web.Platform;

/// <summary>
/// Model binding errors (a letter in a number field, a missing value). The German texts are the keys and are
/// shown in the interface language, like every other interface text.
/// </summary>
public static class GermanBindingMessages
{
    public static IMvcBuilder AddBindingMessages(this IMvcBuilder mvc)
    {
        mvc.Services.AddOptions<MvcOptions>()
            .Configure<IStringLocalizer<SharedResource>>((options, localizer) => Apply(options.ModelBindingMessageProvider, localizer));
        return mvc;
    }

    public static void Apply(DefaultModelBindingMessageProvider messages, IStringLocalizer localizer)
    {
        string T(string text, params object[] arguments) => localizer[text, arguments].Value;

        messages.SetAttemptedValueIsInvalidAccessor((value, field) => T("„{0}“ ist kein gültiger Wert für „{1}“.", value, field));
        messages.SetMissingBindRequiredValueAccessor(field => T("Bitte geben Sie „{0}“ an.", field));
        messages.SetMissingKeyOrValueAccessor(() => T("Bitte geben Sie einen Wert an."));
        messages.SetMissingRequestBodyRequiredValueAccessor(() => T("Die Anfrage enthält keine Daten."));
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => T("„{0}“ ist kein gültiger Wert.", value));
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => T("Der Wert ist ungültig."));
        messages.SetNonPropertyValueMustBeANumberAccessor(() => T("Bitte geben Sie eine Zahl ein."));
        messages.SetUnknownValueIsInvalidAccessor(field => T("Der Wert für „{0}“ ist ungültig.", field));
        messages.SetValueIsInvalidAccessor(value => T("„{0}“ ist für dieses Feld nicht zulässig.", value));
        messages.SetValueMustBeANumberAccessor(field => T("„{0}“ muss eine Zahl sein.", field));
        messages.SetValueMustNotBeNullAccessor(value => T("Bitte geben Sie „{0}“ an.", value));
    }
}
