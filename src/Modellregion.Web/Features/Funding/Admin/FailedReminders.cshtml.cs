using Microsoft.AspNetCore.Mvc;
using Modellregion.Web.Features.Shared;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Funding.Admin;

/// <summary>Deadline reminders that could not be sent, with the reason, for the office to follow up.</summary>
public sealed class FailedRemindersModel(FundingOverviews overviews) : BackOfficePageModel
{
    public IReadOnlyList<FailedReminder> Items { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        this.Show(await overviews.FailedRemindersAsync(cancellationToken), view =>
        {
            Items = view.Items;
            return Page();
        });
}
