using Microsoft.AspNetCore.Mvc;
using Modellregion.Web.Features.Shared;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Funding.Admin;

/// <summary>The proofs of every project the person may see, by stage (<c>?stand=eingereicht</c>, <c>&amp;meine=true</c>).</summary>
public sealed class AllProofsModel(FundingOverviews overviews) : BackOfficePageModel
{
    [FromQuery(Name = "stand")] public string? Status { get; set; }
    [FromQuery(Name = "meine")] public bool OnlyMine { get; set; }
    [FromQuery(Name = "seite")] public int PageNumber { get; set; } = 1;

    public Page<ProofRow> Result { get; private set; } = null!;
    public bool UnknownStatus { get; private set; }
    public FundingListFilter Filter { get; private set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        UnknownStatus = !string.IsNullOrEmpty(Status) && !FundingLists.ProofStatuses.Any(s => s.Slug == Status);
        Filter = new FundingListFilter(UnknownStatus ? null : Status, OnlyMine);
        return this.Show(await overviews.ProofsAsync(Filter, PageNumber, cancellationToken), page =>
        {
            Result = page;
            return Page();
        });
    }

    public string Link(int page) => Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString(Filter.Href(FundingLists.ProofsPath), "seite", page.ToString(System.Globalization.CultureInfo.InvariantCulture));
}
