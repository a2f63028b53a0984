using System.Text.RegularExpressions;

namespace Modellregion.Web.Features.Transfer.PublicCode;

/// <summary>
/// Checks SPDX licence expressions ("EUPL-1.2", "EUPL-1.2 OR AGPL-3.0-or-later", "GPL-2.0-only WITH
/// Classpath-exception-2.0", "LicenseRef-…"). The list holds the licences common for public-sector software and
/// open data; extend it when a solution needs another identifier from spdx.org/licenses.
/// </summary>
public static partial class Spdx
{
    private static readonly HashSet<string> Licences = new(StringComparer.OrdinalIgnoreCase)
    {
        "0BSD", "AFL-3.0", "AGPL-3.0", "AGPL-3.0-only", "AGPL-3.0-or-later", "Apache-1.1", "Apache-2.0", "Artistic-2.0", "BlueOak-1.0.0",
        "BSD-2-Clause", "BSD-3-Clause", "BSL-1.0", "CC-BY-3.0", "CC-BY-4.0", "CC-BY-SA-3.0", "CC-BY-SA-4.0", "CC-BY-ND-4.0", "CC-BY-NC-4.0",
        "CC-BY-NC-SA-4.0", "CC0-1.0", "CDDL-1.0", "CECILL-2.1", "DL-DE-BY-2.0", "DL-DE-ZERO-2.0", "ECL-2.0", "EPL-1.0", "EPL-2.0",
        "EUPL-1.1", "EUPL-1.2", "GPL-2.0", "GPL-2.0-only", "GPL-2.0-or-later", "GPL-3.0", "GPL-3.0-only", "GPL-3.0-or-later", "ISC",
        "LGPL-2.1", "LGPL-2.1-only", "LGPL-2.1-or-later", "LGPL-3.0", "LGPL-3.0-only", "LGPL-3.0-or-later", "MIT", "MIT-0", "MPL-1.1",
        "MPL-2.0", "MS-PL", "MS-RL", "NCSA", "ODbL-1.0", "ODC-By-1.0", "OFL-1.1", "OSL-3.0", "PDDL-1.0", "PostgreSQL", "Python-2.0",
        "Unlicense", "UPL-1.0", "W3C", "WTFPL", "X11", "Zlib", "ZPL-2.1",
    };

    private static readonly HashSet<string> Exceptions = new(StringComparer.OrdinalIgnoreCase)
    {
        "Classpath-exception-2.0", "GCC-exception-3.1", "LLVM-exception", "OpenJDK-assembly-exception-1.0", "Autoconf-exception-3.0",
    };

    /// <summary>Null when valid, else the German reason.</summary>
    public static string? Check(string? expression)
    {
        if (string.IsNullOrWhiteSpace(expression))
        {
            return "Bitte geben Sie eine SPDX-Lizenzkennung an, z. B. EUPL-1.2.";
        }

        var tokens = Token().Matches(expression).Select(m => m.Value).ToList();
        if (string.Concat(tokens) != Whitespace().Replace(expression, ""))
        {
            return $"„{expression}“ ist kein gültiger SPDX-Lizenzausdruck.";
        }

        var position = 0;
        var error = Expression(tokens, ref position);
        return error ?? (position == tokens.Count ? null : $"„{expression}“ ist kein gültiger SPDX-Lizenzausdruck.");
    }

    private static string? Expression(List<string> tokens, ref int position)
    {
        while (true)
        {
            var error = Term(tokens, ref position);
            if (error is not null)
            {
                return error;
            }

            if (position < tokens.Count && tokens[position] is "AND" or "OR")
            {
                position++;
                continue;
            }

            return null;
        }
    }

    private static string? Term(List<string> tokens, ref int position)
    {
        if (position >= tokens.Count)
        {
            return "Der SPDX-Lizenzausdruck ist unvollständig.";
        }

        if (tokens[position] == "(")
        {
            position++;
            var error = Expression(tokens, ref position);
            if (error is not null)
            {
                return error;
            }

            if (position >= tokens.Count || tokens[position] != ")")
            {
                return "Im SPDX-Lizenzausdruck fehlt eine schließende Klammer.";
            }

            position++;
            return null;
        }

        var id = tokens[position++].TrimEnd('+');
        if (!Licences.Contains(id) && !id.StartsWith("LicenseRef-", StringComparison.Ordinal))
        {
            return $"„{id}“ ist keine bekannte SPDX-Lizenzkennung (z. B. EUPL-1.2, AGPL-3.0-or-later, MIT, Apache-2.0).";
        }

        if (position < tokens.Count && tokens[position] == "WITH")
        {
            position++;
            if (position >= tokens.Count || !Exceptions.Contains(tokens[position]))
            {
                return "Nach WITH muss eine bekannte SPDX-Ausnahme stehen, z. B. Classpath-exception-2.0.";
            }

            position++;
        }

        return null;
    }

    [GeneratedRegex(@"\(|\)|[A-Za-z0-9.\-+]+")]
    private static partial Regex Token();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
