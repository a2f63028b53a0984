using System.Net;
using Microsoft.EntityFrameworkCore;
using Modellregion.Tests.Infrastructure;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Projects;

namespace Modellregion.Tests.Features.Projects;

/// <summary>A citizen filters, sorts and pages the project list; bad filter values are ignored with a note.</summary>
public sealed class ProjectListTests(ModellregionApp app) : IClassFixture<ModellregionApp>
{
    private static string Heading(AngleSharp.Html.Dom.IHtmlDocument page) => page.QuerySelector("#ergebnis-titel")!.TextContent.Trim();

    private static List<string> Titles(AngleSharp.Html.Dom.IHtmlDocument page) =>
        [.. page.QuerySelectorAll(".result-list h3 a").Select(a => a.TextContent.Trim())];

    [Fact]
    public async Task Region_filter_shows_only_that_regions_projects_with_a_count()
    {
        var owlCount = await app.WithDbAsync(db => db.Projects.CountAsync(p => p.Region!.Slug == "owl" && p.IsPublished));

        var page = await app.Browser().GetPageAsync("/projekte?region=owl");

        Assert.Equal($"{owlCount} Projekte gefunden", Heading(page));
        Assert.Contains("LoRaWAN 2.0", Titles(page));
        Assert.DoesNotContain("Smart School", Titles(page));
        Assert.Equal("owl", page.QuerySelector("#filter-region option[selected]")?.GetAttribute("value"));
    }

    [Fact]
    public async Task Filters_combine_status_field_topic_and_municipality()
    {
        var page = await app.Browser().GetPageAsync("/projekte?region=owl&status=abgeschlossen&feld=digitale-stadtentwicklung");
        var titles = Titles(page);
        Assert.Contains("TheaterLytics", titles);
        Assert.Contains("LoRaWAN (Testphase)", titles);
        Assert.DoesNotContain("LoRaWAN 2.0", titles);

        // The list shows the training region's projects too, marked and after the real ones.
        var topic = await app.Browser().GetPageAsync("/projekte?thema=gesundheit");
        Assert.Equal(["Digitale Gesundheitsplattform OWL", "Drohnen-Lieferdienst für Apotheken (Beispiel)"], Titles(topic));

        var byKey = await app.Browser().GetPageAsync("/projekte?kommune=05774020");
        var byName = await app.Browser().GetPageAsync("/projekte?kommune=Delbr%C3%BCck");
        Assert.Contains("LoRaWAN 2.0", Titles(byKey));
        Assert.Equal(Titles(byKey), Titles(byName));
        Assert.Equal("Delbrück", byName.QuerySelector("#kommune")?.GetAttribute("value"));
    }

    [Theory]
    [InlineData("titel")]
    [InlineData("neueste")]
    [InlineData("foerdersumme")]
    public async Task Paging_through_the_whole_list_gives_every_project_once_the_real_ones_before_the_examples(string sort)
    {
        // The order the database gives when it sorts everything at once, with its own lower() for titles.
        var expected = await app.WithDbAsync(db =>
        {
            var published = db.Projects.Where(p => p.IsPublished).OrderBy(p => p.Region!.IsExample);
            var ordered = sort switch
            {
                "neueste" => published.ThenBy(p => p.StartsOn == null).ThenByDescending(p => p.StartsOn).ThenBy(p => p.Title.ToLower()),
                "foerdersumme" => published.ThenBy(p => p.ApprovedGrant == null).ThenByDescending(p => p.ApprovedGrant).ThenBy(p => p.Title.ToLower()),
                _ => published.ThenBy(p => p.Title.ToLower()).ThenBy(p => p.Id),
            };
            return ordered.Select(p => p.Title).ToListAsync();
        });
        var examples = await app.WithDbAsync(db => db.Projects.CountAsync(p => p.IsPublished && p.Region!.IsExample));
        Assert.InRange(examples, 1, expected.Count - 1);
        Assert.NotEqual(0, (expected.Count - examples) % SearchProjects.PageSize);

        var shown = new List<string>();
        for (var number = 1; number <= (expected.Count + SearchProjects.PageSize - 1) / SearchProjects.PageSize; number++)
        {
            var page = await app.Browser().GetPageAsync($"/projekte?sortierung={sort}&seite={number}");
            shown.AddRange(Titles(page));
        }

        Assert.Equal(expected, shown);
        Assert.All(shown[^examples..], title => Assert.EndsWith("(Beispiel)", title, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Text_search_finds_projects_by_title_and_summary()
    {
        var page = await app.Browser().GetPageAsync("/projekte?q=funknetz");

        Assert.Contains("LoRaWAN 2.0", Titles(page));
        Assert.Contains("LoRaWAN (Testphase)", Titles(page));
    }

    [Theory]
    [InlineData("Bürgerbüro")]
    [InlineData("Buergerbuero")]
    [InlineData("BÜRGERBÜRO")]
    public async Task Text_search_is_German_aware(string term)
    {
        var page = await app.Browser().GetPageAsync("/projekte?q=" + Uri.EscapeDataString(term));

        Assert.Contains("Digitales Bürgerbüro auf Basis eines Serviceportals", Titles(page));
    }

    [Theory]
    [InlineData("delbr%C3%BCck")]
    [InlineData("Delbrueck")]
    [InlineData("DELBRÜCK")]
    [InlineData("Delbr%C3%BCck%2C%20Stadt")]
    public async Task The_municipality_filter_takes_the_name_as_people_type_it(string name)
    {
        var byKey = await app.Browser().GetPageAsync("/projekte?kommune=05774020");
        var byName = await app.Browser().GetPageAsync("/projekte?kommune=" + name);

        Assert.Equal(Titles(byKey), Titles(byName));
        Assert.Null(byName.QuerySelector(".kern-alert--warning"));
    }

    [Fact]
    public async Task Titles_sort_alphabetically_regardless_of_case()
    {
        // Aachen's 15 projects fit on one page.
        var titles = Titles(await app.Browser().GetPageAsync("/projekte?region=aachen"));

        Assert.Contains("ehrenamtinteraktiv", titles);
        Assert.Equal(titles.Order(StringComparer.OrdinalIgnoreCase), titles);
    }

    [Fact]
    public async Task Sorting_by_grant_puts_the_largest_grant_first()
    {
        var page = await app.Browser().GetPageAsync("/projekte?sortierung=foerdersumme");

        Assert.Equal("Digitale Gesundheitsplattform OWL", Titles(page)[0]);
    }

    [Fact]
    public async Task Paging_shows_twenty_per_page_and_links_the_next_page_with_the_filters_kept()
    {
        var total = await app.WithDbAsync(db => db.Projects.CountAsync(p => p.IsPublished));
        Assert.True(total > SearchProjects.PageSize, "Die Demodaten sollten mehr als eine Seite füllen.");

        var first = await app.Browser().GetPageAsync("/projekte?sortierung=neueste");
        Assert.Equal(SearchProjects.PageSize, Titles(first).Count);
        var next = first.QuerySelector("a[rel=next]")!.GetAttribute("href")!;
        Assert.Contains("sortierung=neueste", next);
        Assert.Contains("seite=2", next);

        var second = await app.Browser().GetPageAsync(next);
        Assert.Equal(Math.Min(SearchProjects.PageSize, total - SearchProjects.PageSize), Titles(second).Count);
        Assert.Empty(Titles(first).Intersect(Titles(second)));
    }

    [Theory]
    [InlineData("/projekte?region=atlantis", "atlantis")]
    [InlineData("/projekte?status=fertig", "fertig")]
    [InlineData("/projekte?thema=raumfahrt", "raumfahrt")]
    [InlineData("/projekte?feld=x", "x")]
    [InlineData("/projekte?kommune=99999999", "99999999")]
    [InlineData("/projekte?kommune=Neustadt", "Neustadt")]
    [InlineData("/projekte?seite=abc", "abc")]
    [InlineData("/projekte?seite=-3", "-3")]
    [InlineData("/projekte?seite=99999", "99999")]
    [InlineData("/projekte?sortierung=zufall", "zufall")]
    public async Task Unknown_filter_value_is_ignored_with_a_visible_note(string url, string value)
    {
        var total = await app.WithDbAsync(db => db.Projects.CountAsync(p => p.IsPublished));

        var page = await app.Browser().GetPageAsync(url);

        var note = page.QuerySelector(".kern-alert--warning")?.TextContent ?? "";
        Assert.Contains($"„{value}“", note);
        Assert.Contains("wurde ignoriert", note);
        if (!url.Contains("seite=99999", StringComparison.Ordinal))
        {
            Assert.Equal($"{total} Projekte gefunden", Heading(page));
        }
    }

    [Fact]
    public async Task Markup_in_a_filter_value_is_shown_as_text_never_executed()
    {
        var response = await app.Browser().GetAsync("/projekte?region=%3Cscript%3Ealert(1)%3C%2Fscript%3E&q=%3Cb%3Ex");
        var body = await response.BodyAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("<script>alert(1)", body, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_overlong_search_is_ignored_not_an_error()
    {
        var page = await app.Browser().GetPageAsync("/projekte?q=" + new string('a', 5000));

        Assert.Contains("wurde ignoriert", page.QuerySelector(".kern-alert--warning")!.TextContent);
    }

    [Fact]
    public async Task Unpublished_project_is_neither_listed_nor_shown()
    {
        await app.WithDbAsync(async db =>
        {
            var project = await db.Projects.SingleAsync(p => p.Slug == "smart-shopping");
            project.IsPublished = false;
            await db.SaveChangesAsync();
        });

        var list = await app.Browser().GetPageAsync("/projekte?region=aachen");
        Assert.DoesNotContain("Smart Shopping", Titles(list));
        await app.Browser().GetPageAsync("/projekte/smart-shopping", HttpStatusCode.NotFound);
        var api = await app.Browser().GetAsync("/api/v1/projects/smart-shopping");
        Assert.Equal(HttpStatusCode.NotFound, api.StatusCode);
    }
}
