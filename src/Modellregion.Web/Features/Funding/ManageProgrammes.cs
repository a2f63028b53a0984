using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Account;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Funding;

/// <summary>What describes a funding programme; its rules are edited with <see cref="RulesInput"/>.</summary>
public sealed class ProgrammeInput
{
    [Required(ErrorMessage = "ManageProgrammes.PleaseEnterTheNameOfThe")]
    [StringLength(300, MinimumLength = 3, ErrorMessage = "ManageProgrammes.TheNameMustBe3To")]
    [PlainText]
    [Display(Name = "Common.Name")]
    public string Name { get; set; } = "";

    [StringLength(60, ErrorMessage = "ManageProgrammes.TheShortNameMayBeAt")]
    [PlainText]
    [Display(Name = "ManageProgrammes.ShortName")]
    public string? ShortName { get; set; }

    [StringLength(Platform.Slug.MaxLength, ErrorMessage = "ManageProgrammes.TheShortAddressMayBeAt")]
    [Display(Name = "ManageProgrammes.ShortAddressURL")]
    public string? Slug { get; set; }

    [StringLength(300, ErrorMessage = "ManageProgrammes.TheFundingBodyMayBeAt")]
    [PlainText]
    [Display(Name = "ManageProgrammes.Funder")]
    public string? Funder { get; set; }

    [StringLength(1000, ErrorMessage = "ManageProgrammes.TheLegalBasisMayBeAt")]
    [PlainText]
    [Display(Name = "ManageProgrammes.LegalBasis")]
    public string? LegalBasis { get; set; }

    [Display(Name = "ManageProgrammes.TermFrom")]
    public DateOnly? StartsOn { get; set; }

    [Display(Name = "ManageProgrammes.TermUntil")]
    public DateOnly? EndsOn { get; set; }

    [Money]
    [Display(Name = "ManageProgrammes.AnnouncedBudgetEuros")]
    public decimal? AnnouncedBudget { get; set; }

    [StringLength(20000, ErrorMessage = "ManageProgrammes.TheDescriptionMayBeAtMost")]
    [PlainText]
    [Display(Name = "ManageProgrammes.Description")]
    public string? Description { get; set; }

    [StringLength(40000, ErrorMessage = "ManageProgrammes.TheSourcesMayBeAtMost")]
    [PlainText]
    [Display(Name = "ManageProgrammes.Sources")]
    public string? Sources { get; set; }

    public int Version { get; set; }

    // The English version of the public texts, shown on the English site where filled.

    [StringLength(300, ErrorMessage = "ManageProgrammes.TheEnglishNameMayBeAt")]
    [PlainText]
    [Display(Name = "ManageProgrammes.NameEnglish")]
    public string? NameEn { get; set; }

    [StringLength(20000, ErrorMessage = "ManageProgrammes.TheEnglishDescriptionMayBeAt")]
    [PlainText]
    [Display(Name = "ManageProgrammes.DescriptionEnglish")]
    public string? DescriptionEn { get; set; }

    public static ProgrammeInput From(Programme p) => new()
    {
        Name = p.Name,
        ShortName = p.ShortName,
        Slug = p.Slug,
        Funder = p.Funder,
        LegalBasis = p.LegalBasis,
        StartsOn = p.StartsOn,
        EndsOn = p.EndsOn,
        AnnouncedBudget = p.AnnouncedBudget,
        Description = p.Description,
        Sources = SourceLines.Format(p.Sources),
        NameEn = p.NameEn,
        DescriptionEn = p.DescriptionEn,
        Version = p.Version,
    };
}

public sealed record ProgrammeRow(int Id, string Slug, string Name, DateOnly? StartsOn, DateOnly? EndsOn, int Regions);

public sealed record ProgrammeList(IReadOnlyList<ProgrammeRow> Programmes);

/// <summary>
/// Administrators set up funding programmes (name, funder, period, budget, sources and rules) and edit them. Every
/// call passes the gate (<see cref="FundingOperations.ManageProgrammes"/>) once, before it reads or changes anything.
/// </summary>
public sealed class ManageProgrammes(AppDbContext db, CurrentUser currentUser, IAuthorizationService authorization)
{
    /// <summary>Dates before or after this make no sense for a programme and are almost always typing errors.</summary>
    public static readonly DateOnly EarliestDate = new(1990, 1, 1);
    public static readonly DateOnly LatestDate = new(2100, 12, 31);

    public async Task<Result<ProgrammeList>> ListAsync(CancellationToken cancellationToken = default) =>
        await MayAsync()
            ? new ProgrammeList(await db.Programmes.AsNoTracking().OrderBy(p => p.Name)
                .Select(p => new ProgrammeRow(p.Id, p.Slug, p.Name, p.StartsOn, p.EndsOn, db.Set<Regions.Region>().Count(r => r.ProgrammeId == p.Id)))
                .ToListAsync(cancellationToken))
            : new Outcome.Forbidden();

    /// <summary>The rules a new programme starts with.</summary>
    public async Task<Result<RulesInput>> OpenNewAsync() =>
        await MayAsync() ? RulesInput.Defaults() : new Outcome.Forbidden();

    /// <summary>A programme, for its form.</summary>
    public async Task<Result<Programme>> OpenAsync(int id, CancellationToken cancellationToken = default) =>
        !await MayAsync() ? new Outcome.Forbidden()
        : await db.Programmes.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken) is { } programme ? programme
        : new Outcome.NotFound();

    /// <summary>Creates a programme with its rules; error keys of the rules start with "Rules.".</summary>
    /// <param name="fieldsValid">Whether the bound input kept its field rules; if not, the answer after the gate is Invalid.</param>
    public async Task<Outcome> CreateAsync(ProgrammeInput input, RulesInput rules, bool fieldsValid = true, CancellationToken cancellationToken = default)
    {
        if (!await MayAsync())
        {
            return new Outcome.Forbidden();
        }

        if (!fieldsValid)
        {
            return Outcome.Invalid.BoundInput();
        }

        var programme = new Programme { Slug = "", Name = "" };
        var errors = new Errors();
        var sources = await ValidateAsync(input, programme.Id, errors, cancellationToken);
        ProgrammeRulesEditor.Check(rules, errors, "Rules.");
        if (errors.Any)
        {
            return errors.ToOutcome();
        }

        Apply(input, sources, programme);
        programme.Rules = rules.ToRules();
        db.Programmes.Add(programme);
        await db.SaveChangesAsync(cancellationToken);
        return new Outcome.Saved(programme.Id, programme.Slug);
    }

    /// <summary>Saves a programme's description; the programme as it was when the form is shown again.</summary>
    /// <param name="fieldsValid">Whether the bound input kept its field rules; if not, the answer after the gate is the form again.</param>
    public async Task<FormOutcome<Programme>> UpdateAsync(int id, ProgrammeInput input, bool fieldsValid = true, CancellationToken cancellationToken = default)
    {
        if (!await MayAsync())
        {
            return new Outcome.Forbidden();
        }

        var programme = await db.Programmes.FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (programme is null)
        {
            return new Outcome.NotFound();
        }

        var outcome = fieldsValid ? await UpdateAsync(programme, input, cancellationToken) : Outcome.Invalid.BoundInput();
        return outcome is Outcome.Saved
            ? outcome
            : new FormOutcome<Programme>(outcome, await db.Programmes.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken));
    }

    private Task<bool> MayAsync() => authorization.AllowsAsync(currentUser.Principal, null, FundingOperations.ManageProgrammes);

    private async Task<Outcome> UpdateAsync(Programme programme, ProgrammeInput input, CancellationToken cancellationToken)
    {
        if (programme.Version != input.Version)
        {
            return Stale();
        }

        var errors = new Errors();
        var sources = await ValidateAsync(input, programme.Id, errors, cancellationToken);
        if (errors.Any)
        {
            return errors.ToOutcome();
        }

        db.Entry(programme).Property(p => p.Version).OriginalValue = input.Version;
        Apply(input, sources, programme);
        db.Entry(programme).State = EntityState.Modified;
        return await db.SaveOrConflictAsync(() => new Outcome.Saved(programme.Id, programme.Slug), Stale(), cancellationToken);
    }

    private static Outcome.Conflict Stale() =>
        new(FundingTexts.Of("ManageProgrammes.TheFundingProgrammeHasBeenChanged"));

    private async Task<List<SourceReference>> ValidateAsync(ProgrammeInput input, int id, Errors errors, CancellationToken cancellationToken)
    {
        InputRules.Check(input, errors);
        input.Name = input.Name?.Trim() ?? "";
        input.Slug = await Slug.CheckAsync(
            input.Slug,
            input.Name,
            nameof(input.Slug),
            errors,
            slug => db.Programmes.AnyAsync(p => p.Slug == slug && p.Id != id, cancellationToken),
            "Die Kurzadresse „{0}“ hat bereits ein anderes Förderprogramm.");

        CheckPeriod(input.StartsOn, input.EndsOn, nameof(input.StartsOn), nameof(input.EndsOn), errors);
        return SourceLines.Parse(input.Sources, nameof(input.Sources), errors);
    }

    /// <summary>Both dates within sensible years, and the end not before the start.</summary>
    public static void CheckPeriod(DateOnly? start, DateOnly? end, string startProperty, string endProperty, Errors errors)
    {
        foreach (var (date, property) in new[] { (start, startProperty), (end, endProperty) })
        {
            if (date is { } d && (d < EarliestDate || d > LatestDate))
            {
                errors.Add(property, FundingTexts.Of("ManageProgrammes.PleaseEnterADateBetweenAnd", Formatting.Date(EarliestDate), Formatting.Date(LatestDate)));
            }
        }

        if (start is { } s && end is { } e && e < s)
        {
            errors.Add(endProperty, FundingTexts.Of("ManageProgrammes.TheEndIsBeforeTheStart", Formatting.Date(e), Formatting.Date(s)));
        }
    }

    private static void Apply(ProgrammeInput input, List<SourceReference> sources, Programme programme)
    {
        programme.Name = input.Name;
        programme.Slug = input.Slug!;
        programme.ShortName = Clean(input.ShortName);
        programme.Funder = Clean(input.Funder);
        programme.LegalBasis = Clean(input.LegalBasis);
        programme.StartsOn = input.StartsOn;
        programme.EndsOn = input.EndsOn;
        programme.AnnouncedBudget = input.AnnouncedBudget;
        programme.Description = string.IsNullOrWhiteSpace(input.Description) ? null : input.Description.Trim().ReplaceLineEndings("\n");
        programme.NameEn = string.IsNullOrWhiteSpace(input.NameEn) ? null : input.NameEn.Trim();
        programme.DescriptionEn = string.IsNullOrWhiteSpace(input.DescriptionEn) ? null : input.DescriptionEn.Trim().ReplaceLineEndings("\n");
        programme.Sources = sources;
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
