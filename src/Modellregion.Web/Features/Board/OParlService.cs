using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Directory;
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
}

/// <summary>
/// OParl 1.1 for the Digitalboard: one Body per region. Lists are paged by keyset (objects sorted by their id; the
/// next page starts after the last id seen), so pages stay stable while data changes. Only public data leaves here:
/// non-public agenda items, papers and files are never read into an answer; once-public ones that were withdrawn
/// or deleted appear only as deleted objects (id, type, created, modified, deleted). Regions of example data (the
/// fictional training region) are no bodies: nothing of their boards, meetings, papers or people is published here.
/// </summary>
public sealed class OParlService(AppDbContext db)
{
    public const string Version = "https://schema.oparl.org/1.1/";
    private const string Schema = "https://schema.oparl.org/1.1/";

    private readonly OParlUrls _urls = new();
    private readonly OParlQueries _queries = new(db);

    public void UseHost(HttpRequest request) => _urls.UseHost(request);

    public string SystemUrl => _urls.System;

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

    private Kind<Region> Bodies => new("Body", _urls.Body, _ => _queries.BodyKeys(), id => db.Regions.Where(r => r.Id == id).Select(r => r.Id),
        (ids, _, ct) => LoadBodiesAsync(ids, ct), (w, r, _) => WriteBody(w, r));

    private Kind<Board> Boards => new("Organization", _urls.Board, _queries.BoardKeys, id => db.Boards.Where(b => b.Id == id).Select(b => b.RegionId),
        (ids, _, ct) => LoadBoardsAsync(ids, ct), (w, b, _) => WriteBoard(w, b));

    private Kind<BoardPerson> People => new("Person", _urls.Person, _queries.PersonKeys, id => db.BoardPeople.Where(p => p.Id == id).Select(p => p.RegionId),
        LoadPeopleAsync, WritePerson);

    private Kind<BoardMembership> Memberships => new("Membership", _urls.Membership, _queries.MembershipKeys, id => db.BoardMemberships.Where(m => m.Id == id).Select(m => m.Board!.RegionId),
        (ids, _, ct) => LoadMembershipsAsync(ids, ct), (w, m, _) => WriteMembership(w, m, standalone: true));

    private Kind<Meeting> Meetings => new("Meeting", _urls.Meeting, _queries.MeetingKeys, id => db.Meetings.Where(m => m.Id == id).Select(m => m.Board!.RegionId),
        LoadMeetingsAsync, WriteMeeting);

    /// <summary>The meetings of one board: the external list behind Organization.meeting (keyed by board, not body).</summary>
    private Kind<Meeting> BoardMeetings => Meetings with
    {
        Keys = board => OParlQueries.MeetingKeys(db.Meetings.AsNoTracking().Where(m => m.BoardId == board)),
    };

    private Kind<AgendaItem> Items => new("AgendaItem", _urls.Item, _queries.ItemKeys, id => db.AgendaItems.Where(i => i.Id == id).Select(i => i.Meeting!.Board!.RegionId),
        (ids, _, ct) => LoadItemsAsync(ids, ct), (w, i, _) => WriteItem(w, i, standalone: true));

    private Kind<AgendaItem> Consultations => new("Consultation", _urls.Consultation, _queries.ConsultationKeys, id => db.AgendaItems.Where(i => i.Id == id && i.PaperId != null).Select(i => i.Meeting!.Board!.RegionId),
        (ids, _, ct) => LoadItemsAsync(ids, ct), (w, i, _) => WriteConsultation(w, i, standalone: true));

    private Kind<Paper> Papers => new("Paper", _urls.Paper, _queries.PaperKeys, id => db.Papers.Where(p => p.Id == id).Select(p => p.Board!.RegionId),
        LoadPapersAsync, WritePaper);

    private Kind<PaperFile> Files => new("File", _urls.File, _queries.FileKeys, id => db.PaperFiles.Where(f => f.Id == id).Select(f => f.Paper!.Board!.RegionId),
        (ids, _, ct) => LoadFilesAsync(ids, ct), (w, f, _) => WriteFile(w, f, standalone: true));

    private Kind<Meeting> Locations => new("Location", _urls.Location, _queries.LocationKeys, id => db.Meetings.Where(m => m.Id == id).Select(m => m.Board!.RegionId),
        (ids, _, ct) => LoadMeetingsAsync(ids, true, ct), (w, m, _) => WriteLocation(w, m, standalone: true));

    private Kind<Region> Terms => new("LegislativeTerm", _urls.Term, _queries.TermKeys, id => db.Regions.Where(r => r.Id == id).Select(r => r.Id),
        (ids, _, ct) => LoadBodiesAsync(ids, ct), (w, r, _) => WriteTerm(w, r, standalone: true));

    // ------------------------------------------------------------------------------------------ entry points

    public async Task WriteSystemAsync(Utf8JsonWriter w, CancellationToken cancellationToken)
    {
        var created = await _queries.PublishedRegions().OrderBy(r => r.CreatedAt).Select(r => (DateTime?)r.CreatedAt).FirstOrDefaultAsync(cancellationToken);
        var modified = await _queries.PublishedRegions().OrderByDescending(r => r.UpdatedAt).Select(r => (DateTime?)r.UpdatedAt).FirstOrDefaultAsync(cancellationToken);
        w.WriteStartObject();
        w.WriteString("id", _urls.System);
        w.WriteString("type", Schema + "System");
        w.WriteString("oparlVersion", Version);
        w.WriteString("body", _urls.System + "/body");
        w.WriteString("name", "Modellregion – Digitalboards der Digitalen Modellregionen in NRW");
        w.WriteString("website", _urls.Site + "/");
        w.WriteString("web", _urls.Site + "/digitalboard");
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

            WriteRepresented(w, body, organisation);
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

        await WriteListAsync(w, BoardMeetings, board, _urls.BoardMeetings(board), request, cancellationToken);
        return true;
    }

    public async Task WriteBodyListAsync(Utf8JsonWriter w, OParlListRequest request, CancellationToken cancellationToken) =>
        await WriteListAsync(w, Bodies, 0, _urls.System + "/body", request, cancellationToken);

    /// <summary>Writes a list of a body; false when there is no such body or list.</summary>
    public async Task<bool> WriteBodyListAsync(Utf8JsonWriter w, int body, string list, OParlListRequest request, CancellationToken cancellationToken)
    {
        if (!ListNames.Contains(list) || !await _queries.BodyIds().ContainsAsync(body, cancellationToken))
        {
            return false;
        }

        var url = _urls.List(body, list);
        switch (list)
        {
            case "organization": await WriteOrganizationListAsync(w, body, url, request, cancellationToken); break;
            case "person": await WriteListAsync(w, People, body, url, request, cancellationToken); break;
            case "meeting": await WriteListAsync(w, Meetings, body, url, request, cancellationToken); break;
            case "paper": await WriteListAsync(w, Papers, body, url, request, cancellationToken); break;
            case "agendaItem": await WriteListAsync(w, Items, body, url, request, cancellationToken); break;
            case "consultation": await WriteListAsync(w, Consultations, body, url, request, cancellationToken); break;
            case "file": await WriteListAsync(w, Files, body, url, request, cancellationToken); break;
            case "locationList": await WriteListAsync(w, Locations, body, url, request, cancellationToken); break;
            case "legislativeTermList": await WriteListAsync(w, Terms, body, url, request, cancellationToken); break;
            default: await WriteListAsync(w, Memberships, body, url, request, cancellationToken); break;
        }

        return true;
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

    private static async Task WriteListAsync<T>(Utf8JsonWriter w, Kind<T> kind, int body, string url, OParlListRequest request, CancellationToken cancellationToken)
    {
        var after = request.AfterId();
        var keys = OParlQueries.Filter(kind.Keys(body), request);
        var total = await keys.CountAsync(cancellationToken);
        var page = await keys.Where(k => k.Id > after).OrderBy(k => k.Id).Take(request.Limit + 1).ToListAsync(cancellationToken);
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
        }

        w.WriteEndArray();
        WritePaging(w, request, url, total, more ? page[^1].Id.ToString(CultureInfo.InvariantCulture) : null);
        w.WriteEndObject();
    }

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
        var total = await boardKeys.CountAsync(cancellationToken) + await organisationKeys.CountAsync(cancellationToken);

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

        var loadedBoards = await LoadBoardsAsync([.. entries.Where(e => e.Item1 == 'g' && e.k.Visible).Select(e => e.k.Id)], cancellationToken);
        var organisationIds = entries.Where(e => e.Item1 == 'a').Select(e => e.k.Id).ToList();
        var loadedOrganisations = await db.Organisations.AsNoTracking().Where(o => organisationIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, cancellationToken);
        w.WriteStartObject();
        w.WriteStartArray("data");
        foreach (var (part, key) in entries)
        {
            if (part == 'g' && key.Visible && loadedBoards.TryGetValue(key.Id, out var board))
            {
                WriteBoard(w, board);
            }
            else if (part == 'g')
            {
                WriteDeleted(w, Boards, key);
            }
            else if (loadedOrganisations.TryGetValue(key.Id, out var organisation))
            {
                WriteRepresented(w, body, organisation);
            }
        }

        w.WriteEndArray();
        WritePaging(w, request, url, total, more ? $"{entries[^1].Item1}{entries[^1].k.Id}" : null);
        w.WriteEndObject();
    }

    // ------------------------------------------------------------------------------------------ loading

    private async Task<Dictionary<int, Region>> LoadBodiesAsync(IReadOnlyList<int> ids, CancellationToken cancellationToken)
    {
        var regions = await db.Regions.AsNoTracking().Include(r => r.Programme).Include(r => r.LeadOrganisation)
            .Where(r => ids.Contains(r.Id)).ToListAsync(cancellationToken);
        var boards = await db.Boards.AsNoTracking().Where(b => ids.Contains(b.RegionId) && b.Kind == BoardKind.Board && b.DeletedAt == null)
            .OrderBy(b => b.Id).Select(b => new { b.RegionId, b.Id }).ToListAsync(cancellationToken);
        _mainBoards.Clear();
        foreach (var board in boards)
        {
            _mainBoards.TryAdd(board.RegionId, board.Id);
        }

        return regions.ToDictionary(r => r.Id);
    }

    private readonly Dictionary<int, int> _mainBoards = [];

    private async Task<Dictionary<int, Board>> LoadBoardsAsync(IReadOnlyList<int> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        var boards = await db.Boards.AsNoTracking().Where(b => ids.Contains(b.Id)).ToListAsync(cancellationToken);
        var memberships = await db.BoardMemberships.AsNoTracking().Where(m => ids.Contains(m.BoardId) && m.DeletedAt == null)
            .OrderBy(m => m.Id).Select(m => new { m.Id, m.BoardId }).ToListAsync(cancellationToken);
        foreach (var board in boards)
        {
            board.Memberships = [.. memberships.Where(m => m.BoardId == board.Id).Select(m => new BoardMembership { Id = m.Id, BoardId = board.Id })];
        }

        return boards.ToDictionary(b => b.Id);
    }

    private async Task<Dictionary<int, BoardPerson>> LoadPeopleAsync(IReadOnlyList<int> ids, bool omitInternal, CancellationToken cancellationToken)
    {
        var people = await db.BoardPeople.AsNoTracking().Where(p => ids.Contains(p.Id)).ToListAsync(cancellationToken);
        if (!omitInternal)
        {
            var memberships = await MembershipQuery().Where(m => m.PersonId != null && ids.Contains(m.PersonId.Value) && m.DeletedAt == null && m.Board!.DeletedAt == null)
                .OrderBy(m => m.Id).ToListAsync(cancellationToken);
            _personMemberships.Clear();
            foreach (var membership in memberships)
            {
                if (!_personMemberships.TryGetValue(membership.PersonId!.Value, out var list))
                {
                    _personMemberships[membership.PersonId.Value] = list = [];
                }

                list.Add(membership);
            }
        }

        return people.ToDictionary(p => p.Id);
    }

    private readonly Dictionary<int, List<BoardMembership>> _personMemberships = [];

    private IQueryable<BoardMembership> MembershipQuery() => db.BoardMemberships.AsNoTracking().Include(m => m.Board);

    private async Task<Dictionary<int, BoardMembership>> LoadMembershipsAsync(IReadOnlyList<int> ids, CancellationToken cancellationToken) =>
        await MembershipQuery().Where(m => ids.Contains(m.Id)).ToDictionaryAsync(m => m.Id, cancellationToken);

    /// <summary>
    /// Agenda items with just what OParl writes of them (no full entities): the meeting's board, whether the paper
    /// is public, the resolution; the declared conflicts of interest come in a second query.
    /// </summary>
    private async Task<List<AgendaItem>> LoadItemRowsAsync(IQueryable<AgendaItem> items, CancellationToken cancellationToken)
    {
        var rows = await items.AsNoTracking().Select(i => new AgendaItem
        {
            Id = i.Id,
            MeetingId = i.MeetingId,
            Number = i.Number,
            Order = i.Order,
            Title = i.Title,
            PaperId = i.PaperId,
            IsPublic = i.IsPublic,
            CreatedAt = i.CreatedAt,
            UpdatedAt = i.UpdatedAt,
            Meeting = new Meeting { Id = i.MeetingId, BoardId = i.Meeting!.BoardId, Name = "" },
            Paper = i.Paper == null ? null : new Paper { Id = i.Paper.Id, Reference = "", Title = "", PaperType = i.Paper.PaperType, IsPublic = i.Paper.IsPublic, DeletedAt = i.Paper.DeletedAt },
            Resolution = i.Resolution == null ? null : new Resolution
            {
                Id = i.Resolution.Id,
                Result = i.Resolution.Result,
                Text = i.Resolution.Text,
                Yes = i.Resolution.Yes,
                No = i.Resolution.No,
                Abstentions = i.Resolution.Abstentions,
                VotingMembers = i.Resolution.VotingMembers,
                VotingMembersPresent = i.Resolution.VotingMembersPresent,
                IsQuorate = i.Resolution.IsQuorate,
            },
        }).ToListAsync(cancellationToken);
        var resolutionIds = rows.Where(r => r.Resolution is not null).Select(r => r.Resolution!.Id).ToList();
        if (resolutionIds.Count > 0)
        {
            var conflicts = (await db.ResolutionAttendance.AsNoTracking().Where(a => a.DeclaredConflict && resolutionIds.Contains(a.ResolutionId))
                .Select(a => new { a.ResolutionId, a.MembershipId }).ToListAsync(cancellationToken)).ToLookup(a => a.ResolutionId);
            foreach (var resolution in rows.Select(r => r.Resolution).OfType<Resolution>())
            {
                resolution.Attendance = [.. conflicts[resolution.Id].Select(c => new ResolutionAttendance { MembershipId = c.MembershipId, DeclaredConflict = true })];
            }
        }

        return rows;
    }

    private async Task<Dictionary<int, Meeting>> LoadMeetingsAsync(IReadOnlyList<int> ids, bool omitInternal, CancellationToken cancellationToken)
    {
        var meetings = await db.Meetings.AsNoTracking().Where(m => ids.Contains(m.Id)).ToListAsync(cancellationToken);
        if (!omitInternal)
        {
            var items = await LoadItemRowsAsync(db.AgendaItems
                .Where(i => ids.Contains(i.MeetingId) && i.DeletedAt == null && i.IsPublic)
                .OrderBy(i => i.Order).ThenBy(i => i.Id), cancellationToken);
            foreach (var meeting in meetings)
            {
                meeting.Items = [.. items.Where(i => i.MeetingId == meeting.Id)];
            }
        }

        return meetings.ToDictionary(m => m.Id);
    }

    private async Task<Dictionary<int, AgendaItem>> LoadItemsAsync(IReadOnlyList<int> ids, CancellationToken cancellationToken) =>
        (await LoadItemRowsAsync(db.AgendaItems.Where(i => ids.Contains(i.Id)), cancellationToken)).ToDictionary(i => i.Id);

    private async Task<Dictionary<int, Paper>> LoadPapersAsync(IReadOnlyList<int> ids, bool omitInternal, CancellationToken cancellationToken)
    {
        var papers = await db.Papers.AsNoTracking().Include(p => p.Board).Where(p => ids.Contains(p.Id)).ToListAsync(cancellationToken);
        var files = await db.PaperFiles.AsNoTracking().Where(f => ids.Contains(f.PaperId) && f.DeletedAt == null && f.IsPublic)
            .OrderBy(f => f.Id).ToListAsync(cancellationToken);
        var consultations = await LoadItemRowsAsync(db.AgendaItems
            .Where(i => i.PaperId != null && ids.Contains(i.PaperId.Value) && i.DeletedAt == null && i.IsPublic && i.Meeting!.DeletedAt == null)
            .OrderBy(i => i.Id), cancellationToken);
        foreach (var paper in papers)
        {
            paper.Files = omitInternal ? [.. files.Where(f => f.PaperId == paper.Id && f.IsMain)] : [.. files.Where(f => f.PaperId == paper.Id)];
            _paperConsultations[paper.Id] = [.. consultations.Where(i => i.PaperId == paper.Id)];
        }

        return papers.ToDictionary(p => p.Id);
    }

    private readonly Dictionary<int, List<AgendaItem>> _paperConsultations = [];

    private async Task<Dictionary<int, PaperFile>> LoadFilesAsync(IReadOnlyList<int> ids, CancellationToken cancellationToken) =>
        await db.PaperFiles.AsNoTracking().Include(f => f.Paper).Where(f => ids.Contains(f.Id)).ToDictionaryAsync(f => f.Id, cancellationToken);

    // ------------------------------------------------------------------------------------------ writing

    private static void Times(Utf8JsonWriter w, DateTime created, DateTime modified)
    {
        w.WriteString("created", Time(created));
        w.WriteString("modified", Time(modified));
    }

    private static void Optional(Utf8JsonWriter w, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            w.WriteString(name, value);
        }
    }

    private void WriteBody(Utf8JsonWriter w, Region region)
    {
        w.WriteStartObject();
        w.WriteString("id", _urls.Body(region.Id));
        w.WriteString("type", Schema + "Body");
        w.WriteString("system", _urls.System);
        w.WriteString("name", region.Name);
        w.WriteString("shortName", region.ShortName);
        Optional(w, "website", region.Website ?? region.Office.Website);
        w.WriteString("classification", "Digitale Modellregion");
        foreach (var list in ListNames)
        {
            w.WriteString(list, _urls.List(region.Id, list));
        }

        w.WriteStartArray("legislativeTerm");
        WriteTerm(w, region, standalone: false);
        w.WriteEndArray();
        if (_mainBoards.TryGetValue(region.Id, out var board))
        {
            w.WriteString("mainOrganization", _urls.Board(board));
        }

        w.WriteString("web", $"{_urls.Site}/regionen/{region.Slug}");
        Times(w, region.CreatedAt, region.UpdatedAt);
        w.WriteEndObject();
    }

    /// <summary>The programme's funding phase is the only "term" a Digitalboard has.</summary>
    private void WriteTerm(Utf8JsonWriter w, Region region, bool standalone)
    {
        var programme = region.Programme!;
        w.WriteStartObject();
        w.WriteString("id", _urls.Term(region.Id));
        w.WriteString("type", Schema + "LegislativeTerm");
        if (standalone)
        {
            w.WriteString("body", _urls.Body(region.Id));
        }

        w.WriteString("name", $"Förderphase: {programme.Name}");
        if (programme.StartsOn is { } start)
        {
            w.WriteString("startDate", Day(start));
        }

        if (programme.EndsOn is { } end)
        {
            w.WriteString("endDate", Day(end));
        }

        Times(w, programme.CreatedAt, programme.UpdatedAt);
        w.WriteEndObject();
    }

    private void WriteBoard(Utf8JsonWriter w, Board board)
    {
        w.WriteStartObject();
        w.WriteString("id", _urls.Board(board.Id));
        w.WriteString("type", Schema + "Organization");
        w.WriteString("body", _urls.Body(board.RegionId));
        w.WriteString("name", board.Name);
        Optional(w, "shortName", board.ShortName);
        w.WriteString("organizationType", "Gremium");
        w.WriteString("classification", board.Kind == BoardKind.Board ? "Digitalboard" : "Arbeitsgruppe");
        w.WriteStartArray("post");
        foreach (var role in Enum.GetValues<BoardRole>())
        {
            w.WriteStringValue(BoardRoles.Label(role));
        }

        w.WriteEndArray();
        if (board.Memberships.Count > 0)
        {
            w.WriteStartArray("membership");
            foreach (var membership in board.Memberships)
            {
                w.WriteStringValue(_urls.Membership(membership.Id));
            }

            w.WriteEndArray();
        }

        w.WriteString("meeting", _urls.BoardMeetings(board.Id));
        if (board.ParentBoardId is { } parent)
        {
            w.WriteString("subOrganizationOf", _urls.Board(parent));
        }

        if (board.StartsOn is { } start)
        {
            w.WriteString("startDate", Day(start));
        }

        if (board.EndsOn is { } end)
        {
            w.WriteString("endDate", Day(end));
        }

        w.WriteString("web", $"{_urls.Site}/digitalboard/{board.Slug}");
        Times(w, board.CreatedAt, board.UpdatedAt);
        w.WriteEndObject();
    }

    private void WriteRepresented(Utf8JsonWriter w, int body, Organisation organisation)
    {
        w.WriteStartObject();
        w.WriteString("id", _urls.Represented(body, organisation.Id));
        w.WriteString("type", Schema + "Organization");
        w.WriteString("body", _urls.Body(body));
        w.WriteString("name", organisation.Name);
        Optional(w, "shortName", organisation.ShortName);
        w.WriteString("organizationType", "Sonstiges");
        w.WriteString("classification", OrganisationTypes.Label(organisation.Type));
        Optional(w, "website", organisation.Website);
        w.WriteString("web", $"{_urls.Site}/akteure/{organisation.Slug}");
        Times(w, organisation.CreatedAt, organisation.UpdatedAt);
        w.WriteEndObject();
    }

    private void WritePerson(Utf8JsonWriter w, BoardPerson person, bool omitInternal)
    {
        w.WriteStartObject();
        w.WriteString("id", _urls.Person(person.Id));
        w.WriteString("type", Schema + "Person");
        w.WriteString("body", _urls.Body(person.RegionId));
        w.WriteString("name", person.Name);
        Optional(w, "givenName", person.GivenName);
        Optional(w, "familyName", person.FamilyName);
        Optional(w, "formOfAddress", person.FormOfAddress);
        if (!omitInternal && _personMemberships.TryGetValue(person.Id, out var memberships) && memberships.Count > 0)
        {
            w.WriteStartArray("membership");
            foreach (var membership in memberships)
            {
                WriteMembership(w, membership, standalone: false);
            }

            w.WriteEndArray();
        }

        Times(w, person.CreatedAt, person.UpdatedAt);
        w.WriteEndObject();
    }

    private void WriteMembership(Utf8JsonWriter w, BoardMembership membership, bool standalone)
    {
        w.WriteStartObject();
        w.WriteString("id", _urls.Membership(membership.Id));
        w.WriteString("type", Schema + "Membership");
        if (standalone && membership.PersonId is { } person)
        {
            w.WriteString("person", _urls.Person(person));
        }

        w.WriteString("organization", _urls.Board(membership.BoardId));
        w.WriteString("role", BoardRoles.Label(membership.Role));
        w.WriteBoolean("votingRight", membership.HasVotingRight);
        if (membership.StartsOn is { } start)
        {
            w.WriteString("startDate", Day(start));
        }

        if (membership.EndsOn is { } end)
        {
            w.WriteString("endDate", Day(end));
        }

        if (membership.OrganisationId is { } organisation)
        {
            w.WriteString("onBehalfOf", _urls.Represented(membership.Board!.RegionId, organisation));
        }

        if (membership.DeputyOfId is { } deputyOf)
        {
            w.WriteString("modellregion:deputyOf", _urls.Membership(deputyOf));
        }

        Times(w, membership.CreatedAt, membership.UpdatedAt);
        w.WriteEndObject();
    }

    private void WriteMeeting(Utf8JsonWriter w, Meeting meeting, bool omitInternal)
    {
        w.WriteStartObject();
        w.WriteString("id", _urls.Meeting(meeting.Id));
        w.WriteString("type", Schema + "Meeting");
        w.WriteString("name", meeting.Name);
        w.WriteString("meetingState", MeetingStates.Label(meeting.State));
        if (meeting.State == MeetingState.Cancelled)
        {
            w.WriteBoolean("cancelled", true);
        }

        w.WriteString("start", Time(meeting.StartsAt));
        if (meeting.EndsAt is { } end)
        {
            w.WriteString("end", Time(end));
        }

        if (meeting.HasLocation)
        {
            w.WritePropertyName("location");
            WriteLocation(w, meeting, standalone: false);
        }

        w.WriteStartArray("organization");
        w.WriteStringValue(_urls.Board(meeting.BoardId));
        w.WriteEndArray();
        if (!omitInternal && meeting.Items.Count > 0)
        {
            w.WriteStartArray("agendaItem");
            foreach (var item in meeting.Items)
            {
                WriteItem(w, item, standalone: false);
            }

            w.WriteEndArray();
        }

        if (meeting.IsExample)
        {
            w.WriteStartArray("keyword");
            w.WriteStringValue("Beispiel");
            w.WriteEndArray();
        }

        w.WriteString("web", $"{_urls.Site}/digitalboard/sitzungen/{meeting.Id}");
        Times(w, meeting.CreatedAt, meeting.UpdatedAt);
        w.WriteEndObject();
    }

    private static bool PaperVisible(AgendaItem item) => item.Paper is { DeletedAt: null, IsPublic: true };

    private void WriteItem(Utf8JsonWriter w, AgendaItem item, bool standalone)
    {
        w.WriteStartObject();
        w.WriteString("id", _urls.Item(item.Id));
        w.WriteString("type", Schema + "AgendaItem");
        if (standalone)
        {
            w.WriteString("meeting", _urls.Meeting(item.MeetingId));
        }

        w.WriteString("number", item.Number);
        w.WriteNumber("order", item.Order);
        w.WriteString("name", item.Title);
        w.WriteBoolean("public", true);
        if (PaperVisible(item))
        {
            w.WriteString("consultation", _urls.Consultation(item.Id));
        }

        if (item.Resolution is { } resolution)
        {
            w.WriteString("result", ResolutionResults.OParlCategory(resolution.Result));
            Optional(w, "resolutionText", resolution.Text);
            w.WriteString("modellregion:resultLabel", ResolutionResults.Label(resolution.Result));
            w.WriteStartObject("modellregion:votes");
            w.WriteNumber("yes", resolution.Yes);
            w.WriteNumber("no", resolution.No);
            w.WriteNumber("abstentions", resolution.Abstentions);
            w.WriteNumber("votingMembersPresent", resolution.VotingMembersPresent);
            w.WriteNumber("votingMembers", resolution.VotingMembers);
            w.WriteBoolean("quorate", resolution.IsQuorate);
            w.WriteEndObject();
            var conflicts = resolution.Attendance.Where(a => a.DeclaredConflict).ToList();
            if (conflicts.Count > 0)
            {
                w.WriteStartArray("modellregion:conflictOfInterest");
                foreach (var conflict in conflicts)
                {
                    w.WriteStringValue(_urls.Membership(conflict.MembershipId));
                }

                w.WriteEndArray();
            }
        }

        w.WriteString("web", $"{_urls.Site}/digitalboard/sitzungen/{item.MeetingId}#top-{item.Id}");
        Times(w, item.CreatedAt, item.UpdatedAt);
        w.WriteEndObject();
    }

    private void WriteConsultation(Utf8JsonWriter w, AgendaItem item, bool standalone)
    {
        w.WriteStartObject();
        w.WriteString("id", _urls.Consultation(item.Id));
        w.WriteString("type", Schema + "Consultation");
        if (standalone)
        {
            w.WriteString("paper", _urls.Paper(item.PaperId!.Value));
        }

        w.WriteString("agendaItem", _urls.Item(item.Id));
        w.WriteString("meeting", _urls.Meeting(item.MeetingId));
        w.WriteStartArray("organization");
        w.WriteStringValue(_urls.Board(item.Meeting!.BoardId));
        w.WriteEndArray();
        w.WriteBoolean("authoritative", item.Resolution is not null && ResolutionResults.IsVote(item.Resolution.Result));
        w.WriteString("role", item.Paper!.PaperType == "Mitteilungsvorlage" ? "Kenntnisnahme" : "Beschlussfassung");
        Times(w, item.CreatedAt, item.UpdatedAt);
        w.WriteEndObject();
    }

    private void WritePaper(Utf8JsonWriter w, Paper paper, bool omitInternal)
    {
        w.WriteStartObject();
        w.WriteString("id", _urls.Paper(paper.Id));
        w.WriteString("type", Schema + "Paper");
        w.WriteString("body", _urls.Body(paper.Board!.RegionId));
        w.WriteString("name", paper.Title);
        w.WriteString("reference", paper.Reference);
        w.WriteString("date", Day(paper.Date));
        w.WriteString("paperType", paper.PaperType);
        if (paper.Files.FirstOrDefault(f => f.IsMain) is { } main)
        {
            w.WritePropertyName("mainFile");
            WriteFile(w, main, standalone: false);
        }

        var attachments = paper.Files.Where(f => !f.IsMain).ToList();
        if (attachments.Count > 0)
        {
            w.WriteStartArray("auxiliaryFile");
            foreach (var file in attachments)
            {
                WriteFile(w, file, standalone: false);
            }

            w.WriteEndArray();
        }

        if (paper.OriginatorOrganisationId is { } originator)
        {
            w.WriteStartArray("originatorOrganization");
            w.WriteStringValue(_urls.Represented(paper.Board.RegionId, originator));
            w.WriteEndArray();
        }

        if (_paperConsultations.TryGetValue(paper.Id, out var consultations) && consultations.Count > 0)
        {
            w.WriteStartArray("consultation");
            foreach (var item in consultations)
            {
                WriteConsultation(w, item, standalone: false);
            }

            w.WriteEndArray();
        }

        if (paper.ProjectId is { } project)
        {
            w.WriteString("modellregion:project", $"{_urls.Site}/api/v1/projects/{project}");
        }

        w.WriteString("web", $"{_urls.Site}/digitalboard/vorlagen/{paper.Id}");
        Times(w, paper.CreatedAt, paper.UpdatedAt);
        w.WriteEndObject();
        _ = omitInternal;
    }

    private void WriteFile(Utf8JsonWriter w, PaperFile file, bool standalone)
    {
        w.WriteStartObject();
        w.WriteString("id", _urls.File(file.Id));
        w.WriteString("type", Schema + "File");
        w.WriteString("name", file.Name);
        w.WriteString("fileName", file.FileName);
        w.WriteString("mimeType", file.MimeType);
        w.WriteString("date", Day(Formatting.BerlinDate(file.CreatedAt)));
        w.WriteNumber("size", file.Size);
        w.WriteString("sha512Checksum", file.Sha512);
        w.WriteString("accessUrl", _urls.Access(file.Id));
        w.WriteString("downloadUrl", _urls.Download(file.Id));
        if (standalone)
        {
            w.WriteStartArray("paper");
            w.WriteStringValue(_urls.Paper(file.PaperId));
            w.WriteEndArray();
        }

        Times(w, file.CreatedAt, file.UpdatedAt);
        w.WriteEndObject();
    }

    private void WriteLocation(Utf8JsonWriter w, Meeting meeting, bool standalone)
    {
        w.WriteStartObject();
        w.WriteString("id", _urls.Location(meeting.Id));
        w.WriteString("type", Schema + "Location");
        Optional(w, "description", meeting.LocationText);
        Optional(w, "room", meeting.Room);
        Optional(w, "streetAddress", meeting.StreetAddress);
        Optional(w, "postalCode", meeting.PostalCode);
        Optional(w, "locality", meeting.Locality);
        if (standalone)
        {
            w.WriteStartArray("meetings");
            w.WriteStringValue(_urls.Meeting(meeting.Id));
            w.WriteEndArray();
        }

        Times(w, meeting.CreatedAt, meeting.UpdatedAt);
        w.WriteEndObject();
    }
}
