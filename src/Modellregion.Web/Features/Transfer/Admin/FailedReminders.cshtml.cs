using Microsoft.AspNetCore.Mvc;
using Modellregion.Web.Features.Shared;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Transfer.Admin;

/// <summary>Reminders about inactive cases that could not be sent, with the reason, for the office to follow up.</summary>
public sealed class FailedRemindersModel(TransferLists backOffice) : BackOfficePageModel
{
    public IReadOnlyList<FailedReminderRow> Items { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        this.Show(await backOffice.FailedRemindersAsync(cancellationToken), list =>
        {
            Items = list.Items;
            return Page();
        });
}
