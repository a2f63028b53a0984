using System.Globalization;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Account;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Transfer;

/// <summary>
/// A transfer case in the back office: its details, whether this person keeps it (<c>MayManage</c>, from
/// <see cref="TransferOperations.Manage"/>), the stages it may move to and the people who may own it.
/// </summary>
public sealed record CaseView(CaseDetails Case, bool MayManage, IReadOnlyList<SelectListItem> Targets, IReadOnlyList<SelectListItem> Owners);

/// <summary>
/// The gate of the case page: offices and readers see the cases of their regions (<see cref="TransferOperations.View"/>),
/// the office of the case's region works on it (<see cref="TransferOperations.Manage"/>). The case use cases act
/// through <see cref="ActAsync"/>, which shows the case again when a change was refused.
/// </summary>
public sealed class TransferCaseDesk(AppDbContext db, TransferCaseQueries cases, TransferGate gate)
{
    public async Task<Result<CaseView>> OpenAsync(int id, CancellationToken cancellationToken = default)
    {
        if (!await gate.AllowsAsync(RegionResource.Any, TransferOperations.View))
        {
            return new Outcome.Forbidden();
        }

        if (await cases.GetAsync(id, cancellationToken) is not { } details)
        {
            return await cases.ExistsAsync(id, cancellationToken) ? new Outcome.Forbidden() : new Outcome.NotFound();
        }

        return await ViewAsync(details, await gate.AllowsAsync(RegionResource.Of(details.RegionId), TransferOperations.Manage), cancellationToken);
    }

    /// <summary>
    /// Loads the case, asks the gate (<see cref="TransferOperations.Manage"/> on its solution), refuses bound input
    /// that is invalid, runs <paramref name="act"/> and, unless it saved, adds the case to show again.
    /// </summary>
    public async Task<FormOutcome<CaseView>> ActAsync(int id, bool inputValid, Func<TransferCase, Task<Outcome>> act, CancellationToken cancellationToken)
    {
        var transferCase = await db.TransferCases.Include(c => c.Solution).FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (transferCase is null)
        {
            return await gate.AllowsAsync(RegionResource.Any, TransferOperations.View) ? new Outcome.NotFound() : new Outcome.Forbidden();
        }

        if (!await gate.AllowsAsync(transferCase.Solution!, TransferOperations.Manage))
        {
            return new Outcome.Forbidden();
        }

        var outcome = inputValid ? await act(transferCase) : Outcome.Invalid.BoundInput();
        if (outcome is Outcome.Saved)
        {
            return outcome;
        }

        return await cases.GetAsync(id, cancellationToken) is { } details ? new FormOutcome<CaseView>(outcome, await ViewAsync(details, true, cancellationToken)) : new Outcome.NotFound();
    }

    /// <summary>People who may own a case of the region: its project office and the administrators.</summary>
    public static async Task<IReadOnlyList<OwnerChoice>> OwnerChoicesAsync(AppDbContext db, int regionId, CancellationToken cancellationToken = default) =>
        [.. (await db.RoleAssignments.AsNoTracking()
                .Where(a => a.Role == AppRole.Administrator || (a.Role == AppRole.ProjectOffice && a.RegionId == regionId))
                .Select(a => new { a.UserId, a.User!.DisplayName })
                .ToListAsync(cancellationToken))
            .DistinctBy(a => a.UserId)
            .OrderBy(a => a.DisplayName, StringComparer.Ordinal)
            .Select(a => new OwnerChoice(a.UserId, a.DisplayName))];

    private async Task<CaseView> ViewAsync(CaseDetails details, bool mayManage, CancellationToken cancellationToken) =>
        new(details, mayManage,
            [.. TransferStages.AllowedTargets(details.Card.Stage, details.CancelledFrom)
                .Select(t => new SelectListItem(TransferStages.Label(t), ((int)t).ToString(CultureInfo.InvariantCulture)))],
            mayManage ? [.. (await OwnerChoicesAsync(db, details.RegionId, cancellationToken)).Select(o => new SelectListItem(o.Name, o.Id))] : []);
}

public sealed record OwnerChoice(string Id, string Name);
