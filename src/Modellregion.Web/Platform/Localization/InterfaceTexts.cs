using System.Globalization;
using Microsoft.Extensions.Localization;

namespace Modellregion.Web.Platform.Localization;

/// <summary>
/// The interface texts. Resource names are case-insensitive when the .resx is compiled, so "Überfällig" (a
/// heading) and "überfällig" (inside a sentence) can hold only one English text: a text that is not found and
/// starts with a lower-case letter is looked up with a capital and its translation gets a lower-case first letter.
/// </summary>
public sealed class InterfaceTexts(IStringLocalizerFactory factory) : IStringLocalizer<SharedResource>
{
    private readonly IStringLocalizer _inner = factory.Create(typeof(SharedResource));

    public LocalizedString this[string name] => Find(name, text => _inner[text]);

    public LocalizedString this[string name, params object[] arguments] => Find(name, text => _inner[text, arguments]);

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => _inner.GetAllStrings(includeParentCultures);

    private static LocalizedString Find(string name, Func<string, LocalizedString> lookup)
    {
        var found = lookup(name);
        if (!found.ResourceNotFound || name.Length == 0 || !char.IsLower(name[0]))
        {
            return found;
        }

        var capitalised = lookup(char.ToUpper(name[0], CultureInfo.InvariantCulture) + name[1..]);
        if (capitalised.ResourceNotFound || capitalised.Value.Length == 0)
        {
            return found;
        }

        var value = capitalised.Value;
        return new LocalizedString(name, char.ToLower(value[0], CultureInfo.CurrentUICulture) + value[1..], resourceNotFound: false, found.SearchedLocation);
    }
}
