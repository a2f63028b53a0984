using Ganss.Xss;
using Markdig;
using Microsoft.AspNetCore.Html;

namespace Modellregion.Web.Platform;

/// <summary>Rich text: Markdown rendered by Markdig, then sanitized so stored text can never inject script.</summary>
public sealed class MarkdownRenderer
{
    private readonly MarkdownPipeline _pipeline = new MarkdownPipelineBuilder().UseAutoLinks().UseEmphasisExtras().UsePipeTables().Build();
    private readonly HtmlSanitizer _sanitizer;

    public MarkdownRenderer()
    {
        _sanitizer = new HtmlSanitizer();
        _sanitizer.AllowedSchemes.Add("mailto");
        _sanitizer.AllowedTags.Remove("img");
        _sanitizer.AllowedAttributes.Remove("style");
    }

    public IHtmlContent Render(string? markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return HtmlString.Empty;
        }

        var html = Markdig.Markdown.ToHtml(markdown, _pipeline);
        return new HtmlString(NeedsSanitizing(markdown) ? _sanitizer.Sanitize(html) : html);
    }

    /// <summary>
    /// Whether Markdig's output for <paramref name="markdown"/> can hold anything the sanitizer would change. Without
    /// <c>&lt;</c> there is no raw HTML and no angle-bracket link; without <c>[</c> no link or image with an address of
    /// the author's choosing; without <c>|</c> no table (whose alignment Markdig writes as a style); without a code
    /// fence (<c>```</c>, <c>~~~</c>) no language class, which the sanitizer drops; and without <c>ftp:</c> or
    /// <c>tel:</c> no automatic link in a scheme the sanitizer drops; and without control characters, noncharacters
    /// or halves of surrogate pairs nothing the sanitizer's HTML parser replaces. Markdig escapes all text itself,
    /// so such output is already what the sanitizer would return (the same document; tested in MarkdownTests).
    /// Parsing and rewriting the HTML was the largest single cost of a project page.
    /// </summary>
    internal static bool NeedsSanitizing(string markdown)
    {
        if (markdown.Contains("```", StringComparison.Ordinal)
            || markdown.Contains("~~~", StringComparison.Ordinal)
            || markdown.Contains("ftp:", StringComparison.OrdinalIgnoreCase)
            || markdown.Contains("tel:", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        for (var i = 0; i < markdown.Length; i++)
        {
            var c = markdown[i];
            if (c is '<' or '[' or '|' || IsRewrittenByTheParser(c))
            {
                return true;
            }

            if (char.IsHighSurrogate(c))
            {
                // A pair is fine unless it is one of the noncharacters at the end of a plane (U+1FFFE …); a lone half is not.
                if (i + 1 >= markdown.Length || !char.IsLowSurrogate(markdown[i + 1]) || (char.ConvertToUtf32(c, markdown[i + 1]) & 0xFFFE) == 0xFFFE)
                {
                    return true;
                }

                i++;
            }
            else if (char.IsLowSurrogate(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Characters the HTML parser behind the sanitizer writes out differently: control characters (other than tab and
    /// line breaks) and noncharacters.
    /// </summary>
    private static bool IsRewrittenByTheParser(char c) =>
        (c < ' ' && c is not ('\t' or '\n' or '\r')) || c is >= '\u007F' and <= '\u009F' || c is >= '\uFDD0' and <= '\uFDEF' || c >= '\uFFFE';

    /// <summary>The sanitizer's result for Markdig's HTML, whatever <see cref="NeedsSanitizing"/> says (for tests).</summary>
    internal string SanitizedAlways(string markdown) => _sanitizer.Sanitize(Markdig.Markdown.ToHtml(markdown, _pipeline));
}
