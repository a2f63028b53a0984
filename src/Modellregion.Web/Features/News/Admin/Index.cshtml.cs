using Microsoft.AspNetCore.Mvc;
using Modellregion.Web.Features.Shared;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.News.Admin;

public sealed class IndexModel(ListEditableNews list) : BackOfficePageModel
{
    public IReadOnlyList<EditableNewsRow> Items { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        this.Show(await list.RunAsync(cancellationToken), news =>
        {
            Items = news.Items;
            return Page();
        });
}
