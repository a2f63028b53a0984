using Microsoft.AspNetCore.Mvc;
using Modellregion.Web.Features.Shared;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Funding.Admin;

public sealed class ProgrammesModel(ManageProgrammes manage) : BackOfficePageModel
{
    public IReadOnlyList<ProgrammeRow> Programmes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        this.Show(await manage.ListAsync(cancellationToken), list =>
        {
            Programmes = list.Programmes;
            return Page();
        });
}
