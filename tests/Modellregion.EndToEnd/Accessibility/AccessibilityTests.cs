using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Modellregion.EndToEnd.Support;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Account;
using Xunit.Abstractions;

namespace Modellregion.EndToEnd.Accessibility;

/// <summary>
/// Every kind of page, checked in a real browser with axe-core against WCAG 2.1 level A and AA.
/// The assertion message lists each page with the rule, its impact, what it asks for and the failing elements.
/// </summary>
public sealed class AccessibilityTests(BrowserApp app, ITestOutputHelper output) : IClassFixture<BrowserApp>
{
    private static readonly Dictionary<string, int> ExpectedStatus = new(StringComparer.Ordinal)
    {
        ["/gibt-es-nicht"] = 404,
        ["/fehler/403"] = 403,
    };

    [Fact]
    public async Task Public_pages_reached_from_the_start_page_have_no_WCAG_2_1_AA_violations()
    {
        await using var context = await app.NewContextAsync();
        var page = await context.NewPageAsync();
        var foreign = RecordForeignRequests(context, page);
        var crawler = new Crawler(app.BaseAddress);
        foreach (var url in new[]
                 {
                     "/",
                     "/projekte?region=owl&status=laufend",
                     "/projekte?region=unbekannt&seite=abc",
                     "/akteure?typ=kommune",
                     "/loesungen?art=software&reife=produktiv",
                     "/loesungen?art=raumschiff",
                     "/loesungen/local-open-data-urbane-datenplattform",
                     "/loesungen/local-open-data-urbane-datenplattform/interesse",
                     "/loesungen/local-open-data-urbane-datenplattform/nachnutzung-melden",
                     "/loesungen/fuer-meine-kommune",
                     "/loesungen/fuer-meine-kommune?kommune=Delbr%C3%BCck&bedarf=Open%20Data",
                     "/loesungen/fuer-meine-kommune?kommune=Kleve",
                     "/akteure/stadt-moenchengladbach",
                     "/kommunen/05774020",
                     "/kommunen/05116000",
                     "/gibt-es-nicht",
                     "/fehler/403",
                     "/verwaltung/anmelden",
                     "/digitalboard",
                     "/digitalboard/digitalboard-owl",
                     "/digitalboard/sitzungen/1",
                     "/digitalboard/sitzungen/1/druck",
                     "/digitalboard/vorlagen/1",
                     "/api/docs",
                     "/programme",
                     "/programme/digitale-modellregionen-nrw",
                     "/kommunen",
                     "/regionen?programm=digitale-modellregionen-nrw",
                     "/projekte?programm=digitale-modellregionen-nrw&geld=bewilligt",

                     // The fictional training region: its example-data notices and badges.
                     "/regionen",
                     "/regionen/uebungsregion",
                     "/projekte/digitale-bauakte-musterstadt-beispiel",
                     "/projekte/lorawan-2-0",
                     "/loesungen/kita-anmeldung-online-beispiel",
                     "/loesungen/fuer-meine-kommune?kommune=05762032&bedarf=Kita-Anmeldung%20online",
                     "/akteure?region=uebungsregion",
                     "/akteure/musterstadt-beispiel",
                     "/kommunen/05762028",
                     "/aktuelles",
                     "/digitalboard/digitalboard-uebungsregion",

                     // Open data: the downloads page and a data dictionary.
                     "/opendata",
                     "/suche?q=Kita",
                     "/suche?q=Lorawna",
                     "/opendata/projekte",

                     // Events: the list, the Digitalkongress from published facts and the training region's event with its form.
                     "/veranstaltungen",
                     "/veranstaltungen?format=hybrid",
                     "/veranstaltungen/digitalkongress-2022",
                     "/veranstaltungen/werkstatt-digitale-verwaltung-uebungsregion",
                 })
        {
            crawler.Require(url);
        }

        var problems = new List<string>();
        var titles = new Dictionary<string, string>(StringComparer.Ordinal);
        while (crawler.TryNext(out var url))
        {
            if (await CheckAsync(page, url) is { } problem)
            {
                problems.Add(problem);
            }

            titles[url] = await page.TitleAsync();
            crawler.Follow(await LinksAsync(page));
        }

        output.WriteLine($"{crawler.Seen.Count} Seiten geprüft:\n" + string.Join("\n", crawler.Seen.Select(url => $"{url}\t{titles.GetValueOrDefault(url)}")));
        Assert.True(crawler.Seen.Count >= 20, $"Nur {crawler.Seen.Count} Seiten gefunden: {string.Join(", ", crawler.Seen)}");
        Assert.True(problems.Count == 0, Report(problems, crawler.Seen.Count));
        AssertUniqueTitles(titles);
        AssertNoForeignRequests(foreign, crawler.Seen.Count);
    }

    [Fact]
    public async Task The_checker_itself_finds_a_known_violation()
    {
        // Guards against a silent "zero violations" from a checker that did not run.
        await using var context = await app.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.SetContentAsync("<!DOCTYPE html><html lang=\"de\"><head><title>Test</title></head><body><main><img src=\"x.png\"></main></body></html>");

        var violations = await Axe.ViolationsAsync(page, "Testseite");
        Assert.NotNull(violations);
        Assert.Contains("image-alt", violations, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_filter_values_are_explained_in_a_warning_note()
    {
        await using var context = await app.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/projekte?region=unbekannt&seite=abc");

        var warning = page.Locator("main .kern-alert--warning");
        Assert.True(await warning.IsVisibleAsync(), "Kein Hinweis auf die ignorierten Filter.");
        Assert.Contains("unbekannt", await warning.InnerTextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Public_pages_in_the_English_interface_have_no_WCAG_2_1_AA_violations()
    {
        await using var context = await app.NewContextAsync();
        var page = await context.NewPageAsync();

        // Switch the language the way a visitor does: the link in the header sets a cookie and comes back.
        await page.GotoAsync("/");
        await page.ClickAsync("header a[hreflang=en]");
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/");
        Assert.Equal("en", await page.GetAttributeAsync("html", "lang"));

        var problems = new List<string>();
        foreach (var url in new[] { "/", "/projekte", "/projekte/lorawan-2-0", "/regionen/owl", "/regionen/uebungsregion", "/loesungen", "/kommunen/05116000", "/loesungen/local-open-data-urbane-datenplattform", "/loesungen/fuer-meine-kommune?kommune=05774020&bedarf=Daten" })
        {
            if (await CheckAsync(page, url) is { } problem)
            {
                problems.Add(problem);
            }

            Assert.Equal("en", await page.GetAttributeAsync("html", "lang"));
        }

        Assert.True(problems.Count == 0, Report(problems, 9));
    }

    [Fact]
    public async Task Back_office_pages_for_an_administrator_have_no_WCAG_2_1_AA_violations()
    {
        var (email, password) = await app.CreateUserAsync(AppRole.Administrator);
        var projectId = await app.ProjectIdAsync("lorawan-2-0");
        var trainingId = await app.ProjectIdAsync("digitale-bauakte-musterstadt-beispiel");
        var (solutionId, caseId) = await app.WithDbAsync(async db =>
        {
            var solution = db.Solutions.Single(s => s.Slug == "local-open-data-urbane-datenplattform");
            var transferCase = new Modellregion.Web.Features.Transfer.TransferCase
            {
                SolutionId = solution.Id,
                MunicipalityAgs = "05762020",
                ContactName = "Barrierefreiheit (Beispiel)",
                ContactEmail = "a11y@example.org",
                Need = "Prüffall für die Barrierefreiheit (Beispiel).",
                Timeline = Modellregion.Web.Features.Transfer.Timeline.Open,
                ConsentAt = DateTime.UtcNow,
                LastActivityAt = DateTime.UtcNow.AddDays(-30),
            };
            db.TransferCases.Add(transferCase);
            await db.SaveChangesAsync();
            return (solution.Id, transferCase.Id);
        });
        var (programmeId, owlId, boardId, eventId) = await app.WithDbAsync(async db => (
            (await db.Programmes.FirstAsync()).Id,
            (await db.Regions.FirstAsync(r => r.Slug == "owl")).Id,
            (await db.Boards.FirstAsync(b => b.Slug == "digitalboard-owl")).Id,
            (await db.Events.FirstAsync(e => e.Slug == "werkstatt-digitale-verwaltung-uebungsregion")).Id));
        await using var context = await app.NewContextAsync();
        var page = await context.NewPageAsync();
        var foreign = RecordForeignRequests(context, page);
        await BrowserApp.SignInAsync(page, email, password);

        var problems = new List<string>();
        var titles = new Dictionary<string, string>(StringComparer.Ordinal);
        var checkedPages = 1; // and the rejected form below
        foreach (var url in new[]
                 {
                     "/verwaltung",
                     "/verwaltung/projekte",
                     $"/verwaltung/projekte/{projectId}/bearbeiten",
                     $"/verwaltung/projekte/{projectId}/meilensteine",
                     "/verwaltung/projekte/meilensteine-tabelle",
                     "/verwaltung/projekte/meilensteine-tabelle/ergebnis?neu=1&geaendert=2",
                     $"/verwaltung/projekte/{projectId}/beteiligte",
                     $"/verwaltung/projekte/{projectId}/verlauf",
                     $"/verwaltung/projekte/{projectId}/foerderung",
                     $"/verwaltung/projekte/{projectId}/finanzierungsplan",
                     $"/verwaltung/projekte/{projectId}/bescheide",
                     $"/verwaltung/projekte/{projectId}/mittelabrufe",
                     $"/verwaltung/projekte/{projectId}/nachweise",
                     $"/verwaltung/projekte/{trainingId}/foerderung",
                     $"/verwaltung/projekte/{trainingId}/mittelabrufe",
                     $"/verwaltung/projekte/{trainingId}/nachweise",
                     "/verwaltung/fristen",
                     "/verwaltung/fristen?art=nachweis&stand=ueberfaellig",
                     "/verwaltung/fristen/erinnerungen",
                     "/verwaltung/mittelabrufe?stand=eingereicht",
                     "/verwaltung/nachweise?stand=entwurf",
                     "/verwaltung/projekte?status=laufend",
                     "/verwaltung/finanzen",
                     "/verwaltung/programm",
                     "/verwaltung/akteure",
                     "/verwaltung/akteure/neu",
                     "/verwaltung/meldungen",
                     "/verwaltung/meldungen/neu",
                     "/verwaltung/protokoll",
                     "/verwaltung/benutzer",
                     "/verwaltung/digitalboard",
                     "/verwaltung/digitalboard/1/sitzungen/neu",
                     "/verwaltung/digitalboard/sitzungen/1",
                     "/verwaltung/digitalboard/tagesordnungspunkte/1/beschluss",
                     "/verwaltung/digitalboard/1/vorlagen/neu",
                     "/verwaltung/digitalboard/vorlagen/1",
                     "/verwaltung/digitalboard/1/mitglieder",
                     "/digitalboard/mitglieder",
                     "/digitalboard/mitglieder/sitzungen/1",
                     "/digitalboard/mitglieder/vorlagen/2",
                     "/verwaltung/transfer",
                     "/verwaltung/transfer/faelle",
                     $"/verwaltung/transfer/faelle/{caseId}",
                     "/verwaltung/transfer/loesungen",
                     "/verwaltung/transfer/loesungen/neu",
                     $"/verwaltung/transfer/loesungen/{solutionId}/bearbeiten",
                     "/verwaltung/transfer/loesungen/import",
                     "/verwaltung/transfer/nachnutzungen",
                     "/verwaltung/programme",
                     "/verwaltung/programme/neu",
                     $"/verwaltung/programme/{programmeId}",
                     "/verwaltung/regionen",
                     "/verwaltung/regionen/neu",
                     $"/verwaltung/regionen/{owlId}",
                     "/verwaltung/digitalboard/gremien",
                     $"/verwaltung/digitalboard/gremien/{boardId}",
                     "/verwaltung/betreiber",
                     "/verwaltung/transfer/erinnerungen",
                     "/verwaltung/veranstaltungen",
                     "/verwaltung/veranstaltungen/neu",
                     $"/verwaltung/veranstaltungen/{eventId}/bearbeiten",
                     $"/verwaltung/veranstaltungen/{eventId}/programm",
                     $"/verwaltung/veranstaltungen/{eventId}/absagen",
                     $"/verwaltung/veranstaltungen/{eventId}/anmeldungen",
                     $"/verwaltung/veranstaltungen/{eventId}/nachricht",
                     $"/verwaltung/veranstaltungen/{eventId}/teilnehmende",
                     $"/verwaltung/veranstaltungen/{eventId}/namensschilder",
                     $"/verwaltung/veranstaltungen/{eventId}/einlass",
                     "/verwaltung/veranstaltungen/akteure",
                     "/verwaltung/veranstaltungen/personendaten",
                 })
        {
            checkedPages++;
            if (await CheckAsync(page, url) is { } problem)
            {
                problems.Add(problem);
            }

            titles[url] = await page.TitleAsync();
        }

        AssertUniqueTitles(titles);

        // The same form once more, after a rejected submission: error summary and inline errors.
        await page.GotoAsync($"/verwaltung/projekte/{projectId}/bearbeiten");
        await page.FillAsync("#Input_Title", "");
        await page.ClickAsync("main form button[type=submit]");
        await page.Locator("#fehler").WaitForAsync();
        Assert.True(await page.Locator("#Input_Title[aria-invalid=true]").IsVisibleAsync(), "Das Titelfeld ist nicht als fehlerhaft markiert.");
        var summaryLinks = await page.EvalOnSelectorAllAsync<string[]>("#fehler a[href^='#']", "links => links.map(link => link.getAttribute('href'))");
        Assert.NotEmpty(summaryLinks);
        foreach (var target in summaryLinks)
        {
            Assert.True(await page.Locator(target).CountAsync() == 1, $"Die Fehlerliste verweist auf {target}, das Feld gibt es aber nicht.");
        }

        if (await Axe.ViolationsAsync(page, "Projekt bearbeiten mit leerem Titel (nach dem Absenden)") is { } invalidForm)
        {
            problems.Add(invalidForm);
        }

        // A new region whose lead municipality is ambiguous: the candidates appear as a choice.
        checkedPages++;
        await page.GotoAsync("/verwaltung/regionen/neu?programm=digitale-modellregionen-nrw");
        await page.FillAsync("#Input_Name", "Digitale Region Bamberg");
        await page.FillAsync("#Input_ShortName", "Bamberg");
        await page.FillAsync("#Input_LeadMunicipality", "Bamberg");
        await page.ClickAsync("main form button[type=submit]");
        await page.Locator("#fehler").WaitForAsync();
        Assert.True(await page.Locator("input[type=radio][name='Input.LeadMunicipalityAgs'][value='09461000']").CountAsync() == 1, "Keine Auswahl der Leitkommune angeboten.");
        if (await Axe.ViolationsAsync(page, "Neue Region mit mehrdeutiger Leitkommune (nach dem Absenden)") is { } ambiguousForm)
        {
            problems.Add(ambiguousForm);
        }

        Assert.True(problems.Count == 0, Report(problems, checkedPages));
        AssertNoForeignRequests(foreign, checkedPages);
    }

    /// <summary>
    /// Records every request the pages make to another host (fonts, scripts, images, frames, beacons …) and every
    /// refusal by the Content-Security-Policy the browser reports: the pages must need neither.
    /// </summary>
    private List<string> RecordForeignRequests(IBrowserContext context, IPage page)
    {
        var found = new List<string>();
        context.Request += (_, request) =>
        {
            if (Uri.TryCreate(request.Url, UriKind.Absolute, out var uri) && uri.Scheme is not ("data" or "blob" or "about")
                && !string.Equals(uri.Authority, app.BaseAddress.Authority, StringComparison.OrdinalIgnoreCase))
            {
                lock (found)
                {
                    found.Add($"{request.ResourceType} {request.Url} (von {request.Frame.Url})");
                }
            }
        };
        page.Console += (_, message) =>
        {
            if (message.Type == "error" && message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                lock (found)
                {
                    found.Add($"CSP: {message.Text} ({message.Location})");
                }
            }
        };
        return found;
    }

    private void AssertNoForeignRequests(List<string> found, int pages)
    {
        lock (found)
        {
            output.WriteLine($"{pages} Seiten, {found.Count} Anfragen an fremde Server oder Verstöße gegen die CSP.");
            Assert.True(found.Count == 0, "Anfragen an fremde Server oder Verstöße gegen die CSP:\n" + string.Join("\n", found.Distinct().Take(30)));
        }
    }

    private static async Task<string?> CheckAsync(IPage page, string url)
    {
        var response = await page.GotoAsync(url);
        var status = response?.Status ?? 0;
        var expected = ExpectedStatus.GetValueOrDefault(url, 200);
        var violations = await Axe.ViolationsAsync(page, url);
        if (status != expected)
        {
            return $"{url}: HTTP {status} statt {expected}\n{violations}";
        }

        return violations;
    }

    /// <summary>Every page has a title, and no two addresses share one (the tab, bookmarks and screen readers tell pages apart by it).</summary>
    private static void AssertUniqueTitles(Dictionary<string, string> titles)
    {
        var missing = titles.Where(t => string.IsNullOrWhiteSpace(t.Value)).Select(t => t.Key).ToList();
        var shared = titles.GroupBy(t => t.Value, StringComparer.Ordinal).Where(g => g.Count() > 1)
            .Select(g => $"„{g.Key}“: {string.Join(", ", g.Select(t => t.Key))}").ToList();
        Assert.True(missing.Count == 0, "Seiten ohne Titel: " + string.Join(", ", missing));
        Assert.True(shared.Count == 0, "Titel auf mehreren Seiten:\n" + string.Join("\n", shared));
    }

    private static async Task<IReadOnlyList<string>> LinksAsync(IPage page) =>
        await page.EvalOnSelectorAllAsync<string[]>(
            "header a[href], main a[href], footer a[href]",
            "links => links.map(link => link.href)");

    private static string Report(List<string> problems, int pages) =>
        $"{problems.Count} von {pages} Seiten mit Verstößen gegen WCAG 2.1 A/AA:\n\n" + string.Join("\n", problems);
}
