using System.Globalization;
using System.IO.Pipelines;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Regions;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Board;

/// <summary>The sort key and state of one object of an OParl list, read before the objects themselves.</summary>
public sealed class OParlKey
{
    public int Id { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }

    /// <summary>Public and not deleted: shown in full.</summary>
    public bool Visible { get; set; }

    /// <summary>Visible, or once public and now deleted or withdrawn: then shown as deleted (only with modified_since).</summary>
    public bool Listed { get; set; }

    /// <summary>How many objects the whole list has (read with the keys of a page, in the same query, unless the cache knows it).</summary>
    public int Total { get; set; }
}

/// <summary>
/// OParl 1.1 for the Digitalboard: one Body per region. Lists are paged by keyset (objects sorted by their id; the
/// next page starts after the last id seen), so pages stay stable while data changes. Only public data leaves here:
/// non-public agenda items, papers and files are never read into an answer; once-public ones that were withdrawn
/// or deleted appear only as deleted objects (id, type, created, modified, deleted). Regions of example data (the
/// fictional training region) are no bodies: nothing of their boards, meetings, papers or people is published here.
/// </summary>
public sealed class OParlService(AppDbContext db, PublicCache cache)
{
    public const string Version = "https://schema.oparl.org/1.1/";
    private const string Schema = "https://schema.oparl.org/1.1/";

    private readonly OParlQueries _queries = new(db);

    /// <summary>One answer: its addresses, the objects loaded for it and their writer belong together.</summary>
    private readonly OParlWriter _writer = new(new OParlUrls(), new OParlLoader(db));

    private OParlUrls Urls => _writer.Urls;

    private OParlLoader Loader => _writer.Loaded;

    /// <summary>Pending bytes above which a list flushes to the response between two objects.</summary>
    private const int FlushThreshold = 16 * 1024;

    private PipeWriter? _output;
    private CancellationToken _outputAborted;

    public void UseHost(HttpRequest request) => Urls.UseHost(request);

    /// <summary>The response the answer is streamed to: lists flush to it as they are written.</summary>
    public void UseOutput(PipeWriter output, CancellationToken aborted)
    {
        _output = output;
        _outputAborted = aborted;
    }

    /// <summary>Sends what is written so far when enough is pending (only between objects, after all queries ran).</summary>
    public async ValueTask FlushIfFullAsync(Utf8JsonWriter w)
    {
        if (_output is { } output && w.BytesPending >= FlushThreshold)
        {
            w.Flush();
            await output.FlushAsync(_outputAborted);
        }
    }

    public string SystemUrl => Urls.System;

    private static string Time(DateTime utc) => OParlUrls.Time(utc);

    private static string Day(DateOnly date) => OParlUrls.Day(date);

    // ------------------------------------------------------------------------------------------ kinds

    /// <summary>One OParl object type: its URL, its keys within a body, how to load and write the visible ones.</summary>
    private sealed record Kind<T>(
        string Type,
        Func<int, string> Url,
        Func<int, IQueryable<OParlKey>> Keys,
        Func<int, IQueryable<int>> BodyOf,
        Func<IReadOnlyList<int>, bool, CancellationToken, Task<Dictionary<int, T>>> Load,
        Action<Utf8JsonWriter, T, bool> Write);

    private Kind<Region> Bodies => new("Body", Urls.Body, _ => _queries.BodyKeys(), id => db.Regions.Where(r => r.Id == id).Select(r => r.Id),
        (ids, _, ct) => Loader.LoadBodiesAsync(ids, ct), (w, r, _) => _writer.WriteBody(w, r));

    private Kind<Board> Boards => new("Organization", Urls.Board, _queries.BoardKeys, id => db.Boards.Where(b => b.Id == id).Select(b => b.RegionId),
        (ids, _, ct) => Loader.LoadBoardsAsync(ids, ct), (w, b, _) => _writer.WriteBoard(w, b));

    private Kind<BoardPerson> People => new("Person", Urls.Person, _queries.PersonKeys, id => db.BoardPeople.Where(p => p.Id == id).Select(p => p.RegionId),
        Loader.LoadPeopleAsync, _writer.WritePerson);

    private Kind<BoardMembership> Memberships => new("Membership", Urls.Membership, _queries.MembershipKeys, id => db.BoardMemberships.Where(m => m.Id == id).Select(m => m.Board!.RegionId),
        (ids, _, ct) => Loader.LoadMembershipsAsync(ids, ct), (w, m, _) => _writer.WriteMembership(w, m, standalone: true));

    private Kind<Meeting> Meetings => new("Meeting", Urls.Meeting, _queries.MeetingKeys, id => db.Meetings.Where(m => m.Id == id).Select(m => m.RegionId),
        Loader.LoadMeetingsAsync, _writer.WriteMeeting);

    /// <summary>The meetings of one board: the external list behind Organization.meeting (keyed by board, not body).</summary>
    private Kind<Meeting> BoardMeetings => Meetings with
    {
        Keys = board => OParlQueries.MeetingKeys(db.Meetings.AsNoTracking().Where(m => m.BoardId == board)),
    };

    private Kind<AgendaItem> Items => new("AgendaItem", Urls.Item, _queries.ItemKeys, id => db.AgendaItems.Where(i => i.Id == id).Select(i => i.RegionId),
        (ids, _, ct) => Loader.LoadItemsAsync(ids, ct), (w, i, _) => _writer.WriteItem(w, i, standalone: true));

    private Kind<AgendaItem> Consultations => new("Consultation", Urls.Consultation, _queries.ConsultationKeys, id => db.AgendaItems.Where(i => i.Id == id && i.PaperId != null).Select(i => i.RegionId),
        (ids, _, ct) => Loader.LoadItemsAsync(ids, ct), (w, i, _) => _writer.WriteConsultation(w, i, standalone: true));

    private Kind<Paper> Papers => new("Paper", Urls.Paper, _queries.PaperKeys, id => db.Papers.Where(p => p.Id == id).Select(p => p.RegionId),
        Loader.LoadPapersAsync, _writer.WritePaper);

    private Kind<PaperFile> Files => new("File", Urls.File, _queries.FileKeys, id => db.PaperFiles.Where(f => f.Id == id).Select(f => f.RegionId),
        (ids, _, ct) => Loader.LoadFilesAsync(ids, ct), (w, f, _) => _writer.WriteFile(w, f, standalone: true));

    private Kind<Meeting> Locations => new("Location", Urls.Location, _queries.LocationKeys, id => db.Meetings.Where(m => m.Id == id).Select(m => m.RegionId),
        (ids, _, ct) => Loader.LoadMeetingsAsync(ids, true, ct), (w, m, _) => _writer.WriteLocation(w, m, standalone: true));

    private Kind<Region> Terms => new("LegislativeTerm", Urls.Term, _queries.TermKeys, id => db.Regions.Where(r => r.Id == id).Select(r => r.Id),
        (ids, _, ct) => Loader.LoadBodiesAsync(ids, ct), (w, r, _) => _writer.WriteTerm(w, r, standalone: true));

    // ------------------------------------------------------------------------------------------ entry points

    public async Task WriteSystemAsync(Utf8JsonWriter w, CancellationToken cancellationToken)
    {
        // Both times in one query.
        var times = await _queries.PublishedRegions().GroupBy(r => 1)
            .Select(g => new { Created = g.Min(r => (DateTime?)r.CreatedAt), Modified = g.Max(r => (DateTime?)r.UpdatedAt) })
            .FirstOrDefaultAsync(cancellationToken);
        var created = times?.Created;
        var modified = times?.Modified;
        w.WriteStartObject();
        w.WriteString("id", Urls.System);
        w.WriteString("type", Schema + "System");
        w.WriteString("oparlVersion", Version);
        w.WriteString("body", Urls.System + "/body");
        w.WriteString("name", "Modellregion – Digitalboards der Digitalen Modellregionen in NRW");
        w.WriteString("website", Urls.Site + "/");
        w.WriteString("web", Urls.Site + "/digitalboard");
        w.WriteString("created", Time(created ?? DateTime.UnixEpoch));
        w.WriteString("modified", Time(modified ?? DateTime.UnixEpoch));
        w.WriteEndObject();
    }

    /// <summary>Writes one object; false when there is none under this key (or it was never public).</summary>
    public async Task<bool> WriteObjectAsync(Utf8JsonWriter w, string kind, string key, CancellationToken cancellationToken)
    {
        if (kind == "organization" && key.Split('-') is [var bodyText, var organisationText])
        {
            if (!TryId(bodyText, out var body) || !TryId(organisationText, out var organisationId) || !await _queries.BodyIds().ContainsAsync(body, cancellationToken))
            {
                return false;
            }

            var organisation = await _queries.RepresentedOrganisations(body).FirstOrDefaultAsync(o => o.Id == organisationId, cancellationToken);
            if (organisation is null)
            {
                return false;
            }

            _writer.WriteRepresented(w, body, organisation);
            return true;
        }

        if (!TryId(key, out var id))
        {
            return false;
        }

        return kind switch
        {
            "body" => await WriteOneAsync(w, Bodies, id, cancellationToken),
            "organization" => await WriteOneAsync(w, Boards, id, cancellationToken),
            "person" => await WriteOneAsync(w, People, id, cancellationToken),
            "membership" => await WriteOneAsync(w, Memberships, id, cancellationToken),
            "meeting" => await WriteOneAsync(w, Meetings, id, cancellationToken),
            "agendaitem" => await WriteOneAsync(w, Items, id, cancellationToken),
            "paper" => await WriteOneAsync(w, Papers, id, cancellationToken),
            "consultation" => await WriteOneAsync(w, Consultations, id, cancellationToken),
            "file" => await WriteOneAsync(w, Files, id, cancellationToken),
            "location" => await WriteOneAsync(w, Locations, id, cancellationToken),
            "legislativeterm" => await WriteOneAsync(w, Terms, id, cancellationToken),
            _ => false,
        };
    }

    /// <summary>The names of the lists, as used in the Body and in the list URLs.</summary>
    public static readonly IReadOnlyList<string> ListNames =
        ["organization", "person", "meeting", "paper", "agendaItem", "consultation", "file", "locationList", "legislativeTermList", "membership"];

    /// <summary>Writes the meetings of a board (Organization.meeting); false when there is no such public board.</summary>
    public async Task<bool> WriteBoardMeetingsAsync(Utf8JsonWriter w, int board, OParlListRequest request, CancellationToken cancellationToken)
    {
        if (!await db.Boards.AnyAsync(b => b.Id == board && b.DeletedAt == null && !b.Region!.IsExample, cancellationToken))
        {
            return false;
        }

        return await WriteListAsync(w, BoardMeetings, "organization-meeting", board, null, Urls.BoardMeetings(board), request, cancellationToken);
    }

    public async Task WriteBodyListAsync(Utf8JsonWriter w, OParlListRequest request, CancellationToken cancellationToken) =>
        await WriteListAsync(w, Bodies, "body", 0, null, Urls.System + "/body", request, cancellationToken);

    /// <summary>Writes a list of a body; false when there is no such body or list.</summary>
    public async Task<bool> WriteBodyListAsync(Utf8JsonWriter w, int body, string list, OParlListRequest request, CancellationToken cancellationToken)
    {
        if (!ListNames.Contains(list))
        {
            return false;
        }

        if (list == "organization")
        {
            if (!await _queries.BodyIds().ContainsAsync(body, cancellationToken))
            {
                return false;
            }

            await WriteOrganizationListAsync(w, body, Urls.List(body, list), request, cancellationToken);
            return true;
        }

        // The body check runs within the page's query (and on its own only when the page is empty).
        var published = _queries.BodyIds();
        var url = Urls.List(body, list);
        return list switch
        {
            "person" => await WriteListAsync(w, People, "person", body, published, url, request, cancellationToken),
            "meeting" => await WriteListAsync(w, Meetings, "meeting", body, published, url, request, cancellationToken),
            "paper" => await WriteListAsync(w, Papers, "paper", body, published, url, request, cancellationToken),
            "agendaItem" => await WriteListAsync(w, Items, "agendaItem", body, published, url, request, cancellationToken),
            "consultation" => await WriteListAsync(w, Consultations, "consultation", body, published, url, request, cancellationToken),
            "file" => await WriteListAsync(w, Files, "file", body, published, url, request, cancellationToken),
            "locationList" => await WriteListAsync(w, Locations, "locationList", body, published, url, request, cancellationToken),
            "legislativeTermList" => await WriteListAsync(w, Terms, "legislativeTermList", body, published, url, request, cancellationToken),
            _ => await WriteListAsync(w, Memberships, "membership", body, published, url, request, cancellationToken),
        };
    }

    private static bool TryId(string text, out int id) =>
        text.Length is > 0 and < 10 && text[0] != '0' && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out id) ? id > 0 : (id = 0) > 0;

    private async Task<bool> WriteOneAsync<T>(Utf8JsonWriter w, Kind<T> kind, int id, CancellationToken cancellationToken)
    {
        // An object of a region that is no body (example data) does not exist here.
        var bodyIds = _queries.BodyIds();
        var bodies = await kind.BodyOf(id).Where(body => bodyIds.Contains(body)).Take(1).ToListAsync(cancellationToken);
        if (bodies.Count == 0)
        {
            return false;
        }

        var key = await kind.Keys(bodies[0]).Where(k => k.Id == id && k.Listed).FirstOrDefaultAsync(cancellationToken);
        if (key is null)
        {
            return false;
        }

        if (!key.Visible)
        {
            WriteDeleted(w, kind, key);
            return true;
        }

        var loaded = await kind.Load([id], false, cancellationToken);
        if (!loaded.TryGetValue(id, out var value))
        {
            return false;
        }

        kind.Write(w, value, false);
        return true;
    }

    /// <summary>
    /// Writes one page of a list; false when <paramref name="body"/> is not among the <paramref name="published"/>
    /// bodies (when given). The page's keys, that check and (unless known) the list's total come in one query;
    /// the objects of the page in a fixed number of further queries, however many there are.
    /// </summary>
    /// <remarks>
    /// The total (<c>totalElements</c>) is the same on every page of a list and, for a body of thousands of papers,
    /// costs more than the page itself: counting means joining all of them with their meetings and boards. So it is
    /// kept in the <see cref="PublicCache"/> (per list, body and filter, dropped with every saved change like the
    /// other aggregates) and the following pages of a crawl read only their own keys.
    /// </remarks>
    private async Task<bool> WriteListAsync<T>(Utf8JsonWriter w, Kind<T> kind, string list, int body, IQueryable<int>? published, string url, OParlListRequest request, CancellationToken cancellationToken)
    {
        var after = request.AfterId();
        var keys = OParlQueries.Filter(kind.Keys(body), request);
        var paged = published is null ? keys : keys.Where(k => published.Contains(body));
        var ordered = paged.Where(k => k.Id > after).OrderBy(k => k.Id).Take(request.Limit + 1);
        var known = cache.Find<int>(TotalKey(list, body, request));
        var page = known.Found
            ? await ordered.ToListAsync(cancellationToken)
            : await ordered.Select(k => new OParlKey { Id = k.Id, CreatedAt = k.CreatedAt, UpdatedAt = k.UpdatedAt, Visible = k.Visible, Listed = k.Listed, Total = keys.Count() })
                .ToListAsync(cancellationToken);
        if (page.Count == 0 && published is not null && !await published.ContainsAsync(body, cancellationToken))
        {
            return false;
        }

        var total = known.Found ? known.Value : page.Count > 0 ? page[0].Total : await keys.CountAsync(cancellationToken);
        cache.Keep(known, total);

        var more = page.Count > request.Limit;
        if (more)
        {
            page.RemoveAt(page.Count - 1);
        }

        var visible = page.Where(k => k.Visible).Select(k => k.Id).ToList();
        var loaded = visible.Count == 0 ? [] : await kind.Load(visible, request.OmitInternal, cancellationToken);
        w.WriteStartObject();
        w.WriteStartArray("data");
        foreach (var key in page)
        {
            if (key.Visible && loaded.TryGetValue(key.Id, out var value))
            {
                kind.Write(w, value, request.OmitInternal);
            }
            else
            {
                WriteDeleted(w, kind, key);
            }

            await FlushIfFullAsync(w);
        }

        w.WriteEndArray();
        WritePaging(w, request, url, total, more ? page[^1].Id.ToString(CultureInfo.InvariantCulture) : null);
        w.WriteEndObject();
        return true;
    }

    /// <summary>The cache key of a list's total: the list, whose it is (body or board) and the filters that change it.</summary>
    private static string TotalKey(string list, int owner, OParlListRequest request) =>
        string.Create(CultureInfo.InvariantCulture,
            $"oparl-total:{list}:{owner}:{request.CreatedSince?.Ticks}:{request.CreatedUntil?.Ticks}:{request.ModifiedSince?.Ticks}:{request.ModifiedUntil?.Ticks}");

    private static void WritePaging(Utf8JsonWriter w, OParlListRequest request, string url, int total, string? next)
    {
        w.WriteStartObject("pagination");
        w.WriteNumber("totalElements", total);
        w.WriteNumber("elementsPerPage", request.Limit);
        w.WriteEndObject();
        w.WriteStartObject("links");
        w.WriteString("first", request.Link(url));
        w.WriteString("self", request.Link(url, request.After));
        if (next is not null)
        {
            w.WriteString("next", request.Link(url, next));
        }

        w.WriteEndObject();
    }

    private static void WriteDeleted<T>(Utf8JsonWriter w, Kind<T> kind, OParlKey key)
    {
        w.WriteStartObject();
        w.WriteString("id", kind.Url(key.Id));
        w.WriteString("type", Schema + kind.Type);
        w.WriteString("created", Time(key.CreatedAt));
        w.WriteString("modified", Time(key.UpdatedAt));
        w.WriteBoolean("deleted", true);
        w.WriteEndObject();
    }

    /// <summary>
    /// The organisations of a body: first its boards and working groups (cursor "g{id}"), then the organisations
    /// their members represent or papers come from (cursor "a{id}"). Both parts are sorted by id.
    /// </summary>
    private async Task WriteOrganizationListAsync(Utf8JsonWriter w, int body, string url, OParlListRequest request, CancellationToken cancellationToken)
    {
        var (segment, after) = request.After switch
        {
            null => ('g', 0),
            { Length: > 1 } a when a[0] is 'g' or 'a' && TryId(a[1..], out var id) => (a[0], id),
            _ => throw new OParlException(400, "Der Parameter „after“ ist keine gültige Fortsetzungsmarke. Folgen Sie den Links „next“ der Liste.", $"after={request.After}"),
        };

        var boardKeys = OParlQueries.Filter(_queries.BoardKeys(body), request);
        var represented = _queries.RepresentedOrganisations(body).Select(o => new OParlKey { Id = o.Id, CreatedAt = o.CreatedAt, UpdatedAt = o.UpdatedAt, Visible = true, Listed = true });
        var organisationKeys = OParlQueries.Filter(represented, request);
        var total = await cache.GetOrCreateAsync(TotalKey("organization", body, request),
            async () => await boardKeys.CountAsync(cancellationToken) + await organisationKeys.CountAsync(cancellationToken));

        var boards = segment == 'g'
            ? await boardKeys.Where(k => k.Id > after).OrderBy(k => k.Id).Take(request.Limit + 1).ToListAsync(cancellationToken)
            : [];
        var organisations = boards.Count > request.Limit
            ? []
            : await organisationKeys.Where(k => k.Id > (segment == 'a' ? after : 0)).OrderBy(k => k.Id).Take(request.Limit + 1 - boards.Count).ToListAsync(cancellationToken);
        var entries = boards.Select(k => ('g', k)).Concat(organisations.Select(k => ('a', k))).ToList();
        var more = entries.Count > request.Limit;
        if (more)
        {
            entries.RemoveAt(entries.Count - 1);
        }

        var loadedBoards = await Loader.LoadBoardsAsync([.. entries.Where(e => e.Item1 == 'g' && e.k.Visible).Select(e => e.k.Id)], cancellationToken);
        var organisationIds = entries.Where(e => e.Item1 == 'a').Select(e => e.k.Id).ToList();
        var loadedOrganisations = organisationIds.Count == 0
            ? []
            : await db.Organisations.AsNoTracking().Where(o => organisationIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, cancellationToken);
        w.WriteStartObject();
        w.WriteStartArray("data");
        foreach (var (part, key) in entries)
        {
            if (part == 'g' && key.Visible && loadedBoards.TryGetValue(key.Id, out var board))
            {
                _writer.WriteBoard(w, board);
            }
            else if (part == 'g')
            {
                WriteDeleted(w, Boards, key);
            }
            else if (loadedOrganisations.TryGetValue(key.Id, out var organisation))
            {
                _writer.WriteRepresented(w, body, organisation);
            }
        }

        w.WriteEndArray();
        WritePaging(w, request, url, total, more ? $"{entries[^1].Item1}{entries[^1].k.Id}" : null);
        w.WriteEndObject();
    }
}
