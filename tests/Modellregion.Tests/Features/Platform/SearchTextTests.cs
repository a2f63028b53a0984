using System.Text;
using Modellregion.Web.Platform;

namespace Modellregion.Tests.Features.Platform;

/// <summary>
/// Folding for search works on every Unicode scalar and on malformed text: it never throws, its result is
/// well-formed, lower case, without marks, with single spaces, and folding it again changes nothing. Slugs and
/// stems built on it hold the same promises.
/// </summary>
public sealed class SearchTextTests
{
    [Theory]
    [InlineData("Bürgerportal", "buergerportal")]
    [InlineData("BÜRGERPORTAL", "buergerportal")]
    [InlineData("Buergerportal", "buergerportal")]
    [InlineData("Bu\u0308rgerportal", "buergerportal")]
    [InlineData("Straße STRAẞE", "strasse strasse")]
    [InlineData("Café crème", "cafe creme")]
    [InlineData("Łódź", "łodz")]
    [InlineData("LoRaWAN 🚀 2.0", "lorawan 2 0")]
    [InlineData("🚀", "")]
    [InlineData("👩‍💻 Digital", "digital")]
    [InlineData("👍🏽", "")]
    [InlineData("🇩🇪 Deutschland", "deutschland")]
    [InlineData("𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "unicode")]
    [InlineData("Ｆｕｌｌ ﬁle", "full file")]
    [InlineData("𠀀𠀁 Schriftzeichen", "𠀀𠀁 schriftzeichen")]
    [InlineData("𐐀𐐁", "𐐨𐐩")]
    [InlineData("Ελληνικά", "ελληνικα")]
    [InlineData("हिन्दी", "हिनदी")]
    [InlineData("\u0301\u0308", "")]
    [InlineData("a\0b", "a b")]
    [InlineData("\t Paderborn,\r\nStadt  ", "paderborn stadt")]
    [InlineData("\U0010FFFF", "")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Folds_to_the_expected_text(string? text, string expected) => Assert.Equal(expected, SearchText.Fold(text));

    /// <summary>The inputs are written escaped (xunit cannot tell lone surrogates apart in test names).</summary>
    [Theory]
    [InlineData(@"\uD800", "")]
    [InlineData(@"\uDC00", "")]
    [InlineData(@"abc\uD800", "abc")]
    [InlineData(@"\uDFFFabc", "abc")]
    [InlineData(@"ab\uDC00\uD800cd", "ab cd")]
    [InlineData(@"Schule\uD83D", "schule")]
    [InlineData(@"\uDE80\uD83D", "")]
    [InlineData(@"\uFFFE\uFFFF a", "a")]
    public void Unpaired_surrogates_and_noncharacters_separate_words_and_never_throw(string escaped, string expected)
    {
        var text = System.Text.RegularExpressions.Regex.Unescape(escaped);

        Assert.Equal(expected, SearchText.Fold(text));
        Assert.Equal(Slug.From(text), Slug.From(UnicodeText.WellFormed(text)));
    }

    [Fact]
    public void Every_single_code_point_folds_to_well_formed_lower_case_text()
    {
        for (var value = 0; value <= 0x10FFFF; value++)
        {
            var text = value is >= 0xD800 and <= 0xDFFF ? ((char)value).ToString() : char.ConvertFromUtf32(value);
            AssertFolded(text);
        }
    }

    [Fact]
    public void Random_text_from_every_kind_of_character_folds_consistently()
    {
        var random = new Random(20261204);
        for (var i = 0; i < 20_000; i++)
        {
            var text = RandomText(random, random.Next(1, 24));
            AssertFolded(text);
            var slug = Slug.From(text);
            Assert.True(Slug.IsValid(slug), $"Slug „{slug}“ aus {Describe(text)}");
            Assert.All(GermanStemmer.Terms(text), term => Assert.True(IsWellFormed(term), Describe(term)));
        }
    }

    [Fact]
    public void Cutting_never_splits_a_character()
    {
        var text = "Rakete 🚀🚀 𝔘";
        for (var length = 0; length <= text.Length + 1; length++)
        {
            var cut = UnicodeText.Truncate(text, length);
            Assert.True(cut.Length <= length, $"{length}: {cut.Length}");
            Assert.True(IsWellFormed(cut), Describe(cut));
            Assert.StartsWith(cut, text, StringComparison.Ordinal);
            var shortened = UnicodeText.Shorten(text, length);
            Assert.True(IsWellFormed(shortened), Describe(shortened));
        }

        Assert.Equal("Rakete ", UnicodeText.Truncate(text, 8));
        Assert.Equal("Rakete 🚀", UnicodeText.Truncate(text, 9));
        Assert.Equal("Rakete …", UnicodeText.Shorten(text, 8));
    }

    [Fact]
    public void Well_formed_text_is_kept_and_unpaired_surrogates_become_the_replacement_character()
    {
        const string fine = "Paderborn 🚀 𝔘 👩‍💻";
        Assert.Same(fine, UnicodeText.WellFormed(fine));
        Assert.Equal("a\uFFFDb\uFFFD🚀\uFFFD", UnicodeText.WellFormed("a\uD800b\uDC00🚀\uD83D"));
    }

    [Theory]
    [InlineData("Digitale Modellregion Südwestfalen", "digitale-modellregion-suedwestfalen")]
    [InlineData("LoRaWAN 🚀 2.0", "lorawan-2-0")]
    [InlineData("𝔘𝔫𝔦", "uni")]
    [InlineData("🚀", "eintrag")]
    [InlineData("\uD800\uDC00\uDC00", "eintrag")]
    public void Slugs_are_ASCII_for_any_title(string title, string expected) => Assert.Equal(expected, Slug.From(title));

    private static void AssertFolded(string text)
    {
        var folded = SearchText.Fold(text);
        Assert.True(IsWellFormed(folded), $"{Describe(text)} → {Describe(folded)}");
        Assert.Equal(folded.Trim(), folded);
        Assert.DoesNotContain("  ", folded, StringComparison.Ordinal);
        foreach (var rune in folded.EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            Assert.True(rune.Value == ' ' || Rune.IsLetterOrDigit(rune) || category == System.Globalization.UnicodeCategory.SpacingCombiningMark,
                $"{Describe(text)} → U+{rune.Value:X4} ({category})");
            Assert.True(category is not (System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.EnclosingMark), Describe(text));
        }

        Assert.True(folded == SearchText.Fold(folded), $"{Describe(text)} → {Describe(folded)} → {Describe(SearchText.Fold(folded))}");
    }

    /// <summary>Characters of many kinds, including ones that only malformed input carries.</summary>
    private static string RandomText(Random random, int length)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < length; i++)
        {
            switch (random.Next(14))
            {
                case 0: builder.Append((char)random.Next(0x20, 0x7F)); break;
                case 1: builder.Append("äöüÄÖÜßẞéÉçñ"[random.Next(12)]); break;
                case 2: builder.Append((char)random.Next(0x0300, 0x0370)); break; // combining marks
                case 3: builder.Append(char.ConvertFromUtf32(random.Next(0x1F300, 0x1FAFF))); break; // emoji
                case 4: builder.Append('\u200D'); break; // zero width joiner
                case 5: builder.Append((char)random.Next(0xFE00, 0xFE10)); break; // variation selectors
                case 6: builder.Append((char)random.Next(0xD800, 0xE000)); break; // a lone surrogate
                case 7: builder.Append(char.ConvertFromUtf32(random.Next(0x10000, 0x110000) is var v && v is >= 0xD800 and <= 0xDFFF ? 0x10000 : v)); break;
                case 8: builder.Append((char)random.Next(0, 0x20)); break; // control characters, NUL included
                case 9: builder.Append((char)random.Next(0x4E00, 0x9FFF)); break; // CJK
                case 10: builder.Append((char)random.Next(0xAC00, 0xD7A4)); break; // Hangul syllables
                case 11: builder.Append((char)random.Next(0xFB00, 0xFFFF)); break; // presentation and compatibility forms
                case 12: builder.Append(char.ConvertFromUtf32(random.Next(0x1D400, 0x1D800))); break; // mathematical letters
                default: builder.Append((char)random.Next(0x0900, 0x0980)); break; // Devanagari, with spacing marks
            }
        }

        return builder.ToString();
    }

    private static bool IsWellFormed(string text) => UnicodeText.WellFormed(text) == text;

    private static string Describe(string text) => string.Join(" ", text.Select(c => $"U+{(int)c:X4}"));
}
