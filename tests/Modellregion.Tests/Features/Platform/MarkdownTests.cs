using AngleSharp.Html.Parser;
using CsCheck;
using Modellregion.Web.Platform;

namespace Modellregion.Tests.Features.Platform;

/// <summary>
/// Rich text skips the sanitizer when Markdig's output cannot hold anything it would change
/// (<see cref="MarkdownRenderer.NeedsSanitizing"/>). These tests hold that promise: for such text the page gets the same
/// document as with the sanitizer, and text that can carry markup still goes through it.
/// </summary>
public sealed class MarkdownTests
{
    private static readonly MarkdownRenderer Renderer = new();

    /// <summary>Pieces of Markdown and text, so that generated text is mostly meaningful Markdown.</summary>
    private static readonly string[] Pieces =
    [
        "*", "**", "_", "__", "~", "~~", "^", "==", "++", "#", "## ", "- ", "* ", "+ ", "1. ", "1986. ", "> ", "`", "```", "```js\n", "~~~", "~~~py\n",
        "    ", "\n", "\n\n", "\r\n", "  \n", "\\", "\\*", "---\n", "***\n", "&amp;", "&lt;", "&#60;", "&#x3C;", "&quot;", "&nbsp;", "&bogus;",
        "\"", "'", "=", "(", ")", "{", "}", ":", "!", "?", "/", "%", "http://beispiel.de/a?b=1&c=\"2\"", "https://beispiel.de/ä ö",
        "www.beispiel.de", "mailto:a@beispiel.de", "a@beispiel.de", "javascript:alert(1)", "data:text/html,x", "vbscript:x",
        "onerror=alert(1)", "style=x", "Förderbescheid", "Straße", "ÄÖÜ", "€", "1.000,50", "\u00A0", "\u200B", "\u202E", "\uFEFF",
        "\0", "😀", "𝔘", "中文", "עברית", "ﷺ", "\t", " ", "x", "Text",
    ];

    private static readonly Gen<string> MarkdownText = Gen.Frequency(
        (6, Gen.OneOf(Pieces).Array[1, 40].Select(string.Concat)),
        (2, Gen.Char[char.MinValue, char.MaxValue].Array[1, 64].Select(chars => new string(chars))),
        (1, Gen.Int[0x10000, 0x10FFFF].Array[1, 16].Select(points => string.Concat(points.Select(char.ConvertFromUtf32)))),
        (1, Gen.Select(Gen.OneOf(Pieces).Array[1, 20], Gen.OneOf("<", "[", "|", "ftp://x.de", "tel:1", "TEL:1", "<script>", "```", "~~~"), (parts, risky) => string.Concat(parts) + risky)));

    [Fact]
    public void Text_without_markup_gets_the_same_document_as_through_the_sanitizer() =>
        MarkdownText.Sample(text =>
        {
            // Blank text renders as nothing either way (Render returns before Markdig).
            if (string.IsNullOrWhiteSpace(text) || MarkdownRenderer.NeedsSanitizing(text))
            {
                return;
            }

            Assert.Equal(Document(Renderer.SanitizedAlways(text)), Document(Renderer.Render(text).ToString()!));
        }, iter: 20_000);

    [Theory]
    [InlineData("Ein **fetter** und ein _kursiver_ Text mit ~~Streichung~~, H~2~O, x^2^, ==markiert== und ++eingefügt++.")]
    [InlineData("# Überschrift\n\n1986. Eine Liste\n1987. ab einer Zahl\n\n- Punkt\n- Punkt\n\n> Zitat\n\n---\n\nEnde")]
    [InlineData("    eingerückter Code mit \"Anführungszeichen\" & Ampersand\n\nUnd `Code` im Satz.")]
    [InlineData("Siehe https://www.land.nrw/digitale-modellregionen?x=1&y=\"2\", www.beispiel.de und mailto:info@beispiel.de.")]
    [InlineData("&lt;script&gt;alert(1)&lt;/script&gt; &#60;img src=x onerror=alert(1)&#62; &quot;javascript:alert(1)&quot;")]
    [InlineData("Zeile mit zwei Leerzeichen  \nund harter Umbruch\\\nEnde")]
    public void Typical_texts_without_markup_match_the_sanitizer(string text)
    {
        Assert.False(MarkdownRenderer.NeedsSanitizing(text));
        Assert.Equal(Document(Renderer.SanitizedAlways(text)), Document(Renderer.Render(text).ToString()!));
    }

    [Theory]
    [InlineData("<script>alert(1)</script>", "<script")]
    [InlineData("<img src=x onerror=alert(1)>", "onerror")]
    [InlineData("[Klick](javascript:alert(1))", "javascript:")]
    [InlineData("![Bild](https://beispiel.de/a.png)", "<img")]
    [InlineData("<javascript:alert(1)>", "href=\"javascript")]
    [InlineData("| a | b |\n|:--|--:|\n| 1 | 2 |", "style=")]
    [InlineData("ftp://beispiel.de/datei", "href=\"ftp")]
    [InlineData("tel:+4921112345", "href=\"tel")]
    [InlineData("```js\nvar a = 1;\n```", "class=")]
    [InlineData("~~~js\nvar a = 1;\n~~~", "class=")]
    [InlineData("<a href=\"https://beispiel.de\" onclick=\"x()\">x</a>", "onclick")]
    public void Text_that_can_carry_markup_still_goes_through_the_sanitizer(string text, string mustNotAppear)
    {
        Assert.True(MarkdownRenderer.NeedsSanitizing(text));
        Assert.DoesNotContain(mustNotAppear, Renderer.Render(text).ToString(), StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The document a browser builds from the HTML, written out in one form.</summary>
    private static string Document(string html) => new HtmlParser().ParseDocument("<!DOCTYPE html><html><body>" + html + "</body></html>").Body!.InnerHtml;
}
