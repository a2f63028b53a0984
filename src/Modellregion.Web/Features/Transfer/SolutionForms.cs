using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Account;
using Modellregion.Web.Features.Transfer.Admin;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Transfer;

/// <summary>The form of a catalogue entry: its choices and, for an existing entry, the entry and its documents.</summary>
public sealed record SolutionForm(SolutionFormOptions Options, SolutionInput Input, Solution? Solution, IReadOnlyList<SolutionDocument> Documents);

/// <summary>
/// The forms of the catalogue (<see cref="TransferOperations.Manage"/>): a new entry for any office (its own region
/// chosen first), an existing one for the office of its region.
/// </summary>
public sealed class SolutionForms(AppDbContext db, TransferGate gate)
{
    public async Task<Result<SolutionForm>> OpenNewAsync(CancellationToken cancellationToken = default)
    {
        if (!await gate.AllowsAsync(RegionResource.Any, TransferOperations.Manage))
        {
            return new Outcome.Forbidden();
        }

        var scopes = await gate.ScopesAsync(cancellationToken);
        var input = new SolutionInput { RegionId = scopes.IsAdministrator ? null : scopes.OfficeRegions.Order().FirstOrDefault() };
        return await NewAsync(input, cancellationToken);
    }

    public async Task<Result<SolutionForm>> OpenAsync(int id, CancellationToken cancellationToken = default)
    {
        var solution = await LoadAsync(id, cancellationToken);
        if (solution is null)
        {
            return new Outcome.NotFound();
        }

        return await gate.AllowsAsync(solution, TransferOperations.Manage) ? await ExistingAsync(solution, SolutionInput.From(solution), cancellationToken) : new Outcome.Forbidden();
    }

    /// <summary>The form of a new entry shown again with <paramref name="input"/> (asked behind the gate).</summary>
    internal async Task<SolutionForm> NewAsync(SolutionInput input, CancellationToken cancellationToken) =>
        new(await SolutionFormOptions.LoadAsync(db, await gate.ScopesAsync(cancellationToken), input.RegionId, input.ProjectIds, cancellationToken), input, null, []);

    /// <summary>The form of an entry shown again, with <paramref name="input"/> or as stored (asked behind the gate).</summary>
    internal async Task<SolutionForm?> ExistingAsync(int id, SolutionInput? input, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) is { } solution ? await ExistingAsync(solution, input ?? SolutionInput.From(solution), cancellationToken) : null;

    private Task<Solution?> LoadAsync(int id, CancellationToken cancellationToken) =>
        db.Solutions.AsNoTracking().Include(s => s.Topics).Include(s => s.Projects).FirstOrDefaultAsync(s => s.Id == id, cancellationToken);

    private async Task<SolutionForm> ExistingAsync(Solution solution, SolutionInput input, CancellationToken cancellationToken)
    {
        var documents = await db.SolutionDocuments.AsNoTracking().Where(d => d.SolutionId == solution.Id && d.DeletedAt == null).OrderBy(d => d.Name).ToListAsync(cancellationToken);
        var options = await SolutionFormOptions.LoadAsync(db, await gate.ScopesAsync(cancellationToken), solution.RegionId, [.. solution.Projects.Select(p => p.ProjectId)], cancellationToken);
        return new SolutionForm(options, input, solution, documents);
    }
}
