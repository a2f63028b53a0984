using Microsoft.AspNetCore.Mvc;
using Modellregion.Web.Features.Shared;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Transfer.Admin;

public sealed class BoardModel(TransferLists backOffice) : BackOfficePageModel
{
    [FromQuery(Name = "meine")] public bool OnlyMine { get; set; }

    public IReadOnlyList<BoardColumn> Columns { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        this.Show(await backOffice.BoardAsync(OnlyMine, cancellationToken), board =>
        {
            Columns = board.Columns;
            return Page();
        });
}
