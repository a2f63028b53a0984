using Microsoft.AspNetCore.Mvc;
using Modellregion.Web.Features.Shared;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Events.Admin;

/// <summary>Organisations named at registrations, to take up into the directory or to decline.</summary>
public sealed class ProposalsModel(ReviewDirectoryProposals review) : BackOfficePageModel
{
    public IReadOnlyList<DirectoryProposal> Proposals { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        this.Show(await review.ListAsync(cancellationToken), found =>
        {
            Proposals = found.Proposals;
            return Page();
        });

    public async Task<IActionResult> OnPostAcceptAsync(int registrationId, int? existingId, CancellationToken cancellationToken) =>
        await AfterAsync(await review.AcceptAsync(registrationId, existingId, cancellationToken), saved =>
            EventsTexts.Of(existingId is null ? "Proposals.Added" : "Proposals.Linked", saved.Slug ?? ""), cancellationToken);

    public async Task<IActionResult> OnPostDeclineAsync(int registrationId, CancellationToken cancellationToken) =>
        await AfterAsync(await review.DeclineAsync(registrationId, cancellationToken), _ => EventsTexts.Of("Proposals.Declined"), cancellationToken);

    private async Task<IActionResult> AfterAsync(Outcome outcome, Func<Outcome.Saved, Platform.Localization.Message> notice, CancellationToken cancellationToken)
    {
        if (outcome is Outcome.Saved saved)
        {
            Notice = notice(saved).Stored;
            return Redirect("/verwaltung/veranstaltungen/akteure");
        }

        if ((await review.ListAsync(cancellationToken)).TryGet(out var found, out _))
        {
            Proposals = found.Proposals;
        }

        return this.Show(outcome);
    }
}
