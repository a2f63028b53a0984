using Microsoft.AspNetCore.Mvc;
using Modellregion.Web.Features.Shared;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Events.Admin;

public sealed class IndexModel(ListEditableEvents list) : BackOfficePageModel
{
    public EditableEvents Events { get; private set; } = new([], []);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        this.Show(await list.RunAsync(cancellationToken), events =>
        {
            Events = events;
            return Page();
        });
}
