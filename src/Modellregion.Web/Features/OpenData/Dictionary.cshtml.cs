using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Modellregion.Web.Features.OpenData;

public sealed class DictionaryModel(OpenDataCatalogue catalogue) : PageModel
{
    public OpenDataSetInfo Set { get; private set; } = null!;

    public OpenDataOptions Options => catalogue.Options;

    public IActionResult OnGet(string name)
    {
        if (catalogue.Find(name) is not { } set)
        {
            return NotFound();
        }

        Set = set;
        return Page();
    }
}
