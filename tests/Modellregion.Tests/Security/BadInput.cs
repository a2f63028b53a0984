using System.Globalization;
using System.Text;
using CsCheck;

namespace Modellregion.Tests.Security;

/// <summary>
/// Generators of bad input as it travels on the wire: percent-encoded values (including unpaired surrogates encoded
/// as the invalid UTF-8 they would be), malformed percent-encoding, numbers and dates at and beyond their limits, long
/// strings, every Unicode category; and files (random bytes, wrong encodings, huge lines, BOMs, formula injection).
/// </summary>
public static class BadInput
{
    /// <summary>Characters of every Unicode category (several of each), the unpaired surrogates included.</summary>
    private static readonly char[] CategorySamples = [.. Enumerable.Range(0, 0x10000).Select(i => (char)i)
        .GroupBy(CharUnicodeInfo.GetUnicodeCategory).SelectMany(g => g.Where((_, i) => i % Math.Max(1, g.Count() / 8) == 0).Take(8))];

    private static readonly string[] Numbers =
    [
        "0", "-0", "-1", "1e309", "-1e309", "NaN", "Infinity", "-Infinity", "1.5", "1,5", "0x10", "+1", " 1", "1 ",
        int.MaxValue.ToString(CultureInfo.InvariantCulture), int.MinValue.ToString(CultureInfo.InvariantCulture),
        "2147483648", "-2147483649",
        long.MaxValue.ToString(CultureInfo.InvariantCulture), long.MinValue.ToString(CultureInfo.InvariantCulture), "9223372036854775808",
        decimal.MaxValue.ToString(CultureInfo.InvariantCulture), decimal.MinValue.ToString(CultureInfo.InvariantCulture),
        "79228162514264337593543950336", "0.0000000000000000000000000001", "1E-400", "1.797693134862315E+308",
        "99999999999999999999999999999999999999", "1.000.000,00", "1,000,000.00", "٣", "１２",
    ];

    private static readonly string[] Dates =
    [
        "0001-01-01", "9999-12-31", "0000-00-00", "2026-02-30", "2026-13-01", "10000-01-01", "-0001-01-01",
        "9999-12-31T23:59:59.9999999", "0001-01-01T00:00", "31.12.9999", "01.01.0001", "2026-12-06T25:61", "2026-W49",
        "9999-12-31T23:59:59+14:00", "0001-01-01T00:00:00-14:00", "24:00", "23:60", "1970-01-01T00:00:00Z", "gestern",
    ];

    private static readonly string[] Words =
    [
        "' OR '1'='1", "\" OR 1=1--", "<script>alert(1)</script>", "../../../../etc/passwd", "..\\..\\windows\\win.ini",
        "=cmd|' /C calc'!A0", "@SUM(1+1)", "+1+1", "-1+1", "${jndi:ldap://x}", "{{7*7}}", "%s%s%s%n", "true", "false", "null",
        "[]", "{}", "a,b", "Ä Ö Ü ß", "\u202Eevil", "\uFEFF", "\r\n", "\t", " ", "",
    ];

    /// <summary>Already on the wire: malformed or dangerous percent-encoding, sent as is.</summary>
    private static readonly string[] RawWire =
    [
        "%", "%%", "%G1", "%1", "%C3%28", "%C3", "%FF%FE", "%ED%A0%80", "%ED%BF%BF", "%F4%90%80%80", "%C0%AF", "%E2%82",
        "%00", "a%00b", "%25", "%2525", "+", "%2B", "%0D%0A", "%u0041", "&", "=", "==", "%3D%26",
    ];

    private static readonly Gen<string> Text = Gen.OneOf(
        Gen.OneOf(Numbers),
        Gen.OneOf(Dates),
        Gen.OneOf(Words),
        Gen.OneOf(CategorySamples).Array[1, 24].Select(chars => new string(chars)),
        Gen.Char[char.MinValue, char.MaxValue].Array[1, 32].Select(chars => new string(chars)),
        Gen.Int[0x10000, 0x10FFFF].Array[1, 8].Select(points => string.Concat(points.Select(char.ConvertFromUtf32))),
        Gen.OneOf(CategorySamples).Select(c => new string(c, 10_000)),
        Gen.Char['a', 'z'].Array[10_000, 10_001].Select(chars => new string(chars)),
        Gen.OneOf(Words).Select(w => "\0" + w),
        Gen.OneOf(Numbers).Select(n => n + "\0"));

    /// <summary>A bad value as text, before any encoding (e.g. for a JSON string).</summary>
    public static readonly Gen<string> Value = Text;

    /// <summary>A value as it is sent: mostly a percent-encoded text, sometimes malformed encoding as it stands.</summary>
    public static readonly Gen<string> Wire = Gen.Frequency(
        (5, Text.Select(Encode)),
        (1, Gen.OneOf(RawWire)),
        (1, Gen.Select(Text, Gen.OneOf(RawWire), (text, raw) => Encode(text) + raw)));

    /// <summary>
    /// Percent-encodes every UTF-8 byte that is not unreserved; an unpaired surrogate becomes its three bytes of
    /// (invalid) UTF-8, as a careless client would send it.
    /// </summary>
    public static string Encode(string text)
    {
        var result = new StringBuilder(text.Length * 3);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '~')
            {
                result.Append(c);
                continue;
            }

            byte[] bytes;
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                bytes = Encoding.UTF8.GetBytes(text.Substring(i++, 2));
            }
            else if (char.IsSurrogate(c))
            {
                bytes = [(byte)(0xE0 | (c >> 12)), (byte)(0x80 | ((c >> 6) & 0x3F)), (byte)(0x80 | (c & 0x3F))];
            }
            else
            {
                bytes = Encoding.UTF8.GetBytes(c.ToString());
            }

            foreach (var b in bytes)
            {
                result.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
            }
        }

        return result.ToString();
    }

    private static readonly string[] CsvLines =
    [
        "ags,name,type,nuts3,area_km2,population", "ags,name,land,kreis_ags,mietniveaustufe",
        "05774,Kreis Paderborn,Kreis,DEA47,1246.8,307839", "05774032,Paderborn,Nordrhein-Westfalen,05774,3",
        "=cmd|' /C calc'!A0,=HYPERLINK(\"http://x\"),+1,-1,@SUM(A1)", "\"unclosed,quote", "a;b;c", "\"\"\"\",\"\"",
        "Projekt,Meilenstein,Fällig,Erledigt", "titel,faellig_am,erledigt_am,version",
    ];

    private static readonly string[] YamlSnippets =
    [
        "publiccodeYmlVersion: \"0.4\"\nname: Test\nurl: \"https://example.org/x.git\"\n",
        "publiccodeYmlVersion: \"0.4\"\nname: [unclosed\n", "name: &a [*a]\n", "a: !!python/object/apply:os.system ['ls']\n",
        "publiccodeYmlVersion: 0.4\nname: =cmd|' /C calc'!A0\nurl: javascript:alert(1)\nreleaseDate: 9999-12-31\n",
        "publiccodeYmlVersion: \"0.4\"\nname: x\nurl: https://x\nreleaseDate: 0001-01-01\ndescription:\n  de:\n    shortDescription: \"\\0\"\n",
        "a: &a [\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\n",
        "---\n...\n---\n", "\t- tab\n", "key: value\nkey: value\n", "? [a, b]\n: c\n",
    ];

    private static readonly Gen<string> FileText = Gen.OneOf(
        Gen.Select(Gen.OneOf(CsvLines).Array[0, 12], Text.Array[0, 6], (lines, cells) => string.Join("\n", lines.Concat([string.Join(",", cells)]))),
        Gen.Select(Gen.OneOf(YamlSnippets), Text, (yaml, text) => yaml + "description: " + text + "\n"),
        Gen.OneOf(YamlSnippets),
        Gen.Select(Gen.OneOf(CsvLines), Gen.Int[100_000, 300_000], (line, length) => line + new string('x', length)),
        Text);

    private static readonly Gen<byte[]> FileBytes = Gen.Frequency(
        (1, Gen.Byte.Array[0, 4096]),
        (1, Gen.Byte.Array[0, 2048].Select(b => (byte[])[0x50, 0x4B, 0x03, 0x04, .. b])),
        (1, Gen.Byte.Array[0, 2048].Select(b => (byte[])[0x25, 0x50, 0x44, 0x46, 0x2D, .. b])),
        (6, Gen.Select(FileText, Gen.Int[0, 5], (text, encoding) => encoding switch
        {
            0 => Encoding.UTF8.GetBytes(text),
            1 => [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)],
            2 => Encoding.Latin1.GetBytes(text),
            3 => [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(text)],
            4 => Encoding.BigEndianUnicode.GetBytes(text),
            _ => [0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF, .. Encoding.UTF32.GetBytes(text)],
        })));

    private static readonly string[] FileNames =
    [
        "gemeinden.csv", "publiccode.yml", "publiccode.yaml", "meilensteine.xlsx", "meilensteine.csv", "bescheid.pdf", "nachweis.pdf",
        "../../../etc/passwd", "datei", ".yml", "a\u202Egpj.exe", "Ä Ö Ü.pdf", new string('x', 300) + ".csv", "con.pdf",
    ];

    public static readonly Gen<(string Name, byte[] Bytes)> File = Gen.Select(Gen.OneOf(FileNames), FileBytes, (name, bytes) => (name, bytes));

    /// <summary>The parts of a CSV file of the municipality register: header, rows, cells.</summary>
    public static readonly Gen<byte[]> CsvFile = FileBytes;
}
