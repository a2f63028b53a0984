using Microsoft.AspNetCore.Mvc;
using Modellregion.Web.Features.Shared;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Audit;

public sealed class IndexModel(AuditQueries audit, VerifyAuditChain verify) : BackOfficePageModel
{
    [FromQuery(Name = "person")] public string? Person { get; set; }
    [FromQuery(Name = "von")] public DateOnly? From { get; set; }
    [FromQuery(Name = "bis")] public DateOnly? To { get; set; }
    [FromQuery(Name = "art")] public AuditKind? Kind { get; set; }
    [FromQuery(Name = "projekt")] public int? ProjectId { get; set; }
    [FromQuery(Name = "seite")] public int PageNumber { get; set; } = 1;

    public Page<AuditView> Entries { get; private set; } = null!;

    /// <summary>Whether the link to the chain check is shown (administrators).</summary>
    public bool CanVerify { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        CanVerify = await verify.AllowedAsync();
        return this.Show(await audit.ViewAsync(new AuditFilter(ProjectId, Person, From, To, Kind, PageNumber), cancellationToken), entries =>
        {
            Entries = entries;
            return Page();
        });
    }

    public string Link(int page) => Url.Page(null, new { person = Person, von = From?.ToString("yyyy-MM-dd"), bis = To?.ToString("yyyy-MM-dd"), art = Kind, projekt = ProjectId, seite = page }) ?? "";
}
