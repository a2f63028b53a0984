using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Directory;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Projects;

/// <summary>The partners (organisations with their role) and places (municipalities) of a project.</summary>
public sealed class ManageParticipants(AppDbContext db, ProjectAccess access)
{
    public async Task<Outcome> AddPartnerAsync(int projectId, int organisationId, PartnerRole role, string? note, CancellationToken cancellationToken = default)
    {
        if (await CheckAsync(projectId, cancellationToken) is { } denied)
        {
            return denied;
        }

        if (!Enum.IsDefined(role))
        {
            return Outcome.Invalid.Of("Role", ProjectsTexts.Of("ManageParticipants.ThisRoleDoesNotExist"));
        }

        if (note is { Length: > 300 })
        {
            return Outcome.Invalid.Of("Note", ProjectsTexts.Of("ManageParticipants.TheNoteMayBeAtMost"));
        }

        if (!await db.Organisations.AnyAsync(o => o.Id == organisationId, cancellationToken))
        {
            return Outcome.Invalid.Of("", ProjectsTexts.Of("ManageParticipants.ThisOrganisationDoesNotExist"));
        }

        if (await db.ProjectPartners.AnyAsync(p => p.ProjectId == projectId && p.OrganisationId == organisationId, cancellationToken))
        {
            return Outcome.Invalid.Of("", ProjectsTexts.Of("ManageParticipants.ThisOrganisationIsAlreadyTakingPart"));
        }

        if (role == PartnerRole.Lead && await db.ProjectPartners.AnyAsync(p => p.ProjectId == projectId && p.Role == PartnerRole.Lead, cancellationToken))
        {
            return Outcome.Invalid.Of("Role", ProjectsTexts.Of("ManageParticipants.TheProjectAlreadyHasAProject"));
        }

        var partner = new ProjectPartner { ProjectId = projectId, OrganisationId = organisationId, Role = role, Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim() };
        db.ProjectPartners.Add(partner);
        await TouchProjectAsync(projectId, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return new Outcome.Saved(partner.Id);
    }

    public async Task<Outcome> RemovePartnerAsync(int projectId, int partnerId, CancellationToken cancellationToken = default)
    {
        if (await CheckAsync(projectId, cancellationToken) is { } denied)
        {
            return denied;
        }

        var partner = await db.ProjectPartners.FirstOrDefaultAsync(p => p.Id == partnerId && p.ProjectId == projectId, cancellationToken);
        if (partner is null)
        {
            return new Outcome.NotFound();
        }

        db.ProjectPartners.Remove(partner);
        await TouchProjectAsync(projectId, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return new Outcome.Saved(partnerId);
    }

    /// <summary>Adds a place by official key (8 digits) or by its unambiguous name.</summary>
    public async Task<Outcome> AddPlaceAsync(int projectId, string? municipality, CancellationToken cancellationToken = default)
    {
        if (await CheckAsync(projectId, cancellationToken) is { } denied)
        {
            return denied;
        }

        var value = municipality?.Trim() ?? "";
        if (value.Length is 0 or > 100)
        {
            return Outcome.Invalid.Of("Place", ProjectsTexts.Of("ManageParticipants.PleaseEnterTheNameOrThe"));
        }

        var matches = Ags.IsMunicipalityKey(value)
            ? await db.Municipalities.Where(m => m.Ags == value).Select(m => m.Ags).ToListAsync(cancellationToken)
            : await db.Municipalities.Where(m => m.Name == value).Select(m => m.Ags).Take(5).ToListAsync(cancellationToken);
        if (matches.Count == 0)
        {
            return Outcome.Invalid.Of("Place", ProjectsTexts.Of("ManageParticipants.IsNotAMunicipalityInThe", value));
        }

        if (matches.Count > 1)
        {
            return Outcome.Invalid.Of("Place", ProjectsTexts.Of("ManageParticipants.SeveralMunicipalitiesAreCalledPleaseEnter", value, string.Join(", ", matches)));
        }

        if (await db.ProjectMunicipalities.AnyAsync(m => m.ProjectId == projectId && m.Ags == matches[0], cancellationToken))
        {
            return Outcome.Invalid.Of("Place", ProjectsTexts.Of("ManageParticipants.ThisMunicipalityHasAlreadyBeenEntered"));
        }

        db.ProjectMunicipalities.Add(new ProjectMunicipality { ProjectId = projectId, Ags = matches[0] });
        await TouchProjectAsync(projectId, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return new Outcome.Saved(projectId);
    }

    public async Task<Outcome> RemovePlaceAsync(int projectId, string ags, CancellationToken cancellationToken = default)
    {
        if (await CheckAsync(projectId, cancellationToken) is { } denied)
        {
            return denied;
        }

        var place = await db.ProjectMunicipalities.FirstOrDefaultAsync(m => m.ProjectId == projectId && m.Ags == ags, cancellationToken);
        if (place is null)
        {
            return new Outcome.NotFound();
        }

        db.ProjectMunicipalities.Remove(place);
        await TouchProjectAsync(projectId, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return new Outcome.Saved(projectId);
    }

    private async Task TouchProjectAsync(int projectId, CancellationToken cancellationToken)
    {
        // A change to partners or places is a change to the project: its time stamp and version move on.
        var project = await db.Projects.FirstAsync(p => p.Id == projectId, cancellationToken);
        db.Entry(project).State = EntityState.Modified;
    }

    private Task<Outcome?> CheckAsync(int projectId, CancellationToken cancellationToken) =>
        access.CheckAsync(projectId, ProjectsOperations.Edit, cancellationToken);
}
