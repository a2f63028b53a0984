using System.Text;

namespace Modellregion.Tests.Security;

/// <summary>Renders <c>docs/authorization-matrix.md</c> from the expected table.</summary>
public static class MatrixDocument
{
    private static readonly (string Title, Func<string, bool> Contains)[] Sections =
    [
        ("Öffentliche Seiten", p => !p.StartsWith("/verwaltung", StringComparison.Ordinal) && !p.StartsWith("/api", StringComparison.Ordinal) && !p.StartsWith("/oparl", StringComparison.Ordinal) && !p.StartsWith("/digitalboard/mitglieder", StringComparison.Ordinal) && !p.StartsWith("/opendata", StringComparison.Ordinal) && !p.StartsWith("/openapi", StringComparison.Ordinal)),
        ("Mitgliederbereich des Digitalboards", p => p.StartsWith("/digitalboard/mitglieder", StringComparison.Ordinal)),
        ("Verwaltung", p => p.StartsWith("/verwaltung", StringComparison.Ordinal)),
        ("Programmierschnittstellen (API)", p => p.StartsWith("/api", StringComparison.Ordinal) || p.StartsWith("/openapi", StringComparison.Ordinal)),
        ("OParl 1.1", p => p.StartsWith("/oparl", StringComparison.Ordinal)),
        ("Offene Daten", p => p.StartsWith("/opendata", StringComparison.Ordinal)),
    ];

    public static string Render(ExpectedMatrix matrix)
    {
        var text = new StringBuilder();
        text.AppendLine("# Berechtigungsmatrix");
        text.AppendLine();
        text.AppendLine("<!-- Erzeugt aus tests/Modellregion.Tests/Security/AuthorizationMatrix.txt; nicht von Hand ändern. -->");
        text.AppendLine("<!-- Neu erzeugen: MODELLREGION_UPDATE_MATRIX=1 dotnet test tests/Modellregion.Tests --filter \"FullyQualifiedName~Security.AuthorizationMatrixTests\" -->");
        text.AppendLine();
        text.AppendLine("Jede Route der App (Seiten mit ihren POST-Handlern, Minimal-APIs, OParl, Downloads) und was jede Rolle als Antwort");
        text.AppendLine("erhält. Der Test `AuthorizationMatrixTests` liest die Routen aus der App selbst, fragt jede mit jeder Rolle an und");
        text.AppendLine("vergleicht mit dieser Tabelle; eine neue Route ohne Zeile lässt ihn scheitern (ADR 0025).");
        text.AppendLine();
        text.AppendLine("## Rollen und Beispieldaten");
        text.AppendLine();
        text.AppendLine($"Region X ist die Übungsregion (`{MatrixData.RegionX}`), Region Y die Region OWL (`{MatrixData.RegionY}`). Projekt A ist das");
        text.AppendLine($"laufende Projekt der Übungsregion (`{MatrixData.ProjectA}`), Projekt B liegt in OWL (`{MatrixData.ProjectB}`).");
        text.AppendLine("Routenparameter werden mit Datensätzen von Projekt A und Region X gefüllt (Sitzung, Vorlage, Datei des Digitalboards");
        text.AppendLine("der Übungsregion, Lösung, Veranstaltung, Meldung). So zeigt die Spalte „Projektleitung Projekt B“, was jemand an einem");
        text.AppendLine("fremden Projekt darf, und „Projektbüro Region Y“, was ein Büro in einer fremden Region darf.");
        text.AppendLine();
        text.AppendLine("| Spalte | Wer |");
        text.AppendLine("|---|---|");
        foreach (var principal in Principal.All)
        {
            text.AppendLine($"| {principal.Key} | {principal.Label} |");
        }

        text.AppendLine();
        text.AppendLine("## Legende");
        text.AppendLine();
        text.AppendLine("| Zeichen | Bedeutung |");
        text.AppendLine("|---|---|");
        text.AppendLine("| ✓ | erlaubt (2xx oder Weiterleitung, nicht zur Anmeldung; bei POST/PUT/DELETE ohne gültige Eingabe auch 400/409/422) |");
        text.AppendLine("| → Anmeldung | Weiterleitung zur Anmeldung |");
        text.AppendLine("| ✗ | 403 Kein Zugriff |");
        text.AppendLine("| ✗ (401) | 401 ohne gültiges Zugangstoken (Schreib-API) |");
        text.AppendLine("| – (404) | 404: nicht vorhanden oder für diese Rolle nicht sichtbar |");
        text.AppendLine("| andere Zahl | dieser Statuscode |");
        if (matrix.Notes.Count > 0)
        {
            text.AppendLine();
            text.AppendLine("## Geprüfte Besonderheiten");
            text.AppendLine();
            text.AppendLine("Zeilen, deren Antworten nicht auf den ersten Blick zur Route passen, sind von Hand geprüft; hier steht, warum sie so sind.");
            text.AppendLine();
            foreach (var (route, note) in matrix.Notes.OrderBy(n => n.Key, StringComparer.Ordinal))
            {
                text.AppendLine($"- `{route}`: {note}");
            }
        }

        foreach (var (title, contains) in Sections)
        {
            var rows = matrix.Rows.Where(r => contains(r.Key.Split(' ')[1])).OrderBy(r => r.Key.Split(' ')[1], StringComparer.Ordinal).ThenBy(r => r.Key, StringComparer.Ordinal).ToList();
            if (rows.Count == 0)
            {
                continue;
            }

            text.AppendLine();
            text.AppendLine($"## {title}");
            text.AppendLine();
            text.AppendLine("| Route | " + string.Join(" | ", matrix.Header) + " |");
            text.AppendLine("|---|" + string.Concat(matrix.Header.Select(_ => "---|")));
            foreach (var (route, cells) in rows)
            {
                text.AppendLine($"| `{route}` | " + string.Join(" | ", matrix.Header.Select(h => AnswerClass.Symbol(cells[h]))) + " |");
            }
        }

        return text.ToString();
    }
}
