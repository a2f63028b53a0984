namespace Modellregion.Web.Platform;

/// <summary>Who runs this installation: shown in the Impressum, the privacy notice and the accessibility statement.</summary>
public sealed class SiteOptions
{
    public const string Section = "Site";

    public string OperatorName { get; set; } = "Betreiber dieser Installation (bitte in der Konfiguration unter Site:OperatorName eintragen)";
    public string? OperatorAddress { get; set; }
    public string? Representative { get; set; }
    public string ContactEmail { get; set; } = "kontakt@modellregion.example";
    public string AccessibilityEmail { get; set; } = "barrierefreiheit@modellregion.example";
    public string? ContactPhone { get; set; }
    public string? DataProtectionOfficer { get; set; }

    /// <summary>
    /// The public address of this installation ("https://modellregion.example") for absolute links in e-mails and
    /// publiccode.yml; see <see cref="SiteAddress"/> for what is used when it is empty.
    /// </summary>
    public string? PublicBaseUrl { get; set; }
}
