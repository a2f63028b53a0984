using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Modellregion.Tests.Infrastructure;
using Modellregion.Web.Data;
using Modellregion.Web.Data.Seeding;
using Modellregion.Web.Features.Projects;

namespace Modellregion.Tests.Security;

/// <summary>
/// The records the matrix fills route parameters with: region X is the training region (project A its running
/// project with fund requests and proofs, its Digitalboard with meetings, papers and files), region Y is OWL
/// (project B LoRaWAN 2.0). Every app is a copy of the same demo database, so the ids are the same in each.
/// </summary>
public sealed record MatrixData(IReadOnlyDictionary<string, string> Values)
{
    public const string RegionX = DemoData.TrainingRegionSlug;
    public const string RegionY = "owl";
    public const string ProjectA = TrainingAccounts.LeadProjectSlug;
    public const string ProjectB = "lorawan-2-0";

    public static async Task<MatrixData> LoadAsync(ModellregionApp app, string userId) => await app.WithDbAsync(async db =>
    {
        string S(object value) => Convert.ToString(value, CultureInfo.InvariantCulture)!;
        var region = await db.Regions.SingleAsync(r => r.Slug == RegionX);
        var project = await db.Projects.SingleAsync(p => p.Slug == ProjectA);

        // The write API gets a milestone and a result of its own, so that what the pages' forms delete (the first
        // milestone) and what the API changes never meet, whatever order the requests come in.
        var apiMilestone = new Milestone { ProjectId = project.Id, Title = "Meilenstein für die Berechtigungsmatrix", SortOrder = 99 };
        var apiResult = new ProjectResult { ProjectId = project.Id, Title = "Ergebnis für die Berechtigungsmatrix", Kind = ResultKind.Report };
        db.AddRange(apiMilestone, apiResult);
        await db.SaveChangesAsync();
        var board = await db.Boards.Where(b => b.RegionId == region.Id && b.DeletedAt == null).OrderBy(b => b.Id).FirstAsync();
        var meeting = await db.Meetings.Where(m => m.BoardId == board.Id && m.StartsAt < DateTime.UtcNow).OrderByDescending(m => m.StartsAt).FirstAsync();
        // Papers with files where there are some, so that the downloads are asked for a real file.
        var publicPaper = await db.Papers.Where(p => p.BoardId == board.Id && p.IsPublic && p.DeletedAt == null).OrderBy(p => p.Files.Count == 0).ThenBy(p => p.Id).FirstAsync();
        var internalPaper = await db.Papers.Where(p => p.BoardId == board.Id && !p.IsPublic && p.DeletedAt == null).OrderBy(p => p.Files.Count == 0).ThenBy(p => p.Id).FirstAsync();
        var partner = await db.ProjectPartners.Where(p => p.ProjectId == project.Id).OrderBy(p => p.Id).Select(p => p.Organisation!).FirstAsync();
        var news = await db.News.Where(n => n.RegionId == region.Id && n.IsPublished).OrderBy(n => n.Id).FirstOrDefaultAsync()
                   ?? await db.News.Where(n => n.IsPublished).OrderBy(n => n.Id).FirstAsync();
        var documented = await db.SolutionDocuments.Select(d => d.SolutionId).Distinct().ToListAsync();
        var solution = await db.Solutions.Where(s => s.RegionId == region.Id).OrderBy(s => documented.Contains(s.Id) ? 0 : 1).ThenBy(s => s.Id).FirstOrDefaultAsync()
                       ?? await db.Solutions.OrderBy(s => s.Id).FirstAsync();
        var decisionDocument = await db.GrantDecisions.Where(d => d.ProjectId == project.Id && d.DocumentId != null).Select(d => d.DocumentId).FirstOrDefaultAsync();
        var evt = await db.Events.Where(e => e.RegionId == region.Id && e.IsPublished).OrderBy(e => e.Id).FirstOrDefaultAsync()
                  ?? await db.Events.Where(e => e.IsPublished).OrderBy(e => e.Id).FirstAsync();
        var values = new Dictionary<string, string>
        {
            ["projekt"] = S(project.Id),
            ["projektSlug"] = project.Slug,
            ["nachweis"] = S(await db.Proofs.Where(p => p.ProjectId == project.Id).OrderBy(p => p.Id).Select(p => p.Id).FirstAsync()),
            ["meilenstein"] = S(apiMilestone.Id),
            ["ergebnis"] = S(apiResult.Id),
            ["akteur"] = S(partner.Id),
            ["akteurSlug"] = partner.Slug,
            ["benutzer"] = userId,
            ["board"] = S(board.Id),
            ["boardSlug"] = board.Slug,
            ["sitzung"] = S(meeting.Id),
            ["top"] = S(await db.AgendaItems.Where(i => i.MeetingId == meeting.Id).OrderBy(i => i.Order).Select(i => i.Id).FirstAsync()),
            ["vorlage"] = S(publicPaper.Id),
            ["internevorlage"] = S(internalPaper.Id),
            ["datei"] = S(await db.PaperFiles.Where(f => f.PaperId == publicPaper.Id).OrderBy(f => f.Id).Select(f => f.Id).FirstOrDefaultAsync()),
            ["internedatei"] = S(await db.PaperFiles.Where(f => f.PaperId == internalPaper.Id).OrderBy(f => f.Id).Select(f => f.Id).FirstOrDefaultAsync()),
            ["meldung"] = S(news.Id),
            ["meldungSlug"] = news.Slug,
            ["programm"] = S(region.ProgrammeId),
            ["programmSlug"] = await db.Programmes.Where(p => p.Id == region.ProgrammeId).Select(p => p.Slug).SingleAsync(),
            ["region"] = S(region.Id),
            ["regionSlug"] = region.Slug,
            ["fall"] = S(await db.TransferCases.Where(c => c.Solution!.RegionId == region.Id).OrderBy(c => c.Id).Select(c => c.Id).FirstOrDefaultAsync()),
            ["loesung"] = S(solution.Id),
            ["loesungSlug"] = solution.Slug,
            ["dokument"] = S(await db.SolutionDocuments.Where(d => d.SolutionId == solution.Id).OrderBy(d => d.Id).Select(d => d.Id).FirstOrDefaultAsync()),
            ["veranstaltung"] = S(evt.Id),
            ["veranstaltungSlug"] = evt.Slug,
            ["ags"] = await db.ProjectMunicipalities.Where(m => m.ProjectId == project.Id).Select(m => m.Ags).FirstOrDefaultAsync() ?? "05774032",
            ["speicherdatei"] = S(decisionDocument ?? Guid.Empty),
        };
        return new MatrixData(values);
    });

    // Which record fills a parameter, by the route's literal text before it (first match wins).
    private static readonly (Regex Before, string Key)[] Rules =
    [
        (new(@"/verwaltung/projekte/\{id\}/nachweise/$"), "nachweis"),
        (new(@"/verwaltung/projekte/$"), "projekt"),
        (new(@"/api/v1/projects/\{slug\}/milestones/$"), "meilenstein"),
        (new(@"/api/v1/projects/\{slug\}/results/$"), "ergebnis"),
        (new(@"/(projekte|api/v1/projects)/$"), "projektSlug"),
        (new(@"/verwaltung/akteure/$"), "akteur"),
        (new(@"/(akteure|api/v1/organisations)/$"), "akteurSlug"),
        (new(@"/verwaltung/benutzer/$"), "benutzer"),
        (new(@"/verwaltung/digitalboard/(gremien/)?$"), "board"),
        (new(@"sitzungen/$|/api/v1/board/meetings/$"), "sitzung"),
        (new(@"tagesordnungspunkte/$"), "top"),
        (new(@"/digitalboard/mitglieder/vorlagen/$"), "internevorlage"),
        (new(@"vorlagen/$"), "vorlage"),
        (new(@"/digitalboard/mitglieder/dateien/$"), "internedatei"),
        (new(@"/digitalboard/dateien/$"), "datei"),
        (new(@"/digitalboard/$"), "boardSlug"),
        (new(@"/verwaltung/meldungen/$"), "meldung"),
        (new(@"/(aktuelles|api/v1/news)/$"), "meldungSlug"),
        (new(@"/verwaltung/programme/$"), "programm"),
        (new(@"/programme/$"), "programmSlug"),
        (new(@"/verwaltung/regionen/$"), "region"),
        (new(@"/(regionen|api/v1/regions)/$"), "regionSlug"),
        (new(@"/verwaltung/transfer/faelle/$"), "fall"),
        (new(@"/verwaltung/transfer/loesungen/$"), "loesung"),
        (new(@"/loesungen/\{slug\}/dokumente/$"), "dokument"),
        (new(@"/(loesungen|api/v1/solutions)/$"), "loesungSlug"),
        (new(@"/verwaltung/veranstaltungen/$"), "veranstaltung"),
        (new(@"/(veranstaltungen|api/v1/events)/$"), "veranstaltungSlug"),
        (new(@"/(kommunen|api/v1/municipalities)/$"), "ags"),
        (new(@"/verwaltung/dateien/$"), "speicherdatei"),
    ];

    // Parameters that are not records: fixed values that exist in every installation.
    private static readonly Dictionary<string, string> Fixed = new()
    {
        ["/sprache/{lang}"] = "en",
        ["{documentName}"] = "v1",
        ["/fehler/{code}"] = "404",
        ["{token}"] = "unbekanntes-token",
        ["/opendata/{name}"] = "projekte",
        ["{table}"] = "mittelabrufe",
        ["{format}"] = "csv",
        ["{kind}"] = "body",
        ["{list}"] = "meeting",
    };

    /// <summary>The address of <paramref name="pattern"/> with every parameter filled.</summary>
    public string Fill(string pattern)
    {
        var result = pattern;
        foreach (Match match in Regex.Matches(pattern, @"\{\*{0,2}([A-Za-z0-9_]+)\}"))
        {
            var before = pattern[..match.Index];
            var value = Fixed.TryGetValue(before + match.Value, out var v) ? v
                : Fixed.TryGetValue(Regex.Replace(before, @"^.*(/[^/]+/)$", "$1") + match.Value, out v) ? v
                : Fixed.TryGetValue(match.Value, out v) ? v
                : Rules.FirstOrDefault(r => r.Before.IsMatch(before)).Key is { } key ? Values[key]
                : "1";
            result = result.Replace(match.Value, Uri.EscapeDataString(value), StringComparison.Ordinal);
        }

        return result;
    }
}
