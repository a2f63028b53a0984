using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Newtonsoft.Json.Linq;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Modellregion.Web.Features.Transfer.PublicCode;

/// <summary>
/// Writes a software solution as publiccode.yml (standard version 0.5, valid against its JSON Schema): German and,
/// where present, English descriptions; <c>fundedBy</c> from the originating projects' programmes; <c>usedBy</c>
/// from confirmed reuses; <c>url</c> is the source code repository where one is known (the catalogue page is then the
/// <c>landingURL</c>); <c>organisation</c> is the provider or the common lead of the originating projects. Fields the
/// standard requires but the catalogue does not know are written as explained in the file's header: the licence as
/// "LicenseRef-nicht-veroeffentlicht"; the maintenance type, for which the standard has no "unknown" ("none" means
/// "not maintained"), from what the data shows (see <see cref="MaintenanceCode"/>).
/// </summary>
public sealed class PublicCodeExport(AppDbContext db)
{
    public const string Version = "0.5";
    public const string UnknownLicence = "LicenseRef-nicht-veroeffentlicht";

    /// <summary>The start of the header note on a maintenance type derived by the catalogue; an import of such a file keeps the maintenance unknown.</summary>
    public const string DerivedMaintenanceNote = "maintenance/type: Die Art der Pflege ist nicht erfasst;";

    /// <summary>The order of the top-level keys, as in the standard's example.</summary>
    public static readonly IReadOnlyList<string> KeyOrder =
    [
        "publiccodeYmlVersion", "name", "applicationSuite", "url", "landingURL", "isBasedOn", "softwareVersion", "releaseDate", "logo",
        "monochromeLogo", "inputTypes", "outputTypes", "platforms", "categories", "usedBy", "fundedBy", "roadmap", "developmentStatus",
        "softwareType", "intendedAudience", "description", "legal", "maintenance", "localisation", "dependsOn", "organisation", "IT", "DE",
    ];

    /// <summary>The publiccode.yml of a published software solution, or null.</summary>
    public async Task<string?> RunAsync(string slug, string siteUrl, CancellationToken cancellationToken = default)
    {
        var solution = await db.Solutions.AsNoTracking().AsSplitQuery()
            .Where(s => s.Slug == slug && s.IsPublished && s.Kind == SolutionKind.Software)
            .Include(s => s.Provider)
            .Include(s => s.Projects).ThenInclude(p => p.Project!).ThenInclude(p => p.Programme)
            .Include(s => s.Projects).ThenInclude(p => p.Project!).ThenInclude(p => p.Partners.Where(x => x.Role == Projects.PartnerRole.Lead)).ThenInclude(x => x.Organisation)
            .Include(s => s.Reuses.Where(r => r.Status == ReuseStatus.Confirmed))
            .FirstOrDefaultAsync(cancellationToken);
        return solution is null ? null : Write(Build(solution, siteUrl.TrimEnd('/')), Notes(solution));
    }

    /// <summary>The document as a JSON tree (the same data the YAML holds).</summary>
    public static JObject Build(Solution s, string siteUrl)
    {
        var page = $"{siteUrl}/loesungen/{s.Slug}";
        var doc = new JObject
        {
            ["publiccodeYmlVersion"] = Version,
            ["name"] = s.Title,
            ["url"] = s.RepositoryUrl ?? page,
        };
        if ((s.Website ?? (s.RepositoryUrl is null ? null : page)) is { } landing)
        {
            doc["landingURL"] = landing;
        }

        if (s.SoftwareVersion is not null)
        {
            doc["softwareVersion"] = s.SoftwareVersion;
        }

        if (s.ReleaseDate is { } released)
        {
            doc["releaseDate"] = released.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        doc["platforms"] = new JArray(SolutionVocabulary.Split(s.Platforms));
        if (SolutionVocabulary.Split(s.Categories) is { Count: > 0 } categories)
        {
            doc["categories"] = new JArray(categories);
        }

        var usedBy = s.Reuses.Where(r => r.Status == ReuseStatus.Confirmed).Select(r => r.UserName).Distinct().Order(StringComparer.Ordinal).ToList();
        if (usedBy.Count > 0)
        {
            doc["usedBy"] = new JArray(usedBy);
        }

        var funders = s.Projects.Select(p => p.Project?.Programme).Where(p => p is not null)
            .Select(p => (Name: p!.Funder ?? p.Name, Uri: (string?)null))
            .Concat(s.Funders.Select(f => (f.Name, f.Uri)))
            .DistinctBy(f => f.Name)
            .ToList();
        if (funders.Count > 0)
        {
            doc["fundedBy"] = new JArray(funders.Select(f =>
            {
                var funder = new JObject { ["name"] = f.Name };
                if (f.Uri is not null)
                {
                    funder["uri"] = f.Uri;
                }

                return funder;
            }));
        }

        doc["developmentStatus"] = s.DevelopmentStatus ?? DevelopmentStatusOf(s.Maturity);
        doc["softwareType"] = s.SoftwareType ?? "standalone/other";
        if (SolutionVocabulary.Split(s.Scope) is { Count: > 0 } scope)
        {
            doc["intendedAudience"] = new JObject { ["scope"] = new JArray(scope) };
        }

        var description = new JObject { [s.MainLanguage] = Language(s.Title, s.Summary, s.Description, s.Features, s.DocumentationUrl) };
        if (s.MainLanguage != "en" && (s.SummaryEn is not null || s.DescriptionEn is not null))
        {
            description["en"] = Language(s.TitleEn, s.SummaryEn, s.DescriptionEn, s.FeaturesEn, s.DocumentationUrl);
        }

        doc["description"] = description;

        var legal = new JObject { ["license"] = s.Licence ?? UnknownLicence };
        if (s.CopyrightOwner is not null)
        {
            legal["mainCopyrightOwner"] = s.CopyrightOwner;
        }

        doc["legal"] = legal;

        var maintenance = new JObject { ["type"] = MaintenanceCode(s) };
        if ((string)maintenance["type"]! == "contract" && s.Contractors.Count > 0)
        {
            maintenance["contractors"] = new JArray(s.Contractors.Select(c =>
            {
                var contractor = new JObject { ["name"] = c.Name, ["until"] = (c.Until ?? DateOnly.MaxValue).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) };
                if (c.Email is not null)
                {
                    contractor["email"] = c.Email;
                }

                if (c.Website is not null)
                {
                    contractor["website"] = c.Website;
                }

                return contractor;
            }));
        }

        if (s.Contacts.Count > 0)
        {
            maintenance["contacts"] = new JArray(s.Contacts.Select(c =>
            {
                var contact = new JObject { ["name"] = c.Name };
                if (c.Email is not null)
                {
                    contact["email"] = c.Email;
                }

                if (c.Phone is not null)
                {
                    contact["phone"] = c.Phone;
                }

                if (c.Affiliation is not null)
                {
                    contact["affiliation"] = c.Affiliation;
                }

                return contact;
            }));
        }

        doc["maintenance"] = maintenance;
        var languages = SolutionVocabulary.Split(s.AvailableLanguages);
        doc["localisation"] = new JObject
        {
            ["localisationReady"] = s.LocalisationReady,
            ["availableLanguages"] = new JArray(languages.Count > 0 ? languages : [s.MainLanguage]),
        };

        if (PublishingOrganisation(s) is { } organisation)
        {
            doc["organisation"] = new JObject { ["uri"] = $"{siteUrl}/akteure/{organisation.Slug}", ["name"] = organisation.Name };
        }

        if (!string.IsNullOrEmpty(s.PublicCodeExtra))
        {
            Merge(doc, JObject.Parse(s.PublicCodeExtra));
        }

        return Ordered(doc);
    }

    /// <summary>
    /// The maintenance type: the recorded one; otherwise derived, because the standard has no value for "unknown" and
    /// "none" would claim the software is not maintained. Software in operation (Produktiv, Verstetigt) is run by the
    /// organisations it came from, so it is written as "internal"; earlier stages as "none". The header says so.
    /// </summary>
    public static string MaintenanceCode(Solution s) =>
        SolutionVocabulary.MaintenanceTypes.FirstOrDefault(m => m.Type == s.MaintenanceType).Code
        ?? (s.Contractors.Count > 0 ? "contract" : s.Maturity is Maturity.Production or Maturity.Established ? "internal" : "none");

    /// <summary>The organisation publishing the software: the provider, or else the one lead of all originating projects.</summary>
    public static Directory.Organisation? PublishingOrganisation(Solution s)
    {
        if (s.Provider is not null)
        {
            return s.Provider;
        }

        var leads = s.Projects.Where(p => p.Project is not null)
            .Select(p => p.Project!.Partners.Where(x => x.Role == Projects.PartnerRole.Lead).Select(x => x.Organisation).FirstOrDefault(o => o is not null))
            .ToList();
        return leads.Count > 0 && leads.All(o => o is not null) && leads.DistinctBy(o => o!.Id).Count() == 1 ? leads[0] : null;
    }

    public static string DevelopmentStatusOf(Maturity? maturity) => maturity switch
    {
        Maturity.Idea or Maturity.Concept => "concept",
        Maturity.Pilot => "beta",
        Maturity.Production or Maturity.Established => "stable",
        _ => "development",
    };

    private static JObject Language(string? name, string? summary, string? description, string? features, string? documentation)
    {
        var language = new JObject();
        if (name is not null)
        {
            language["localisedName"] = name;
        }

        language["shortDescription"] = summary ?? "";
        if (description is not null)
        {
            language["longDescription"] = description;
        }

        if (documentation is not null)
        {
            language["documentation"] = documentation;
        }

        var list = SolutionVocabulary.Lines(features);
        if (list.Count > 0)
        {
            language["features"] = new JArray(list);
        }

        return language;
    }

    private static List<string> Notes(Solution s)
    {
        var notes = new List<string>
        {
            $"publiccode.yml der Lösung „{s.Title}“, erzeugt aus dem Transferkatalog der Modellregion.",
        };
        if (s.RepositoryUrl is null)
        {
            notes.Add("url: Ein Quellcode-Repository ist nicht veröffentlicht; url verweist auf die Seite der Lösung im Katalog.");
        }

        if (s.Licence is null)
        {
            notes.Add($"legal/license: Die Lizenz ist nicht veröffentlicht; {UnknownLicence} steht für „nicht bekannt“.");
        }

        if (s.MaintenanceType is null)
        {
            notes.Add(MaintenanceCode(s) switch
            {
                "contract" => $"{DerivedMaintenanceNote} „contract“, weil Auftragnehmer genannt sind.",
                "internal" => $"{DerivedMaintenanceNote} „internal“, weil die Lösung bei den Herkunftsorganisationen in Betrieb ist (Reifegrad {SolutionVocabulary.Label(s.Maturity!.Value)}).",
                _ => $"{DerivedMaintenanceNote} „none“, weil kein Betrieb über die Erprobung hinaus veröffentlicht ist.",
            });
        }

        return notes;
    }

    /// <summary>Adds the keys of <paramref name="extra"/> that <paramref name="target"/> does not have (recursively).</summary>
    public static void Merge(JObject target, JObject extra)
    {
        foreach (var (key, value) in extra)
        {
            if (value is null)
            {
                continue;
            }

            if (target[key] is JObject inner && value is JObject innerExtra)
            {
                Merge(inner, innerExtra);
            }
            else if (target[key] is null)
            {
                target[key] = value.DeepClone();
            }
        }
    }

    private static JObject Ordered(JObject doc)
    {
        var ordered = new JObject();
        foreach (var key in KeyOrder.Where(k => doc[k] is not null))
        {
            ordered[key] = doc[key];
        }

        foreach (var (key, value) in doc)
        {
            if (ordered[key] is null)
            {
                ordered[key] = value;
            }
        }

        return ordered;
    }

    /// <summary>The JSON tree as YAML, with the notes as comments on top.</summary>
    public static string Write(JObject doc, IEnumerable<string> notes)
    {
        var stream = new YamlStream(new YamlDotNet.RepresentationModel.YamlDocument(ToYaml(doc)));
        using var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        foreach (var note in notes)
        {
            writer.WriteLine("# " + note);
        }

        stream.Save(writer, assignAnchors: false);
        var text = writer.ToString();
        return text.EndsWith("...\n", StringComparison.Ordinal) ? text[..^4] : text;
    }

    private static YamlNode ToYaml(JToken token) => token switch
    {
        JObject obj => new YamlMappingNode(obj.Properties().Select(p => new KeyValuePair<YamlNode, YamlNode>(new YamlScalarNode(p.Name), ToYaml(p.Value)))),
        JArray array => new YamlSequenceNode(array.Select(ToYaml)),
        JValue { Type: JTokenType.Boolean } b => new YamlScalarNode((bool)b ? "true" : "false") { Style = ScalarStyle.Plain },
        JValue { Type: JTokenType.Integer or JTokenType.Float } n => new YamlScalarNode(System.Convert.ToString(n.Value, CultureInfo.InvariantCulture)) { Style = ScalarStyle.Plain },
        JValue { Type: JTokenType.Null } => new YamlScalarNode("null") { Style = ScalarStyle.Plain },
        JValue v => Text(v.ToString(CultureInfo.InvariantCulture)),
        _ => throw new InvalidOperationException("Unerwarteter Wert."),
    };

    /// <summary>Text that a reader could take for a number, boolean, date or null is quoted; long text is a block.</summary>
    private static YamlScalarNode Text(string value)
    {
        if (value.Contains('\n', StringComparison.Ordinal) && !value.Contains('\t', StringComparison.Ordinal) && !value.EndsWith(' ') && !value.Contains(" \n", StringComparison.Ordinal))
        {
            return new YamlScalarNode(value) { Style = ScalarStyle.Literal };
        }

        return new YamlScalarNode(value) { Style = ScalarStyle.DoubleQuoted };
    }
}
