using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Modellregion.EndToEnd.Support;

/// <summary>Runs axe-core with the WCAG 2.1 level A and AA rules and describes what it finds.</summary>
public static class Axe
{
    private static readonly AxeRunOptions Wcag21AA = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        ResultTypes = [ResultType.Violations],
    };

    /// <summary>The violations on the page as readable text, or null when there are none.</summary>
    public static async Task<string?> ViolationsAsync(IPage page, string label)
    {
        var result = await page.RunAxe(Wcag21AA);
        if (result.Violations.Length == 0)
        {
            return null;
        }

        var text = new StringBuilder();
        text.AppendLine($"{label}:");
        foreach (var violation in result.Violations)
        {
            text.AppendLine($"  [{violation.Impact}] {violation.Id}: {violation.Help}");
            foreach (var node in violation.Nodes.Take(10))
            {
                text.AppendLine($"      {node.Target}  {Shorten(node.Html)}");
            }

            if (violation.Nodes.Length > 10)
            {
                text.AppendLine($"      … and {violation.Nodes.Length - 10} more");
            }
        }

        return text.ToString();
    }

    private static string Shorten(string html) => html.Length > 160 ? html[..160] + "…" : html;
}
