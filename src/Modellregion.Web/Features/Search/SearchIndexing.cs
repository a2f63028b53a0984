using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Shared;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Search;

/// <summary>
/// Keeps the search index current: after every save (in its transaction) it asks the sources which documents the
/// saved records affect and writes those again; <see cref="RebuildAsync"/> writes everything (first start, bulk loads,
/// the <c>suchindex</c> command). The database engines' own index follows: PostgreSQL's generated column by itself,
/// SQLite's FTS5 table from here.
/// </summary>
public sealed class SearchIndexing(IEnumerable<ISearchSource> sources, ILogger<SearchIndexing> logger) : ISaveHook
{
    private const int Chunk = 400;
    private readonly ISearchSource[] _sources = [.. sources.OrderBy(s => s.Order)];

    public IReadOnlyList<ISearchSource> Sources => _sources;

    public object? Capture(ChangeTracker changes)
    {
        List<(ISearchSource, object)>? touched = null;
        foreach (var entry in changes.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
            {
                continue;
            }

            var type = entry.Metadata.ClrType;
            foreach (var source in _sources)
            {
                if (source.Watches.Any(w => w.IsAssignableFrom(type)))
                {
                    (touched ??= []).Add((source, entry.Entity));
                }
            }
        }

        return touched;
    }

    public async Task AfterSaveAsync(DbContext db, object captured, CancellationToken cancellationToken)
    {
        var app = (AppDbContext)db;
        foreach (var group in ((List<(ISearchSource Source, object Entity)>)captured).GroupBy(t => t.Source))
        {
            HashSet<string>? keys = [];
            foreach (var (_, entity) in group)
            {
                var affected = group.Key.AffectedKeys(entity);
                if (affected is null)
                {
                    keys = null;
                    break;
                }

                keys.UnionWith(affected);
            }

            await WriteAsync(app, group.Key, keys, clearTracking: false, cancellationToken);
        }
    }

    /// <summary>Writes the whole index again from the sources; documents of kinds no longer registered go.</summary>
    public async Task<int> RebuildAsync(AppDbContext db, CancellationToken cancellationToken = default)
    {
        var kinds = _sources.Select(s => s.Kind).ToList();
        var orphans = await db.Set<SearchDocument>().Where(d => !kinds.Contains(d.Kind)).Select(d => d.Id).ToListAsync(cancellationToken);
        await RemoveAsync(db, orphans, cancellationToken);
        var written = 0;
        foreach (var source in _sources)
        {
            written += await WriteAsync(db, source, null, clearTracking: true, cancellationToken);
        }

        if (logger.IsEnabled(LogLevel.Information))
        {
            logger.LogInformation("Suchindex neu aufgebaut: {Count} Dokumente.", written);
        }

        return written;
    }

    /// <summary>Whether the index is still empty although there is something to find (first start, or after a restore).</summary>
    public async Task<bool> IsEmptyAsync(AppDbContext db, CancellationToken cancellationToken) =>
        !await db.Set<SearchDocument>().AnyAsync(cancellationToken);

    private static async Task<int> WriteAsync(AppDbContext db, ISearchSource source, HashSet<string>? keys, bool clearTracking, CancellationToken cancellationToken)
    {
        List<string> all;
        if (keys is null)
        {
            var current = await source.KeysAsync(db, cancellationToken);
            var indexed = await db.Set<SearchDocument>().Where(d => d.Kind == source.Kind).Select(d => d.Key).ToListAsync(cancellationToken);
            all = [.. current.Union(indexed, StringComparer.Ordinal)];
        }
        else
        {
            all = [.. keys];
        }

        var written = 0;
        foreach (var chunk in all.Chunk(Chunk))
        {
            written += await WriteChunkAsync(db, source, chunk, cancellationToken);
            if (clearTracking)
            {
                db.ChangeTracker.Clear();
            }
        }

        return written;
    }

    private static async Task<int> WriteChunkAsync(AppDbContext db, ISearchSource source, string[] keys, CancellationToken cancellationToken)
    {
        var entries = (await source.ReadAsync(db, keys, cancellationToken)).GroupBy(e => e.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var documents = await db.Set<SearchDocument>().Where(d => d.Kind == source.Kind && keys.Contains(d.Key)).ToListAsync(cancellationToken);
        var gone = documents.Where(d => !entries.ContainsKey(d.Key)).Select(d => d.Id).ToList();
        var now = db.UtcNow;
        var words = new HashSet<string>(StringComparer.Ordinal);
        var changed = new List<SearchDocument>();
        foreach (var entry in entries.Values)
        {
            var document = documents.FirstOrDefault(d => d.Key == entry.Key);
            if (document is null)
            {
                document = new SearchDocument { Kind = source.Kind, Key = entry.Key, Title = "", Url = "" };
                db.Add(document);
            }

            Fill(document, source, entry, now);
            changed.Add(document);
            words.UnionWith(SearchAnalyzer.SuggestableWords(entry.Title));
        }

        if (words.Count > 0)
        {
            var list = words.ToList();
            var known = await db.Set<SearchWord>().Where(w => list.Contains(w.Word)).Select(w => w.Word).ToListAsync(cancellationToken);
            foreach (var word in list.Except(known, StringComparer.Ordinal))
            {
                db.Add(new SearchWord { Word = word, Initial = word[0], Length = word.Length });
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await RemoveAsync(db, gone, cancellationToken);
        await SyncEngineAsync(db, [.. changed.Select(d => d.Id)], cancellationToken);
        foreach (var entry in db.ChangeTracker.Entries().Where(e => e.Entity is SearchDocument or SearchWord).ToList())
        {
            entry.State = EntityState.Detached;
        }

        return changed.Count;
    }

    private static void Fill(SearchDocument document, ISearchSource source, SearchEntry entry, DateTime now)
    {
        var title = SearchAnalyzer.Clip(entry.Title, 500);
        var text = SearchAnalyzer.Clip(SearchAnalyzer.Plain(entry.Text));
        var titleTerms = SearchAnalyzer.TermList(title);
        var facets = string.Join(' ', entry.RegionName, entry.Programme, string.Join(' ', entry.Topics ?? []));
        var bodyTerms = SearchAnalyzer.TermList(text + " " + facets).Except(titleTerms, StringComparer.Ordinal).ToList();
        document.EntityId = entry.EntityId;
        document.KindOrder = source.Order;
        document.Title = title;
        document.Text = text;
        document.Url = entry.Url;
        document.RegionSlug = entry.RegionSlug;
        document.RegionName = entry.RegionName;
        document.Programme = entry.Programme;
        document.Topics = entry.Topics is { Count: > 0 } topics ? SearchAnalyzer.Clip("|" + string.Join('|', topics) + "|", 1000) : null;
        document.Year = entry.Year;
        document.TitleTerms = string.Join(' ', titleTerms);
        document.TitleParts = SearchAnalyzer.Parts(titleTerms);
        var known = new HashSet<string>([.. titleTerms, .. document.TitleParts.Split(' ', StringSplitOptions.RemoveEmptyEntries)], StringComparer.Ordinal);
        document.BodyTerms = string.Join(' ', bodyTerms);
        document.BodyParts = string.Join(' ', SearchAnalyzer.Parts(bodyTerms).Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(p => !known.Contains(p)));
        document.IndexedAt = now;
    }

    private static async Task RemoveAsync(AppDbContext db, List<int> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return;
        }

        await db.Set<SearchDocument>().Where(d => ids.Contains(d.Id)).ExecuteDeleteAsync(cancellationToken);
        if (db.Database.IsSqlite())
        {
            // Only numbers from the database go into the statement.
            var delete = "DELETE FROM \"SearchIndex\" WHERE rowid IN (" + string.Join(',', ids) + ")";
            await db.Database.ExecuteSqlRawAsync(delete, cancellationToken);
        }
    }

    /// <summary>SQLite's FTS5 table holds its own copy of the terms; PostgreSQL computes its column itself.</summary>
    private static async Task SyncEngineAsync(AppDbContext db, List<int> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0 || !db.Database.IsSqlite())
        {
            return;
        }

        // Only numbers from the database go into the statements.
        var list = string.Join(',', ids);
        var delete = "DELETE FROM \"SearchIndex\" WHERE rowid IN (" + list + ")";
        var insert = "INSERT INTO \"SearchIndex\"(rowid, \"TitleTerms\", \"TitleParts\", \"BodyTerms\", \"BodyParts\") " +
            "SELECT \"Id\", \"TitleTerms\", \"TitleParts\", \"BodyTerms\", \"BodyParts\" FROM \"SearchDocuments\" WHERE \"Id\" IN (" + list + ")";
        await db.Database.ExecuteSqlRawAsync(delete, cancellationToken);
        await db.Database.ExecuteSqlRawAsync(insert, cancellationToken);
    }
}
