using System.Globalization;
using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Shared;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Search;

/// <summary>What someone searches for on <c>/suche</c> (or through the API): words, facets chosen, page.</summary>
public sealed record SearchRequest(string? Query, string? Kind = null, string? Region = null, string? Programme = null, string? Topic = null, int? Year = null, int Page = 1)
{
    public const int PageSize = 20;
}

public sealed record SearchHit(string Kind, string KindLabel, string Title, string Url, string SnippetHtml, string? RegionName, int? Year);

public sealed record FacetValue(string Value, string Label, int Count);

/// <summary>The answer: hits of the page, counts per kind and the other facets, and what to say about the query.</summary>
public sealed record SearchResults(
    SearchRequest Request,
    int Total,
    IReadOnlyList<SearchHit> Hits,
    IReadOnlyList<FacetValue> Kinds,
    IReadOnlyList<FacetValue> Regions,
    IReadOnlyList<FacetValue> Programmes,
    IReadOnlyList<FacetValue> Topics,
    IReadOnlyList<FacetValue> Years,
    string? Suggestion,
    string? SplitNote,
    SearchProblem Problem)
{
    public int Pages => Math.Max(1, (Total + SearchRequest.PageSize - 1) / SearchRequest.PageSize);
}

public enum SearchProblem
{
    None,

    /// <summary>Nothing entered.</summary>
    Empty,

    /// <summary>Entered, but no word to search for (only signs, operators, emoji or stop words).</summary>
    NoWords,

    /// <summary>Longer than the search reads; the first words were used.</summary>
    Shortened,
}

/// <summary>A document with its engine rank.</summary>
public sealed class Scored
{
    public required SearchDocument Document { get; init; }

    public double Rank { get; init; }
}

/// <summary>A document's id and its relevance (smaller is better on both engines).</summary>
public sealed class RankedId
{
    public int Id { get; set; }

    public double Rank { get; set; }
}

/// <summary>
/// The global search over the index (<see cref="SearchDocument"/>): the engine of the database finds and ranks
/// (FTS5 with bm25 on SQLite, <c>tsvector</c> with <c>ts_rank</c> on PostgreSQL, both weighting title terms over
/// title parts over text terms over text parts), everything else — filters, facets, paging — is one LINQ query on
/// top. When nothing matches, a long word is tried as a compound of two words ("Buergerportal" → "Bürger" +
/// "Portal"), and then a near spelling from the titles' words is suggested ("meinten Sie …").
/// </summary>
public sealed class SearchEngine(AppDbContext db, IEnumerable<ISearchSource> sources) : ISearchMatches
{
    private readonly Dictionary<string, ISearchSource> _sources = sources.ToDictionary(s => s.Kind, StringComparer.Ordinal);

    public IReadOnlyCollection<ISearchSource> Sources => _sources.Values;

    public IQueryable<int> EntityIds(string kind, string query)
    {
        var parsed = SearchQuery.Parse(query);
        var documents = db.Set<SearchDocument>().Where(d => d.Kind == kind);
        return parsed.IsEmpty
            ? documents.Where(d => false).Select(d => d.EntityId)
            : Matching(Ids(parsed)).Where(d => d.Kind == kind).Select(d => d.EntityId);
    }

    public async Task<SearchResults> SearchAsync(SearchRequest request, bool english, CancellationToken cancellationToken)
    {
        var query = SearchQuery.Parse(request.Query);
        if (query.IsEmpty)
        {
            return Empty(request, string.IsNullOrWhiteSpace(request.Query) ? SearchProblem.Empty : SearchProblem.NoWords);
        }

        string? splitNote = null;
        var ranked = Ranked(query);
        var ids = Ids(query);
        if (!await ids.AnyAsync(cancellationToken))
        {
            (query, splitNote) = await SplitCompoundsAsync(query, cancellationToken);
            ranked = Ranked(query);
            ids = Ids(query);
            if (splitNote is null && db.Database.IsNpgsql() && !await ids.AnyAsync(cancellationToken))
            {
                // PostgreSQL's own German stemming (Snowball) as a last resort for forms the analysis does not join
                // ("Häuser" → "haus"); SQLite has no such dictionary, so this finds more only on PostgreSQL.
                var text = GermanText(request.Query!);
                ranked = RankedGerman(text);
                ids = GermanIds(text);
            }
        }

        var filtered = Filter(Matching(ids), request with { Kind = null });
        var kinds = await filtered.GroupBy(d => d.Kind).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var ofKind = request.Kind is null ? filtered : filtered.Where(d => d.Kind == request.Kind);
        var combinations = await ofKind.GroupBy(d => new { d.RegionSlug, d.RegionName, d.Programme, d.Topics, d.Year })
            .Select(g => new { g.Key.RegionSlug, g.Key.RegionName, g.Key.Programme, g.Key.Topics, g.Key.Year, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var total = combinations.Sum(c => c.Count);
        var page = Math.Clamp(request.Page, 1, Math.Max(1, (total + SearchRequest.PageSize - 1) / SearchRequest.PageSize));
        var stems = query.Stems.ToList();
        var documents = await Filter(db.Set<SearchDocument>(), request).Join(ranked, d => d.Id, r => r.Id, (d, r) => new Scored { Rank = r.Rank, Document = d })
            .OrderByDescending(ExactScore(stems)).ThenBy(x => x.Rank).ThenBy(x => x.Document.KindOrder).ThenBy(x => x.Document.Title).ThenBy(x => x.Document.Id)
            .Skip((page - 1) * SearchRequest.PageSize).Take(SearchRequest.PageSize)
            .Select(x => x.Document)
            .AsNoTracking().ToListAsync(cancellationToken);

        string? suggestion = null;
        if (kinds.Count == 0)
        {
            suggestion = await SuggestAsync(query, cancellationToken);
        }

        return new SearchResults(
            request with { Page = page },
            total,
            [.. documents.Select(d => new SearchHit(d.Kind, Label(d.Kind, english), d.Title, d.Url, SearchSnippet.Html(d.Text, stems), d.RegionName, d.Year))],
            [.. kinds.Select(k => new FacetValue(k.Key, Label(k.Key, english), k.Count)).OrderBy(k => _sources.TryGetValue(k.Value, out var s) ? s.Order : int.MaxValue)],
            Facet(combinations.Where(c => c.RegionSlug is not null).Select(c => (c.RegionSlug!, c.RegionName ?? c.RegionSlug!, c.Count))),
            Facet(combinations.Where(c => c.Programme is not null).Select(c => (c.Programme!, c.Programme!, c.Count))),
            Facet(combinations.SelectMany(c => (c.Topics ?? "").Split('|', StringSplitOptions.RemoveEmptyEntries).Select(t => (t, t, c.Count)))),
            [.. Facet(combinations.Where(c => c.Year is not null).Select(c => (c.Year!.Value.ToString(CultureInfo.InvariantCulture), c.Year!.Value.ToString(CultureInfo.InvariantCulture), c.Count)))
                .OrderByDescending(f => f.Value, StringComparer.Ordinal)],
            suggestion,
            splitNote,
            query.WasShortened ? SearchProblem.Shortened : SearchProblem.None);
    }

    /// <summary>Type-ahead: the best few titles for what has been typed so far.</summary>
    public async Task<IReadOnlyList<SearchHit>> SuggestTitlesAsync(string? text, bool english, int count, CancellationToken cancellationToken)
    {
        var query = SearchQuery.Parse(text);
        if (query.IsEmpty)
        {
            return [];
        }

        var documents = await Ranked(query).Join(db.Set<SearchDocument>(), r => r.Id, d => d.Id, (r, d) => new Scored { Rank = r.Rank, Document = d })
            .OrderByDescending(ExactScore([.. query.Stems])).ThenBy(x => x.Rank).ThenBy(x => x.Document.KindOrder).ThenBy(x => x.Document.Title).ThenBy(x => x.Document.Id)
            .Take(count).Select(x => x.Document).AsNoTracking().ToListAsync(cancellationToken);
        return [.. documents.Select(d => new SearchHit(d.Kind, Label(d.Kind, english), d.Title, d.Url, "", d.RegionName, d.Year))];
    }

    /// <summary>The engine's matches with their rank, in the database's own full-text syntax built from analysed terms only.</summary>
    public IQueryable<RankedId> Ranked(SearchQuery query) => db.Database.IsNpgsql()
        ? db.Database.SqlQueryRaw<RankedId>(
            "SELECT \"Id\", -ts_rank(ARRAY[0.02, 0.1, 0.2, 1.0]::float4[], \"Vector\", CAST({0} AS tsquery), 1)::float8 AS \"Rank\" FROM \"SearchDocuments\" WHERE \"Vector\" @@ CAST({0} AS tsquery)",
            query.ToTsQuery())
        : db.Database.SqlQueryRaw<RankedId>(
            "SELECT rowid AS \"Id\", bm25(\"SearchIndex\", 10.0, 2.0, 1.0, 0.2) AS \"Rank\" FROM \"SearchIndex\" WHERE \"SearchIndex\" MATCH {0}",
            query.ToFts5());

    /// <summary>
    /// The first sort key, the same on both databases: words found as whole terms in the title or the text, then as
    /// beginnings of title words and compound parts. Prefix matches find documents, but whole words come first
    /// ("Schulen": "Schule" before "Schuld"); the engine's rank only orders what this leaves equal.
    /// </summary>
    private static Expression<Func<Scored, int>> ExactScore(IReadOnlyList<string> stems)
    {
        var scored = Expression.Parameter(typeof(Scored), "x");
        var document = Expression.Property(scored, nameof(Scored.Document));
        var concat = typeof(string).GetMethod(nameof(string.Concat), [typeof(string), typeof(string), typeof(string)])!;
        var contains = typeof(string).GetMethod(nameof(string.Contains), [typeof(string)])!;
        Expression sum = Expression.Constant(0);
        foreach (var stem in stems.Take(SearchQuery.MaxWords * 2))
        {
            // Whole term in the title 4, in the text 2; a title word or compound part that begins with it 1.
            foreach (var (column, weight, whole) in new[]
            {
                (nameof(SearchDocument.TitleTerms), 4, true), (nameof(SearchDocument.BodyTerms), 2, true),
                (nameof(SearchDocument.TitleTerms), 1, false), (nameof(SearchDocument.TitleParts), 1, false),
            })
            {
                var spaced = Expression.Call(concat, Expression.Constant(" "), Expression.Property(document, column), Expression.Constant(" "));
                // The pattern as a value in a box, not as a constant: EF then sends it as a parameter, and the query
                // is compiled once per number of words instead of once for every new word (a compilation costs
                // 10–20 ms, and each would stay in EF's query cache).
                var pattern = new StrongBox<string>(whole ? " " + stem + " " : " " + stem);
                var found = Expression.Call(spaced, contains, Expression.Field(Expression.Constant(pattern), nameof(StrongBox<string>.Value)));
                sum = Expression.Add(sum, Expression.Condition(found, Expression.Constant(weight), Expression.Constant(0)));
            }
        }

        return Expression.Lambda<Func<Scored, int>>(sum, scored);
    }

    /// <summary>
    /// The ids of the engine's matches, without a rank. On PostgreSQL they are read in a materialised CTE: Npgsql
    /// prepares frequent statements, and after five runs PostgreSQL may keep a generic plan that does not know the
    /// query. For "is there any match" such a plan reads the whole table and tests every vector (8–25 ms, more under
    /// load), because it hopes to stop early; behind the CTE the index is always used (0.1–2 ms), see ADR 0033.
    /// </summary>
    private IQueryable<int> Ids(SearchQuery query) => db.Database.IsNpgsql()
        ? db.Database.SqlQueryRaw<int>(
            "SELECT \"Id\" AS \"Value\" FROM (WITH m AS MATERIALIZED (SELECT \"Id\" FROM \"SearchDocuments\" WHERE \"Vector\" @@ CAST({0} AS tsquery)) SELECT \"Id\" FROM m) AS f",
            query.ToTsQuery())
        : db.Database.SqlQueryRaw<int>(
            "SELECT rowid AS \"Value\" FROM \"SearchIndex\" WHERE \"SearchIndex\" MATCH {0}",
            query.ToFts5());

    private static string GermanText(string text) =>
        UnicodeText.Truncate(UnicodeText.WellFormed(text).Replace("\0", " ", StringComparison.Ordinal), SearchQuery.MaxLength);

    private IQueryable<RankedId> RankedGerman(string text) => db.Database.SqlQueryRaw<RankedId>(
        "SELECT \"Id\", -ts_rank(\"GermanVector\", websearch_to_tsquery('german', {0}))::float8 AS \"Rank\" FROM \"SearchDocuments\" WHERE \"GermanVector\" @@ websearch_to_tsquery('german', {0})",
        text);

    private IQueryable<int> GermanIds(string text) => db.Database.SqlQueryRaw<int>(
        "SELECT \"Id\" AS \"Value\" FROM (WITH m AS MATERIALIZED (SELECT \"Id\" FROM \"SearchDocuments\" WHERE \"GermanVector\" @@ websearch_to_tsquery('german', {0})) SELECT \"Id\" FROM m) AS f",
        text);

    /// <summary>
    /// The matching documents as <c>Id IN (engine query)</c>: evaluated once, where a correlated <c>EXISTS</c> would
    /// run the full-text query again for every document on SQLite.
    /// </summary>
    private IQueryable<SearchDocument> Matching(IQueryable<int> ids) =>
        db.Set<SearchDocument>().AsNoTracking().Where(d => ids.Contains(d.Id));

    private static IQueryable<SearchDocument> Filter(IQueryable<SearchDocument> documents, SearchRequest request)
    {
        if (request.Kind is { } kind)
        {
            documents = documents.Where(d => d.Kind == kind);
        }

        if (request.Region is { } region)
        {
            documents = documents.Where(d => d.RegionSlug == region);
        }

        if (request.Programme is { } programme)
        {
            documents = documents.Where(d => d.Programme == programme);
        }

        if (request.Topic is { } topic)
        {
            var marked = "|" + topic + "|";
            documents = documents.Where(d => d.Topics != null && d.Topics.Contains(marked));
        }

        if (request.Year is { } year)
        {
            documents = documents.Where(d => d.Year == year);
        }

        return documents;
    }

    /// <summary>A word without matches, read as two words: the first split (shortest head) whose parts both match.</summary>
    private async Task<(SearchQuery Query, string? Note)> SplitCompoundsAsync(SearchQuery query, CancellationToken cancellationToken)
    {
        var notes = new List<string>();
        for (var i = 0; i < query.Words.Count; i++)
        {
            var word = query.Words[i];
            for (var cut = 4; cut <= word.Length - 4 && word.Length >= 8; cut++)
            {
                var head = GermanStemmer.Stem(word[..cut]);
                var tail = GermanStemmer.Stem(word[cut..]);
                if (char.IsLowSurrogate(word[cut]) || head.Length < 3 || tail.Length < 3)
                {
                    continue;
                }

                var split = query.WithSplit(i, head, tail);
                if (await Ids(split).AnyAsync(cancellationToken))
                {
                    query = split;
                    notes.Add($"{word[..cut]} + {word[cut..]}");
                    break;
                }
            }
        }

        return (query, notes.Count == 0 ? null : string.Join(", ", notes));
    }

    /// <summary>"Meinten Sie …": each word without matches replaced by the nearest title word, if the result then finds something.</summary>
    private async Task<string?> SuggestAsync(SearchQuery query, CancellationToken cancellationToken)
    {
        var words = query.Words.ToList();
        var changed = false;
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            if (word.Length < 4 || await Ids(SearchQuery.Parse(word)).AnyAsync(cancellationToken))
            {
                continue;
            }

            var initial = word[0];
            var candidates = await db.Set<SearchWord>().AsNoTracking()
                .Where(w => w.Initial == initial && w.Length >= word.Length - 2 && w.Length <= word.Length + 2)
                .Select(w => w.Word).Take(20_000).ToListAsync(cancellationToken);
            var limit = word.Length <= 5 ? 1 : 2;
            var best = candidates
                .Select(c => (Word: c, Distance: EditDistance.Between(word, c, limit)))
                .Where(c => c.Distance <= limit)
                .OrderBy(c => c.Distance).ThenBy(c => c.Word, StringComparer.Ordinal)
                .FirstOrDefault();
            if (best.Word is not null)
            {
                words[i] = best.Word;
                changed = true;
            }
        }

        if (!changed)
        {
            return null;
        }

        var suggestion = string.Join(' ', words);
        return await Ids(SearchQuery.Parse(suggestion)).AnyAsync(cancellationToken) ? suggestion : null;
    }

    private string Label(string kind, bool english) =>
        _sources.TryGetValue(kind, out var source) ? english ? source.LabelEn : source.Label : kind;

    private static List<FacetValue> Facet(IEnumerable<(string Value, string Label, int Count)> values) =>
        [.. values.GroupBy(v => v.Value, StringComparer.Ordinal)
            .Select(g => new FacetValue(g.Key, g.First().Label, g.Sum(v => v.Count)))
            .OrderByDescending(f => f.Count).ThenBy(f => f.Label, StringComparer.CurrentCulture)];

    private static SearchResults Empty(SearchRequest request, SearchProblem problem) =>
        new(request with { Page = 1 }, 0, [], [], [], [], [], [], null, null, problem);
}
