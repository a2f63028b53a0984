using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Modellregion.Web.Features.News;

public sealed class DetailsModel(NewsQueries news) : PageModel
{
    public NewsDetails Item { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        if (await news.GetAsync(slug, cancellationToken) is not { } item)
        {
            return NotFound();
        }

        Item = item;
        return Page();
    }
}
