using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.Extensions.Options;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Account;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Info;

/// <summary>
/// Who runs this installation, as the Impressum, the privacy notice and the accessibility statement name it. One
/// record, kept by administrators; until it is first saved, the values of the configuration (<c>Site:…</c>) apply.
/// </summary>
public class OperatorDetails : IAudited, IVersioned, ITimestamped
{
    public const int SingleId = 1;

    public int Id { get; set; } = SingleId;

    /// <summary>The body that runs the portal, e.g. "Stadt Paderborn, Projektbüro der Digitalen Modellregion OWL".</summary>
    public string? Name { get; set; }

    /// <summary>Postal address (several lines).</summary>
    public string? Address { get; set; }

    /// <summary>Who represents the body (e.g. the mayor).</summary>
    public string? Representative { get; set; }

    /// <summary>Who is responsible for the content (§ 18 Abs. 2 MStV).</summary>
    public string? ContentResponsible { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }

    /// <summary>The data protection officer with how to reach them.</summary>
    public string? DataProtectionOfficer { get; set; }

    /// <summary>The supervisory authority for data protection complaints.</summary>
    public string? DataProtectionAuthority { get; set; }

    /// <summary>Where feedback on accessibility goes; the general e-mail address when empty.</summary>
    public string? AccessibilityEmail { get; set; }

    /// <summary>The enforcement body named in the accessibility statement (e.g. the Land's ombuds office).</summary>
    public string? AccessibilityEnforcementBody { get; set; }

    public int Version { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
}

internal sealed class OperatorDetailsConfiguration : IEntityTypeConfiguration<OperatorDetails>
{
    public void Configure(EntityTypeBuilder<OperatorDetails> builder)
    {
        builder.Property(o => o.Id).ValueGeneratedNever();
        builder.Property(o => o.Name).HasMaxLength(300);
        builder.Property(o => o.Address).HasMaxLength(500);
        builder.Property(o => o.Representative).HasMaxLength(300);
        builder.Property(o => o.ContentResponsible).HasMaxLength(300);
        builder.Property(o => o.Email).HasMaxLength(254);
        builder.Property(o => o.Phone).HasMaxLength(60);
        builder.Property(o => o.DataProtectionOfficer).HasMaxLength(500);
        builder.Property(o => o.DataProtectionAuthority).HasMaxLength(500);
        builder.Property(o => o.AccessibilityEmail).HasMaxLength(254);
        builder.Property(o => o.AccessibilityEnforcementBody).HasMaxLength(500);
        builder.Property(o => o.Version).IsConcurrencyToken();
    }
}

/// <summary>The operator as the pages show it: each detail or null when it is not entered yet.</summary>
public sealed record Operator(
    string? Name,
    string? Address,
    string? Representative,
    string? ContentResponsible,
    string? Email,
    string? Phone,
    string? DataProtectionOfficer,
    string? DataProtectionAuthority,
    string? AccessibilityEmail,
    string? AccessibilityEnforcementBody,
    int Version)
{
    /// <summary>The details the Impressum, privacy notice and accessibility statement cannot do without, with their labels.</summary>
    public IReadOnlyList<string> Missing => [.. new (string? Value, string Label)[]
        {
            (Name, "Name des Betreibers"),
            (Address, "Anschrift"),
            (Representative, "Vertreten durch"),
            (Email, "E-Mail"),
            (DataProtectionOfficer, "Datenschutzbeauftragte Stelle"),
            (DataProtectionAuthority, "Aufsichtsbehörde für den Datenschutz"),
            (AccessibilityEnforcementBody, "Durchsetzungsverfahren der Barrierefreiheit"),
        }.Where(d => d.Value is null).Select(d => d.Label)];

    /// <summary>Accessibility feedback goes to its own address or else to the general one.</summary>
    public string? FeedbackEmail => AccessibilityEmail ?? Email;
}

/// <summary>The operator's details: stored in the database once an administrator saved them, before that from the configuration.</summary>
public sealed class OperatorDetailsQueries(AppDbContext db, PublicCache cache, IOptions<SiteOptions> site)
{
    public Task<Operator> GetAsync(CancellationToken cancellationToken = default) =>
        cache.GetOrCreateAsync("operator-details", async () =>
        {
            var stored = await db.Set<OperatorDetails>().AsNoTracking().FirstOrDefaultAsync(o => o.Id == OperatorDetails.SingleId, cancellationToken);
            if (stored is not null)
            {
                return new Operator(stored.Name, stored.Address, stored.Representative, stored.ContentResponsible, stored.Email, stored.Phone,
                    stored.DataProtectionOfficer, stored.DataProtectionAuthority, stored.AccessibilityEmail, stored.AccessibilityEnforcementBody, stored.Version);
            }

            var s = site.Value;
            return new Operator(Clean(s.OperatorName), Clean(s.OperatorAddress), Clean(s.Representative), Clean(s.ContentResponsible), Clean(s.ContactEmail),
                Clean(s.ContactPhone), Clean(s.DataProtectionOfficer), Clean(s.DataProtectionAuthority), Clean(s.AccessibilityEmail), Clean(s.AccessibilityEnforcementBody), 0);
        });

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

public sealed class OperatorInput
{
    [StringLength(300, ErrorMessage = "OperatorDetails.TheNameMayBeAtMost")]
    [PlainText]
    [Display(Name = "OperatorDetails.NameOfTheOperator")]
    public string? Name { get; set; }

    [StringLength(500, ErrorMessage = "OperatorDetails.TheAddressMayBeAtMost")]
    [PlainText]
    [Display(Name = "Common.Address")]
    public string? Address { get; set; }

    [StringLength(300, ErrorMessage = "OperatorDetails.RepresentedByMayBeAtMost")]
    [PlainText]
    [Display(Name = "OperatorDetails.RepresentedBy")]
    public string? Representative { get; set; }

    [StringLength(300, ErrorMessage = "OperatorDetails.ThisEntryMayBeAtMost")]
    [PlainText]
    [Display(Name = "OperatorDetails.ResponsibleForTheContent")]
    public string? ContentResponsible { get; set; }

    [StringLength(254, ErrorMessage = "OperatorDetails.TheEMailAddressMayBe")]
    [EmailAddress(ErrorMessage = "OperatorDetails.PleaseEnterAValidEmailAddress")]
    [Display(Name = "Common.Email")]
    public string? Email { get; set; }

    [StringLength(60, ErrorMessage = "OperatorDetails.ThePhoneNumberMayBeAt")]
    [PlainText]
    [Display(Name = "Common.Telephone")]
    public string? Phone { get; set; }

    [StringLength(500, ErrorMessage = "OperatorDetails.ThisEntryMayBeAtMost2")]
    [PlainText]
    [Display(Name = "Common.DataProtectionOfficer")]
    public string? DataProtectionOfficer { get; set; }

    [StringLength(500, ErrorMessage = "OperatorDetails.ThisEntryMayBeAtMost2")]
    [PlainText]
    [Display(Name = "Common.DataProtectionSupervisoryAuthority")]
    public string? DataProtectionAuthority { get; set; }

    [StringLength(254, ErrorMessage = "OperatorDetails.TheEMailAddressMayBe")]
    [EmailAddress(ErrorMessage = "OperatorDetails.PleaseEnterAValidEmailAddress")]
    [Display(Name = "OperatorDetails.EmailForAccessibilityFeedback")]
    public string? AccessibilityEmail { get; set; }

    [StringLength(500, ErrorMessage = "OperatorDetails.ThisEntryMayBeAtMost2")]
    [PlainText]
    [Display(Name = "OperatorDetails.EnforcementProcedureArbitrationOrOmbudsperson")]
    public string? AccessibilityEnforcementBody { get; set; }

    public int Version { get; set; }

    public static OperatorInput From(Operator o) => new()
    {
        Name = o.Name,
        Address = o.Address,
        Representative = o.Representative,
        ContentResponsible = o.ContentResponsible,
        Email = o.Email,
        Phone = o.Phone,
        DataProtectionOfficer = o.DataProtectionOfficer,
        DataProtectionAuthority = o.DataProtectionAuthority,
        AccessibilityEmail = o.AccessibilityEmail,
        AccessibilityEnforcementBody = o.AccessibilityEnforcementBody,
        Version = o.Version,
    };
}

/// <summary>
/// Administrators keep the operator's details; every change is in the audit trail. Both calls pass the gate
/// (<see cref="InfoOperations.EditOperator"/>) once.
/// </summary>
public sealed class SaveOperatorDetails(AppDbContext db, OperatorDetailsQueries operators, CurrentUser currentUser, IAuthorizationService authorization)
{
    /// <summary>The details as they apply now, for the form.</summary>
    public async Task<Result<Operator>> OpenAsync(CancellationToken cancellationToken = default) =>
        await MayAsync() ? await operators.GetAsync(cancellationToken) : new Outcome.Forbidden();

    /// <param name="fieldsValid">Whether the bound input kept its field rules; if not, the answer after the gate is the form again.</param>
    public async Task<FormOutcome<Operator>> RunAsync(OperatorInput input, bool fieldsValid = true, CancellationToken cancellationToken = default)
    {
        if (!await MayAsync())
        {
            return new Outcome.Forbidden();
        }

        var outcome = fieldsValid ? await SaveAsync(input, cancellationToken) : Outcome.Invalid.BoundInput();
        return outcome is Outcome.Saved ? outcome : new FormOutcome<Operator>(outcome, await operators.GetAsync(cancellationToken));
    }

    private Task<bool> MayAsync() => authorization.AllowsAsync(currentUser.Principal, null, InfoOperations.EditOperator);

    private async Task<Outcome> SaveAsync(OperatorInput input, CancellationToken cancellationToken)
    {
        var errors = new Errors();
        InputRules.Check(input, errors);
        if (errors.Any)
        {
            return errors.ToOutcome();
        }

        var details = await db.Set<OperatorDetails>().FirstOrDefaultAsync(o => o.Id == OperatorDetails.SingleId, cancellationToken);
        if ((details?.Version ?? 0) != input.Version)
        {
            return Stale();
        }

        if (details is null)
        {
            // The first saved version is 1, so that a form loaded before it (version 0, from the configuration) is stale.
            details = new OperatorDetails { Version = 1 };
            db.Add(details);
        }
        else
        {
            db.Entry(details).Property(o => o.Version).OriginalValue = input.Version;
            db.Entry(details).State = EntityState.Modified;
        }

        details.Name = Clean(input.Name);
        details.Address = string.IsNullOrWhiteSpace(input.Address) ? null : input.Address.Trim().ReplaceLineEndings("\n");
        details.Representative = Clean(input.Representative);
        details.ContentResponsible = Clean(input.ContentResponsible);
        details.Email = Clean(input.Email);
        details.Phone = Clean(input.Phone);
        details.DataProtectionOfficer = Clean(input.DataProtectionOfficer);
        details.DataProtectionAuthority = Clean(input.DataProtectionAuthority);
        details.AccessibilityEmail = Clean(input.AccessibilityEmail);
        details.AccessibilityEnforcementBody = Clean(input.AccessibilityEnforcementBody);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return new Outcome.Saved(details.Id);
        }
        catch (DbUpdateException)
        {
            // Stale version, or someone else saved the first version at the same moment.
            return Stale();
        }
    }

    private static Outcome.Conflict Stale() =>
        new(InfoTexts.Of("OperatorDetails.SomeoneElseHasChangedTheOperator"));

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
