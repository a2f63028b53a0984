using Microsoft.AspNetCore.Mvc;
using Modellregion.Web.Features.Account;
using Modellregion.Web.Features.Shared;

namespace Modellregion.Web.Features.Transfer.Admin;

public sealed class BoardModel(TransferCaseQueries cases) : BackOfficePageModel
{
    [FromQuery(Name = "meine")] public bool OnlyMine { get; set; }

    public IReadOnlyList<BoardColumn> Columns { get; private set; } = [];
    public Permissions Permissions { get; private set; } = Permissions.None;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Permissions = await PermissionsAsync();
        if (!Permissions.CanViewTransfer)
        {
            return Forbid();
        }

        Columns = await cases.BoardAsync(OnlyMine, cancellationToken);
        return Page();
    }
}
