using System.Globalization;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Account;
using Modellregion.Web.Platform;
using Newtonsoft.Json.Linq;
using NJsonSchema.Validation;

namespace Modellregion.Web.Features.Transfer.PublicCode;

/// <summary>The outcome of an import: saved (with notes on what was not taken over) or the problems, by line.</summary>
public sealed record ImportResult(Outcome Outcome, IReadOnlyList<YamlProblem> Problems, IReadOnlyList<string> Notes)
{
    /// <summary>The import form's choices, shown again unless the import was saved or refused.</summary>
    public ImportForm? Form { get; init; }
}

/// <summary>The choices of the import form: the software solutions and the regions this office keeps.</summary>
public sealed record ImportForm(IReadOnlyList<SelectListItem> Solutions, IReadOnlyList<SelectListItem> Regions);

/// <summary>
/// Creates or updates a software solution from a publiccode.yml (uploaded or pasted). The file is checked
/// completely first — YAML syntax, the version of the standard, the JSON Schema (unknown keys included), the
/// licence expression and the catalogue's own limits — and every problem is reported with its line. Nothing is
/// stored unless everything is right. Keys the catalogue does not model are kept and written back on export;
/// <c>usedBy</c> is not taken over (reuses are confirmed by the project office).
/// </summary>
public sealed class PublicCodeImport(AppDbContext db, TransferGate gate)
{
    public const int MaxBytes = 256 * 1024;

    /// <summary>The import form (<see cref="TransferOperations.Manage"/> in some region).</summary>
    public async Task<Result<ImportForm>> OpenAsync(CancellationToken cancellationToken = default) =>
        await gate.AllowsAsync(RegionResource.Any, TransferOperations.Manage) ? await FormAsync(cancellationToken) : new Outcome.Forbidden();

    /// <summary>Imports a pasted text or an uploaded file (UTF-8, at most <see cref="MaxBytes"/>).</summary>
    public async Task<ImportResult> RunAsync(string? text, IFormFile? upload, int? solutionId, int? regionId, string siteUrl, CancellationToken cancellationToken = default)
    {
        if (!await gate.AllowsAsync(RegionResource.Any, TransferOperations.Manage))
        {
            return new ImportResult(new Outcome.Forbidden(), [], []);
        }

        var (content, problem) = await ReadAsync(text, upload, cancellationToken);
        var result = problem ?? await ImportAsync(content, solutionId, regionId, siteUrl, cancellationToken);
        return result.Outcome is Outcome.Saved or Outcome.Forbidden ? result : result with { Form = await FormAsync(cancellationToken) };
    }

    /// <summary>The text to import: the uploaded file if there is one, else the pasted text.</summary>
    private static async Task<(string? Text, ImportResult? Problem)> ReadAsync(string? text, IFormFile? upload, CancellationToken cancellationToken)
    {
        if (upload is not { Length: > 0 })
        {
            return (text, null);
        }

        if (upload.Length > MaxBytes)
        {
            return (null, Fail(0, $"Die Datei ist zu groß; erlaubt sind höchstens {MaxBytes / 1024} KB."));
        }

        try
        {
            return (await ReadTextAsync(upload, cancellationToken), null);
        }
        catch (System.Text.DecoderFallbackException)
        {
            return (null, Fail(0, "Die Datei ist nicht UTF-8-kodiert; publiccode.yml muss UTF-8 sein."));
        }
    }

    private static async Task<string> ReadTextAsync(IFormFile upload, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(upload.OpenReadStream(), new System.Text.UTF8Encoding(false, throwOnInvalidBytes: true));
        return await reader.ReadToEndAsync(cancellationToken);
    }

    private async Task<ImportForm> FormAsync(CancellationToken cancellationToken)
    {
        var scopes = await gate.ScopesAsync(cancellationToken);
        var regions = await db.Regions.AsNoTracking().OrderBy(r => r.Name).Select(r => new { r.Id, r.Name }).ToListAsync(cancellationToken);
        var solutions = await db.Solutions.AsNoTracking().Where(s => s.Kind == SolutionKind.Software && !s.IsSynthetic)
            .OrderBy(s => s.Title).Select(s => new { s.Id, s.Title, s.RegionId }).ToListAsync(cancellationToken);
        return new ImportForm(
            [.. solutions.Where(s => TransferOperations.MayManage(scopes, s.RegionId)).Select(s => new SelectListItem(s.Title, s.Id.ToString(CultureInfo.InvariantCulture)))],
            [.. regions.Where(r => TransferOperations.MayManage(scopes, r.Id)).Select(r => new SelectListItem(r.Name, r.Id.ToString(CultureInfo.InvariantCulture)))]);
    }

    private async Task<ImportResult> ImportAsync(string? text, int? solutionId, int? regionId, string siteUrl, CancellationToken cancellationToken)
    {
        var scopes = await gate.ScopesAsync(cancellationToken);
        Solution? solution = null;
        if (solutionId is { } id)
        {
            solution = await db.Solutions.Include(s => s.Topics).FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
            if (solution is null)
            {
                return Fail(0, "Die gewählte Lösung gibt es nicht.");
            }

            if (!TransferOperations.MayManage(scopes, solution.RegionId))
            {
                return new ImportResult(new Outcome.Forbidden(), [], []);
            }
        }
        else if (regionId is { } chosenRegion && !TransferOperations.MayManage(scopes, chosenRegion) && await db.Regions.AnyAsync(r => r.Id == chosenRegion, cancellationToken))
        {
            return new ImportResult(new Outcome.Forbidden(), [], []);
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return Fail(0, "Bitte laden Sie eine publiccode.yml hoch oder fügen Sie ihren Inhalt ein.");
        }

        if (System.Text.Encoding.UTF8.GetByteCount(text) > MaxBytes)
        {
            return Fail(0, $"Die Datei ist zu groß; erlaubt sind höchstens {MaxBytes / 1024} KB.");
        }

        var (document, syntax) = YamlDocument.Parse(text);
        if (document is null)
        {
            return Fail(syntax!.Line, syntax.Message);
        }

        var root = (JObject)document.Root;
        var version = root["publiccodeYmlVersion"];
        if (version is null)
        {
            return Fail(1, "Der Pflichtschlüssel „publiccodeYmlVersion“ fehlt; ohne ihn ist nicht erkennbar, nach welcher Version des Standards die Datei geschrieben ist.");
        }

        var versionText = version.Type == JTokenType.String ? (string)version! : version.ToString(Newtonsoft.Json.Formatting.None);
        if (version.Type != JTokenType.String || !PublicCodeSchema.SupportedVersions.Contains(versionText))
        {
            return Fail(document.LineOf("#/publiccodeYmlVersion"),
                $"Die Datei ist nach Version „{versionText}“ des Standards geschrieben. Unterstützt werden die Versionen {string.Join(", ", PublicCodeSchema.SupportedVersions)} (als Text in Anführungszeichen, z. B. \"0.5\").");
        }

        var problems = new List<YamlProblem>();
        var schema = await PublicCodeSchema.Strict;
        foreach (var error in Flatten(schema.Validate(root)))
        {
            problems.Add(Describe(error, document, root));
        }

        if (problems.Count == 0)
        {
            Check(document, root, problems);
        }

        if (problems.Count > 0)
        {
            return new ImportResult(new Outcome.Invalid(new Dictionary<string, string[]> { [""] = ["Die publiccode.yml enthält Fehler."] }), Ordered(problems), []);
        }

        var notes = new List<string>();
        siteUrl = siteUrl.TrimEnd('/');
        if (solution is null && (string?)root["url"] is { } identifier)
        {
            // "url" identifies the software (publiccode.yml standard): a file of a solution that is already in the
            // catalogue updates it instead of creating a copy.
            var same = await SameSoftwareAsync(identifier, siteUrl, cancellationToken);
            if (same.Count > 1)
            {
                return Fail(document.LineOf("#/url"),
                    $"Mehrere Lösungen des Katalogs haben die url „{identifier}“ ({string.Join(", ", same.Select(s => $"„{s.Title}“"))}). Bitte wählen Sie unter „Ziel“, welche aktualisiert werden soll.");
            }

            if (same.Count == 1)
            {
                solution = same[0];
                if (!TransferOperations.MayManage(scopes, solution.RegionId))
                {
                    return Fail(document.LineOf("#/url"),
                        $"Die Software mit der url „{identifier}“ steht bereits als „{solution.Title}“ im Katalog und wird von einem anderen Projektbüro betreut. Sie wurde nicht verändert und nicht doppelt angelegt.");
                }

                notes.Add($"Die url der Datei gehört zur vorhandenen Lösung „{solution.Title}“; diese wurde aktualisiert statt eine zweite anzulegen.");
            }
        }

        if (solution is null)
        {
            if (regionId is not { } region || !await db.Regions.AnyAsync(r => r.Id == region, cancellationToken))
            {
                return Fail(0, "Bitte wählen Sie die Region, deren Projektbüro die neue Lösung betreut.");
            }

            if (!TransferOperations.MayManage(scopes, region))
            {
                return new ImportResult(new Outcome.Forbidden(), [], []);
            }
        }

        var isNew = solution is null;
        solution ??= new Solution { Slug = "", Title = "", RegionId = regionId!.Value, Kind = SolutionKind.Software, IsPublished = false };
        if (solution.Kind != SolutionKind.Software)
        {
            return Fail(0, "publiccode.yml beschreibt Software; die gewählte Lösung ist keine Software.");
        }

        Apply(root, solution, siteUrl, notes);
        if (document.Comments.Any(c => c.StartsWith(PublicCodeExport.DerivedMaintenanceNote, StringComparison.Ordinal)))
        {
            // Written by this catalogue without a recorded maintenance type: stays unknown.
            solution.MaintenanceType = null;
        }
        if (isNew)
        {
            solution.Slug = await FreeSlugAsync(Slug.From(solution.Title), cancellationToken);
            db.Solutions.Add(solution);
            notes.Add("Die Lösung wurde als Entwurf angelegt: Bitte ergänzen Sie Herkunft, Themen und Profil und veröffentlichen Sie sie dann.");
        }
        else
        {
            db.Entry(solution).State = EntityState.Modified;
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new ImportResult(new Outcome.Conflict(TransferTexts.Of("PublicCode.PublicCodeImport.TheSolutionHasBeenChangedBy")), [], []);
        }

        return new ImportResult(new Outcome.Saved(solution.Id, solution.Slug), [], notes);
    }

    /// <summary>
    /// The software solutions that <paramref name="url"/> identifies: the same source code repository, or the
    /// catalogue page this installation writes as url when there is no repository.
    /// </summary>
    private async Task<List<Solution>> SameSoftwareAsync(string url, string siteUrl, CancellationToken cancellationToken)
    {
        var trimmed = url.Trim().TrimEnd('/');
        var withoutGit = trimmed.EndsWith(".git", StringComparison.OrdinalIgnoreCase) ? trimmed[..^4] : trimmed;
        string[] forms = [trimmed, trimmed + "/", withoutGit, withoutGit + ".git", withoutGit + "/"];
        var pagePrefix = siteUrl + "/loesungen/";
        var slug = trimmed.StartsWith(pagePrefix, StringComparison.Ordinal) ? trimmed[pagePrefix.Length..] : null;
        return await db.Solutions.Include(s => s.Topics)
            .Where(s => s.Kind == SolutionKind.Software && !s.IsSynthetic
                        && ((s.RepositoryUrl != null && forms.Contains(s.RepositoryUrl)) || (slug != null && s.RepositoryUrl == null && s.Slug == slug)))
            .OrderBy(s => s.Id)
            .ToListAsync(cancellationToken);
    }

    private static ImportResult Fail(int line, string message) =>
        new(new Outcome.Invalid(new Dictionary<string, string[]> { [""] = [message] }), [new YamlProblem(line, message)], []);

    private static List<YamlProblem> Ordered(List<YamlProblem> problems) =>
        [.. problems.DistinctBy(p => (p.Line, p.Message)).OrderBy(p => p.Line).ThenBy(p => p.Message, StringComparer.Ordinal)];

    private static IEnumerable<ValidationError> Flatten(IEnumerable<ValidationError> errors)
    {
        foreach (var error in errors)
        {
            if (error is ChildSchemaValidationError child && child.Errors.Count > 0)
            {
                foreach (var inner in Flatten(child.Errors.SelectMany(e => e.Value)))
                {
                    yield return inner;
                }
            }
            else
            {
                yield return error;
            }
        }
    }

    private static YamlProblem Describe(ValidationError error, YamlDocument document, JObject root)
    {
        var path = error.Path ?? "#";
        var where = Readable(path);
        string Value()
        {
            try
            {
                var token = path.Length <= 2 ? root : root.SelectToken(path[2..]);
                return token?.Type == JTokenType.String ? (string)token! : token?.ToString(Newtonsoft.Json.Formatting.None) ?? "";
            }
            catch (Newtonsoft.Json.JsonException)
            {
                return "";
            }
        }

        return error.Kind switch
        {
            ValidationErrorKind.PropertyRequired => new(document.LineOf(path), $"Der Pflichtschlüssel „{Readable(path)}“ fehlt."),
            ValidationErrorKind.NoAdditionalPropertiesAllowed => new(document.LineOf(path + "#key"),
                $"Unbekannter Schlüssel „{where}“: Diesen Schlüssel kennt publiccode.yml (bis Version 0.5) nicht. Bitte prüfen Sie die Schreibweise."),
            ValidationErrorKind.NotInEnumeration => new(document.LineOf(path), $"Der Wert „{Value()}“ ist für „{where}“ nicht erlaubt."),
            ValidationErrorKind.StringExpected => new(document.LineOf(path), $"„{where}“ muss ein Text sein (z. B. in Anführungszeichen)."),
            ValidationErrorKind.BooleanExpected => new(document.LineOf(path), $"„{where}“ muss true oder false sein."),
            ValidationErrorKind.ArrayExpected => new(document.LineOf(path), $"„{where}“ muss eine Liste sein (Einträge mit „- “)."),
            ValidationErrorKind.ObjectExpected => new(document.LineOf(path), $"„{where}“ muss Unterschlüssel haben."),
            ValidationErrorKind.StringTooLong => new(document.LineOf(path), $"„{where}“ ist zu lang: höchstens {error.Schema?.MaxLength} Zeichen."),
            ValidationErrorKind.StringTooShort => new(document.LineOf(path), $"„{where}“ ist zu kurz: mindestens {error.Schema?.MinLength} Zeichen."),
            ValidationErrorKind.DateExpected => new(document.LineOf(path), $"„{where}“ muss ein Datum im Format JJJJ-MM-TT sein."),
            ValidationErrorKind.EmailExpected => new(document.LineOf(path), $"„{where}“ ist keine gültige E-Mail-Adresse."),
            ValidationErrorKind.UriExpected => new(document.LineOf(path), $"„{where}“ muss eine vollständige Adresse sein (z. B. https://…)."),
            ValidationErrorKind.PatternMismatch => new(document.LineOf(path), $"Der Wert „{Value()}“ hat für „{where}“ nicht die erwartete Form (z. B. zwei Großbuchstaben als Ländercode)."),
            ValidationErrorKind.TooFewProperties => new(document.LineOf(path), $"„{where}“ braucht mindestens einen Eintrag."),
            _ => new(document.LineOf(path), $"„{where}“ entspricht nicht dem Standard ({error.Kind})."),
        };
    }

    /// <summary>"#/maintenance.contacts[0].name" → "maintenance/contacts[0]/name".</summary>
    private static string Readable(string path) => path.TrimStart('#').TrimStart('/').Replace('.', '/');

    private static void Check(YamlDocument document, JObject root, List<YamlProblem> problems)
    {
        var description = (JObject)root["description"]!;
        if (!description.Properties().Any(p => p.Value["longDescription"] is not null && p.Value["features"] is JArray { Count: > 0 }))
        {
            problems.Add(new(document.LineOf("#/description"), "In „description“ braucht mindestens eine Sprache „longDescription“ und „features“."));
        }

        if ((string?)root["legal"]?["license"] is { } licence && licence != PublicCodeExport.UnknownLicence && Spdx.Check(licence) is { } licenceError)
        {
            problems.Add(new(document.LineOf("#/legal.license"), licenceError));
        }

        if ((string?)root["maintenance"]?["type"] == "contract" && root["maintenance"]?["contractors"] is not JArray { Count: > 0 })
        {
            problems.Add(new(document.LineOf("#/maintenance.type"), "Bei „maintenance/type: contract“ sind „contractors“ Pflicht."));
        }

        void Max(string path, int length)
        {
            var token = path.Length <= 2 ? null : root.SelectToken(path[2..]);
            if (token?.Type == JTokenType.String && ((string)token!).Length > length)
            {
                problems.Add(new(document.LineOf(path), $"„{Readable(path)}“ ist für den Katalog zu lang: höchstens {length} Zeichen."));
            }
        }

        Max("#/name", 200);
        Max("#/url", 500);
        Max("#/landingURL", 500);
        Max("#/softwareVersion", 60);
        Max("#/legal.mainCopyrightOwner", 300);
        foreach (var language in description.Properties())
        {
            Max($"#/description.{language.Name}.localisedName", 200);
            if (language.Value["features"] is JArray features && string.Join('\n', features.Select(f => (string?)f)).Length > 4000)
            {
                problems.Add(new(document.LineOf($"#/description.{language.Name}.features"), "Die Merkmale („features“) sind für den Katalog zu lang: zusammen höchstens 4.000 Zeichen."));
            }
        }
    }

    private static void Apply(JObject root, Solution s, string siteUrl, List<string> notes)
    {
        var extra = (JObject)root.DeepClone();
        string? Take(params string[] path)
        {
            JToken? token = extra;
            foreach (var key in path[..^1])
            {
                token = token?[key];
            }

            if (token is not JObject parent || parent[path[^1]] is not { } value)
            {
                return null;
            }

            parent.Remove(path[^1]);
            return value.Type == JTokenType.Null ? null : value.Type == JTokenType.String ? (string)value! : value.ToString(Newtonsoft.Json.Formatting.None);
        }

        JToken? TakeToken(params string[] path)
        {
            JToken? token = extra;
            foreach (var key in path[..^1])
            {
                token = token?[key];
            }

            if (token is not JObject parent || parent[path[^1]] is not { } value)
            {
                return null;
            }

            parent.Remove(path[^1]);
            return value;
        }

        static List<string> Strings(JToken? token) => token is JArray array ? [.. array.Select(a => (string?)a).Where(a => !string.IsNullOrWhiteSpace(a)).Select(a => a!.Trim())] : [];

        Take("publiccodeYmlVersion");
        s.Title = Take("name")!.Trim();
        var url = Take("url");
        s.RepositoryUrl = url is null || url.StartsWith(siteUrl + "/loesungen/", StringComparison.Ordinal) ? null : url;
        var landing = Take("landingURL");
        s.Website = landing is null || landing.StartsWith(siteUrl + "/loesungen/", StringComparison.Ordinal) ? null : landing;
        s.SoftwareVersion = Take("softwareVersion");
        s.ReleaseDate = Take("releaseDate") is { } released ? DateOnly.ParseExact(released, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null;
        s.Platforms = string.Join(",", Strings(TakeToken("platforms")));
        s.Categories = NullIfEmpty(string.Join(",", Strings(TakeToken("categories"))));
        if (TakeToken("usedBy") is JArray { Count: > 0 } usedBy)
        {
            notes.Add($"„usedBy“ ({string.Join(", ", usedBy.Select(u => (string?)u))}) wurde nicht übernommen: Nachnutzungen trägt das Projektbüro nach Bestätigung ein.");
        }

        var funders = TakeToken("fundedBy") as JArray ?? [];
        s.Funders = [.. funders.OfType<JObject>().Where(f => (string?)f["name"] is not null)
            .Select(f => new SolutionFunder { Name = ((string)f["name"]!).Trim(), Uri = (string?)f["uri"] })];

        var status = Take("developmentStatus")!;
        if (status == "obsolete")
        {
            s.DevelopmentStatus = status;
        }
        else
        {
            if (PublicCodeExport.DevelopmentStatusOf(s.Maturity) != status)
            {
                s.Maturity = status switch
                {
                    "concept" => Maturity.Concept,
                    "stable" => Maturity.Production,
                    _ => Maturity.Pilot,
                };
            }

            s.DevelopmentStatus = PublicCodeExport.DevelopmentStatusOf(s.Maturity) == status ? null : status;
        }

        s.SoftwareType = Take("softwareType");
        s.Scope = NullIfEmpty(string.Join(",", Strings(TakeToken("intendedAudience", "scope"))));

        var languages = ((JObject)root["description"]!).Properties().Select(p => p.Name).ToList();
        var main = languages.Contains("de") ? "de" : languages.Contains("en") ? "en" : languages[0];
        s.MainLanguage = main;
        s.Summary = Take("description", main, "shortDescription")?.Trim();
        s.Description = Take("description", main, "longDescription")?.Trim().ReplaceLineEndings("\n");
        s.Features = NullIfEmpty(string.Join('\n', Strings(TakeToken("description", main, "features"))));
        s.DocumentationUrl = Take("description", main, "documentation");
        var localised = Take("description", main, "localisedName");
        if (localised is not null && localised != s.Title)
        {
            extra["description"]![main]!["localisedName"] = localised;
        }

        if (main != "en" && languages.Contains("en"))
        {
            s.TitleEn = Take("description", "en", "localisedName");
            s.SummaryEn = Take("description", "en", "shortDescription")?.Trim();
            s.DescriptionEn = Take("description", "en", "longDescription")?.Trim().ReplaceLineEndings("\n");
            s.FeaturesEn = NullIfEmpty(string.Join('\n', Strings(TakeToken("description", "en", "features"))));
            if (Take("description", "en", "documentation") is { } enDocumentation && enDocumentation != s.DocumentationUrl)
            {
                extra["description"]!["en"]!["documentation"] = enDocumentation;
            }
        }
        else
        {
            (s.TitleEn, s.SummaryEn, s.DescriptionEn, s.FeaturesEn) = (null, null, null, null);
        }

        var licence = Take("legal", "license");
        s.Licence = licence == PublicCodeExport.UnknownLicence ? null : licence;
        s.CopyrightOwner = Take("legal", "mainCopyrightOwner");
        var maintenance = Take("maintenance", "type");
        s.MaintenanceType = SolutionVocabulary.MaintenanceTypes.Where(m => m.Code == maintenance).Select(m => (MaintenanceType?)m.Type).FirstOrDefault();
        s.Contractors = [.. (TakeToken("maintenance", "contractors") as JArray ?? []).OfType<JObject>().Select(c => new SolutionContractor
        {
            Name = ((string)c["name"]!).Trim(),
            Until = (string?)c["until"] is { } until ? DateOnly.ParseExact(until, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
            Email = (string?)c["email"],
            Website = (string?)c["website"],
        })];
        s.Contacts = [.. (TakeToken("maintenance", "contacts") as JArray ?? []).OfType<JObject>().Select(c => new SolutionContact
        {
            Name = ((string)c["name"]!).Trim(),
            Email = (string?)c["email"],
            Phone = (string?)c["phone"],
            Affiliation = (string?)c["affiliation"],
        })];
        s.LocalisationReady = Take("localisation", "localisationReady") == "true";
        s.AvailableLanguages = NullIfEmpty(string.Join(",", Strings(TakeToken("localisation", "availableLanguages"))));
        if (extra["organisation"] is JObject organisation && ((string?)organisation["uri"])?.StartsWith(siteUrl + "/akteure/", StringComparison.Ordinal) == true)
        {
            extra.Remove("organisation");
        }

        RemoveEmpty(extra);
        s.PublicCodeExtra = extra.Count == 0 ? null : extra.ToString(Newtonsoft.Json.Formatting.None);
    }

    private static void RemoveEmpty(JObject obj)
    {
        foreach (var property in obj.Properties().ToList())
        {
            if (property.Value is JObject inner)
            {
                RemoveEmpty(inner);
                if (inner.Count == 0)
                {
                    property.Remove();
                }
            }
        }
    }

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;

    private async Task<string> FreeSlugAsync(string slug, CancellationToken cancellationToken)
    {
        var candidate = slug;
        for (var i = 2; await db.Solutions.AnyAsync(s => s.Slug == candidate, cancellationToken) || candidate == SolutionRoutes.Reserved; i++)
        {
            candidate = $"{slug}-{i}";
        }

        return candidate;
    }
}
