using Microsoft.AspNetCore.Mvc;
using Modellregion.Web.Features.Shared;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Transfer.Admin;

public sealed class SolutionsModel(TransferLists backOffice) : BackOfficePageModel
{
    public IReadOnlyList<SolutionRow> Rows { get; private set; } = [];

    /// <summary>Whether "Neue Lösung" is offered.</summary>
    public bool MayCreate { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        this.Show(await backOffice.SolutionsAsync(cancellationToken), list =>
        {
            (Rows, MayCreate) = (list.Rows, list.MayCreate);
            return Page();
        });
}
