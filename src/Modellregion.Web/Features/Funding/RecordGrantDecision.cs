using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Account;
using Modellregion.Web.Features.Projects;
using Modellregion.Web.Platform;
using Modellregion.Web.Platform.Files;

namespace Modellregion.Web.Features.Funding;

public sealed class GrantDecisionInput
{
    [Required(ErrorMessage = "Bitte geben Sie das Datum des Bescheids an.")]
    [Display(Name = "Datum des Bescheids")]
    public DateOnly? DecidedOn { get; set; }

    [StringLength(100, ErrorMessage = "Das Aktenzeichen darf höchstens 100 Zeichen lang sein.")]
    [Display(Name = "Aktenzeichen")]
    public string? FileNumber { get; set; }

    [Required(ErrorMessage = "Bitte geben Sie den Höchstbetrag an.")]
    [Money]
    [Display(Name = "Höchstbetrag der Zuwendung")]
    public decimal? MaxAmount { get; set; }

    [Range(0.01, 100, ErrorMessage = "Die Förderquote liegt zwischen 0,01 und 100 %.")]
    [Display(Name = "Förderquote in %")]
    public decimal? FundingRatePercent { get; set; }

    [Required(ErrorMessage = "Bitte geben Sie den Beginn des Bewilligungszeitraums an.")]
    [Display(Name = "Bewilligungszeitraum von")]
    public DateOnly? PeriodStart { get; set; }

    [Required(ErrorMessage = "Bitte geben Sie das Ende des Bewilligungszeitraums an.")]
    [Display(Name = "Bewilligungszeitraum bis")]
    public DateOnly? PeriodEnd { get; set; }

    [StringLength(8000, ErrorMessage = "Die Nebenbestimmungen dürfen höchstens 8.000 Zeichen lang sein.")]
    [Display(Name = "Nebenbestimmungen und Auflagen")]
    public string? Conditions { get; set; }

    [StringLength(2000, ErrorMessage = "Der Änderungsgrund darf höchstens 2.000 Zeichen lang sein.")]
    [Display(Name = "Was ändert sich und warum")]
    public string? Reason { get; set; }

    [Display(Name = "Bescheid (PDF)")]
    public IFormFile? Document { get; set; }

    public int Version { get; set; }
}

/// <summary>
/// Records the grant decision (Zuwendungsbescheid) or an amendment (Änderungsbescheid). A new version never
/// overwrites the earlier ones; it takes over the current financing plan, so versions can be compared.
/// </summary>
public sealed class RecordGrantDecision(AppDbContext db, CurrentUser currentUser, FileStore files)
{
    private static readonly ProjectStatus[] InitialStages = [ProjectStatus.ApplicationSubmitted, ProjectStatus.AdditionalInformationRequested];
    private static readonly ProjectStatus[] AmendmentStages = [ProjectStatus.Approved, ProjectStatus.Running, ProjectStatus.FundingPeriodEnded];

    /// <summary>A funding period longer than this is taken for a typing error (e.g. 9999 for the year).</summary>
    public const int MaxPeriodYears = 10;

    /// <summary>A funding period starts at most this many years before or after the decision.</summary>
    public const int MaxStartDistanceYears = 5;

    public async Task<Outcome> RunAsync(int projectId, GrantDecisionInput input, CancellationToken cancellationToken = default)
    {
        var project = await db.Projects
            .Include(p => p.GrantDecisions)
            .Include(p => p.Programme)
            .Include(p => p.Partners).ThenInclude(p => p.Organisation)
            .AsSplitQuery()
            .FirstOrDefaultAsync(p => p.Id == projectId, cancellationToken);
        if (project is null)
        {
            return new Outcome.NotFound();
        }

        var permissions = await currentUser.PermissionsAsync(cancellationToken);
        if (!permissions.CanManageFunding(project.RegionId))
        {
            return new Outcome.Forbidden();
        }

        var isAmendment = project.GrantDecisions.Count > 0;
        var allowed = isAmendment ? AmendmentStages : InitialStages;
        if (!allowed.Contains(project.Status))
        {
            return new Outcome.Denied(isAmendment
                ? $"Ein Änderungsbescheid ist nur für bewilligte, laufende oder gerade beendete Projekte möglich, nicht im Stand „{ProjectStatuses.Label(project.Status)}“."
                : $"Ein Zuwendungsbescheid wird erfasst, wenn der Antrag eingereicht ist, nicht im Stand „{ProjectStatuses.Label(project.Status)}“.");
        }

        if (input.Version != project.Version)
        {
            return Stale();
        }

        var errors = new Errors();
        var today = db.Today;
        if (input.DecidedOn > today)
        {
            errors.Add(nameof(input.DecidedOn), "Das Datum des Bescheids kann nicht in der Zukunft liegen.");
        }

        if (input.MaxAmount is <= 0)
        {
            errors.Add(nameof(input.MaxAmount), "Der Höchstbetrag muss größer als 0 sein.");
        }

        if (input.PeriodStart is { } start && input.PeriodEnd is { } end)
        {
            if (end < start)
            {
                errors.Add(nameof(input.PeriodEnd), "Das Ende des Bewilligungszeitraums darf nicht vor seinem Beginn liegen.");
            }
            else if (YearsApartMoreThan(start, end, MaxPeriodYears))
            {
                errors.Add(nameof(input.PeriodEnd), $"Ein Bewilligungszeitraum dauert höchstens {MaxPeriodYears} Jahre: Bitte prüfen Sie das Ende ({Formatting.Date(end)}).");
            }

            if (input.DecidedOn is { } decidedOn && (YearsApartMoreThan(start, decidedOn, MaxStartDistanceYears) || YearsApartMoreThan(decidedOn, start, MaxStartDistanceYears)))
            {
                errors.Add(nameof(input.PeriodStart), $"Der Bewilligungszeitraum beginnt höchstens {MaxStartDistanceYears} Jahre vor oder nach dem Datum des Bescheids: Bitte prüfen Sie den Beginn ({Formatting.Date(start)}).");
            }
        }

        if (input.FundingRatePercent is { } rate && decimal.Round(rate, 2) != rate)
        {
            errors.Add(nameof(input.FundingRatePercent), "Die Förderquote hat höchstens zwei Nachkommastellen.");
        }

        if (isAmendment && string.IsNullOrWhiteSpace(input.Reason))
        {
            errors.Add(nameof(input.Reason), "Bitte geben Sie an, was der Änderungsbescheid ändert (mehr Zeit, mehr oder weniger Geld, geänderter Plan) und warum.");
        }

        var previous = project.DecisionInForce;
        if (isAmendment && input.DecidedOn is { } decided && previous?.DecidedOn is { } previousDate && decided < previousDate)
        {
            errors.Add(nameof(input.DecidedOn), $"Ein Änderungsbescheid kann nicht vor dem geltenden Bescheid vom {Formatting.Date(previousDate)} liegen.");
        }

        var plan = project.Plan.Copy();
        var rules = project.Programme?.Rules ?? new FundingRules();
        if (!plan.IsEmpty && !plan.Balances)
        {
            errors.Add("", "Der Finanzierungsplan des Projekts ist nicht ausgeglichen. Bitte gleichen Sie ihn zuerst aus.");
        }

        // Without a recipient the cap is unknown: the decision is refused rather than recorded unchecked.
        if (ApplicantTypes.RecipientOf(project) is not { } recipient)
        {
            errors.Add("", ApplicantTypes.NoRecipient);
        }
        else
        {
            if (!plan.IsEmpty && plan.Balances && input.MaxAmount is { } maxAmount && SaveFinancingPlan.CapError(maxAmount, plan.EligibleCosts, recipient, rules) is { } capError)
            {
                errors.Add(nameof(input.MaxAmount), capError);
            }

            var type = ApplicantTypes.Of(recipient);
            if (input.FundingRatePercent is { } givenRate && givenRate > rules.MaxRateFor(type))
            {
                errors.Add(nameof(input.FundingRatePercent), $"Die Förderquote von {Formatting.Percent(givenRate)} übersteigt die Obergrenze von {Formatting.Percent(rules.MaxRateFor(type))} für {ApplicantTypes.Label(type)}.");
            }
        }

        if (isAmendment && input.PeriodStart is { } newStart && input.PeriodEnd is { } newEnd && newStart <= newEnd)
        {
            // An open request must stay inside the period it was checked against; otherwise it would be paid for time no longer funded.
            var open = await db.FundRequests.AsNoTracking()
                .Where(r => r.ProjectId == projectId && (r.Status == FundRequestStatus.Submitted || r.Status == FundRequestStatus.Forwarded))
                .OrderBy(r => r.Number)
                .ToListAsync(cancellationToken);
            var outside = open.Where(r => FundRequests.PeriodErrors(r.NeededFrom, r.NeededUntil, newStart, newEnd).Count > 0).ToList();
            if (outside.Count > 0)
            {
                errors.Add(nameof(input.PeriodEnd),
                    $"Der neue Bewilligungszeitraum ({Formatting.Date(newStart)} – {Formatting.Date(newEnd)}) schließt offene Mittelabrufe aus: " +
                    string.Join("; ", outside.Select(r => $"Nr. {r.Number} über {Formatting.Euro(r.Amount)}, benötigt {Formatting.Date(r.NeededFrom)} – {Formatting.Date(r.NeededUntil)}")) +
                    ". Bitte geben Sie diese Mittelabrufe zuerst zurück oder lassen Sie sie zurückziehen.");
            }
        }

        if (isAmendment && input.MaxAmount is { } newAmount)
        {
            var account = await db.FundingAccounts.AsNoTracking().FirstOrDefaultAsync(a => a.ProjectId == projectId, cancellationToken);
            if (account is not null && newAmount < account.Committed)
            {
                errors.Add(nameof(input.MaxAmount), $"Der neue Höchstbetrag ({Formatting.Euro(newAmount)}) liegt unter dem, was schon abgerufen oder ausgezahlt ist ({Formatting.Euro(account.Committed)}).");
            }
        }

        StoredFile? document = null;
        if (input.Document is not null)
        {
            var (file, fileError) = await files.AcceptPdfAsync(input.Document, cancellationToken);
            if (fileError is not null)
            {
                errors.Add(nameof(input.Document), fileError);
            }

            document = file;
        }

        if (errors.Any)
        {
            return errors.ToOutcome();
        }

        if (document is not null)
        {
            db.Files.Add(document);
        }

        var decision = project.RecordGrantDecision(new GrantDecision
        {
            DecidedOn = input.DecidedOn,
            FileNumber = Clean(input.FileNumber),
            MaxAmount = input.MaxAmount!.Value,
            FundingRatePercent = input.FundingRatePercent ?? plan.RatePercent,
            EligibleCosts = plan.IsEmpty ? null : plan.EligibleCosts,
            PeriodStart = input.PeriodStart,
            PeriodEnd = input.PeriodEnd,
            Conditions = Clean(input.Conditions),
            Reason = Clean(input.Reason),
            Plan = plan,
            Document = document,
            RecordedAt = db.UtcNow,
            RecordedBy = currentUser.Principal?.Identity?.Name,
        });
        if (!isAmendment && !await db.FundingAccounts.AnyAsync(a => a.ProjectId == projectId, cancellationToken))
        {
            db.FundingAccounts.Add(new FundingAccount { ProjectId = projectId });
        }

        db.Entry(project).Property(p => p.Version).OriginalValue = input.Version;
        db.Entry(project).State = EntityState.Modified;
        return await db.SaveOrConflictAsync(() => new Outcome.Saved(decision.Id), Stale(), cancellationToken);
    }

    /// <summary>Whether <paramref name="later"/> lies more than the given years after <paramref name="earlier"/>; plain arithmetic, safe at the ends of the calendar.</summary>
    private static bool YearsApartMoreThan(DateOnly earlier, DateOnly later, int years)
    {
        var difference = later.Year - earlier.Year;
        return difference > years || (difference == years && (later.Month, later.Day).CompareTo((earlier.Month, earlier.Day)) > 0);
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static Outcome.Conflict Stale() =>
        new("Das Projekt wurde inzwischen von jemand anderem geändert. Der Bescheid wurde nicht gespeichert: Bitte laden Sie die Seite neu.");
}

/// <summary>A readable comparison of two versions of a grant decision.</summary>
public static class GrantDecisionDiff
{
    public sealed record Row(string Field, string? Before, string? After)
    {
        public bool Changed => Before != After;
    }

    public static IReadOnlyList<Row> Compare(GrantDecision a, GrantDecision b)
    {
        var rows = new List<Row>
        {
            new("Datum des Bescheids", Formatting.Date(a.DecidedOn), Formatting.Date(b.DecidedOn)),
            new("Aktenzeichen", a.FileNumber, b.FileNumber),
            new("Höchstbetrag", Formatting.Euro(a.MaxAmount), Formatting.Euro(b.MaxAmount)),
            new("Förderquote", a.FundingRatePercent is { } ra ? Formatting.Percent(ra) : null, b.FundingRatePercent is { } rb ? Formatting.Percent(rb) : null),
            new("Zuwendungsfähige Ausgaben", Formatting.Euro(a.EligibleCosts, ""), Formatting.Euro(b.EligibleCosts, "")),
            new("Bewilligungszeitraum", $"{Formatting.Date(a.PeriodStart)} – {Formatting.Date(a.PeriodEnd)}", $"{Formatting.Date(b.PeriodStart)} – {Formatting.Date(b.PeriodEnd)}"),
            new("Eigenanteil", Formatting.Euro(a.Plan.OwnContribution, ""), Formatting.Euro(b.Plan.OwnContribution, "")),
            new("Drittmittel", Formatting.Euro(a.Plan.ThirdPartyFunds, ""), Formatting.Euro(b.Plan.ThirdPartyFunds, "")),
            new("Nebenbestimmungen", a.Conditions, b.Conditions),
            new("Änderungsgrund", a.Reason, b.Reason),
        };
        var linesA = a.Plan.Lines.GroupBy(LineKey).ToDictionary(g => g.Key, g => g.Sum(l => l.Amount));
        var linesB = b.Plan.Lines.GroupBy(LineKey).ToDictionary(g => g.Key, g => g.Sum(l => l.Amount));
        foreach (var key in linesA.Keys.Union(linesB.Keys).Order())
        {
            rows.Add(new($"Plan: {key}", linesA.TryGetValue(key, out var la) ? Formatting.Euro(la) : null, linesB.TryGetValue(key, out var lb) ? Formatting.Euro(lb) : null));
        }

        return rows;
    }

    private static string LineKey(PlanLine line) => $"{CostCategories.Label(line.Category)} – {line.Description}";
}
