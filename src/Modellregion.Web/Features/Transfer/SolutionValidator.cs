using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Transfer.PublicCode;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Transfer;

/// <summary>The rules of a catalogue entry, checked before anything is saved (<see cref="SaveSolution"/>).</summary>
public sealed class SolutionValidator(AppDbContext db)
{
    /// <summary>
    /// Checks the input (and normalises it: trimmed texts, a free short address) and reads the contacts and links
    /// from their text fields; the messages go to <paramref name="errors"/>.
    /// </summary>
    public async Task<(List<SolutionContact> Contacts, List<SolutionLink> Links)> ValidateAsync(SolutionInput input, Solution solution, Errors errors, CancellationToken cancellationToken)
    {
        input.Title = input.Title.Trim();
        input.Slug = await Slug.CheckAsync(
            input.Slug,
            input.Title,
            nameof(input.Slug),
            errors,
            slug => db.Solutions.AnyAsync(s => s.Slug == slug && s.Id != solution.Id, cancellationToken),
            reserved: (SolutionRoutes.Reserved, "Die Kurzadresse „{0}“ ist für die Seite „Lösungen für meine Kommune“ reserviert."));

        if (input.Kind is { } kind && !Enum.IsDefined(kind))
        {
            errors.Add(nameof(input.Kind), TransferTexts.Of("SolutionValidator.ThisTypeDoesNotExist"));
        }

        if (input.Maturity is { } maturity && !Enum.IsDefined(maturity))
        {
            errors.Add(nameof(input.Maturity), TransferTexts.Of("SolutionValidator.ThisMaturityDoesNotExist"));
        }

        if (input.MaintenanceType is { } maintenance && !Enum.IsDefined(maintenance))
        {
            errors.Add(nameof(input.MaintenanceType), TransferTexts.Of("SolutionValidator.ThisTypeOfMaintenanceDoesNot"));
        }

        if (input.RegionId is { } regionId && !await db.Regions.AnyAsync(r => r.Id == regionId, cancellationToken))
        {
            errors.Add(nameof(input.RegionId), TransferTexts.Of("SolutionValidator.TheSelectedRegionDoesNotExist"));
        }

        if (input.ProviderId is { } providerId && !await db.Organisations.AnyAsync(o => o.Id == providerId, cancellationToken))
        {
            errors.Add(nameof(input.ProviderId), TransferTexts.Of("SolutionValidator.TheChosenProviderDoesNotExist"));
        }

        input.ProjectIds = [.. input.ProjectIds.Distinct()];
        if (input.ProjectIds.Count > 0 && await db.Projects.CountAsync(p => input.ProjectIds.Contains(p.Id), cancellationToken) != input.ProjectIds.Count)
        {
            errors.Add(nameof(input.ProjectIds), TransferTexts.Of("SolutionValidator.AtLeastOneOfTheChosen"));
        }

        input.TopicIds = [.. input.TopicIds.Distinct()];
        if (input.TopicIds.Count > 0 && await db.Topics.CountAsync(t => input.TopicIds.Contains(t.Id), cancellationToken) != input.TopicIds.Count)
        {
            errors.Add(nameof(input.TopicIds), TransferTexts.Of("SolutionValidator.AtLeastOneOfTheSelected"));
        }

        if (input.TargetTypes.Any(v => !SolutionVocabulary.TypeLabels.Any(t => (int)t.Type == v)))
        {
            errors.Add(nameof(input.TargetTypes), TransferTexts.Of("SolutionValidator.ThisTypeOfMunicipalityDoesNot"));
        }

        if (input.TargetSizes.Any(v => !SolutionVocabulary.SizeLabels.Any(t => (int)t.Size == v)))
        {
            errors.Add(nameof(input.TargetSizes), TransferTexts.Of("SolutionValidator.ThisSizeDoesNotExist"));
        }

        if (input.OperatorModels.Any(v => !SolutionVocabulary.OperatorModelLabels.Any(t => (int)t.Model == v)))
        {
            errors.Add(nameof(input.OperatorModels), TransferTexts.Of("SolutionValidator.ThisOperatingModelDoesNotExist"));
        }

        if (!string.IsNullOrWhiteSpace(input.Licence) && Spdx.Check(input.Licence.Trim()) is { } licenceError)
        {
            errors.Add(nameof(input.Licence), licenceError);
        }

        if (input.MaintenanceType == MaintenanceType.Contract && string.IsNullOrWhiteSpace(input.Contractor))
        {
            errors.Add(nameof(input.Contractor), TransferTexts.Of("SolutionValidator.ForMaintenanceByContractPleaseName"));
        }

        if (input.Kind == SolutionKind.Software)
        {
            if (input.SoftwareType is null || !PublicCodeSchema.SoftwareTypes.Contains(input.SoftwareType))
            {
                errors.Add(nameof(input.SoftwareType), TransferTexts.Of("SolutionValidator.PleaseChooseTheSoftwareTypeFor"));
            }

            if (input.Platforms.Count == 0)
            {
                errors.Add(nameof(input.Platforms), TransferTexts.Of("SolutionValidator.PleaseChooseAtLeastOnePlatform"));
            }

            if ((input.Description?.Trim().Length ?? 0) < 150)
            {
                errors.Add(nameof(input.Description), TransferTexts.Of("SolutionValidator.ForSoftwarePubliccodeYmlNeedsA"));
            }

            if (SolutionVocabulary.Lines(input.Features).Count == 0)
            {
                errors.Add(nameof(input.Features), TransferTexts.Of("SolutionValidator.ForSoftwarePubliccodeYmlNeedsAt"));
            }
        }

        if (input.Platforms.Any(p => !PublicCodeSchema.Platforms.Contains(p)))
        {
            errors.Add(nameof(input.Platforms), TransferTexts.Of("SolutionValidator.ThisPlatformDoesNotExist"));
        }

        if (SolutionVocabulary.Split(input.Categories).FirstOrDefault(c => !PublicCodeSchema.Categories.Contains(c)) is { } category)
        {
            errors.Add(nameof(input.Categories), TransferTexts.Of("SolutionValidator.IsNotACategoryOfPubliccode", category));
        }

        if (SolutionVocabulary.Split(input.Scope).FirstOrDefault(c => !PublicCodeSchema.Scopes.Contains(c)) is { } scope)
        {
            errors.Add(nameof(input.Scope), TransferTexts.Of("SolutionValidator.IsNotAnApplicationAreaOf", scope));
        }

        var hasEnglish = !string.IsNullOrWhiteSpace(input.SummaryEn) || !string.IsNullOrWhiteSpace(input.DescriptionEn);
        if (hasEnglish && string.IsNullOrWhiteSpace(input.SummaryEn))
        {
            errors.Add(nameof(input.SummaryEn), TransferTexts.Of("SolutionValidator.AnEnglishDescriptionNeedsAnEnglish"));
        }

        if (hasEnglish && input.Kind == SolutionKind.Software && (input.DescriptionEn?.Trim().Length ?? 0) is > 0 and < 150)
        {
            errors.Add(nameof(input.DescriptionEn), TransferTexts.Of("SolutionValidator.TheEnglishDescriptionNeedsAtLeast"));
        }

        var contacts = new List<SolutionContact>();
        foreach (var line in SolutionVocabulary.Lines(input.Contacts))
        {
            var parts = line.Split('|', StringSplitOptions.TrimEntries);
            var email = parts.ElementAtOrDefault(2) is { Length: > 0 } e ? e : null;
            if (parts[0].Length == 0 || parts[0].Length > 200 || (email is not null && !new EmailAddressAttribute().IsValid(email)))
            {
                errors.Add(nameof(input.Contacts), TransferTexts.Of("SolutionValidator.TheLineDoesNotHaveThe", line));
                continue;
            }

            contacts.Add(new SolutionContact { Name = parts[0], Affiliation = Part(parts, 1), Email = email, Phone = Part(parts, 3) });
        }

        var links = new List<SolutionLink>();
        foreach (var line in SolutionVocabulary.Lines(input.Links))
        {
            var parts = line.Split('|', 2, StringSplitOptions.TrimEntries);
            if (parts.Length != 2 || parts[0].Length == 0 || parts[0].Length > 200 || parts[1].Length > 500 || !new WebAddressAttribute().IsValid(parts[1]))
            {
                errors.Add(nameof(input.Links), TransferTexts.Of("SolutionValidator.TheLineDoesNotHaveThe2", line));
                continue;
            }

            links.Add(new SolutionLink { Title = parts[0], Url = parts[1] });
        }

        return (contacts, links);
    }

    private static string? Part(string[] parts, int index) => parts.ElementAtOrDefault(index) is { Length: > 0 } value ? value : null;
}
