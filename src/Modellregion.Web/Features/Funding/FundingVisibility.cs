using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Account;
using Modellregion.Web.Features.Projects;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Funding;

/// <summary>What a funding form records.</summary>
public enum FundingRecord
{
    GrantDecision = 1,
    FundRequest = 2,
    Payment = 3,
    Proof = 4,
}

/// <summary>
/// Whether what the office records will show publicly, said on the form before saving. The public project page shows
/// the grant of every published project; payments (Mittelabfluss) and deadlines only for projects administered in this
/// system (<see cref="Project.IsAdministered"/>). Projects known only from public reports are not: their payments are
/// not published, and the page says so rather than showing nothing.
/// </summary>
public static class FundingVisibility
{
    /// <summary>The name of the setting, as the funding page shows it.</summary>
    public const string SettingLabel = "In der Förderverwaltung führen";

    /// <summary>The notice for a form, or null when everything it records appears where one would expect it.</summary>
    public static string? Notice(Project project, FundingRecord record)
    {
        if (!project.IsPublished)
        {
            return "Das Projekt ist nicht veröffentlicht: Was Sie hier erfassen, erscheint nicht auf dem öffentlichen Portal.";
        }

        if (project.IsAdministered)
        {
            return null;
        }

        var because = $"weil das Projekt nur aus öffentlichen Quellen bekannt ist und nicht in der Förderverwaltung geführt wird (Einstellung „{SettingLabel}“ auf der Seite „Förderung“ des Projekts).";
        return record switch
        {
            FundingRecord.Payment => "Diese Auszahlung erscheint nicht auf der öffentlichen Projektseite, " + because,
            FundingRecord.FundRequest => "Mittelabrufe dieses Projekts erscheinen nicht in der Fristenübersicht, und ihre Auszahlungen erscheinen nicht auf der öffentlichen Projektseite, " + because,
            FundingRecord.GrantDecision => "Der Bescheid erscheint auf der öffentlichen Projektseite (bewilligte Zuwendung, Bewilligungszeitraum). Fristen für Nachweise berechnet die Plattform aber nicht, und Auszahlungen bleiben unveröffentlicht, " + because,
            _ => "Für diesen Nachweis berechnet die Plattform keine Frist und verschickt keine Erinnerung, " + because,
        };
    }
}

/// <summary>
/// The project office decides whether a project is administered in this system: then deadlines are computed, fund
/// requests appear in the deadlines overview and payments on the public project page. Audited like every change.
/// </summary>
public sealed class SetAdministration(AppDbContext db, CurrentUser currentUser, IAuthorizationService authorization)
{
    public async Task<Outcome> RunAsync(int projectId, bool administered, int version, CancellationToken cancellationToken = default)
    {
        var project = await db.Projects.FirstOrDefaultAsync(p => p.Id == projectId, cancellationToken);
        if (project is null)
        {
            return new Outcome.NotFound();
        }

        if (!await authorization.AllowsAsync(currentUser.Principal, project, FundingOperations.Administer))
        {
            return await authorization.AllowsAsync(currentUser.Principal, project, FundingOperations.View)
                ? new Outcome.Denied(FundingTexts.Of("FundingVisibility.TheProjectOfficeDecidesWhetherA"))
                : new Outcome.Forbidden();
        }

        if (project.Version != version)
        {
            return Stale();
        }

        if (project.IsAdministered == administered)
        {
            return new Outcome.Saved(project.Id, project.Slug);
        }

        db.Entry(project).Property(p => p.Version).OriginalValue = version;
        project.IsAdministered = administered;
        return await db.SaveOrConflictAsync(() => new Outcome.Saved(project.Id, project.Slug), Stale(), cancellationToken);
    }

    private static Outcome.Conflict Stale() =>
        new(FundingTexts.Of("Common.TheProjectHasBeenChangedBy"));
}
