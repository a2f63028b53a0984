using System.Net;
using Microsoft.EntityFrameworkCore;
using Modellregion.Tests.Infrastructure;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Account;
using Modellregion.Web.Features.Transfer;
using Modellregion.Web.Features.Transfer.PublicCode;
using Newtonsoft.Json.Linq;
using NJsonSchema;

namespace Modellregion.Tests.Features.Transfer;

/// <summary>
/// publiccode.yml: every software solution exports a file that is valid against the standard's JSON Schema (with
/// its two documented patches); the standard's own examples import; import and export round-trip; bad files are
/// refused with line numbers and nothing is stored.
/// </summary>
public sealed class PublicCodeTests(TransferApp app) : IClassFixture<TransferApp>
{
    private const string ImportUrl = "/verwaltung/transfer/loesungen/import";
    private const string ImportForm = "main form[enctype]";

    private static string Fixture(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Features", "Transfer", "Fixtures", name));

    private static JObject Parse(string yaml)
    {
        var (document, problem) = YamlDocument.Parse(yaml);
        Assert.True(document is not null, problem?.Message);
        return (JObject)document!.Root;
    }

    private static async Task AssertValidAsync(string yaml, string what)
    {
        var json = Parse(yaml);
        foreach (var schema in new[] { await PublicCodeSchema.DocumentedPatchesAsync(), await PublicCodeSchema.Strict })
        {
            var errors = schema.Validate(json);
            Assert.True(errors.Count == 0, $"{what}: {string.Join("; ", errors.Select(e => $"{e.Kind} {e.Path}"))}\n{yaml}");
        }
    }

    [Fact]
    public async Task The_unpatched_schema_rejects_the_standards_own_example_with_exactly_the_two_documented_false_errors()
    {
        var original = await JsonSchema.FromJsonAsync(System.Text.RegularExpressions.Regex.Replace(PublicCodeSchema.Original, "\"\\$ref\": \"#([A-Za-z]+)\"", "\"$ref\": \"#/definitions/$1\""));
        var example = Parse(Fixture("publiccode.yml"));

        var errors = original.Validate(example).Select(e => e.Path).Order(StringComparer.Ordinal).ToList();
        var patched = (await PublicCodeSchema.DocumentedPatchesAsync()).Validate(example);

        Assert.Equal(["#/dependsOn", "#/maintenance.contractors[0]"], errors);
        Assert.Empty(patched);
        Assert.Empty((await PublicCodeSchema.DocumentedPatchesAsync()).Validate(Parse(Fixture("publiccode.minimal.yml"))));
    }

    [Fact]
    public async Task Every_software_solution_of_the_demo_data_exports_a_valid_publiccode_yml_in_German_and_English()
    {
        var software = await app.WithDbAsync(db => db.Solutions.Where(s => s.Kind == SolutionKind.Software && s.IsPublished && !s.IsExample && s.Projects.Any()).Select(s => s.Slug).ToListAsync());
        Assert.Equal(4, software.Count);

        // The training region's fictional software exports a valid file too, with its (fictional) licence and funder.
        var example = await app.Browser().GetAsync("/loesungen/kita-anmeldung-online-beispiel/publiccode.yml");
        var exampleYaml = await example.BodyAsync();
        await AssertValidAsync(exampleYaml, "kita-anmeldung-online-beispiel");
        Assert.Equal("EUPL-1.2", (string?)Parse(exampleYaml)["legal"]?["license"]);

        foreach (var slug in software)
        {
            var response = await app.Browser().GetAsync($"/loesungen/{slug}/publiccode.yml");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("application/yaml", response.Content.Headers.ContentType?.MediaType);
            var yaml = await response.BodyAsync();
            await AssertValidAsync(yaml, slug);

            var json = Parse(yaml);
            Assert.NotNull(json["description"]?["de"]?["longDescription"]);
            Assert.NotNull(json["description"]?["en"]?["shortDescription"]);
            Assert.Contains("Ministerium für Wirtschaft, Innovation, Digitalisierung und Energie", (string?)json["fundedBy"]?[0]?["name"]);
            Assert.Equal(PublicCodeExport.UnknownLicence, (string?)json["legal"]?["license"]);
            Assert.Contains("nicht bekannt", yaml);
        }

        var localOpenData = Parse(await app.Browser().GetStringAsync($"/loesungen/{TransferTestData.LocalOpenData}/publiccode.yml"));
        Assert.Equal(["Projekt Berlin-Tegel", "Region „5 für Südwestfalen“", "Stadt Mönchengladbach"], localOpenData["usedBy"]!.Select(u => (string)u!));
        Assert.Equal("stable", (string?)localOpenData["developmentStatus"]);
        Assert.Equal("Stadt Paderborn", (string?)localOpenData["organisation"]?["name"]);
    }

    [Fact]
    public async Task Solutions_that_are_not_software_have_no_publiccode_yml()
    {
        var response = await app.Browser().GetAsync("/loesungen/regionale-gesundheitsplattform-nach-dem-modell-owl/publiccode.yml");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Export_import_export_of_a_demo_solution_gives_the_same_file()
    {
        var office = await app.SignedInAsync(AppRole.ProjectOffice, "owl");
        var id = await app.WithDbAsync(db => db.Solutions.Where(s => s.Slug == "lorawan-funknetz-mit-city-dashboard").Select(s => s.Id).SingleAsync());
        var url = "/loesungen/lorawan-funknetz-mit-city-dashboard/publiccode.yml";
        var first = await app.Browser().GetStringAsync(url);

        var response = await office.SubmitFormAsync(ImportUrl, ImportForm, new() { ["Text"] = first, ["SolutionId"] = id.ToString(System.Globalization.CultureInfo.InvariantCulture) });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(first, await app.Browser().GetStringAsync(url));
        var solution = await app.WithDbAsync(db => db.Solutions.AsNoTracking().SingleAsync(s => s.Id == id));
        Assert.Equal((Maturity.Pilot, (string?)null, (string?)null), (solution.Maturity, solution.Licence, solution.RepositoryUrl));
    }

    [Theory]
    [InlineData("publiccode.yml", "Medusa")]
    [InlineData("publiccode.minimal.yml", "Medusa")]
    public async Task The_standards_own_examples_import_and_round_trip(string fixture, string name)
    {
        // Both examples describe the same software (one url); each case starts from a catalogue without it.
        await RemoveMedusaAsync();
        var office = await app.SignedInAsync(AppRole.ProjectOffice, "owl");
        var regionId = await app.WithDbAsync(db => db.Regions.Where(r => r.Slug == "owl").Select(r => r.Id).SingleAsync());

        var response = await office.SubmitFormAsync(ImportUrl, ImportForm, new()
        {
            ["Text"] = Fixture(fixture),
            ["RegionId"] = regionId.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var id = int.Parse(response.Headers.Location!.OriginalString.Split('/')[4], System.Globalization.CultureInfo.InvariantCulture);
        var solution = await app.WithDbAsync(db => db.Solutions.AsNoTracking().SingleAsync(s => s.Id == id));
        Assert.Equal(name, solution.Title);
        Assert.Equal("en", solution.MainLanguage);
        Assert.Equal("AGPL-3.0-or-later", solution.Licence);
        Assert.False(solution.IsPublished);

        await app.WithDbAsync(async db =>
        {
            var s = await db.Solutions.SingleAsync(x => x.Id == id);
            s.IsPublished = true;
            await db.SaveChangesAsync();
        });
        var exported = await app.Browser().GetStringAsync($"/loesungen/{solution.Slug}/publiccode.yml");
        await AssertValidAsync(exported, fixture);
        var original = Parse(Fixture(fixture));
        var again = Parse(exported);
        foreach (var key in new[] { "name", "url", "platforms", "developmentStatus", "softwareType", "legal", "localisation", "maintenance" })
        {
            Assert.True(JToken.DeepEquals(original[key], again[key]), $"{key}: {original[key]} ≠ {again[key]}");
        }

        foreach (var (key, value) in (JObject)original["description"]!["en"]!)
        {
            var copy = again["description"]!["en"]![key];
            Assert.True(value!.Type == JTokenType.String ? ((string)value!).Trim() == (string?)copy : JToken.DeepEquals(value, copy), $"description/en/{key}: {value} ≠ {copy}");
        }
        if (fixture == "publiccode.yml")
        {
            foreach (var key in new[] { "dependsOn", "IT", "organisation", "intendedAudience", "categories", "releaseDate", "isBasedOn", "logo", "roadmap", "landingURL" })
            {
                Assert.True(JToken.DeepEquals(original[key], again[key]), $"{key}: {original[key]} ≠ {again[key]}");
            }

            Assert.Null(again["usedBy"]);
        }

        var reimport = await office.SubmitFormAsync(ImportUrl, ImportForm, new() { ["Text"] = exported, ["SolutionId"] = id.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        Assert.Equal(HttpStatusCode.Redirect, reimport.StatusCode);
        Assert.Equal(exported, await app.Browser().GetStringAsync($"/loesungen/{solution.Slug}/publiccode.yml"));
    }

    private Task RemoveMedusaAsync() => app.WithDbAsync(async db =>
    {
        db.Solutions.RemoveRange(await db.Solutions.Where(s => s.RepositoryUrl == "https://example.com/italia/medusa.git").ToListAsync());
        await db.SaveChangesAsync();
    });

    /// <summary>Nine nested levels of anchors and aliases: expanded, a few bytes become 9^8 (43 million) values.</summary>
    private static string AliasBomb()
    {
        var lines = new List<string> { "a: &a [\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\"]" };
        for (var c = 'b'; c <= 'h'; c++)
        {
            var previous = (char)(c - 1);
            lines.Add($"{c}: &{c} [{string.Join(",", Enumerable.Repeat("*" + previous, 9))}]");
        }

        return string.Join('\n', lines) + "\n";
    }

    [Fact]
    public async Task An_alias_bomb_is_refused_at_once_with_a_400_and_its_line()
    {
        var office = await app.SignedInAsync(AppRole.ProjectOffice, "owl");
        var regionId = await app.WithDbAsync(db => db.Regions.Where(r => r.Slug == "owl").Select(r => r.Id).SingleAsync());
        var before = await app.WithDbAsync(db => db.Solutions.CountAsync());
        var watch = System.Diagnostics.Stopwatch.StartNew();

        var response = await office.SubmitFormAsync(ImportUrl, ImportForm, new() { ["Text"] = AliasBomb(), ["RegionId"] = regionId.ToString(System.Globalization.CultureInfo.InvariantCulture) });

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"took {watch.Elapsed}");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problems = (await Html.ParseAsync(response)).QuerySelectorAll(".import-problems li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Contains(problems, p => p.StartsWith("Zeile 1:", StringComparison.Ordinal) && p.Contains("Aliase und Anker werden nicht unterstützt", StringComparison.Ordinal));
        Assert.Equal(before, await app.WithDbAsync(db => db.Solutions.CountAsync()));
    }

    [Theory]
    [InlineData("name: &n Medusa\nother: *n\n", 1, "Anker „&n“")]
    [InlineData("list:\n  - x\nname: *missing\n", 3, "Aliase und Anker")]
    public void Anchors_and_aliases_are_refused_before_a_tree_is_built(string yaml, int line, string message)
    {
        var (document, problem) = YamlDocument.Parse(yaml);

        Assert.Null(document);
        Assert.Equal(line, problem!.Line);
        Assert.Contains(message, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Too_many_values_or_too_deep_nesting_are_refused()
    {
        var many = "list:\n" + string.Concat(Enumerable.Repeat("  - x\n", YamlDocument.MaxNodes + 1));
        var deep = "a: " + new string('[', YamlDocument.MaxDepth + 1) + new string(']', YamlDocument.MaxDepth + 1) + "\n";

        Assert.Contains("zu viele Einträge", YamlDocument.Parse(many).Problem!.Message, StringComparison.Ordinal);
        Assert.Contains("zu tief verschachtelt", YamlDocument.Parse(deep).Problem!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Importing_the_exported_file_twice_without_a_target_updates_the_one_solution()
    {
        var office = await app.SignedInAsync(AppRole.ProjectOffice, "owl");
        var regionId = (await app.WithDbAsync(db => db.Regions.Where(r => r.Slug == "owl").Select(r => r.Id).SingleAsync())).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var solution = await app.WithDbAsync(db => db.Solutions.AsNoTracking().SingleAsync(s => s.Slug == "lorawan-funknetz-mit-city-dashboard"));
        var exported = await app.Browser().GetStringAsync("/loesungen/lorawan-funknetz-mit-city-dashboard/publiccode.yml");
        var before = await app.WithDbAsync(db => db.Solutions.CountAsync());

        var first = await office.SubmitFormAsync(ImportUrl, ImportForm, new() { ["Text"] = exported, ["RegionId"] = regionId });
        var second = await office.SubmitFormAsync(ImportUrl, ImportForm, new()
        {
            ["Text"] = exported.Replace("softwareVersion", "softwareVersion", StringComparison.Ordinal).Replace("name: \"LoRaWAN-Funknetz mit City-Dashboard\"", "name: \"LoRaWAN-Funknetz mit City-Dashboard (2.0)\"", StringComparison.Ordinal),
            ["RegionId"] = regionId,
        });

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        Assert.Equal($"/verwaltung/transfer/loesungen/{solution.Id}/bearbeiten", second.Headers.Location?.OriginalString);
        Assert.Equal(before, await app.WithDbAsync(db => db.Solutions.CountAsync()));
        var after = await app.WithDbAsync(db => db.Solutions.AsNoTracking().SingleAsync(s => s.Id == solution.Id));
        Assert.Equal("LoRaWAN-Funknetz mit City-Dashboard (2.0)", after.Title);
        Assert.Equal(solution.Slug, after.Slug);
        Assert.True(after.IsPublished);

        // Restore the demo title for the other tests of this class.
        await office.SubmitFormAsync(ImportUrl, ImportForm, new() { ["Text"] = exported, ["RegionId"] = regionId });
    }

    [Fact]
    public async Task A_file_with_a_known_repository_url_updates_that_solution_instead_of_creating_a_copy()
    {
        await RemoveMedusaAsync();
        var office = await app.SignedInAsync(AppRole.ProjectOffice, "owl");
        var regionId = (await app.WithDbAsync(db => db.Regions.Where(r => r.Slug == "owl").Select(r => r.Id).SingleAsync())).ToString(System.Globalization.CultureInfo.InvariantCulture);

        var created = await office.SubmitFormAsync(ImportUrl, ImportForm, new() { ["Text"] = Fixture("publiccode.minimal.yml"), ["RegionId"] = regionId });
        var again = await office.SubmitFormAsync(ImportUrl, ImportForm, new() { ["Text"] = Fixture("publiccode.yml"), ["RegionId"] = regionId });

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal(created.Headers.Location, again.Headers.Location);
        var medusa = await app.WithDbAsync(db => db.Solutions.AsNoTracking().Where(s => s.RepositoryUrl == "https://example.com/italia/medusa.git").ToListAsync());
        var single = Assert.Single(medusa);
        Assert.Equal("https://example.com/italia/medusa", single.Website);
        var page = await office.GetPageAsync(again.Headers.Location!.OriginalString);
        Assert.Contains("diese wurde aktualisiert", page.Text(".kern-alert--success"));

        // Another region's office is told, and nothing changes.
        var aachen = await app.SignedInAsync(AppRole.ProjectOffice, "aachen");
        var aachenRegion = (await app.WithDbAsync(db => db.Regions.Where(r => r.Slug == "aachen").Select(r => r.Id).SingleAsync())).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var foreign = await aachen.SubmitFormAsync(ImportUrl, ImportForm, new() { ["Text"] = Fixture("publiccode.minimal.yml"), ["RegionId"] = aachenRegion });
        Assert.Equal(HttpStatusCode.BadRequest, foreign.StatusCode);
        Assert.Contains("anderen Projektbüro", await foreign.BodyAsync());
        Assert.Single(await app.WithDbAsync(db => db.Solutions.Where(s => s.RepositoryUrl == "https://example.com/italia/medusa.git").ToListAsync()));
    }

    [Fact]
    public async Task The_export_says_what_it_knows_about_maintenance_repository_and_publisher()
    {
        var localOpenData = Parse(await app.Browser().GetStringAsync($"/loesungen/{TransferTestData.LocalOpenData}/publiccode.yml"));
        var lorawanText = await app.Browser().GetStringAsync("/loesungen/lorawan-funknetz-mit-city-dashboard/publiccode.yml");

        // Unknown maintenance is never written as "none" for software in operation ("none" means "not maintained").
        Assert.Equal("internal", (string?)localOpenData["maintenance"]?["type"]);
        Assert.Equal("none", (string?)Parse(lorawanText)["maintenance"]?["type"]);
        Assert.Contains("weil kein Betrieb über die Erprobung hinaus veröffentlicht ist", lorawanText);

        var zeonline = await app.WithDbAsync(db => db.Solutions.AsNoTracking().SingleAsync(s => s.Slug == "zeonline-digitale-frageboegen-zu-immobilienkaeufen"));
        await app.WithDbAsync(async db =>
        {
            var s = await db.Solutions.SingleAsync(x => x.Id == zeonline.Id);
            (s.RepositoryUrl, s.ProviderId) = ("https://git.example.org/paderborn/zeonline.git", null);
            await db.SaveChangesAsync();
        });
        try
        {
            var yaml = await app.Browser().GetStringAsync($"/loesungen/{zeonline.Slug}/publiccode.yml");
            await AssertValidAsync(yaml, zeonline.Slug);
            var json = Parse(yaml);
            Assert.Equal("https://git.example.org/paderborn/zeonline.git", (string?)json["url"]);
            Assert.Equal($"http://localhost/loesungen/{zeonline.Slug}", (string?)json["landingURL"]);
            Assert.Equal("Stadt Paderborn", (string?)json["organisation"]?["name"]);
            Assert.Equal("http://localhost/akteure/stadt-paderborn", (string?)json["organisation"]?["uri"]);
        }
        finally
        {
            await app.WithDbAsync(async db =>
            {
                var s = await db.Solutions.SingleAsync(x => x.Id == zeonline.Id);
                (s.RepositoryUrl, s.ProviderId) = (zeonline.RepositoryUrl, zeonline.ProviderId);
                await db.SaveChangesAsync();
            });
        }
    }

    public static TheoryData<string, int, string> BadFiles() => new()
    {
        { "publiccodeYmlVersion: \"0.5\"\nname: [unclosed\n", 3, "kein gültiges YAML" },
        { "publiccodeYmlVersion: \"0.5\"\nname: Medusa\n  url: x\n", 3, "kein gültiges YAML" },
        { Fixture("publiccode.minimal.yml").Replace("publiccodeYmlVersion: \"0\"", "publiccodeYmlVersion: \"0.7.0\"", StringComparison.Ordinal), 1, "Version „0.7.0“" },
        { Fixture("publiccode.minimal.yml").Replace("publiccodeYmlVersion: \"0\"", "publiccodeYmlVersion: 1.0", StringComparison.Ordinal), 1, "Version „1.0“" },
        { Fixture("publiccode.minimal.yml").Replace("platforms:", "favouriteColour: blue\nplatforms:", StringComparison.Ordinal), 5, "Unbekannter Schlüssel „favouriteColour“" },
        { Fixture("publiccode.minimal.yml").Replace("    features:", "    slogan: Alles gut\n    features:", StringComparison.Ordinal), 24, "Unbekannter Schlüssel „description/en/slogan“" },
        { Fixture("publiccode.minimal.yml").Replace("developmentStatus: development", "developmentStatus: fertig", StringComparison.Ordinal), 8, "Der Wert „fertig“ ist für „developmentStatus“ nicht erlaubt." },
        { Fixture("publiccode.minimal.yml").Replace("name: Medusa\n", "", StringComparison.Ordinal), 1, "Der Pflichtschlüssel „name“ fehlt." },
        { Fixture("publiccode.minimal.yml").Replace("AGPL-3.0-or-later", "Freeware-1.0", StringComparison.Ordinal), 28, "keine bekannte SPDX-Lizenzkennung" },
        { Fixture("publiccode.minimal.yml").Replace("localisationReady: true", "localisationReady: vielleicht", StringComparison.Ordinal), 37, "„localisation/localisationReady“ muss true oder false sein." },
        { "", 0, "Bitte laden Sie eine publiccode.yml hoch" },
        { "- nur\n- eine\n- Liste\n", 1, "hat eine andere Form" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task Bad_files_are_refused_with_the_line_and_nothing_is_stored(string text, int line, string message)
    {
        var office = await app.SignedInAsync(AppRole.ProjectOffice, "owl");
        var regionId = await app.WithDbAsync(db => db.Regions.Where(r => r.Slug == "owl").Select(r => r.Id).SingleAsync());
        var before = await app.WithDbAsync(db => db.Solutions.CountAsync());
        var audit = await app.WithDbAsync(db => db.AuditEntries.CountAsync());

        var response = await office.SubmitFormAsync(ImportUrl, ImportForm, new() { ["Text"] = text, ["RegionId"] = regionId.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        var page = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problems = page.QuerySelectorAll(".import-problems li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Contains(problems, p => p.Contains(message, StringComparison.Ordinal) && (line == 0 || p.StartsWith($"Zeile {line}:", StringComparison.Ordinal)));
        Assert.Equal(before, await app.WithDbAsync(db => db.Solutions.CountAsync()));
        Assert.Equal(audit, await app.WithDbAsync(db => db.AuditEntries.CountAsync()));
    }

    [Fact]
    public async Task An_update_with_a_bad_file_leaves_the_solution_as_it_was()
    {
        var office = await app.SignedInAsync(AppRole.Administrator);
        var solution = await app.WithDbAsync(db => db.Solutions.AsNoTracking().SingleAsync(s => s.Slug == "zeonline-digitale-frageboegen-zu-immobilienkaeufen"));
        var text = (await app.Browser().GetStringAsync("/loesungen/zeonline-digitale-frageboegen-zu-immobilienkaeufen/publiccode.yml"))
            .Replace("name: \"ZEonline", "name: \"Geändert", StringComparison.Ordinal)
            .Replace("softwareType: \"standalone/web\"", "softwareType: \"standalone/web\"\nlogoColour: \"rot\"", StringComparison.Ordinal);

        var response = await office.SubmitFormAsync(ImportUrl, ImportForm, new() { ["Text"] = text, ["SolutionId"] = solution.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("logoColour", await response.BodyAsync());
        var after = await app.WithDbAsync(db => db.Solutions.AsNoTracking().SingleAsync(s => s.Id == solution.Id));
        Assert.Equal((solution.Title, solution.Version), (after.Title, after.Version));
    }

    [Fact]
    public async Task Only_the_project_office_may_import()
    {
        var reader = await app.SignedInAsync(AppRole.ReadOnly);
        var lead = await app.SignedInAsync(AppRole.ProjectLead, projectSlug: "lorawan-2-0");

        Assert.Equal(HttpStatusCode.Forbidden, (await reader.GetAsync(ImportUrl)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await lead.PostAsSessionAsync(ImportUrl, new() { ["Text"] = Fixture("publiccode.minimal.yml") })).StatusCode);
    }
}
