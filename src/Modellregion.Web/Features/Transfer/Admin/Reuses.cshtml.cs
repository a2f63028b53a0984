using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Account;
using Modellregion.Web.Features.Shared;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Transfer.Admin;

public sealed class ReusesModel(AppDbContext db, DeclareReuse decide) : BackOfficePageModel
{
    public sealed record Row(int Id, string SolutionTitle, string SolutionSlug, int RegionId, string UserName, string? Ags, DateOnly? Since, string? Note,
        string? DeclaredByName, string? DeclaredByEmail, ReuseStatus Status, string? RejectionReason, DateTime CreatedAt, int Version);

    public IReadOnlyList<Row> Pending { get; private set; } = [];

    /// <summary>All declarations waiting (the list shows the oldest <see cref="PendingShown"/>).</summary>
    public int PendingCount { get; private set; }

    public const int PendingShown = 200;
    public IReadOnlyList<Row> Decided { get; private set; } = [];
    public Permissions Permissions { get; private set; } = Permissions.None;

    [BindProperty] public string? RejectionReason { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : Forbid();

    public async Task<IActionResult> OnPostConfirmAsync(int id, int version, CancellationToken cancellationToken) =>
        await DoneAsync(await decide.ConfirmAsync(id, version, cancellationToken), "Die Nachnutzung ist bestätigt und jetzt öffentlich.", cancellationToken);

    public async Task<IActionResult> OnPostRejectAsync(int id, int version, CancellationToken cancellationToken) =>
        await DoneAsync(await decide.RejectAsync(id, version, RejectionReason, cancellationToken), "Die Meldung wurde abgelehnt.", cancellationToken);

    private async Task<IActionResult> DoneAsync(Outcome outcome, string notice, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return Forbid();
        }

        if (outcome is Outcome.Saved)
        {
            Notice = notice;
            return Redirect("/verwaltung/transfer/nachnutzungen");
        }

        return this.Show(outcome, prefix: "");
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        Permissions = await PermissionsAsync();
        if (!Permissions.CanViewTransfer)
        {
            return false;
        }

        var reuses = db.Reuses.AsNoTracking();
        if (Permissions.TransferRegions is { } regions)
        {
            var list = regions.ToList();
            reuses = reuses.Where(r => list.Contains(r.Solution!.RegionId));
        }

        var pending = TransferQueries.PendingReuses(db, Permissions);
        PendingCount = await pending.CountAsync(cancellationToken);

        static IQueryable<Row> Rows(IQueryable<Reuse> query) => query.Select(r => new Row(r.Id, r.Solution!.Title, r.Solution.Slug, r.Solution.RegionId, r.UserName,
            r.MunicipalityAgs, r.Since, r.Note, r.DeclaredByName, r.DeclaredByEmail, r.Status, r.RejectionReason, r.CreatedAt, r.Version));
        Pending = await Rows(pending.OrderBy(r => r.CreatedAt).ThenBy(r => r.Id).Take(PendingShown)).ToListAsync(cancellationToken);
        Decided = await Rows(reuses.Where(r => r.Status != ReuseStatus.Declared).OrderByDescending(r => r.UpdatedAt).Take(50)).ToListAsync(cancellationToken);
        return true;
    }
}
