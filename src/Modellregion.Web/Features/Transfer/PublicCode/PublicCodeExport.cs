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
/// from confirmed reuses. Fields the standard requires but the catalogue does not know are written with the values
/// explained in the file's header (licence "LicenseRef-nicht-veroeffentlicht", maintenance "none").
/// </summary>
public sealed class PublicCodeExport(AppDbContext db)
{
    public const string Version = "0.5";
    public const string UnknownLicence = "LicenseRef-nicht-veroeffentlicht";

    /// <summary>The header note that marks "none" as "not known"; an import of such a file keeps the maintenance unknown.</summary>
    public const string UnknownMaintenanceNote = "maintenance/type: Zur Pflege ist nichts veröffentlicht; „none“ steht hier für „nicht bekannt“.";

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
        if (s.Website is not null)
        {
            doc["landingURL"] = s.Website;
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

        var maintenance = new JObject { ["type"] = SolutionVocabulary.MaintenanceTypes.FirstOrDefault(m => m.Type == s.MaintenanceType).Code ?? "none" };
        if (s.MaintenanceType == MaintenanceType.Contract && s.Contractors.Count > 0)
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

        if (s.Provider is { } provider)
        {
            doc["organisation"] = new JObject { ["uri"] = $"{siteUrl}/akteure/{provider.Slug}", ["name"] = provider.Name };
        }

        if (!string.IsNullOrEmpty(s.PublicCodeExtra))
        {
            Merge(doc, JObject.Parse(s.PublicCodeExtra));
        }

        return Ordered(doc);
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
            notes.Add(UnknownMaintenanceNote);
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
