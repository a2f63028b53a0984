using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Modellregion.Web.Features.Shared;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Board.Admin;

public sealed class MembersModel(ManageMemberships memberships) : BackOfficePageModel
{
    [BindProperty]
    public MembershipInput Input { get; set; } = new();

    public int BoardId { get; private set; }
    public string BoardName { get; private set; } = "";
    public int? EditingId { get; private set; }
    public IReadOnlyList<BoardMembership> Seats { get; private set; } = [];
    public IReadOnlyList<SelectListItem> Organisations { get; private set; } = [];
    public IReadOnlyList<SelectListItem> Principals { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int boardId, int? bearbeiten, CancellationToken cancellationToken) =>
        this.Show(await memberships.OpenAsync(boardId, cancellationToken), form =>
        {
            Apply(form);
            if (bearbeiten is { } id && Seats.FirstOrDefault(s => s.Id == id) is { } seat)
            {
                EditingId = id;
                Input = new MembershipInput
                {
                    PersonName = seat.Person?.Name,
                    OrganisationId = seat.OrganisationId,
                    Role = seat.Role,
                    StartsOn = seat.StartsOn,
                    EndsOn = seat.EndsOn,
                    HasVotingRight = seat.HasVotingRight,
                    DeputyOfId = seat.DeputyOfId,
                    InvitationEmail = seat.InvitationEmail,
                    AccountEmail = seat.UserId is null ? null : form.Accounts.GetValueOrDefault(seat.UserId),
                    Version = seat.Version,
                };
            }

            return Page();
        });

    public async Task<IActionResult> OnPostAsync(int boardId, int? membershipId, CancellationToken cancellationToken)
    {
        EditingId = membershipId;
        return Done(await memberships.SaveAsync(boardId, membershipId, Input, ModelState.IsValid, cancellationToken), boardId, BoardTexts.Of("Admin.Members.TheMembershipHasBeenSaved").Stored);
    }

    /// <summary>Deletes a seat entered by mistake; a seat that ended keeps its end date instead.</summary>
    public async Task<IActionResult> OnPostDeleteAsync(int boardId, int membershipId, CancellationToken cancellationToken) =>
        Done(await memberships.DeleteAsync(boardId, membershipId, cancellationToken), boardId, BoardTexts.Of("Admin.Members.TheMembershipHasBeenDeleted").Stored);

    private IActionResult Done(FormOutcome<MembersForm> result, int boardId, string notice)
    {
        if (result.Outcome is Outcome.Saved)
        {
            Notice = notice;
            return Redirect($"/verwaltung/digitalboard/{boardId}/mitglieder");
        }

        if (result.Form is { } form)
        {
            Apply(form);
        }

        return this.Show(result.Outcome);
    }

    private void Apply(MembersForm form) =>
        (BoardId, BoardName, Seats, Organisations, Principals) = (form.BoardId, form.BoardName, form.Seats, form.Organisations, form.Principals);
}
