using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Directory;
using Modellregion.Web.Features.Regions;

namespace Modellregion.Web.Features.Board;

/// <summary>
/// What OParl publishes of a body and in which state: the keys (id, times, visible, listed) of each object type,
/// read before the objects themselves, and the filters of a list request (<c>created_since</c>, <c>modified_since</c> …).
/// Only regions that are no example data are bodies.
/// </summary>
public sealed class OParlQueries(AppDbContext db)
{

    /// <summary>The regions published as bodies: all but example data (the fictional training region).</summary>
    public IQueryable<Region> PublishedRegions() => db.Regions.AsNoTracking().Where(r => !r.IsExample);

    public IQueryable<int> BodyIds() => PublishedRegions().Select(r => r.Id);

    public static IQueryable<Board> VisibleBoards(IQueryable<Board> boards, int body) => boards.Where(b => b.RegionId == body && b.DeletedAt == null);

    public IQueryable<AgendaItem> ItemsOf(int body) => db.AgendaItems.AsNoTracking().Where(i => i.RegionId == body);

    public IQueryable<OParlKey> MeetingKeys(int body) => MeetingKeys(db.Meetings.AsNoTracking().Where(m => m.RegionId == body));

    public static IQueryable<OParlKey> MeetingKeys(IQueryable<Meeting> meetings) => meetings.Select(m => new OParlKey
    {
        Id = m.Id,
        CreatedAt = m.CreatedAt,
        UpdatedAt = m.UpdatedAt,
        Visible = m.DeletedAt == null && m.Board!.DeletedAt == null,
        Listed = true,
    });

    public IQueryable<OParlKey> ItemKeys(int body) => ItemsOf(body).Select(i => new OParlKey
    {
        Id = i.Id,
        CreatedAt = i.CreatedAt,
        UpdatedAt = i.UpdatedAt,
        Visible = i.DeletedAt == null && i.IsPublic && i.Meeting!.DeletedAt == null && i.Meeting.Board!.DeletedAt == null,
        Listed = i.PublicSince != null,
    });

    public IQueryable<OParlKey> ConsultationKeys(int body) => ItemsOf(body).Where(i => i.PaperId != null).Select(i => new OParlKey
    {
        Id = i.Id,
        CreatedAt = i.CreatedAt,
        UpdatedAt = i.UpdatedAt,
        Visible = i.DeletedAt == null && i.IsPublic && i.Meeting!.DeletedAt == null && i.Meeting.Board!.DeletedAt == null
            && i.Paper!.DeletedAt == null && i.Paper.IsPublic,
        Listed = i.PublicSince != null && i.Paper!.PublicSince != null,
    });

    public IQueryable<OParlKey> PaperKeys(int body) => db.Papers.AsNoTracking().Where(p => p.RegionId == body).Select(p => new OParlKey
    {
        Id = p.Id,
        CreatedAt = p.CreatedAt,
        UpdatedAt = p.UpdatedAt,
        Visible = p.DeletedAt == null && p.IsPublic && p.Board!.DeletedAt == null,
        Listed = p.PublicSince != null,
    });

    public IQueryable<OParlKey> FileKeys(int body) => db.PaperFiles.AsNoTracking().Where(f => f.RegionId == body).Select(f => new OParlKey
    {
        Id = f.Id,
        CreatedAt = f.CreatedAt,
        UpdatedAt = f.UpdatedAt,
        Visible = f.DeletedAt == null && f.IsPublic && f.Paper!.DeletedAt == null && f.Paper.IsPublic && f.Paper.Board!.DeletedAt == null,
        Listed = f.PublicSince != null && f.Paper!.PublicSince != null,
    });

    public IQueryable<OParlKey> MembershipKeys(int body) => db.BoardMemberships.AsNoTracking().Where(m => m.Board!.RegionId == body).Select(m => new OParlKey
    {
        Id = m.Id,
        CreatedAt = m.CreatedAt,
        UpdatedAt = m.UpdatedAt,
        Visible = m.DeletedAt == null && m.Board!.DeletedAt == null,
        Listed = true,
    });

    public IQueryable<OParlKey> PersonKeys(int body) => db.BoardPeople.AsNoTracking().Where(p => p.RegionId == body).Select(p => new OParlKey
    {
        Id = p.Id,
        CreatedAt = p.CreatedAt,
        UpdatedAt = p.UpdatedAt,
        Visible = p.DeletedAt == null,
        Listed = true,
    });

    public IQueryable<OParlKey> BoardKeys(int body) => db.Boards.AsNoTracking().Where(b => b.RegionId == body).Select(b => new OParlKey
    {
        Id = b.Id,
        CreatedAt = b.CreatedAt,
        UpdatedAt = b.UpdatedAt,
        Visible = b.DeletedAt == null,
        Listed = true,
    });

    public IQueryable<OParlKey> LocationKeys(int body) => db.Meetings.AsNoTracking()
        .Where(m => m.RegionId == body && (m.Room != null || m.StreetAddress != null || m.Locality != null))
        .Select(m => new OParlKey
        {
            Id = m.Id,
            CreatedAt = m.CreatedAt,
            UpdatedAt = m.UpdatedAt,
            Visible = m.DeletedAt == null && m.Board!.DeletedAt == null,
            Listed = true,
        });

    /// <summary>Organisations named by a public membership or as originator of a public paper of the body.</summary>
    public IQueryable<Organisation> RepresentedOrganisations(int body)
    {
        var byMembership = db.BoardMemberships.Where(m => m.Board!.RegionId == body && m.DeletedAt == null && m.Board.DeletedAt == null && m.OrganisationId != null)
            .Select(m => m.OrganisationId!.Value);
        var byPaper = db.Papers.Where(p => p.RegionId == body && p.DeletedAt == null && p.IsPublic && p.OriginatorOrganisationId != null)
            .Select(p => p.OriginatorOrganisationId!.Value);
        return db.Organisations.AsNoTracking().Where(o => byMembership.Contains(o.Id) || byPaper.Contains(o.Id));
    }


    public IQueryable<OParlKey> TermKeys(int body) => db.Regions.AsNoTracking().Where(r => r.Id == body).Select(r => new OParlKey
    {
        Id = r.Id,
        CreatedAt = r.Programme!.CreatedAt,
        UpdatedAt = r.Programme.UpdatedAt,
        Visible = true,
        Listed = true,
    });

    public IQueryable<OParlKey> BodyKeys() => PublishedRegions().Select(r => new OParlKey
    {
        Id = r.Id,
        CreatedAt = r.CreatedAt,
        UpdatedAt = r.UpdatedAt,
        Visible = true,
        Listed = true,
    });

    /// <summary>The keys a list request asks for: listed, visible unless deleted ones are wanted, within the time filters.</summary>
    public static IQueryable<OParlKey> Filter(IQueryable<OParlKey> keys, OParlListRequest request)
    {
        keys = keys.Where(k => k.Listed);
        if (!request.IncludeDeleted)
        {
            keys = keys.Where(k => k.Visible);
        }

        if (request.CreatedSince is { } createdSince)
        {
            keys = keys.Where(k => k.CreatedAt >= createdSince);
        }

        if (request.CreatedUntil is { } createdUntil)
        {
            keys = keys.Where(k => k.CreatedAt <= createdUntil);
        }

        if (request.ModifiedSince is { } modifiedSince)
        {
            keys = keys.Where(k => k.UpdatedAt >= modifiedSince);
        }

        if (request.ModifiedUntil is { } modifiedUntil)
        {
            keys = keys.Where(k => k.UpdatedAt <= modifiedUntil);
        }

        return keys;
    }
}
