using Microsoft.AspNetCore.Mvc;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Shared;

namespace Modellregion.Web.Features.Funding.Admin;

/// <summary>Deadline reminders that could not be sent, with the reason, for the office to follow up.</summary>
public sealed class FailedRemindersModel(AppDbContext db, ReminderFailures failures) : BackOfficePageModel
{
    public IReadOnlyList<FailedReminder> Items { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var permissions = await PermissionsAsync();
        if (!ReminderFailures.MaySee(permissions))
        {
            return Forbid();
        }

        Items = await failures.ListAsync(permissions, db.Today, cancellationToken);
        return Page();
    }
}
