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
        var summary = entry.Summary is null ? null : XmlText(entry.Summary);
        var item = new SyndicationItem(XmlText(entry.Title), summary is null ? null : new TextSyndicationContent(summary), address, address.ToString(), Utc(entry.Updated));
        if (entry.Published is { } published)
        {
            item.PublishDate = Utc(published);
        }

        if (summary is not null)
        {
            item.Summary = new TextSyndicationContent(summary);
        }

        return item;
    }

    /// <summary>
    /// Stored text as XML can carry it: characters XML 1.0 does not allow (control characters, halves of surrogate
    /// pairs, U+FFFE and U+FFFF), which the forms accept as any text, become U+FFFD instead of breaking the feed.
    /// </summary>
    internal static string XmlText(string text)
    {
        var invalid = -1;
        for (var i = 0; i < text.Length; i++)
        {
            if (XmlConvert.IsXmlChar(text[i]))
            {
                continue;
            }

            if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]))
            {
                i++;
                continue;
            }

            invalid = i;
            break;
        }

        if (invalid < 0)
        {
            return text;
        }

        var result = new StringBuilder(text.Length);
        result.Append(text, 0, invalid);
        for (var i = invalid; i < text.Length; i++)
        {
            if (XmlConvert.IsXmlChar(text[i]))
            {
                result.Append(text[i]);
            }
            else if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]))
            {
                result.Append(text, i, 2);
                i++;
            }
            else
            {
                result.Append('\uFFFD');
            }
        }

        return result.ToString();
    }

    private static DateTimeOffset Utc(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc));
}
