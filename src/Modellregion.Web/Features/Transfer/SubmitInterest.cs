using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Directory;
using Modellregion.Web.Platform;
using Modellregion.Web.Platform.Email;

namespace Modellregion.Web.Features.Transfer;

/// <summary>What a municipality enters in the public expression-of-interest form.</summary>
public sealed class InterestInput
{
    [Required(ErrorMessage = "Common.PleaseGiveYourMunicipalityNameOr")]
    [StringLength(100, ErrorMessage = "Common.TheNameOfTheMunicipalityMay")]
    [Display(Name = "Common.Municipality")]
    public string? Municipality { get; set; }

    /// <summary>The choice from a candidate list when the name was ambiguous.</summary>
    [Display(Name = "Common.WhichMunicipalityDoYouMean")]
    public string? MunicipalityAgs { get; set; }

    [Required(ErrorMessage = "Common.PleaseGiveYourName")]
    [StringLength(200, ErrorMessage = "Common.TheNameMayBeAtMost")]
    [Display(Name = "Common.YourName")]
    public string? ContactName { get; set; }

    [Required(ErrorMessage = "Common.PleaseEnterYourEmailAddress")]
    [EmailAddress(ErrorMessage = "Common.PleaseEnterAValidEmailAddress")]
    [StringLength(254, ErrorMessage = "Common.TheEMailAddressMayBe")]
    [Display(Name = "Common.EmailAddress")]
    public string? ContactEmail { get; set; }

    [StringLength(50, ErrorMessage = "SubmitInterest.ThePhoneNumberMayBeAt")]
    [Display(Name = "SubmitInterest.Telephone")]
    public string? ContactPhone { get; set; }

    [StringLength(200, ErrorMessage = "SubmitInterest.RoleOrOfficeMayBeAt")]
    [Display(Name = "SubmitInterest.RoleOrOffice")]
    public string? ContactRole { get; set; }

    [Required(ErrorMessage = "SubmitInterest.PleaseDescribeYourNeedBriefly")]
    [StringLength(InterestLimits.NeedLength, ErrorMessage = "SubmitInterest.TheDescriptionOfTheNeedMay")]
    [Display(Name = "SubmitInterest.YourNeed")]
    public string? Need { get; set; }

    [Required(ErrorMessage = "SubmitInterest.PleaseChooseATimeline")]
    [Display(Name = "Common.Timeline")]
    public Timeline? Timeline { get; set; }

    [Display(Name = "SubmitInterest.IHaveReadThePrivacyNotice")]
    public bool Consent { get; set; }
}

public static class InterestLimits
{
    public const int NeedLength = 2000;
}

/// <summary>The result of a public form that names a municipality: saved, or why not (with candidates to choose from).</summary>
public sealed record MunicipalityFormResult(Outcome Outcome, IReadOnlyList<MunicipalityInfo> Candidates);

/// <summary>
/// A municipality expresses interest in a solution: checked completely, stored as a new transfer case (stage
/// "Anfrage"), confirmed by e-mail. Nothing is stored when anything is wrong.
/// </summary>
public sealed class SubmitInterest(AppDbContext db, MunicipalityLookup municipalities, IEmailSender email, ILogger<SubmitInterest> logger)
{
    /// <param name="siteUrl">The address of this installation, for the links in the confirmation ("https://…", no trailing slash).</param>
    public async Task<MunicipalityFormResult> RunAsync(string solutionSlug, InterestInput input, string siteUrl = "", CancellationToken cancellationToken = default)
    {
        var solution = await db.Solutions.AsNoTracking().Where(s => s.Slug == solutionSlug && s.IsPublished)
            .Select(s => new { s.Id, s.Title, s.Slug }).FirstOrDefaultAsync(cancellationToken);
        if (solution is null)
        {
            return new(new Outcome.NotFound(), []);
        }

        var errors = new Errors();
        var (municipality, candidates) = await municipalities.ResolveForFormAsync(input.Municipality, input.MunicipalityAgs, nameof(input.Municipality), errors, cancellationToken);
        if (!input.Consent)
        {
            errors.Add(nameof(input.Consent), TransferTexts.Of("SubmitInterest.PleaseAgreeToThePrivacyNotice"));
        }

        if (input.Timeline is { } timeline && !Enum.IsDefined(timeline))
        {
            errors.Add(nameof(input.Timeline), TransferTexts.Of("SubmitInterest.ThisTimelineDoesNotExist"));
        }

        if (errors.Any || municipality is null)
        {
            return new(errors.ToOutcome(), candidates);
        }

        var now = db.UtcNow;
        var transferCase = new TransferCase
        {
            SolutionId = solution.Id,
            MunicipalityAgs = municipality.Ags,
            ContactName = input.ContactName!.Trim(),
            ContactEmail = input.ContactEmail!.Trim(),
            ContactPhone = Clean(input.ContactPhone),
            ContactRole = Clean(input.ContactRole),
            Need = Clean(input.Need)!,
            Timeline = input.Timeline!.Value,
            ConsentAt = now,
            Stage = TransferStage.Request,
            LastActivityAt = now,
        };
        transferCase.Steps.Add(new TransferCaseStep { To = TransferStage.Request, At = now, By = "Öffentliches Formular", Reason = "Interessensbekundung eingegangen" });
        db.TransferCases.Add(transferCase);
        await db.SaveChangesAsync(cancellationToken);

        try
        {
            await email.SendAsync(Confirmation(transferCase, solution.Title, siteUrl + "/loesungen/" + solution.Slug, siteUrl + "/datenschutz", municipality), cancellationToken);
        }
        catch (Exception e) when (e is IOException or InvalidOperationException or MailKit.CommandException or MailKit.ProtocolException or System.Net.Sockets.SocketException)
        {
            // The case is stored; the office contacts the person anyway.
            logger.LogWarning(e, "Bestätigung der Interessensbekundung {Case} konnte nicht versendet werden.", transferCase.Id);
        }

        return new(new Outcome.Saved(transferCase.Id, solution.Slug), []);
    }

    public static string CaseNumber(int id) => "T-" + id.ToString("00000", CultureInfo.InvariantCulture);

    private static EmailMessage Confirmation(TransferCase c, string solutionTitle, string solutionUrl, string privacyUrl, MunicipalityInfo municipality) =>
        new(c.ContactEmail, c.ContactName, $"Ihre Interessensbekundung: {solutionTitle} ({CaseNumber(c.Id)})",
            $"""
            Guten Tag {c.ContactName},

            vielen Dank für Ihr Interesse an der Lösung „{solutionTitle}“. Ihre Anfrage ist beim Projektbüro eingegangen
            und hat die Nummer {CaseNumber(c.Id)}.

            Kommune: {municipality.Name} (AGS {municipality.Ags})
            Zeitrahmen: {TransferStages.Label(c.Timeline)}
            Ihr Bedarf:
            {c.Need}

            Das Projektbüro meldet sich bei Ihnen, um ein erstes Gespräch zu vereinbaren.
            Die Lösung: {solutionUrl}

            Ihre Angaben werden nur für diese Anfrage verwendet (siehe {privacyUrl}).
            """);

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim().ReplaceLineEndings("\n");
}
