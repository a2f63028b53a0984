using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Account;
using Modellregion.Web.Features.Transfer.PublicCode;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Transfer;

/// <summary>The editable profile of a solution, as entered in the back office.</summary>
public sealed class SolutionInput
{
    [Required(ErrorMessage = "Bitte geben Sie einen Titel an.")]
    [StringLength(200, MinimumLength = 3, ErrorMessage = "Der Titel muss 3 bis 200 Zeichen lang sein.")]
    [Display(Name = "Titel")]
    public string Title { get; set; } = "";

    [StringLength(Platform.Slug.MaxLength, ErrorMessage = "Die Kurzadresse darf höchstens 120 Zeichen lang sein.")]
    [Display(Name = "Kurzadresse (URL)")]
    public string? Slug { get; set; }

    [Required(ErrorMessage = "Bitte geben Sie eine Kurzbeschreibung an.")]
    [StringLength(150, ErrorMessage = "Die Kurzbeschreibung darf höchstens 150 Zeichen lang sein.")]
    [Display(Name = "Kurzbeschreibung")]
    public string? Summary { get; set; }

    [StringLength(10000, ErrorMessage = "Die Beschreibung darf höchstens 10.000 Zeichen lang sein.")]
    [Display(Name = "Beschreibung")]
    public string? Description { get; set; }

    [Required(ErrorMessage = "Bitte wählen Sie die Art der Lösung.")]
    [Display(Name = "Art")]
    public SolutionKind? Kind { get; set; }

    [Display(Name = "Reifegrad")]
    public Maturity? Maturity { get; set; }

    [Required(ErrorMessage = "Bitte wählen Sie eine Region.")]
    [Display(Name = "Betreuende Region")]
    public int? RegionId { get; set; }

    [Display(Name = "Anbieter")]
    public int? ProviderId { get; set; }

    [Display(Name = "Ursprungsprojekte")]
    public List<int> ProjectIds { get; set; } = [];

    [Display(Name = "Themen")]
    public List<int> TopicIds { get; set; } = [];

    [StringLength(4000, ErrorMessage = "Der Text darf höchstens 4.000 Zeichen lang sein.")]
    [Display(Name = "Welches Problem die Lösung löst")]
    public string? Problem { get; set; }

    [Display(Name = "Für welche Kommunen")]
    public List<int> TargetTypes { get; set; } = [];

    [Display(Name = "Für welche Größen")]
    public List<int> TargetSizes { get; set; } = [];

    [StringLength(4000, ErrorMessage = "Der Text darf höchstens 4.000 Zeichen lang sein.")]
    [Display(Name = "Voraussetzungen")]
    public string? Prerequisites { get; set; }

    [StringLength(4000, ErrorMessage = "Der Text darf höchstens 4.000 Zeichen lang sein.")]
    [Display(Name = "Schritte zur Übernahme")]
    public string? AdoptionSteps { get; set; }

    [StringLength(4000, ErrorMessage = "Der Text darf höchstens 4.000 Zeichen lang sein.")]
    [Display(Name = "Benötigte Daten")]
    public string? DataNeeded { get; set; }

    [Display(Name = "Betriebsmodell")]
    public List<int> OperatorModels { get; set; } = [];

    [StringLength(200, ErrorMessage = "Die Lizenz darf höchstens 200 Zeichen lang sein.")]
    [Display(Name = "Lizenz (SPDX)")]
    public string? Licence { get; set; }

    [StringLength(300, ErrorMessage = "Der Text darf höchstens 300 Zeichen lang sein.")]
    [Display(Name = "Rechteinhaber")]
    public string? CopyrightOwner { get; set; }

    [StringLength(4000, ErrorMessage = "Der Text darf höchstens 4.000 Zeichen lang sein.")]
    [Display(Name = "Kooperationsvereinbarung")]
    public string? CooperationAgreement { get; set; }

    [StringLength(4000, ErrorMessage = "Der Text darf höchstens 4.000 Zeichen lang sein.")]
    [Display(Name = "Hinweise zur Vergabe")]
    public string? ProcurementNotes { get; set; }

    [Money]
    [Display(Name = "Einmalige Kosten (Schätzung)")]
    public decimal? CostOneOff { get; set; }

    [Money]
    [Display(Name = "Laufende Kosten pro Jahr (Schätzung)")]
    public decimal? CostRunningPerYear { get; set; }

    [StringLength(1000, ErrorMessage = "Der Text darf höchstens 1.000 Zeichen lang sein.")]
    [Display(Name = "Anmerkung zu den Kosten")]
    public string? CostNote { get; set; }

    [Display(Name = "Art der Pflege")]
    public MaintenanceType? MaintenanceType { get; set; }

    [StringLength(200, ErrorMessage = "Der Name darf höchstens 200 Zeichen lang sein.")]
    [Display(Name = "Auftragnehmer der Pflege")]
    public string? Contractor { get; set; }

    [Display(Name = "Pflege vereinbart bis")]
    public DateOnly? MaintainedUntil { get; set; }

    [StringLength(2000, ErrorMessage = "Der Text darf höchstens 2.000 Zeichen lang sein.")]
    [Display(Name = "Ansprechpersonen")]
    public string? Contacts { get; set; }

    [WebAddress]
    [StringLength(500, ErrorMessage = "Die Internetadresse darf höchstens 500 Zeichen lang sein.")]
    [Display(Name = "Quellcode-Repository")]
    public string? RepositoryUrl { get; set; }

    [WebAddress]
    [StringLength(500, ErrorMessage = "Die Internetadresse darf höchstens 500 Zeichen lang sein.")]
    [Display(Name = "Demo")]
    public string? DemoUrl { get; set; }

    [WebAddress]
    [StringLength(500, ErrorMessage = "Die Internetadresse darf höchstens 500 Zeichen lang sein.")]
    [Display(Name = "Dokumentation")]
    public string? DocumentationUrl { get; set; }

    [WebAddress]
    [StringLength(500, ErrorMessage = "Die Internetadresse darf höchstens 500 Zeichen lang sein.")]
    [Display(Name = "Website")]
    public string? Website { get; set; }

    [StringLength(4000, ErrorMessage = "Der Text darf höchstens 4.000 Zeichen lang sein.")]
    [Display(Name = "Dokumente und Links")]
    public string? Links { get; set; }

    [Display(Name = "Software-Art (publiccode.yml)")]
    public string? SoftwareType { get; set; }

    [Display(Name = "Plattformen")]
    public List<string> Platforms { get; set; } = [];

    [StringLength(1000, ErrorMessage = "Der Text darf höchstens 1.000 Zeichen lang sein.")]
    [Display(Name = "Kategorien (publiccode.yml)")]
    public string? Categories { get; set; }

    [StringLength(500, ErrorMessage = "Der Text darf höchstens 500 Zeichen lang sein.")]
    [Display(Name = "Anwendungsbereiche (publiccode.yml)")]
    public string? Scope { get; set; }

    [StringLength(200, ErrorMessage = "Der Text darf höchstens 200 Zeichen lang sein.")]
    [Display(Name = "Verfügbare Sprachen")]
    public string? AvailableLanguages { get; set; }

    [Display(Name = "Mehrsprachig angelegt")]
    public bool LocalisationReady { get; set; }

    [StringLength(60, ErrorMessage = "Die Version darf höchstens 60 Zeichen lang sein.")]
    [Display(Name = "Aktuelle Version")]
    public string? SoftwareVersion { get; set; }

    [Display(Name = "Veröffentlicht am")]
    public DateOnly? ReleaseDate { get; set; }

    [StringLength(4000, ErrorMessage = "Der Text darf höchstens 4.000 Zeichen lang sein.")]
    [Display(Name = "Merkmale")]
    public string? Features { get; set; }

    [StringLength(200, ErrorMessage = "Der Titel darf höchstens 200 Zeichen lang sein.")]
    [Display(Name = "Titel (Englisch)")]
    public string? TitleEn { get; set; }

    [StringLength(150, ErrorMessage = "Die Kurzbeschreibung darf höchstens 150 Zeichen lang sein.")]
    [Display(Name = "Kurzbeschreibung (Englisch)")]
    public string? SummaryEn { get; set; }

    [StringLength(10000, ErrorMessage = "Die Beschreibung darf höchstens 10.000 Zeichen lang sein.")]
    [Display(Name = "Beschreibung (Englisch)")]
    public string? DescriptionEn { get; set; }

    [StringLength(4000, ErrorMessage = "Der Text darf höchstens 4.000 Zeichen lang sein.")]
    [Display(Name = "Merkmale (Englisch)")]
    public string? FeaturesEn { get; set; }

    [Display(Name = "Öffentlich sichtbar")]
    public bool IsPublished { get; set; } = true;

    public int Version { get; set; }

    public static SolutionInput From(Solution s) => new()
    {
        Title = s.Title,
        Slug = s.Slug,
        Summary = s.Summary,
        Description = s.Description,
        Kind = s.Kind,
        Maturity = s.Maturity,
        RegionId = s.RegionId,
        ProviderId = s.ProviderId,
        ProjectIds = [.. s.Projects.Select(p => p.ProjectId)],
        TopicIds = [.. s.Topics.Select(t => t.Id)],
        Problem = s.Problem,
        TargetTypes = Flags((int)s.TargetTypes),
        TargetSizes = Flags((int)s.TargetSizes),
        Prerequisites = s.Prerequisites,
        AdoptionSteps = s.AdoptionSteps,
        DataNeeded = s.DataNeeded,
        OperatorModels = Flags((int)s.OperatorModels),
        Licence = s.Licence,
        CopyrightOwner = s.CopyrightOwner,
        CooperationAgreement = s.CooperationAgreement,
        ProcurementNotes = s.ProcurementNotes,
        CostOneOff = s.CostOneOff,
        CostRunningPerYear = s.CostRunningPerYear,
        CostNote = s.CostNote,
        MaintenanceType = s.MaintenanceType,
        Contractor = s.Contractors.FirstOrDefault()?.Name,
        MaintainedUntil = s.Contractors.FirstOrDefault()?.Until,
        Contacts = string.Join('\n', s.Contacts.Select(c => string.Join(" | ", new[] { c.Name, c.Affiliation ?? "", c.Email ?? "", c.Phone ?? "" }).TrimEnd(' ', '|'))),
        RepositoryUrl = s.RepositoryUrl,
        DemoUrl = s.DemoUrl,
        DocumentationUrl = s.DocumentationUrl,
        Website = s.Website,
        Links = string.Join('\n', s.Links.Select(l => $"{l.Title} | {l.Url}")),
        SoftwareType = s.SoftwareType,
        Platforms = SolutionVocabulary.Split(s.Platforms),
        Categories = s.Categories,
        Scope = s.Scope,
        AvailableLanguages = s.AvailableLanguages,
        LocalisationReady = s.LocalisationReady,
        SoftwareVersion = s.SoftwareVersion,
        ReleaseDate = s.ReleaseDate,
        Features = s.Features,
        TitleEn = s.TitleEn,
        SummaryEn = s.SummaryEn,
        DescriptionEn = s.DescriptionEn,
        FeaturesEn = s.FeaturesEn,
        IsPublished = s.IsPublished,
        Version = s.Version,
    };

    private static List<int> Flags(int value) => [.. Enumerable.Range(0, 8).Select(i => 1 << i).Where(bit => (value & bit) != 0)];
}

/// <summary>
/// Creates and edits catalogue entries. The project office of the entry's region (and administrators) keep it;
/// everything is checked before anything is saved; a stale form is refused.
/// </summary>
public sealed class SaveSolution(AppDbContext db, TransferGate gate, SolutionForms forms)
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
            errors.Add(nameof(input.RegionId), "In dieser Region dürfen Sie keine Lösungen anlegen.");
        }

        var (contacts, links) = await ValidateAsync(input, solution, errors, cancellationToken);
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
            errors.Add(nameof(input.RegionId), "In diese Region dürfen Sie die Lösung nicht verschieben.");
        }

        var (contacts, links) = await ValidateAsync(input, solution, errors, cancellationToken);
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
                return Outcome.Invalid.Of(nameof(SolutionInput.Slug), $"Die Kurzadresse „{solution.Slug}“ ist bereits vergeben.");
            }

            throw;
        }
    }

    private static Outcome.Conflict Stale() =>
        new("Die Lösung wurde inzwischen von jemand anderem geändert. Ihre Änderungen wurden nicht gespeichert: Bitte laden Sie die Seite neu und tragen Sie sie erneut ein.");

    private async Task<(List<SolutionContact> Contacts, List<SolutionLink> Links)> ValidateAsync(SolutionInput input, Solution solution, Errors errors, CancellationToken cancellationToken)
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
            errors.Add(nameof(input.Kind), "Diese Art gibt es nicht.");
        }

        if (input.Maturity is { } maturity && !Enum.IsDefined(maturity))
        {
            errors.Add(nameof(input.Maturity), "Diesen Reifegrad gibt es nicht.");
        }

        if (input.MaintenanceType is { } maintenance && !Enum.IsDefined(maintenance))
        {
            errors.Add(nameof(input.MaintenanceType), "Diese Art der Pflege gibt es nicht.");
        }

        if (input.RegionId is { } regionId && !await db.Regions.AnyAsync(r => r.Id == regionId, cancellationToken))
        {
            errors.Add(nameof(input.RegionId), "Die gewählte Region gibt es nicht.");
        }

        if (input.ProviderId is { } providerId && !await db.Organisations.AnyAsync(o => o.Id == providerId, cancellationToken))
        {
            errors.Add(nameof(input.ProviderId), "Den gewählten Anbieter gibt es nicht.");
        }

        input.ProjectIds = [.. input.ProjectIds.Distinct()];
        if (input.ProjectIds.Count > 0 && await db.Projects.CountAsync(p => input.ProjectIds.Contains(p.Id), cancellationToken) != input.ProjectIds.Count)
        {
            errors.Add(nameof(input.ProjectIds), "Mindestens eines der gewählten Projekte gibt es nicht.");
        }

        input.TopicIds = [.. input.TopicIds.Distinct()];
        if (input.TopicIds.Count > 0 && await db.Topics.CountAsync(t => input.TopicIds.Contains(t.Id), cancellationToken) != input.TopicIds.Count)
        {
            errors.Add(nameof(input.TopicIds), "Mindestens eines der gewählten Themen gibt es nicht.");
        }

        if (input.TargetTypes.Any(v => !SolutionVocabulary.TypeLabels.Any(t => (int)t.Type == v)))
        {
            errors.Add(nameof(input.TargetTypes), "Diese Art von Kommune gibt es nicht.");
        }

        if (input.TargetSizes.Any(v => !SolutionVocabulary.SizeLabels.Any(t => (int)t.Size == v)))
        {
            errors.Add(nameof(input.TargetSizes), "Diese Größe gibt es nicht.");
        }

        if (input.OperatorModels.Any(v => !SolutionVocabulary.OperatorModelLabels.Any(t => (int)t.Model == v)))
        {
            errors.Add(nameof(input.OperatorModels), "Dieses Betriebsmodell gibt es nicht.");
        }

        if (!string.IsNullOrWhiteSpace(input.Licence) && Spdx.Check(input.Licence.Trim()) is { } licenceError)
        {
            errors.Add(nameof(input.Licence), licenceError);
        }

        if (input.MaintenanceType == MaintenanceType.Contract && string.IsNullOrWhiteSpace(input.Contractor))
        {
            errors.Add(nameof(input.Contractor), "Bei Pflege per Vertrag nennen Sie bitte den Auftragnehmer.");
        }

        if (input.Kind == SolutionKind.Software)
        {
            if (input.SoftwareType is null || !PublicCodeSchema.SoftwareTypes.Contains(input.SoftwareType))
            {
                errors.Add(nameof(input.SoftwareType), "Bitte wählen Sie die Software-Art (für publiccode.yml).");
            }

            if (input.Platforms.Count == 0)
            {
                errors.Add(nameof(input.Platforms), "Bitte wählen Sie mindestens eine Plattform (für publiccode.yml).");
            }

            if ((input.Description?.Trim().Length ?? 0) < 150)
            {
                errors.Add(nameof(input.Description), "Für Software braucht publiccode.yml eine Beschreibung mit mindestens 150 Zeichen.");
            }

            if (SolutionVocabulary.Lines(input.Features).Count == 0)
            {
                errors.Add(nameof(input.Features), "Für Software braucht publiccode.yml mindestens ein Merkmal (eines je Zeile).");
            }
        }

        if (input.Platforms.Any(p => !PublicCodeSchema.Platforms.Contains(p)))
        {
            errors.Add(nameof(input.Platforms), "Diese Plattform gibt es nicht.");
        }

        if (SolutionVocabulary.Split(input.Categories).FirstOrDefault(c => !PublicCodeSchema.Categories.Contains(c)) is { } category)
        {
            errors.Add(nameof(input.Categories), $"„{category}“ ist keine Kategorie von publiccode.yml.");
        }

        if (SolutionVocabulary.Split(input.Scope).FirstOrDefault(c => !PublicCodeSchema.Scopes.Contains(c)) is { } scope)
        {
            errors.Add(nameof(input.Scope), $"„{scope}“ ist kein Anwendungsbereich von publiccode.yml.");
        }

        var hasEnglish = !string.IsNullOrWhiteSpace(input.SummaryEn) || !string.IsNullOrWhiteSpace(input.DescriptionEn);
        if (hasEnglish && string.IsNullOrWhiteSpace(input.SummaryEn))
        {
            errors.Add(nameof(input.SummaryEn), "Zur englischen Beschreibung gehört eine englische Kurzbeschreibung.");
        }

        if (hasEnglish && input.Kind == SolutionKind.Software && (input.DescriptionEn?.Trim().Length ?? 0) is > 0 and < 150)
        {
            errors.Add(nameof(input.DescriptionEn), "Die englische Beschreibung braucht für publiccode.yml mindestens 150 Zeichen.");
        }

        var contacts = new List<SolutionContact>();
        foreach (var line in SolutionVocabulary.Lines(input.Contacts))
        {
            var parts = line.Split('|', StringSplitOptions.TrimEntries);
            var email = parts.ElementAtOrDefault(2) is { Length: > 0 } e ? e : null;
            if (parts[0].Length == 0 || parts[0].Length > 200 || (email is not null && !new EmailAddressAttribute().IsValid(email)))
            {
                errors.Add(nameof(input.Contacts), $"Die Zeile „{line}“ hat nicht die Form „Name | Funktion | E-Mail | Telefon“ mit gültiger E-Mail-Adresse.");
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
                errors.Add(nameof(input.Links), $"Die Zeile „{line}“ hat nicht die Form „Titel | https://…“.");
                continue;
            }

            links.Add(new SolutionLink { Title = parts[0], Url = parts[1] });
        }

        return (contacts, links);
    }

    private static string? Part(string[] parts, int index) => parts.ElementAtOrDefault(index) is { Length: > 0 } value ? value : null;

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
