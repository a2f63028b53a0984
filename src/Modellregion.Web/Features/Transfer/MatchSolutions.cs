using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Directory;
using Modellregion.Web.Features.Projects;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Transfer;

/// <summary>Why a solution was ranked: a kind and the values its sentence needs.</summary>
public sealed record MatchReason(MatchReasonKind Kind, int Points, IReadOnlyList<string> Values);

public enum MatchReasonKind
{
    Need = 1,
    SameDistrict = 2,
    SameGoverningDistrict = 3,
    SimilarMunicipality = 4,
    Maturity = 5,
    OperatorModel = 6,
    Reuses = 7,
}

public sealed record SolutionMatch(string Slug, string Title, string? Summary, SolutionKind Kind, Maturity? Maturity, int Score, IReadOnlyList<MatchReason> Reasons, bool IsExample = false);

public sealed record MatchResult(
    MunicipalityInfo Municipality,
    string? Need,
    IReadOnlyList<string> NeedWords,
    IReadOnlyList<SolutionMatch> Matches,
    IReadOnlyList<SolutionMatch> AlreadyUsed,
    bool NothingFitsNeed,
    int Considered);

/// <summary>
/// Matchmaking ("Lösungen für meine Kommune"): ranks the published solutions for a municipality and, optionally, a
/// need in one sentence, and says why each fits. The rules and points are in docs/decisions/0008-matchmaking.md:
/// topic of the need (German-aware, up to 40), use in the same Kreis (25) or Regierungsbezirk (12), use by a
/// municipality of the same type with a Kreis of similar population (8), maturity (up to 12), an operator model that
/// needs no own servers for a kreisangehörige municipality (8), and the number of reuses (up to 5). The population of
/// a single municipality is not in the data; only the Kreis level is compared.
/// </summary>
public sealed partial class MatchSolutions(AppDbContext db, PublicCache cache, MunicipalityLookup municipalities)
{
    public const int MaxResults = 20;
    public const int MaxNeedLength = 300;

    private sealed record User(string Ags, string Name);

    private sealed record Entry(
        string Slug, string Title, string? Summary, SolutionKind Kind, Maturity? Maturity, OperatorModels OperatorModels,
        Dictionary<string, int> Terms, IReadOnlyList<User> Users, IReadOnlyList<User> Providers, int ReuseCount, bool IsExample);

    private sealed record Index(IReadOnlyList<Entry> Entries, IReadOnlyList<string> Vocabulary, HashSet<string> Known);

    /// <summary>The vocabulary terms that share a compound need word's modifier and those that share its head.</summary>
    private sealed record CompoundMatch(IReadOnlyList<string> Modifier, IReadOnlyList<string> Head);

    private sealed record Expansion(string Word, List<(string Term, double Factor)> Whole, CompoundMatch? Parts);

    public async Task<MatchResult> RunAsync(MunicipalityInfo municipality, string? need, CancellationToken cancellationToken = default)
    {
        need = string.IsNullOrWhiteSpace(need) ? null : need.Trim();
        if (need is { Length: > MaxNeedLength })
        {
            need = UnicodeText.Truncate(need, MaxNeedLength);
        }

        return await cache.GetOrCreateAsync($"match:{municipality.Ags}:{SearchText.Fold(need)}", () => RankAsync(municipality, need, cancellationToken));
    }

    private async Task<MatchResult> RankAsync(MunicipalityInfo municipality, string? need, CancellationToken cancellationToken)
    {
        var index = await IndexAsync(cancellationToken);
        var needTerms = NeedTerms(need);

        // For each need term, the vocabulary terms it matches as a whole and how well: equal 1.0, contained in a
        // longer word 0.6. A compound need ("Bürgerportal") is also split into modifier and head (bürger + portal):
        // words sharing the modifier ("Bürgerbüro") count 0.4, words sharing only the head ("Serviceportal",
        // "Portal") 0.2, because a generic head says less about the need than its modifier. A solution scores the
        // better of the whole-word match and the sum of its best modifier and head matches.
        var expansions = needTerms.Select(t =>
            {
                var whole = index.Vocabulary
                    .Select(v => (Term: v, Factor: v == t.Stem ? 1.0 : t.Probe is not null && v.Contains(t.Probe, StringComparison.Ordinal) ? 0.6 : 0))
                    .Where(x => x.Factor > 0).ToList();
                // When no word of the catalogue shares the modifier ("Raumfahrtbehörde"), the need is about something
                // else: a shared generic head ("Behörde") alone is no evidence.
                var split = Compound.Split(t.Stem, index.Known);
                var modifier = split is { } m ? index.Vocabulary.Where(v => v != t.Stem && Compound.StartsWithPart(v, m.Modifier)).ToList() : [];
                var parts = split is { } h && modifier.Count > 0
                    ? new CompoundMatch(modifier, [.. index.Vocabulary.Where(v => v != t.Stem && v.EndsWith(h.Head, StringComparison.Ordinal))])
                    : null;
                return new Expansion(t.Word, whole, parts);
            })
            .ToList();

        var lookups = new Dictionary<string, MunicipalityInfo?>(StringComparer.Ordinal);
        async Task<MunicipalityInfo?> InfoAsync(string ags)
        {
            if (!lookups.TryGetValue(ags, out var info))
            {
                lookups[ags] = info = await municipalities.GetAsync(ags, cancellationToken);
            }

            return info;
        }

        var matches = new List<SolutionMatch>();
        var alreadyUsed = new List<SolutionMatch>();
        foreach (var entry in index.Entries)
        {
            var reasons = new List<MatchReason>();

            if (expansions.Count > 0)
            {
                double sum = 0;
                var words = new List<string>();
                foreach (var (word, terms, parts) in expansions)
                {
                    double best = 0;
                    foreach (var (term, factor) in terms)
                    {
                        if (entry.Terms.TryGetValue(term, out var weight))
                        {
                            best = Math.Max(best, weight * factor);
                        }
                    }

                    if (parts is not null)
                    {
                        static double Best(Entry entry, IReadOnlyList<string> terms, double factor) =>
                            terms.Select(t => entry.Terms.GetValueOrDefault(t) * factor).DefaultIfEmpty(0).Max();

                        best = Math.Max(best, Math.Min(3.0, Best(entry, parts.Modifier, 0.4) + Best(entry, parts.Head, 0.2)));
                    }

                    if (best > 0)
                    {
                        sum += best;
                        words.Add(word);
                    }
                }

                if (words.Count == 0)
                {
                    continue;
                }

                reasons.Add(new MatchReason(MatchReasonKind.Need, (int)Math.Round(Math.Min(40, 40 * sum / (3.0 * expansions.Count))), [string.Join(", ", words)]));
            }

            if (entry.Users.Any(u => u.Ags == municipality.Ags) || entry.Providers.Any(u => u.Ags == municipality.Ags))
            {
                alreadyUsed.Add(new SolutionMatch(entry.Slug, entry.Title, entry.Summary, entry.Kind, entry.Maturity, 0, reasons));
                continue;
            }

            var users = entry.Users.Concat(entry.Providers).DistinctBy(u => u.Ags).ToList();
            var sameDistrict = users.Where(u => u.Ags[..5] == municipality.DistrictAgs).Select(u => u.Name).ToList();
            var sameGoverning = users.Where(u => u.Ags[..5] != municipality.DistrictAgs && u.Ags[..3] == municipality.GoverningDistrictCode).Select(u => u.Name).ToList();
            if (sameDistrict.Count > 0)
            {
                reasons.Add(new MatchReason(MatchReasonKind.SameDistrict, 25, [string.Join(", ", sameDistrict.Take(3)), municipality.DistrictName]));
            }
            else if (sameGoverning.Count > 0)
            {
                reasons.Add(new MatchReason(MatchReasonKind.SameGoverningDistrict, 12, [string.Join(", ", sameGoverning.Take(3)), Directory.Ags.GoverningDistrictName(municipality.Ags) ?? municipality.GoverningDistrictCode]));
            }

            var similar = new List<string>();
            foreach (var user in users.Where(u => u.Ags[..5] != municipality.DistrictAgs))
            {
                if (await InfoAsync(user.Ags) is { } info && info.IsIndependentCity == municipality.IsIndependentCity
                    && municipality.DistrictPopulation > 0 && info.DistrictPopulation > 0
                    && info.DistrictPopulation <= 2 * municipality.DistrictPopulation && municipality.DistrictPopulation <= 2 * info.DistrictPopulation)
                {
                    similar.Add(info.Name);
                }
            }

            if (similar.Count > 0)
            {
                reasons.Add(new MatchReason(MatchReasonKind.SimilarMunicipality, 8, [string.Join(", ", similar.Take(3)), municipality.IsIndependentCity ? "kreisfreie Stadt" : "kreisangehörige Kommune"]));
            }

            var maturityPoints = entry.Maturity switch
            {
                Maturity.Established => 12,
                Maturity.Production => 10,
                Maturity.Pilot => 5,
                Maturity.Concept => 2,
                _ => 0,
            };
            if (maturityPoints > 0)
            {
                reasons.Add(new MatchReason(MatchReasonKind.Maturity, maturityPoints, [SolutionVocabulary.Label(entry.Maturity!.Value)]));
            }

            if (!municipality.IsIndependentCity && (entry.OperatorModels & (OperatorModels.HostedByProvider | OperatorModels.SharedService)) != 0)
            {
                reasons.Add(new MatchReason(MatchReasonKind.OperatorModel, 8, [string.Join(", ", SolutionVocabulary.Labels(entry.OperatorModels & (OperatorModels.HostedByProvider | OperatorModels.SharedService)))]));
            }

            if (entry.ReuseCount > 0)
            {
                reasons.Add(new MatchReason(MatchReasonKind.Reuses, Math.Min(5, entry.ReuseCount), [entry.ReuseCount.ToString(System.Globalization.CultureInfo.InvariantCulture)]));
            }

            matches.Add(new SolutionMatch(entry.Slug, entry.Title, entry.Summary, entry.Kind, entry.Maturity, reasons.Sum(r => r.Points), reasons, entry.IsExample));
        }

        var ranked = matches
            .Where(m => m.Score > 0 || expansions.Count > 0)
            .OrderByDescending(m => m.Score)
            .ThenByDescending(m => m.Reasons.FirstOrDefault(r => r.Kind == MatchReasonKind.Reuses)?.Points ?? 0)
            .ThenBy(m => m.IsExample)
            .ThenBy(m => m.Title, StringComparer.Ordinal)
            .Take(MaxResults)
            .ToList();
        return new MatchResult(municipality, need, [.. expansions.Select(e => e.Word)], ranked, alreadyUsed, expansions.Count > 0 && ranked.Count == 0 && alreadyUsed.Count == 0, index.Entries.Count);
    }

    /// <summary>
    /// The need's words (as typed) with their stems, without stop words, and the probe used to find the word inside
    /// compounds ("portal" in "Serviceportal"): the stem, or for short stems the folded word ("daten", not "dat").
    /// </summary>
    private static List<(string Word, string Stem, string? Probe)> NeedTerms(string? need)
    {
        var result = new List<(string Word, string Stem, string? Probe)>();
        if (need is null)
        {
            return result;
        }

        foreach (var word in Words().Split(need).Where(w => w.Length > 0))
        {
            var stem = GermanStemmer.Terms(word).FirstOrDefault();
            if (stem is not null && result.All(r => r.Stem != stem))
            {
                var folded = SearchText.Fold(word);
                result.Add((word, stem, stem.Length >= 4 ? stem : folded.Length >= 4 ? folded : null));
            }
        }

        return result.Take(12).ToList();
    }

    private Task<Index> IndexAsync(CancellationToken cancellationToken) =>
        cache.GetOrCreateAsync("transfer:match-index", async () =>
        {
            var rows = await db.Solutions.AsNoTracking().Where(s => s.IsPublished)
                .Select(s => new
                {
                    s.Id,
                    s.Slug,
                    s.IsExample,
                    s.Title,
                    s.Summary,
                    s.Problem,
                    s.Description,
                    s.Features,
                    s.Kind,
                    s.Maturity,
                    s.OperatorModels,
                    Topics = s.Topics.Select(t => t.Name).ToList(),
                    ProviderAgs = s.Provider != null ? s.Provider.MunicipalityAgs : null,
                    ProviderName = s.Provider != null ? s.Provider.Name : null,
                })
                .ToListAsync(cancellationToken);
            var users = (await db.Reuses.AsNoTracking().Where(r => r.Status == ReuseStatus.Confirmed && r.MunicipalityAgs != null && r.Solution!.IsPublished)
                    .Select(r => new { r.SolutionId, Ags = r.MunicipalityAgs!, r.UserName }).ToListAsync(cancellationToken))
                .ToLookup(r => r.SolutionId);
            var reuseCounts = await db.Reuses.AsNoTracking().Where(r => r.Status == ReuseStatus.Confirmed)
                .GroupBy(r => r.SolutionId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
            var leads = (await db.SolutionProjects.AsNoTracking()
                    .Join(db.ProjectPartners.Where(p => p.Role == PartnerRole.Lead && p.Organisation!.MunicipalityAgs != null),
                        sp => sp.ProjectId, p => p.ProjectId, (sp, p) => new { sp.SolutionId, Ags = p.Organisation!.MunicipalityAgs!, p.Organisation.Name })
                    .ToListAsync(cancellationToken))
                .ToLookup(r => r.SolutionId);

            var entries = new List<Entry>(rows.Count);
            var vocabulary = new HashSet<string>(StringComparer.Ordinal);
            foreach (var row in rows)
            {
                var terms = new Dictionary<string, int>(StringComparer.Ordinal);
                void Add(string? text, int weight)
                {
                    foreach (var term in GermanStemmer.Terms(text))
                    {
                        terms[term] = Math.Max(weight, terms.GetValueOrDefault(term));
                    }
                }

                Add(row.Title, 3);
                Add(string.Join(' ', row.Topics), 3);
                Add(row.Summary, 2);
                Add(row.Problem, 2);
                Add(row.Features, 1);
                Add(row.Description is { } d ? UnicodeText.Truncate(d, 3000) : null, 1);
                vocabulary.UnionWith(terms.Keys);

                var providers = leads[row.Id].Select(l => new User(l.Ags, l.Name)).ToList();
                if (row.ProviderAgs is not null)
                {
                    providers.Add(new User(row.ProviderAgs, row.ProviderName!));
                }

                entries.Add(new Entry(row.Slug, row.Title, row.Summary, row.Kind, row.Maturity, row.OperatorModels, terms,
                    [.. users[row.Id].Select(u => new User(u.Ags, u.UserName)).DistinctBy(u => u.Ags)],
                    [.. providers.DistinctBy(p => p.Ags)],
                    reuseCounts.GetValueOrDefault(row.Id), row.IsExample));
            }

            return new Index(entries, [.. vocabulary], vocabulary);
        });

    [GeneratedRegex(@"[^\p{L}\p{Nd}]+")]
    private static partial Regex Words();

    /// <summary>
    /// Splitting German compounds for matching: a word is read as modifier + head where the head (at least four letters)
    /// is a word of the catalogue on its own ("portal" in "buergerportal") and the modifier keeps at least four
    /// letters; a linking "s" ("Verwaltungsportal") is dropped from the modifier. The longest known head wins.
    /// </summary>
    internal static class Compound
    {
        public const int MinPart = 4;

        public static (string Modifier, string Head)? Split(string word, IReadOnlySet<string> known)
        {
            for (var i = MinPart; i <= word.Length - MinPart; i++)
            {
                var head = word[i..];
                if (known.Contains(head))
                {
                    var modifier = word[..i];
                    if (modifier.Length > MinPart && modifier.EndsWith('s') && !modifier.EndsWith("ss", StringComparison.Ordinal))
                    {
                        modifier = modifier[..^1];
                    }

                    return (modifier, head);
                }
            }

            return null;
        }

        /// <summary>Whether <paramref name="term"/> is the modifier itself or a compound that begins with it.</summary>
        public static bool StartsWithPart(string term, string modifier) =>
            term.StartsWith(modifier, StringComparison.Ordinal) && (term.Length == modifier.Length || term.Length - modifier.Length >= 3);
    }
}
