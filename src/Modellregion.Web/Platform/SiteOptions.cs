namespace Modellregion.Web.Platform;

/// <summary>
/// Settings of this installation. The operator's details (<c>Operator…</c>, contact, data protection, accessibility)
/// are only the initial values: once administrators save the operator's details in the back office, the stored ones
/// apply. Empty values are shown as not entered yet, never as a placeholder.
/// </summary>
public sealed class SiteOptions
{
    public const string Section = "Site";

    public string? OperatorName { get; set; }
    public string? OperatorAddress { get; set; }
    public string? Representative { get; set; }
    public string? ContentResponsible { get; set; }
    public string? ContactEmail { get; set; }
    public string? AccessibilityEmail { get; set; }
    public string? ContactPhone { get; set; }
    public string? DataProtectionOfficer { get; set; }
    public string? DataProtectionAuthority { get; set; }
    public string? AccessibilityEnforcementBody { get; set; }

    /// <summary>
    /// The public address of this installation ("https://modellregion.example") for absolute links in e-mails and
    /// publiccode.yml; see <see cref="SiteAddress"/> for what is used when it is empty.
    /// </summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>The line under the site's name in the header, and the start of the pages' description for search engines.</summary>
    public string Tagline { get; set; } = "Digitale Modellregionen in NRW";
}
