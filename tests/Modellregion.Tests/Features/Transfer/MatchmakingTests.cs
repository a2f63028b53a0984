using System.Net;
using Microsoft.EntityFrameworkCore;
using Modellregion.Tests.Infrastructure;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Projects;
using Modellregion.Web.Features.Transfer;
using Modellregion.Web.Platform;

namespace Modellregion.Tests.Features.Transfer;

/// <summary>
/// "Lösungen für meine Kommune": ranking with named expectations. Each test states which solution should come first
/// for whom, and why; the example solutions made here are marked "(Beispiel)".
/// </summary>
public sealed class MatchmakingTests(TransferApp app) : IClassFixture<TransferApp>, IAsyncLifetime
{
    private const string Url = "/loesungen/fuer-meine-kommune";

    public async Task InitializeAsync() => await app.WithDbAsync(async db =>
    {
        if (await db.Solutions.AnyAsync(s => s.Slug == "schulanmeldung-online-beispiel"))
        {
            return;
        }

        // The rules are tested on the real catalogue and the solutions made here. The training region's fictional
        // solutions (a Kita solution with a neighbour's reuse in Kreis Höxter) would take part in every ranking for
        // Höxter; they are taken out so that each expectation names its reason.
        foreach (var training in await db.Solutions.Where(s => s.IsExample).ToListAsync())
        {
            training.IsPublished = false;
        }

        var owl = await db.Regions.SingleAsync(r => r.Slug == "owl");
        var bildung = await db.Topics.SingleAsync(t => t.Slug == "bildung");
        Solution Example(string title, string summary, Maturity? maturity, OperatorModels models, params Topic[] topics) => new()
        {
            Slug = Slug.From(title),
            Title = title,
            Summary = summary,
            Kind = SolutionKind.Concept,
            Maturity = maturity,
            OperatorModels = models,
            RegionId = owl.Id,
            Topics = [.. topics],
        };

        db.Solutions.AddRange(
            Example("Schulanmeldung online (Beispiel)", "Eltern melden ihr Kind online an der Schule an.", Maturity.Pilot, OperatorModels.SelfHosted, bildung),
            Example("Bürgerportal für kleine Gemeinden (Beispiel)", "Ein Bürgerportal als gemeinsamer Dienst.", Maturity.Pilot, OperatorModels.SharedService),
            Example("Wartelisten-Verwaltung A (Beispiel)", "Wartelisten für Sportplätze verwalten.", Maturity.Production, OperatorModels.SelfHosted),
            Example("Wartelisten-Verwaltung B (Beispiel)", "Wartelisten für Sportplätze verwalten.", Maturity.Pilot, OperatorModels.SelfHosted),
            Example("Raumbuchung selbst betrieben (Beispiel)", "Räume der Verwaltung online buchen.", Maturity.Pilot, OperatorModels.SelfHosted),
            Example("Raumbuchung als Dienst (Beispiel)", "Räume der Verwaltung online buchen.", Maturity.Pilot, OperatorModels.HostedByProvider));
        await db.SaveChangesAsync();
    });

    public Task DisposeAsync() => Task.CompletedTask;

    private static List<string> Titles(AngleSharp.Html.Dom.IHtmlDocument page) =>
        [.. page.QuerySelectorAll(".match-list > li h3 a").Select(a => a.TextContent.Trim())];

    private static string Reasons(AngleSharp.Html.Dom.IHtmlDocument page, string title) =>
        page.QuerySelectorAll(".match-list > li").First(li => li.QuerySelector("h3")!.TextContent.Trim() == title).QuerySelector(".reasons")!.TextContent;

    private async Task<AngleSharp.Html.Dom.IHtmlDocument> MatchAsync(string municipality, string? need = null, HttpStatusCode expected = HttpStatusCode.OK) =>
        await app.Browser().GetPageAsync($"{Url}?kommune={Uri.EscapeDataString(municipality)}&bedarf={Uri.EscapeDataString(need ?? "")}", expected);

    [Fact]
    public async Task Delbrueck_looking_for_open_data_gets_Local_Open_Data_first_because_the_neighbouring_Paderborn_built_it()
    {
        var page = await MatchAsync("Delbrück", "offene Daten und Sensoren");

        Assert.Equal("Local Open Data – urbane Datenplattform", Titles(page)[0]);
        var reasons = Reasons(page, "Local Open Data – urbane Datenplattform");
        Assert.Contains("Schon im Einsatz in Ihrem Kreis (Paderborn)", reasons);
        Assert.Contains("Paderborn", reasons);
        Assert.Contains("Passt zu Ihrem Bedarf: offene, Daten, Sensoren", reasons);
        Assert.Contains("Reifegrad: Produktiv", reasons);
    }

    [Fact]
    public async Task Viersen_sees_Mönchengladbachs_reuse_as_a_reason_from_its_Regierungsbezirk()
    {
        var page = await MatchAsync("Viersen", "Open-Data-Portal");

        Assert.Equal("Local Open Data – urbane Datenplattform", Titles(page)[0]);
        Assert.Contains("Schon im Einsatz im Regierungsbezirk Düsseldorf: Stadt Mönchengladbach", Reasons(page, "Local Open Data – urbane Datenplattform"));
    }

    [Fact]
    public async Task Krefeld_a_kreisfreie_Stadt_sees_Mönchengladbach_as_a_similar_municipality()
    {
        var page = await MatchAsync("Krefeld", "Daten");

        Assert.Contains("Genutzt von einer vergleichbaren Kommune (kreisfreie Stadt", Reasons(page, "Local Open Data – urbane Datenplattform"));
    }

    [Fact]
    public async Task Paderborn_is_told_that_it_already_uses_Local_Open_Data_instead_of_being_offered_it()
    {
        var page = await MatchAsync("Paderborn", "Open Data");

        Assert.DoesNotContain("Local Open Data – urbane Datenplattform", Titles(page));
        Assert.Contains("Local Open Data – urbane Datenplattform", page.Text("#treffer ~ ul"));
    }

    [Theory]
    [InlineData("Anmeldung für Schulen", "Schulanmeldung online (Beispiel)")]
    [InlineData("Schule", "Schulanmeldung online (Beispiel)")]
    [InlineData("Buergerportal", "Bürgerportal für kleine Gemeinden (Beispiel)")]
    [InlineData("BÜRGERPORTALE", "Bürgerportal für kleine Gemeinden (Beispiel)")]
    [InlineData("Fragebogen für Immobilien", "ZEonline – digitale Fragebögen zu Immobilienkäufen")]
    public async Task German_aware_matching_finds_the_solution_for_the_need(string need, string expected)
    {
        var page = await MatchAsync("Höxter", need);

        Assert.Equal(expected, Titles(page)[0]);
        Assert.Contains("Passt zu Ihrem Bedarf", Reasons(page, expected));
    }

    [Fact]
    public async Task Of_two_otherwise_equal_solutions_the_one_in_production_ranks_first()
    {
        var page = await MatchAsync("Höxter", "Wartelisten für Sportplätze");

        Assert.Equal(["Wartelisten-Verwaltung A (Beispiel)", "Wartelisten-Verwaltung B (Beispiel)"], Titles(page).Take(2));
        Assert.Contains("Reifegrad: Produktiv (+10)", Reasons(page, "Wartelisten-Verwaltung A (Beispiel)"));
    }

    [Fact]
    public async Task A_small_kreisangehoerige_municipality_gets_the_hosted_solution_first_a_kreisfreie_Stadt_gets_no_such_bonus()
    {
        var small = await MatchAsync("Höxter", "Räume buchen");
        var city = await MatchAsync("Bielefeld", "Räume buchen");

        Assert.Equal("Raumbuchung als Dienst (Beispiel)", Titles(small)[0]);
        Assert.Contains("Ohne eigenen Serverbetrieb nutzbar", Reasons(small, "Raumbuchung als Dienst (Beispiel)"));
        Assert.DoesNotContain("Ohne eigenen Serverbetrieb", Reasons(city, "Raumbuchung als Dienst (Beispiel)"));
        Assert.Equal(2, Titles(city).Count(t => t.StartsWith("Raumbuchung", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Without_a_need_every_solution_is_ranked_by_place_maturity_and_reuse()
    {
        var page = await MatchAsync("05774020");

        Assert.Equal("Delbrück", page.QuerySelector("#kommune")!.GetAttribute("value"));
        Assert.Contains("LoRaWAN-Funknetz mit City-Dashboard", page.Text("#treffer ~ ul"));
        Assert.Equal("Local Open Data – urbane Datenplattform", Titles(page)[0]);
    }

    [Fact]
    public async Task A_need_that_fits_nothing_says_so()
    {
        var page = await MatchAsync("Höxter", "Raumfahrtbehörde");

        Assert.Empty(Titles(page));
        Assert.Contains("Zu Ihrem Bedarf passt noch keine Lösung", page.Text("main"));
    }

    [Fact]
    public async Task An_unknown_municipality_is_a_400_and_an_ambiguous_one_offers_a_choice()
    {
        var unknown = await MatchAsync("Entenhausen", expected: HttpStatusCode.BadRequest);
        Assert.Contains("steht nicht im amtlichen Gemeindeverzeichnis", unknown.Text("#fehler"));

        var ambiguous = await MatchAsync("Neuenkirchen");
        var choices = ambiguous.QuerySelectorAll("input[type=radio][name=ags]").Select(r => r.GetAttribute("value")).ToList();
        Assert.True(choices.Count >= 2);
        var chosen = await app.Browser().GetPageAsync($"{Url}?kommune=Neuenkirchen&ags={choices[0]}&bedarf=Daten");
        Assert.NotNull(chosen.QuerySelector("#treffer"));

        await MatchAsync("Höxter", new string('x', 301), HttpStatusCode.BadRequest);
    }

    [Theory]
    [InlineData("Schulen", "Schule")]
    [InlineData("Anmeldungen", "Anmeldung")]
    [InlineData("Bürgerportale", "Buergerportal")]
    [InlineData("Fragebögen", "Fragebogen")]
    [InlineData("Gemeinden", "Gemeinde")]
    [InlineData("Kitas", "Kita")]
    public void The_stemmer_brings_forms_of_a_word_together(string a, string b) =>
        Assert.Equal(GermanStemmer.Terms(a).Single(), GermanStemmer.Terms(b).Single());

    [Theory]
    [InlineData("Schule", "Schnee")]
    [InlineData("Portal", "Port")]
    public void The_stemmer_keeps_different_words_apart(string a, string b) =>
        Assert.NotEqual(GermanStemmer.Terms(a).Single(), GermanStemmer.Terms(b).Single());
}

/// <summary>Ranking on the demo catalogue alone (no example solutions): German compounds split into modifier and head.</summary>
public sealed class CompoundMatchingTests(TransferApp app) : IClassFixture<TransferApp>
{
    private static List<string> Titles(AngleSharp.Html.Dom.IHtmlDocument page) =>
        [.. page.QuerySelectorAll(".match-list > li h3 a").Select(a => a.TextContent.Trim())];

    [Theory]
    [InlineData("Bürgerportal")]
    [InlineData("Buergerportal")]
    public async Task A_small_municipality_looking_for_a_citizens_portal_gets_the_service_portal_first(string need)
    {
        var page = await app.Browser().GetPageAsync($"/loesungen/fuer-meine-kommune?kommune=Oberammergau&bedarf={Uri.EscapeDataString(need)}");

        var titles = Titles(page);
        Assert.Equal("Serviceportal für ein digitales Bürgerbüro", titles[0]);
        var localOpenData = titles.IndexOf("Local Open Data – urbane Datenplattform");
        Assert.True(localOpenData is -1 or > 0);
    }
}
