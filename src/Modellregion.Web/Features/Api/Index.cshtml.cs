using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Modellregion.Web.Features.Api;

public sealed class IndexModel(ApiReference reference) : PageModel
{
    public ApiReferencePage Reference { get; private set; } = null!;

    public async Task OnGetAsync() => Reference = await reference.PageAsync();
}
