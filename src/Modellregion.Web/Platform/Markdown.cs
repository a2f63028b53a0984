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
        return new HtmlString(_sanitizer.Sanitize(html));
    }
}
