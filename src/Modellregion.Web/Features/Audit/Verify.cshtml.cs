using Microsoft.AspNetCore.Mvc;
using Modellregion.Web.Features.Shared;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Audit;

public sealed class VerifyModel(VerifyAuditChain verify) : BackOfficePageModel
{
    public AuditChainReport Report { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        this.Show(await verify.RunAsync(cancellationToken), report =>
        {
            Report = report;
            return Page();
        });
}
