using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Shared;

namespace Modellregion.Web.Features.Transfer.Admin;

/// <summary>Reminders about inactive cases that could not be sent, with the reason, for the office to follow up.</summary>
public sealed class FailedRemindersModel(AppDbContext db) : BackOfficePageModel
{
    public sealed record Row(int CaseId, string SolutionTitle, string MunicipalityName, DateTime InactiveSince, string SentTo, string? Error, int Attempts, DateTime LastAttemptAt);

    public IReadOnlyList<Row> Items { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var permissions = await PermissionsAsync();
        if (!permissions.CanViewTransfer)
        {
            return Forbid();
        }

        Items = await TransferQueries.FailedReminders(db, permissions)
            .OrderByDescending(r => r.SentAt).ThenBy(r => r.Id)
            .Select(r => new Row(r.TransferCaseId, r.TransferCase!.Solution!.Title, r.TransferCase.Municipality!.Name, r.InactiveSince, r.SentTo, r.Error, r.Attempts, r.SentAt))
            .ToListAsync(cancellationToken);
        return Page();
    }
}
