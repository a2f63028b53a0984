using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Modellregion.Web.Features.Account;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Data.Seeding;

/// <summary>
/// Fictional accounts to try the journeys in the training region: its project office, a project lead and the granting
/// authority; the features add theirs (<see cref="IDemoData.AddTrainingAccountsAsync"/>, e.g. a Digitalboard member
/// linked to the chair's seat). Created only on a fresh start, together with the first administrator, with generated
/// passwords that are shown once. E-mail addresses are on the reserved domain ".example", so nothing reaches a real mailbox.
/// </summary>
public sealed class TrainingAccounts(AppDbContext db, ManageUsers users, IEnumerable<IDemoData> contributions)
{
    /// <summary>With the demo-data contributions registered in the services the context was made from.</summary>
    public TrainingAccounts(AppDbContext db, ManageUsers users)
        : this(db, users, db.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()?.ApplicationServiceProvider?.GetServices<IDemoData>() ?? [])
    {
    }

    public sealed record Account(string Email, string Role, string Password);

    /// <summary>The project the training project lead leads: the running project with fund requests in every stage.</summary>
    public const string LeadProjectSlug = "digitale-bauakte-musterstadt-beispiel";

    /// <summary>Creates the accounts when the training region exists and none of them does yet; returns them with their passwords.</summary>
    public async Task<IReadOnlyList<Account>> CreateAsync(CancellationToken cancellationToken = default)
    {
        var region = await db.Regions.AsNoTracking().Where(r => r.Slug == DemoData.TrainingRegionSlug && r.IsExample).Select(r => (int?)r.Id).FirstOrDefaultAsync(cancellationToken);
        var project = await db.Projects.AsNoTracking().Where(p => p.Slug == LeadProjectSlug && p.Region!.IsExample).Select(p => (int?)p.Id).FirstOrDefaultAsync(cancellationToken);
        if (region is null || project is null || await db.Users.AnyAsync(u => u.Email!.EndsWith("@uebungsregion.example"), cancellationToken))
        {
            return [];
        }

        var accounts = new List<Account>();
        async Task<string> CreateAsync(string email, string name, string label, AppRole? role, int? regionId = null, int? projectId = null)
        {
            var (outcome, created) = await users.CreateAsync(new NewUserInput { Email = email, DisplayName = name }, cancellationToken: cancellationToken);
            if (created is null)
            {
                throw new InvalidOperationException($"Das Übungskonto {email} konnte nicht angelegt werden: {outcome}");
            }

            if (role is { } r && await users.AssignAsync(created.UserId, new RoleInput { Role = r, RegionId = regionId, ProjectId = projectId }, cancellationToken) is not Outcome.Saved)
            {
                throw new InvalidOperationException($"Dem Übungskonto {email} konnte die Rolle {r} nicht gegeben werden.");
            }

            accounts.Add(new Account(email, label, created.Password));
            return created.UserId;
        }

        var office = await CreateAsync("buero@uebungsregion.example", "Projektbüro Übungsregion (Beispiel)", "Projektbüro", AppRole.ProjectOffice, regionId: region);
        await CreateAsync("projektleitung@uebungsregion.example", "Paula Projektleitung (Beispiel)", "Projektleitung „Digitale Bauakte“", AppRole.ProjectLead, projectId: project);
        await CreateAsync("bewilligung@uebungsregion.example", "Bezirksregierung Musterbezirk (Beispiel)", "Bewilligungsbehörde", AppRole.GrantingAuthority, regionId: region);
        var context = new TrainingAccountsContext(db, region.Value, project.Value, office,
            (email, name, label, role, regionId, projectId) => CreateAsync(email, name, label, role, regionId, projectId));
        foreach (var contribution in contributions.OrderBy(c => c.Order))
        {
            await contribution.AddTrainingAccountsAsync(context, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        return accounts;
    }
}
