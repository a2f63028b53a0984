using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Shared;
using Modellregion.Web.Platform;
using Modellregion.Web.Platform.Localization;

namespace Modellregion.Web.Features.Transfer;

/// <summary>
/// The expressions of interest (transfer cases) whose contact is the address, and the reuses it reported, for access
/// and erasure across the installation (the privacy pages). Erasure works as the office's own erasure of a closed case
/// (<see cref="EraseContactData"/>, ADR 0009); an open case is cancelled first, so nobody goes on working on a case
/// without a contact.
/// </summary>
public sealed class TransferPersonalDataSource(AppDbContext db, EraseContactData erase) : IPersonalDataSource
{
    public int Order => 20;

    public Message Area => TransferTexts.Of("Privacy.Area");

    public async Task<IReadOnlyList<PersonalDataRecord>> FindAsync(string emailKey, CancellationToken cancellationToken)
    {
        var cases = await Cases(emailKey).AsNoTracking().OrderBy(c => c.Id)
            .Select(c => new { c.Id, Solution = c.Solution!.Title, Municipality = c.Municipality!.Name, c.ContactName, c.ContactEmail, c.ContactPhone, c.ContactRole, c.Need, c.Stage, c.ConsentAt, c.CreatedAt })
            .ToListAsync(cancellationToken);
        var reuses = await Reuses(emailKey).AsNoTracking().OrderBy(r => r.Id)
            .Select(r => new { r.Id, Solution = r.Solution!.Title, r.DeclaredByName, r.DeclaredByEmail, r.CreatedAt })
            .ToListAsync(cancellationToken);
        return
        [
            .. cases.Select(c => new PersonalDataRecord(TransferTexts.Of("Privacy.Interest"), $"{c.Solution} – {c.Municipality}",
            [
                new(TransferTexts.Of("Privacy.ContactName"), c.ContactName),
                new(TransferTexts.Of("Common.EmailAddress"), c.ContactEmail),
                new(TransferTexts.Of("Privacy.ContactPhone"), c.ContactPhone),
                new(TransferTexts.Of("SubmitInterest.RoleOrOffice"), c.ContactRole),
                new(TransferTexts.Of("Privacy.Need"), c.Need),
                new(TransferTexts.Of("Privacy.Stage"), TransferStages.Label(c.Stage)),
                new(TransferTexts.Of("Privacy.ConsentAt"), Formatting.Timestamp(c.ConsentAt)),
                new(TransferTexts.Of("Privacy.CreatedAt"), Formatting.Timestamp(c.CreatedAt)),
            ], $"/verwaltung/transfer/faelle/{c.Id}")),
            .. reuses.Select(r => new PersonalDataRecord(TransferTexts.Of("Privacy.Reuse"), r.Solution,
            [
                new(TransferTexts.Of("Privacy.ContactName"), r.DeclaredByName),
                new(TransferTexts.Of("Common.EmailAddress"), r.DeclaredByEmail),
                new(TransferTexts.Of("Privacy.CreatedAt"), Formatting.Timestamp(r.CreatedAt)),
            ])),
        ];
    }

    public async Task<PersonalDataErasure> EraseAsync(string emailKey, CancellationToken cancellationToken)
    {
        var cases = await Cases(emailKey).ToListAsync(cancellationToken);
        var now = db.UtcNow;
        var note = TransferTexts.Of("Privacy.CancelledOnRequest").ToString();
        foreach (var open in cases.Where(c => c.IsOpen))
        {
            open.MoveTo(TransferStage.Cancelled, CancelReason.Other, note, TransferTexts.Of("Privacy.Office").ToString(), now);
        }

        if (cases.Count > 0)
        {
            await erase.EraseCasesAsync(cases, cancellationToken);
        }

        // Reuses reported by the address outside a case (the case's own are erased with it).
        var reuses = await Reuses(emailKey).ToListAsync(cancellationToken);
        foreach (var reuse in reuses)
        {
            reuse.DeclaredByName = null;
            reuse.DeclaredByEmail = null;
        }

        return new PersonalDataErasure(cases.Count + reuses.Count);
    }

    // The addresses are stored as typed: compared in lower case, as a pattern without wildcards.
    private IQueryable<TransferCase> Cases(string emailKey)
    {
        var pattern = Exactly(emailKey);
        return db.TransferCases.Where(c => c.ContactErasedAt == null && EF.Functions.Like(c.ContactEmail.ToLower(), pattern, "\\"));
    }

    private IQueryable<Reuse> Reuses(string emailKey)
    {
        var pattern = Exactly(emailKey);
        return db.Reuses.Where(r => r.DeclaredByEmail != null && EF.Functions.Like(r.DeclaredByEmail.ToLower(), pattern, "\\"));
    }

    private static string Exactly(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
}
