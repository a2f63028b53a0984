using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Account;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Transfer;
/// <summary>
/// Creates and edits catalogue entries. The project office of the entry's region (and administrators) keep it;
/// everything is checked before anything is saved; a stale form is refused.
/// </summary>
public sealed class SaveSolution(AppDbContext db, TransferGate gate, SolutionForms forms, SolutionValidator validator)
{
    public async Task<FormOutcome<SolutionForm>> CreateAsync(SolutionInput input, bool inputValid, CancellationToken cancellationToken = default)
    {
        var outcome = await CreateSolutionAsync(input, inputValid, cancellationToken);
        return outcome is Outcome.Saved or Outcome.Forbidden ? new FormOutcome<SolutionForm>(outcome) : new(outcome, await forms.NewAsync(input, cancellationToken));
    }

    public async Task<FormOutcome<SolutionForm>> UpdateAsync(int id, SolutionInput input, bool inputValid, CancellationToken cancellationToken = default)
    {
        var outcome = await UpdateSolutionAsync(id, input, inputValid, cancellationToken);
        return outcome is Outcome.Saved or Outcome.Forbidden or Outcome.NotFound ? new FormOutcome<SolutionForm>(outcome) : new(outcome, await forms.ExistingAsync(id, input, cancellationToken));
    }

    private async Task<Outcome> CreateSolutionAsync(SolutionInput input, bool inputValid, CancellationToken cancellationToken)
    {
        if (!await gate.AllowsAsync(RegionResource.Any, TransferOperations.Manage))
        {
            return new Outcome.Forbidden();
        }

        if (!inputValid)
        {
            return Outcome.Invalid.BoundInput();
        }

        var scopes = await gate.ScopesAsync(cancellationToken);
        var solution = new Solution { Slug = "", Title = "" };
        var errors = new Errors();
        if (input.RegionId is { } region && !TransferOperations.MayManage(scopes, region))
        {
            errors.Add(nameof(input.RegionId), TransferTexts.Of("SaveSolution.YouMayNotCreateSolutionsIn"));
        }

        var (contacts, links) = await validator.ValidateAsync(input, solution, errors, cancellationToken);
        if (errors.Any)
        {
            return errors.ToOutcome();
        }

        await ApplyAsync(input, solution, contacts, links, cancellationToken);
        db.Solutions.Add(solution);
        return await SaveAsync(solution, cancellationToken);
    }

    private async Task<Outcome> UpdateSolutionAsync(int id, SolutionInput input, bool inputValid, CancellationToken cancellationToken)
    {
        var solution = await db.Solutions.Include(s => s.Topics).Include(s => s.Projects).FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (solution is null)
        {
            return new Outcome.NotFound();
        }

        if (!await gate.AllowsAsync(solution, TransferOperations.Manage))
        {
            return new Outcome.Forbidden();
        }

        if (!inputValid)
        {
            return Outcome.Invalid.BoundInput();
        }

        var scopes = await gate.ScopesAsync(cancellationToken);
        if (input.Version != solution.Version)
        {
            return Stale();
        }

        var errors = new Errors();
        if (input.RegionId is { } region && region != solution.RegionId && !TransferOperations.MayManage(scopes, region))
        {
            errors.Add(nameof(input.RegionId), TransferTexts.Of("SaveSolution.YouMayNotMoveTheSolution"));
        }

        var (contacts, links) = await validator.ValidateAsync(input, solution, errors, cancellationToken);
        if (errors.Any)
        {
            return errors.ToOutcome();
        }

        db.Entry(solution).Property(s => s.Version).OriginalValue = input.Version;
        await ApplyAsync(input, solution, contacts, links, cancellationToken);
        db.Entry(solution).State = EntityState.Modified;
        return await SaveAsync(solution, cancellationToken);
    }

    private async Task<Outcome> SaveAsync(Solution solution, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return new Outcome.Saved(solution.Id, solution.Slug);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Stale();
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            if (await db.Solutions.AnyAsync(s => s.Slug == solution.Slug, cancellationToken))
            {
                return Outcome.Invalid.Of(nameof(SolutionInput.Slug), TransferTexts.Of("SaveSolution.TheShortAddressIsAlreadyTaken", solution.Slug));
            }

            throw;
        }
    }

    private static Outcome.Conflict Stale() =>
        new(TransferTexts.Of("SaveSolution.SomeoneElseHasChangedTheSolution"));

    private async Task ApplyAsync(SolutionInput input, Solution s, List<SolutionContact> contacts, List<SolutionLink> links, CancellationToken cancellationToken)
    {
        s.Title = input.Title;
        s.Slug = input.Slug!;
        s.Summary = Clean(input.Summary);
        s.Description = Clean(input.Description);
        s.Kind = input.Kind!.Value;
        s.Maturity = input.Maturity;
        s.RegionId = input.RegionId!.Value;
        s.ProviderId = input.ProviderId;
        s.Problem = Clean(input.Problem);
        s.TargetTypes = (MunicipalityTypes)input.TargetTypes.Sum();
        s.TargetSizes = (MunicipalitySizes)input.TargetSizes.Sum();
        s.Prerequisites = Clean(input.Prerequisites);
        s.AdoptionSteps = Clean(input.AdoptionSteps);
        s.DataNeeded = Clean(input.DataNeeded);
        s.OperatorModels = (OperatorModels)input.OperatorModels.Sum();
        s.Licence = Clean(input.Licence);
        s.CopyrightOwner = Clean(input.CopyrightOwner);
        s.CooperationAgreement = Clean(input.CooperationAgreement);
        s.ProcurementNotes = Clean(input.ProcurementNotes);
        s.CostOneOff = input.CostOneOff;
        s.CostRunningPerYear = input.CostRunningPerYear;
        s.CostNote = Clean(input.CostNote);
        s.MaintenanceType = input.MaintenanceType;
        var contractor = Clean(input.Contractor);
        if (contractor is null)
        {
            s.Contractors = [];
        }
        else if (s.Contractors.FirstOrDefault() is not { } first || first.Name != contractor || first.Until != input.MaintainedUntil)
        {
            s.Contractors = [new SolutionContractor { Name = contractor, Until = input.MaintainedUntil }, .. s.Contractors.Skip(1)];
        }

        s.Contacts = contacts;
        s.Links = links;
        s.RepositoryUrl = Clean(input.RepositoryUrl);
        s.DemoUrl = Clean(input.DemoUrl);
        s.DocumentationUrl = Clean(input.DocumentationUrl);
        s.Website = Clean(input.Website);
        s.SoftwareType = input.SoftwareType;
        s.Platforms = input.Platforms.Count == 0 ? null : string.Join(",", input.Platforms.Distinct());
        s.Categories = Clean(string.Join(",", SolutionVocabulary.Split(input.Categories)));
        s.Scope = Clean(string.Join(",", SolutionVocabulary.Split(input.Scope)));
        s.AvailableLanguages = Clean(string.Join(",", SolutionVocabulary.Split(input.AvailableLanguages)));
        s.LocalisationReady = input.LocalisationReady;
        s.SoftwareVersion = Clean(input.SoftwareVersion);
        s.ReleaseDate = input.ReleaseDate;
        s.Features = Clean(string.Join('\n', SolutionVocabulary.Lines(input.Features)));
        s.TitleEn = Clean(input.TitleEn);
        s.SummaryEn = Clean(input.SummaryEn);
        s.DescriptionEn = Clean(input.DescriptionEn);
        s.FeaturesEn = Clean(string.Join('\n', SolutionVocabulary.Lines(input.FeaturesEn)));
        s.IsPublished = input.IsPublished;

        var topics = await db.Topics.Where(t => input.TopicIds.Contains(t.Id)).ToListAsync(cancellationToken);
        s.Topics.RemoveAll(t => !input.TopicIds.Contains(t.Id));
        s.Topics.AddRange(topics.Where(t => s.Topics.All(existing => existing.Id != t.Id)));
        s.Projects.RemoveAll(p => !input.ProjectIds.Contains(p.ProjectId));
        s.Projects.AddRange(input.ProjectIds.Where(id => s.Projects.All(p => p.ProjectId != id)).Select(id => new SolutionProject { ProjectId = id }));
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim().ReplaceLineEndings("\n");
}
