using Microsoft.EntityFrameworkCore;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Projects;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Directory;

public sealed record InvolvedMunicipality(string Ags, string Name, string Land, string DistrictName, int Projects, bool IsPartner);

/// <summary>
/// The municipalities involved in the programmes: places of published projects and municipalities that take part
/// in a region (lead, partner, board). Example data of a training region does not count. The start page counts
/// this set and <c>/kommunen</c> lists it.
/// </summary>
public sealed class InvolvedMunicipalities(AppDbContext db, PublicCache cache)
{
    public const int PageSize = 100;

    public IQueryable<string> Keys(int? programmeId)
    {
        var projects = db.Projects.Where(p => p.IsPublished).WithoutExamples();
        var participations = db.RegionParticipations.Where(p => p.Organisation!.MunicipalityAgs != null && !p.Region!.IsExample);
        if (programmeId is { } id)
        {
            projects = projects.InProgramme(id);
            participations = participations.Where(p => p.Region!.ProgrammeId == id);
        }

        var places = db.ProjectMunicipalities.Where(m => projects.Any(p => p.Id == m.ProjectId)).Select(m => m.Ags);
        return places.Union(participations.Select(p => p.Organisation!.MunicipalityAgs!));
    }

    public Task<int> CountAsync(int? programmeId, CancellationToken cancellationToken = default) =>
        Keys(programmeId).CountAsync(cancellationToken);

    public Task<Page<InvolvedMunicipality>> PageAsync(int? programmeId, int pageNumber, CancellationToken cancellationToken = default) =>
        cache.GetOrCreateAsync($"involved-municipalities:{programmeId}:{pageNumber}", async () =>
        {
            var keys = Keys(programmeId);
            var total = await keys.CountAsync(cancellationToken);
            var page = Math.Clamp(pageNumber, 1, Math.Max(1, (total + PageSize - 1) / PageSize));
            var projects = db.Projects.Where(p => p.IsPublished).WithoutExamples();
            if (programmeId is { } id)
            {
                projects = projects.InProgramme(id);
            }

            var rows = await db.Municipalities.AsNoTracking()
                .Where(m => keys.Contains(m.Ags))
                .OrderBy(m => m.Name).ThenBy(m => m.Ags)
                .Skip((page - 1) * PageSize).Take(PageSize)
                .Select(m => new
                {
                    m.Ags,
                    m.Name,
                    m.Land,
                    District = m.District!.Name,
                    Projects = db.Set<ProjectMunicipality>().Count(x => x.Ags == m.Ags && projects.Any(p => p.Id == x.ProjectId)),
                })
                .ToListAsync(cancellationToken);
            var partnerKeys = rows.Select(r => r.Ags).ToList();
            var partners = await db.RegionParticipations
                .Where(p => p.Organisation!.MunicipalityAgs != null && partnerKeys.Contains(p.Organisation.MunicipalityAgs) && !p.Region!.IsExample
                    && (programmeId == null || p.Region.ProgrammeId == programmeId))
                .Select(p => p.Organisation!.MunicipalityAgs!).Distinct().ToListAsync(cancellationToken);
            return new Page<InvolvedMunicipality>(
                [.. rows.Select(r => new InvolvedMunicipality(r.Ags, r.Name, r.Land, r.District, r.Projects, partners.Contains(r.Ags)))], page, PageSize, total);
        });
}
