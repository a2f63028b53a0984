using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;

namespace Modellregion.Web.Platform;

/// <summary>One entry of a feed: the page it stands for (a path of this site), its title and summary, and its dates (UTC).</summary>
public sealed record FeedEntry(string Path, string Title, string? Summary, DateTime Updated, DateTime? Published = null);

/// <summary>
/// Atom feeds (RFC 4287) of the public lists, written with System.ServiceModel.Syndication: absolute addresses from
/// the site's address, the newest change as the feed's date, and a self link so that feed readers can subscribe.
/// </summary>
public static class AtomFeeds
{
    public const string ContentType = "application/atom+xml; charset=utf-8";

    public static IResult Result(HttpContext context, string title, string? subtitle, IReadOnlyList<FeedEntry> entries)
    {
        var site = context.RequestServices.GetRequiredService<SiteAddress>().For(context.Request).TrimEnd('/');
        var self = new Uri(site + context.Request.Path);
        var alternate = new Uri(site + context.Request.Path.Value![..^".atom".Length]);
        var feed = new SyndicationFeed(title, subtitle, alternate, self.ToString(), entries.Count == 0 ? DateTimeOffset.UnixEpoch : Utc(entries.Max(e => e.Updated)))
        {
            Language = "de",
            Generator = "Modellregion",
            Items = [.. entries.Select(e => Item(site, e))],
        };
        feed.Links.Add(SyndicationLink.CreateSelfLink(self, "application/atom+xml"));
        feed.Authors.Add(new SyndicationPerson { Name = "Modellregion" });

        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            new Atom10FeedFormatter(feed).WriteTo(writer);
        }

        return Results.Bytes(stream.ToArray(), ContentType);
    }

    private static SyndicationItem Item(string site, FeedEntry entry)
    {
        var address = new Uri(site + entry.Path);
        var item = new SyndicationItem(entry.Title, entry.Summary is null ? null : new TextSyndicationContent(entry.Summary), address, address.ToString(), Utc(entry.Updated));
        if (entry.Published is { } published)
        {
            item.PublishDate = Utc(published);
        }

        if (entry.Summary is not null)
        {
            item.Summary = new TextSyndicationContent(entry.Summary);
        }

        return item;
    }

    private static DateTimeOffset Utc(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc));
}
