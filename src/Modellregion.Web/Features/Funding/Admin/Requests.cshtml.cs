using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Funding.Admin;

public sealed class RequestsModel(FundRequests requests) : ProjectFundingPageModel
{
    protected override string Tab => "mittelabrufe";

    /// <summary>The draft form's values (bound only by the Save handler, so the other handlers are not validated against it).</summary>
    public FundRequestInput Input { get; set; } = new();

    public IReadOnlyList<FundRequest> Requests { get; private set; } = [];
    public FundingAccount? Account { get; private set; }

    /// <summary>Today in Europe/Berlin: the day open requests are checked against.</summary>
    public DateOnly Today { get; private set; }

    /// <summary>The draft being edited, when the form shows one.</summary>
    public int? EditingId { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, int? bearbeiten)
    {
        if (await LoadAsync(id) is { } denied)
        {
            return denied;
        }

        if (bearbeiten is { } draftId && Requests.FirstOrDefault(r => r.Id == draftId) is { } draft)
        {
            EditingId = draftId;
            Input = new FundRequestInput { Amount = draft.Amount, NeededFrom = draft.NeededFrom, NeededUntil = draft.NeededUntil, Justification = draft.Justification, IsSettlement = draft.IsSettlement, Version = draft.Version };
        }

        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(int id, int? requestId, [Bind(Prefix = "Input")] FundRequestInput input)
    {
        if ((await LoadAsync(id) ?? Unless(CanAct)) is { } denied)
        {
            return denied;
        }

        Input = input;
        EditingId = requestId;
        if (!ModelState.IsValid)
        {
            return this.Invalid();
        }

        return await FinishAsync(id, await requests.SaveDraftAsync(id, requestId, Input, HttpContext.RequestAborted), FundingTexts.Of("Admin.Requests.TheDraftHasBeenSaved").Stored);
    }

    // The buttons post the version of the request they were shown with: a request changed since then is refused with 409,
    // and a post without a version counts as stale rather than unchecked.
    private const int NoVersion = -1;

    public async Task<IActionResult> OnPostSubmitAsync(int id, int requestId, int? version) =>
        await FinishAsync(id, await requests.SubmitAsync(id, requestId, version ?? NoVersion, HttpContext.RequestAborted), FundingTexts.Of("Admin.Requests.TheFundsRequestHasBeenSubmitted").Stored);

    public async Task<IActionResult> OnPostWithdrawAsync(int id, int requestId, int? version) =>
        await FinishAsync(id, await requests.WithdrawAsync(id, requestId, version ?? NoVersion, HttpContext.RequestAborted), FundingTexts.Of("Admin.Requests.TheFundsRequestHasBeenWithdrawn").Stored);

    public async Task<IActionResult> OnPostForwardAsync(int id, int requestId, int? version) =>
        await FinishAsync(id, await requests.ForwardAsync(id, requestId, version ?? NoVersion, HttpContext.RequestAborted), FundingTexts.Of("Admin.Requests.TheFundsRequestHasBeenChecked").Stored);

    public async Task<IActionResult> OnPostReturnAsync(int id, int requestId, string? returnReason, int? version) =>
        await FinishAsync(id, await requests.ReturnAsync(id, requestId, returnReason, version ?? NoVersion, HttpContext.RequestAborted), FundingTexts.Of("Admin.Requests.TheFundsRequestHasBeenReturned").Stored);

    public async Task<IActionResult> OnPostPayAsync(int id, int requestId, [Bind(Prefix = "Payment")] PaymentInput payment)
    {
        if (!ModelState.IsValid)
        {
            return await LoadAsync(id) ?? Unless(CanManage) ?? this.Invalid();
        }

        payment.Version ??= NoVersion;

        return await FinishAsync(id, await requests.RecordPaymentAsync(id, requestId, payment, HttpContext.RequestAborted), FundingTexts.Of("Admin.Requests.ThePaymentHasBeenRecorded").Stored, prefix: "Payment");
    }

    private async Task<IActionResult> FinishAsync(int id, Outcome outcome, string notice, string prefix = "Input")
    {
        if (outcome is Outcome.Saved)
        {
            Notice = notice;
            return Redirect($"/verwaltung/projekte/{id}/mittelabrufe");
        }

        return await LoadAsync(id) ?? this.Show(outcome, prefix);
    }

    private async Task<IActionResult?> LoadAsync(int id)
    {
        if (await LoadProjectAsync(id) is { } denied)
        {
            return denied;
        }

        Requests = await Db.FundRequests.AsNoTracking().Where(r => r.ProjectId == id).OrderByDescending(r => r.Number).ToListAsync(HttpContext.RequestAborted);
        Account = await Db.FundingAccounts.AsNoTracking().FirstOrDefaultAsync(a => a.ProjectId == id, HttpContext.RequestAborted);
        Today = Db.Today;
        return null;
    }
}
