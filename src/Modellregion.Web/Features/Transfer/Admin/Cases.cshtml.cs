using Microsoft.AspNetCore.Mvc;
using Modellregion.Web.Features.Shared;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Transfer.Admin;

public sealed class CasesModel(TransferLists backOffice) : BackOfficePageModel
{
    [FromQuery(Name = "stand")] public string? Stage { get; set; }
    [FromQuery(Name = "inaktiv")] public bool OnlyInactive { get; set; }
    [FromQuery(Name = "meine")] public bool OnlyMine { get; set; }
    [FromQuery(Name = "seite")] public string? PageNumber { get; set; }

    public Page<CaseCard> Result { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        this.Show(await backOffice.CasesAsync(new CaseFilter(Stage, OnlyInactive, OnlyMine, PageNumber), cancellationToken), list =>
        {
            Result = list.Cases;
            return Page();
        });

    public string Link(int page) => Url.Page("/Transfer/Admin/Cases", new Dictionary<string, object?>
    {
        ["stand"] = Stage,
        ["inaktiv"] = OnlyInactive ? "true" : null,
        ["meine"] = OnlyMine ? "true" : null,
        ["seite"] = page == 1 ? null : page,
    }) ?? "/verwaltung/transfer/faelle";
}
