using Microsoft.EntityFrameworkCore;
using Modellregion.Tests.Infrastructure;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Transfer;

namespace Modellregion.Tests.Features.Transfer;

/// <summary>Cases made directly in the database for the pipeline tests.</summary>
public static class TransferTestData
{
    public const string LocalOpenData = "local-open-data-urbane-datenplattform";

    public static Task<int> NewCaseAsync(ModellregionApp app, string solutionSlug = LocalOpenData, string ags = "05762020", TransferStage stage = TransferStage.Request,
        DateTime? lastActivity = null, string? ownerId = null) =>
        app.WithDbAsync(async db =>
        {
            var solution = await db.Solutions.SingleAsync(s => s.Slug == solutionSlug);
            var transferCase = new TransferCase
            {
                SolutionId = solution.Id,
                MunicipalityAgs = ags,
                ContactName = "Max Muster",
                ContactEmail = "max.muster@example.org",
                Need = "Testfall für den Transfer (Beispiel).",
                Timeline = Timeline.Open,
                ConsentAt = DateTime.UtcNow,
                Stage = stage,
                OwnerId = ownerId,
                LastActivityAt = lastActivity ?? DateTime.UtcNow,
            };
            db.TransferCases.Add(transferCase);
            await db.SaveChangesAsync();
            return transferCase.Id;
        });

    public static Task<TransferCase> CaseAsync(ModellregionApp app, int id) =>
        app.WithDbAsync(db => db.TransferCases.AsNoTracking().Include(c => c.Steps).Include(c => c.Notes).SingleAsync(c => c.Id == id));
}
