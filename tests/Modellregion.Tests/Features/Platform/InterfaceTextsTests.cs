using System.Globalization;
using System.Xml.Linq;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Modellregion.Web.Platform.Localization;

namespace Modellregion.Tests.Features.Platform;

public sealed class InterfaceTextsTests
{
    private static IStringLocalizer<SharedResource> Texts()
    {
        var services = new ServiceCollection().AddLogging().AddInterfaceLanguages().BuildServiceProvider();
        return services.GetRequiredService<IStringLocalizer<SharedResource>>();
    }

    [Fact]
    public void English_texts_have_no_names_that_differ_only_in_case()
    {
        var resx = Modellregion.Tests.Infrastructure.Repository.PathOf("src", "Modellregion.Web", "Platform", "Localization", "SharedResource.en.resx");
        var names = XDocument.Load(resx).Root!.Elements("data").Select(d => (string)d.Attribute("name")!).ToList();

        var clashes = names.GroupBy(n => n, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => g.Key).ToList();

        Assert.Empty(clashes);
        Assert.Contains("Überfällig", names);
    }

    [Fact]
    public void A_word_inside_a_sentence_uses_the_translation_of_its_capitalised_form()
    {
        var texts = Texts();
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en-GB");
            Assert.Equal("Overdue", texts["Überfällig"].Value);
            Assert.Equal("overdue", texts["überfällig"].Value);
            Assert.False(texts["überfällig"].ResourceNotFound);
            Assert.Equal("kein Text dafür", texts["kein Text dafür"].Value);

            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("de-DE");
            Assert.Equal("überfällig", texts["überfällig"].Value);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
