using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Platform;
using Modellregion.Web.Platform.Localization;

namespace Modellregion.Web.Features.Directory;

/// <summary>A municipality of the official list, with what matchmaking needs about its Kreis.</summary>
public sealed record MunicipalityInfo(string Ags, string Name, string Land, string DistrictAgs, string DistrictName, string DistrictType, int DistrictPopulation)
{
    /// <summary>Kreisfreie Städte (and Stadtkreise) are not part of a Kreis.</summary>
    public bool IsIndependentCity => DistrictType is "Kreisfreie Stadt" or "Stadtkreis";

    public string GoverningDistrictCode => Ags[..3];

    /// <summary>"Delbrück (Kreis Paderborn, NW)" — names repeat across Germany, so the Kreis is always shown.</summary>
    public string Label => IsIndependentCity ? $"{Name} (kreisfrei, {Land})" : $"{Name} ({DistrictLabel}, {Land})";

    /// <summary>"Kreis Paderborn", but "Hochsauerlandkreis" and "Region Hannover" as they are.</summary>
    private string DistrictLabel =>
        DistrictName.Contains("kreis", StringComparison.OrdinalIgnoreCase) || DistrictName.StartsWith("Region", StringComparison.Ordinal) || DistrictName.StartsWith("Städteregion", StringComparison.Ordinal)
            ? DistrictName
            : $"Kreis {DistrictName}";
}

/// <summary>A suggestion while typing a municipality: <see cref="Label"/> is what the form field takes.</summary>
public sealed record MunicipalitySuggestion(string Ags, string Name, string Label, string Land, string DistrictAgs, string District);

/// <summary>The result of looking up a municipality by name or AGS.</summary>
public abstract record MunicipalityMatch
{
    public sealed record Found(MunicipalityInfo Municipality) : MunicipalityMatch;

    /// <summary>
    /// Several municipalities fit, or only the beginning of a name was given: the person chooses (or confirms). At most
    /// <see cref="MunicipalityLookup.MaxCandidates"/> candidates; <paramref name="Total"/> says how many fit.
    /// </summary>
    public sealed record Ambiguous(IReadOnlyList<MunicipalityInfo> Candidates, int Total) : MunicipalityMatch
    {
        public Ambiguous(IReadOnlyList<MunicipalityInfo> candidates)
            : this(candidates, candidates.Count)
        {
        }

        public bool HasMore => Total > Candidates.Count;

        /// <summary>What to tell the person who typed <paramref name="text"/>.</summary>
        public Message Message(string? text)
        {
            var typed = text?.Trim() ?? "";
            typed = UnicodeText.Shorten(typed, 60);
            if (HasMore)
            {
                return DirectoryTexts.Of("MunicipalityLookup.TooManyMatches", typed, Total, Candidates.Count);
            }

            return Candidates.Count == 1
                ? DirectoryTexts.Of("MunicipalityLookup.DidYouMean", typed, Candidates[0].Label)
                : DirectoryTexts.Of("MunicipalityLookup.SeveralMatch", typed);
        }
    }

    public sealed record NotFound : MunicipalityMatch;
}

/// <summary>
/// Finds a municipality in the official list (10,793 entries) by its 8-digit AGS or its name, German-aware
/// ("Delbrueck" = "Delbrück"; "Paderborn" = "Paderborn, Stadt"). Works without JavaScript: an ambiguous name
/// yields candidates to choose from.
/// </summary>
public sealed class MunicipalityLookup(AppDbContext db, PublicCache cache)
{
    public const int MaxCandidates = 12;

    private sealed record Entry(MunicipalityInfo Info, string Folded, string FoldedShort);

    public async Task<MunicipalityInfo?> GetAsync(string ags, CancellationToken cancellationToken = default) =>
        (await IndexAsync(cancellationToken)).TryGetValue(ags, out var entry) ? entry.Info : null;

    /// <summary>
    /// Suggestions while typing: municipalities whose AGS or name (German-aware, also without "Stadt" and the like)
    /// starts with <paramref name="term"/>; exact names first, then alphabetically.
    /// </summary>
    public async Task<IReadOnlyList<MunicipalityInfo>> SuggestAsync(string term, int max, CancellationToken cancellationToken = default)
    {
        var index = await IndexAsync(cancellationToken);
        term = term.Trim();
        if (term.Length > 0 && term.All(char.IsAsciiDigit))
        {
            return [.. index.Values.Where(e => e.Info.Ags.StartsWith(term, StringComparison.Ordinal)).OrderBy(e => e.Info.Ags, StringComparer.Ordinal).Take(max).Select(e => e.Info)];
        }

        var query = SearchText.Fold(term);
        if (query.Length == 0)
        {
            return [];
        }

        List<MunicipalityInfo> Starting(string prefix) => [.. index.Values
            .Where(e => e.Folded.StartsWith(prefix, StringComparison.Ordinal) || e.FoldedShort.StartsWith(prefix, StringComparison.Ordinal))
            .OrderBy(e => e.FoldedShort == prefix || e.Folded == prefix ? 0 : 1)
            .ThenBy(e => e.Info.Name, StringComparer.Ordinal).ThenBy(e => e.Info.Ags, StringComparer.Ordinal)
            .Take(max).Select(e => e.Info)];

        // "Paderborn, Stadt": the official suffix is not part of every name in the list.
        var found = Starting(query);
        return found.Count == 0 && term.IndexOf(',', StringComparison.Ordinal) is > 0 and var comma && SearchText.Fold(term[..comma]) is { Length: > 0 } name
            ? Starting(name)
            : found;
    }

    /// <summary>
    /// Resolves <paramref name="text"/>; <paramref name="chosenAgs"/> is a choice made from a previous candidate list
    /// and wins when it fits the text (or no text is given).
    /// </summary>
    public async Task<MunicipalityMatch> ResolveAsync(string? text, string? chosenAgs = null, CancellationToken cancellationToken = default)
    {
        var index = await IndexAsync(cancellationToken);
        text = text?.Trim();
        if (!string.IsNullOrEmpty(chosenAgs) && index.TryGetValue(chosenAgs.Trim(), out var chosen))
        {
            if (string.IsNullOrEmpty(text) || text == chosen.Info.Ags || text == chosen.Info.Label || SearchText.Fold(text) is var folded && (folded == chosen.Folded || folded == chosen.FoldedShort || chosen.Folded.StartsWith(folded, StringComparison.Ordinal)))
            {
                return new MunicipalityMatch.Found(chosen.Info);
            }
        }

        if (string.IsNullOrEmpty(text) || text.Length > 100)
        {
            return new MunicipalityMatch.NotFound();
        }

        if (Ags.IsMunicipalityKey(text))
        {
            return index.TryGetValue(text, out var byKey) ? new MunicipalityMatch.Found(byKey.Info) : new MunicipalityMatch.NotFound();
        }

        // A suggestion picked while typing arrives as its label, "Delbrück (Kreis Paderborn, NW)".
        if (text.EndsWith(')') && index.Values.Where(e => e.Info.Label == text).Select(e => e.Info).ToList() is { Count: > 0 } byLabel)
        {
            // Two Neuenkirchens share a Kreis: such a label still needs the choice by AGS.
            return byLabel.Count == 1 ? new MunicipalityMatch.Found(byLabel[0]) : new MunicipalityMatch.Ambiguous(byLabel);
        }

        var query = SearchText.Fold(text);
        if (query.Length == 0)
        {
            return new MunicipalityMatch.NotFound();
        }

        var exact = index.Values.Where(e => e.Folded == query || e.FoldedShort == query).ToList();

        // The official form with a suffix the list does not carry for this place: "Paderborn, Stadt".
        if (exact.Count == 0 && text.IndexOf(',', StringComparison.Ordinal) is > 0 and var comma && SearchText.Fold(text[..comma]) is { Length: > 0 } name)
        {
            exact = [.. index.Values.Where(e => e.Folded == name || e.FoldedShort == name)];
        }

        if (exact.Count == 1)
        {
            return new MunicipalityMatch.Found(exact[0].Info);
        }

        // Only an exact name is taken silently; the beginning of a name ("Schulen") is offered to confirm, as a typo
        // there would otherwise silently pick another municipality (Schulendorf).
        var candidates = exact.Count > 1
            ? exact
            : [.. index.Values.Where(e => e.Folded.StartsWith(query, StringComparison.Ordinal) || e.FoldedShort.StartsWith(query, StringComparison.Ordinal))];
        return candidates.Count == 0
            ? new MunicipalityMatch.NotFound()
            : new MunicipalityMatch.Ambiguous(
                [.. candidates.OrderBy(c => c.Info.Name, StringComparer.Ordinal).ThenBy(c => c.Info.Ags, StringComparer.Ordinal).Take(MaxCandidates).Select(c => c.Info)],
                candidates.Count);
    }

    /// <summary>
    /// For forms: resolves the municipality or adds a German message for <paramref name="property"/>; an ambiguous
    /// name returns its candidates so that the form can offer them as a choice.
    /// </summary>
    public async Task<(MunicipalityInfo? Municipality, IReadOnlyList<MunicipalityInfo> Candidates)> ResolveForFormAsync(
        string? text, string? chosenAgs, string property, Errors errors, CancellationToken cancellationToken = default)
    {
        switch (await ResolveAsync(text, chosenAgs, cancellationToken))
        {
            case MunicipalityMatch.Found found:
                return (found.Municipality, []);
            case MunicipalityMatch.Ambiguous ambiguous:
                errors.Add(property, ambiguous.Message(text));
                return (null, ambiguous.Candidates);
            default:
                if (!string.IsNullOrWhiteSpace(text))
                {
                    errors.Add(property, DirectoryTexts.Of("MunicipalityLookup.TheMunicipalityIsNotInThe", UnicodeText.Shorten(text.Trim(), 60)));
                }
                else
                {
                    errors.Add(property, DirectoryTexts.Of("MunicipalityLookup.PleaseGiveYourMunicipalityNameOr"));
                }

                return (null, []);
        }
    }

    private Task<Dictionary<string, Entry>> IndexAsync(CancellationToken cancellationToken) =>
        cache.GetOrCreateAsync("transfer:municipality-index", async () =>
        {
            var rows = await db.Municipalities.AsNoTracking()
                .Select(m => new { m.Ags, m.Name, m.Land, m.DistrictAgs, DistrictName = m.District!.Name, m.District.Type, m.District.Population })
                .ToListAsync(cancellationToken);
            return rows.ToDictionary(
                r => r.Ags,
                r =>
                {
                    var info = new MunicipalityInfo(r.Ags, r.Name, r.Land, r.DistrictAgs, r.DistrictName, r.Type, r.Population);
                    var comma = r.Name.IndexOf(',', StringComparison.Ordinal);
                    var folded = SearchText.Fold(r.Name);
                    return new Entry(info, folded, comma > 0 ? SearchText.Fold(r.Name[..comma]) : folded);
                },
                StringComparer.Ordinal);
        });
}
