using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Modellregion.Web.Data;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Transfer;

/// <summary>
/// Erases the personal data of a closed transfer case: the contact's name, e-mail address, phone, role and the
/// written need, and the declarant of the reuse that came from it. The case itself (solution, municipality,
/// stages, notes) stays for the programme's figures. On request the project office erases at once; otherwise the
/// background service erases closed cases after <see cref="TransferOptions.ContactRetentionDays"/> days.
/// The audit never held these values (<see cref="ErasablePersonalDataAttribute"/>), so nothing is left behind.
/// </summary>
public sealed class EraseContactData(AppDbContext db, TransferCaseDesk desk, IOptions<TransferOptions> options)
{
    public const string Erased = "(gelöscht)";

    /// <summary>On request: erases the contact data of a closed case now.</summary>
    public Task<FormOutcome<CaseView>> EraseAsync(int caseId, int version, CancellationToken cancellationToken = default) =>
        desk.ActAsync(caseId, true, transferCase => EraseAsync(transferCase, version, cancellationToken), cancellationToken);

    private async Task<Outcome> EraseAsync(TransferCase transferCase, int version, CancellationToken cancellationToken)
    {
        if (transferCase.Version != version)
        {
            return ManageTransferCase.Stale();
        }

        if (transferCase.IsOpen)
        {
            return Outcome.Invalid.Of("", TransferTexts.Of("EraseContactData.TheContactDetailsOfAnOpen"));
        }

        if (transferCase.ContactErasedAt is not null)
        {
            return Outcome.Invalid.Of("", TransferTexts.Of("EraseContactData.TheContactDetailsOfThisCase"));
        }

        db.Entry(transferCase).Property(c => c.Version).OriginalValue = version;
        await EraseCasesAsync([transferCase], cancellationToken);
        return await db.SaveOrConflictAsync(() => new Outcome.Saved(transferCase.Id), ManageTransferCase.Stale(), cancellationToken);
    }

    /// <summary>After the retention period: erases closed cases whose last activity is older; returns how many.</summary>
    public async Task<int> EraseExpiredAsync(DateTime utcNow, CancellationToken cancellationToken = default)
    {
        var before = utcNow.AddDays(-options.Value.ContactRetentionDays);
        var expired = await db.TransferCases
            .Where(c => (c.Stage == TransferStage.Reused || c.Stage == TransferStage.Cancelled) && c.ContactErasedAt == null && c.LastActivityAt < before)
            .OrderBy(c => c.Id)
            .Take(500)
            .ToListAsync(cancellationToken);
        if (expired.Count == 0)
        {
            return 0;
        }

        await EraseCasesAsync(expired, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return expired.Count;
    }

    internal async Task EraseCasesAsync(IReadOnlyList<TransferCase> cases, CancellationToken cancellationToken)
    {
        var now = db.UtcNow;
        foreach (var c in cases)
        {
            c.ContactName = Erased;
            c.ContactEmail = Erased;
            c.ContactPhone = null;
            c.ContactRole = null;
            c.Need = Erased;
            c.ContactErasedAt = now;
        }

        var ids = cases.Select(c => c.Id).ToList();
        foreach (var reuse in await db.Reuses.Where(r => r.TransferCaseId != null && ids.Contains(r.TransferCaseId.Value)).ToListAsync(cancellationToken))
        {
            reuse.DeclaredByName = null;
            reuse.DeclaredByEmail = null;
        }
    }
}
