using System.Net;
using System.ServiceModel.Syndication;
using System.Xml;
using Microsoft.EntityFrameworkCore;
using Modellregion.Tests.Infrastructure;
using Modellregion.Web.Data;

namespace Modellregion.Tests.Features.Platform;

/// <summary>
/// Feed readers subscribe to the news, new projects, new solutions and upcoming events: valid Atom with absolute
/// links to the public pages, example data marked, nothing unpublished; the list pages announce their feed.
/// </summary>
public sealed class AtomFeedTests(ModellregionApp app) : IClassFixture<ModellregionApp>
{
    private async Task<SyndicationFeed> FeedAsync(string url)
    {
        var response = await app.Browser().GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType?.MediaType);
        using var reader = XmlReader.Create(await response.Content.ReadAsStreamAsync());
        var formatter = new Atom10FeedFormatter();
        Assert.True(formatter.CanRead(reader), "Kein Atom-Feed.");
        formatter.ReadFrom(reader);
        var feed = formatter.Feed;
        Assert.Contains(feed.Links, l => l.RelationshipType == "self" && l.Uri.AbsolutePath == url);
        Assert.All(feed.Items, item =>
        {
            Assert.True(item.Links.Single().Uri.IsAbsoluteUri);
            Assert.False(string.IsNullOrWhiteSpace(item.Title.Text));
        });
        return feed;
    }

    [Theory]
    [InlineData("/aktuelles", "/aktuelles.atom")]
    [InlineData("/projekte", "/projekte.atom")]
    [InlineData("/loesungen", "/loesungen.atom")]
    [InlineData("/veranstaltungen", "/veranstaltungen.atom")]
    public async Task Each_list_announces_its_feed_and_the_feed_links_to_public_pages(string list, string feedUrl)
    {
        var page = await app.Browser().GetPageAsync(list);
        Assert.NotNull(page.QuerySelector($"head link[rel=alternate][type='application/atom+xml'][href='{feedUrl}']"));

        var feed = await FeedAsync(feedUrl);

        Assert.NotEmpty(feed.Items);
        foreach (var item in feed.Items.Take(5))
        {
            Assert.Equal(HttpStatusCode.OK, (await app.Browser().GetAsync(item.Links.Single().Uri.PathAndQuery)).StatusCode);
        }
    }

    [Fact]
    public async Task Feeds_carry_only_published_items_and_mark_example_data()
    {
        var hidden = await app.WithDbAsync(async db =>
        {
            var project = await db.Projects.Where(p => p.IsPublished).OrderByDescending(p => p.CreatedAt).FirstAsync();
            project.IsPublished = false;
            await db.SaveChangesAsync();
            return project.Slug;
        });

        var projects = await FeedAsync("/projekte.atom");
        var events = await FeedAsync("/veranstaltungen.atom");

        Assert.DoesNotContain(projects.Items, i => i.Links.Single().Uri.AbsolutePath == $"/projekte/{hidden}");
        Assert.Contains(events.Items, i => i.Title.Text.Contains("(Beispiel)", StringComparison.Ordinal));
        Assert.DoesNotContain(events.Items, i => i.Links.Single().Uri.AbsolutePath == "/veranstaltungen/digitalkongress-2022");
    }

    [Fact]
    public async Task Text_that_xml_cannot_carry_does_not_break_the_feed()
    {
        // The forms take any text both databases store; XML 1.0 has no place for control characters, U+FFFE and U+FFFF.
        var slug = await app.WithDbAsync(async db =>
        {
            var project = await db.Projects.Where(p => p.IsPublished && !p.IsSynthetic).OrderByDescending(p => p.CreatedAt).ThenByDescending(p => p.Id).FirstAsync();
            project.Title = "Titel\u0001mit\u0008Steuerzeichen\u001F und 😀";
            project.Summary = "Zusammenfassung\u000B\uFFFF\uFFFE Ende";
            await db.SaveChangesAsync();
            return project.Slug;
        });

        var feed = await FeedAsync("/projekte.atom");
        var item = feed.Items.Single(i => i.Links.Single().Uri.AbsolutePath == $"/projekte/{slug}");
        Assert.StartsWith("Titel\uFFFDmit\uFFFDSteuerzeichen\uFFFD und 😀", item.Title.Text, StringComparison.Ordinal);
        Assert.Equal("Zusammenfassung\uFFFD\uFFFD\uFFFD Ende", ((TextSyndicationContent)item.Summary).Text);
    }
}
