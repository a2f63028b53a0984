using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Modellregion.Tests.Infrastructure;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Account;
using Modellregion.Web.Features.Board;
using Modellregion.Web.Features.Projects;
using Modellregion.Web.Platform;

namespace Modellregion.Tests.Features.Board;

/// <summary>
/// The board office puts several project ideas on a meeting's agenda in one step (a paper and an agenda item for each,
/// in one transaction, audited), bad choices are refused with nothing stored, and the meeting page says why
/// "Beschluss erfassen" is not offered yet.
/// </summary>
public sealed class AgendaProjectsTests(BoardApp app) : IClassFixture<BoardApp>
{
    private const string Form = "main form[action*=AddProjects]";

    private async Task<int> MeetingAsync(DateTime startsAt, MeetingState state = MeetingState.Planned, bool withItem = true) => await app.WithDbAsync(async db =>
    {
        var meeting = new Meeting { BoardId = app.Data.BoardId, Name = "Sitzung für Projektideen " + Guid.NewGuid().ToString("N")[..6], StartsAt = startsAt, State = state };
        if (withItem)
        {
            meeting.Items.Add(new AgendaItem { Number = "1", Order = AgendaNumbers.OrderOf("1"), Title = "Begrüßung" });
        }

        db.Meetings.Add(meeting);
        await db.SaveChangesAsync();
        return meeting.Id;
    });

    private async Task<int> IdeaAsync(string region = "owl", ProjectStatus status = ProjectStatus.Idea) => await app.WithDbAsync(async db =>
    {
        var title = $"Projektidee {Guid.NewGuid().ToString("N")[..8]}";
        var project = new Project { Slug = Slug.From(title), Title = title, Summary = "Kurz beschrieben.", RegionId = (await db.Regions.SingleAsync(r => r.Slug == region)).Id, Status = status };
        db.Projects.Add(project);
        await db.SaveChangesAsync();
        return project.Id;
    });

    private Task<(int Papers, int Items)> CountsAsync(int meetingId) => app.WithDbAsync(async db =>
        (await db.Papers.CountAsync(p => p.BoardId == app.Data.BoardId), await db.AgendaItems.CountAsync(i => i.MeetingId == meetingId)));

    private static Dictionary<string, object?> Choose(params int[] ids) =>
        new() { ["Projects.ProjectIds"] = ids.Select(i => i.ToString(CultureInfo.InvariantCulture)).ToList() };

    [Fact]
    public async Task The_office_puts_several_project_ideas_on_the_agenda_in_one_step()
    {
        var office = await app.SignedInAsync(AppRole.ProjectOffice, "owl");
        var meetingId = await MeetingAsync(DateTime.UtcNow.AddDays(14));
        var idea = await IdeaAsync();
        var consulted = await IdeaAsync(status: ProjectStatus.Consultation);
        var furtherAlong = await IdeaAsync(status: ProjectStatus.Running);
        var audited = await app.WithDbAsync(db => db.AuditEntries.CountAsync());
        var url = $"/verwaltung/digitalboard/sitzungen/{meetingId}";

        var page = await office.GetPageAsync(url);
        var offered = page.QuerySelectorAll($"{Form} input[name='Projects.ProjectIds']").Select(i => i.GetAttribute("value")).ToList();
        Assert.Contains(idea.ToString(CultureInfo.InvariantCulture), offered);
        Assert.Contains(consulted.ToString(CultureInfo.InvariantCulture), offered);
        Assert.DoesNotContain(furtherAlong.ToString(CultureInfo.InvariantCulture), offered);

        var response = await office.SubmitAsync(page, url, Form, Choose(idea, consulted));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var items = await app.WithDbAsync(db => db.AgendaItems.AsNoTracking().Include(i => i.Paper).Where(i => i.MeetingId == meetingId && i.PaperId != null).OrderBy(i => i.Order).ToListAsync());
        Assert.Equal(["2", "3"], items.Select(i => i.Number));
        Assert.Equal(new[] { idea, consulted }.Order(), items.Select(i => i.Paper!.ProjectId!.Value).Order());
        Assert.All(items, i =>
        {
            Assert.True(i.IsPublic);
            Assert.True(i.Paper!.IsPublic);
            Assert.Equal(AddProjectsToAgenda.PaperType, i.Paper.PaperType);
            Assert.Equal(i.Title, i.Paper.Title);
            Assert.Matches(@"^DB-\d{4}/\d{3}$", i.Paper.Reference);
        });
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.CountAsync()) >= audited + 4);
        var itemIds = items.Select(i => i.Id.ToString(CultureInfo.InvariantCulture)).ToList();
        var paperIds = items.Select(i => i.PaperId!.Value.ToString(CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(4, await app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == Web.Features.Audit.AuditAction.Created
            && ((a.EntityType == nameof(AgendaItem) && itemIds.Contains(a.EntityId)) || (a.EntityType == nameof(Paper) && paperIds.Contains(a.EntityId))))));

        // Both are now on an agenda: no longer offered; the public meeting page lists them.
        var after = await office.GetPageAsync(url);
        Assert.Empty(after.QuerySelectorAll($"{Form} input[value='{idea}'], {Form} input[value='{consulted}']"));
        var publicPage = (await app.Browser().GetPageAsync($"/digitalboard/sitzungen/{meetingId}")).Text();
        Assert.Contains(items[0].Title, publicPage, StringComparison.Ordinal);
        Assert.Contains(items[1].Title, publicPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_choices_are_refused_and_nothing_is_stored()
    {
        var office = await app.SignedInAsync(AppRole.ProjectOffice, "owl");
        var meetingId = await MeetingAsync(DateTime.UtcNow.AddDays(21));
        var url = $"/verwaltung/digitalboard/sitzungen/{meetingId}";
        var idea = await IdeaAsync();
        var elsewhere = await IdeaAsync("aachen");
        var scheduled = await IdeaAsync();
        var otherMeeting = await MeetingAsync(DateTime.UtcNow.AddDays(28));
        Assert.Equal(HttpStatusCode.Redirect, (await office.SubmitFormAsync($"/verwaltung/digitalboard/sitzungen/{otherMeeting}", Form, Choose(scheduled))).StatusCode);
        var before = await CountsAsync(meetingId);

        async Task RefusedAsync(Dictionary<string, object?> values, HttpStatusCode status, string message)
        {
            var response = await office.SubmitFormAsync(url, Form, values);
            Assert.Equal(status, response.StatusCode);
            Assert.Contains(message, (await Html.ParseAsync(response)).Text("#fehler"), StringComparison.Ordinal);
            Assert.Equal(before, await CountsAsync(meetingId));
        }

        await RefusedAsync(new() { ["Projects.ProjectIds"] = null }, HttpStatusCode.BadRequest, "Bitte wählen Sie mindestens eine Projektidee.");
        await RefusedAsync(Choose(idea, elsewhere), HttpStatusCode.BadRequest, "Ein gewähltes Projekt gibt es in der Region dieses Gremiums nicht.");
        await RefusedAsync(Choose(idea, scheduled), HttpStatusCode.BadRequest, "steht bereits auf der Tagesordnung der Sitzung");

        // A form shown before someone else changed the meeting is refused as stale.
        var page = await office.GetPageAsync(url);
        await app.WithDbAsync(async db =>
        {
            var meeting = await db.Meetings.SingleAsync(m => m.Id == meetingId);
            meeting.Room = "Anderer Raum";
            await db.SaveChangesAsync();
        });
        var stale = await office.SubmitAsync(page, url, Form, Choose(idea));
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("inzwischen von jemand anderem geändert", (await Html.ParseAsync(stale)).Text("#fehler"), StringComparison.Ordinal);
        Assert.Equal(before, await CountsAsync(meetingId));

        // Another region's office may not add anything.
        var other = await app.SignedInAsync(AppRole.ProjectOffice, "aachen");
        var version = await app.WithDbAsync(db => db.Meetings.Where(m => m.Id == meetingId).Select(m => m.Version).SingleAsync());
        var forbidden = await other.PostAsSessionAsync($"{url}?handler=AddProjects", new() { ["Projects.ProjectIds"] = idea.ToString(CultureInfo.InvariantCulture), ["Projects.Version"] = version.ToString(CultureInfo.InvariantCulture) });
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Equal(before, await CountsAsync(meetingId));
    }

    [Fact]
    public async Task The_meeting_page_says_why_resolutions_cannot_be_recorded_yet()
    {
        var office = await app.SignedInAsync(AppRole.ProjectOffice, "owl");
        var day = Formatting.BerlinDate(DateTime.UtcNow).AddDays(30);
        var upcoming = await MeetingAsync(Formatting.BerlinToUtc(day, new TimeOnly(17, 0)));
        var cancelled = await MeetingAsync(DateTime.UtcNow.AddDays(-3), MeetingState.Cancelled);
        var held = await MeetingAsync(DateTime.UtcNow.AddHours(-2), MeetingState.Held);

        var future = await office.GetPageAsync($"/verwaltung/digitalboard/sitzungen/{upcoming}");
        Assert.Contains($"Beschlüsse können ab Beginn der Sitzung am {Formatting.Date(day)}, 17:00 Uhr erfasst werden.", future.Text("#beschluesse-hinweis"), StringComparison.Ordinal);
        Assert.Empty(future.QuerySelectorAll("a[href$='/beschluss']"));

        var off = await office.GetPageAsync($"/verwaltung/digitalboard/sitzungen/{cancelled}");
        Assert.Contains("Die Sitzung ist abgesagt; Beschlüsse können nicht erfasst werden.", off.Text("#beschluesse-hinweis"), StringComparison.Ordinal);
        Assert.DoesNotContain("ab Beginn der Sitzung", off.Text("#beschluesse-hinweis"), StringComparison.Ordinal);
        Assert.Empty(off.QuerySelectorAll("a[href$='/beschluss']"));

        var begun = await office.GetPageAsync($"/verwaltung/digitalboard/sitzungen/{held}");
        Assert.Null(begun.QuerySelector("#beschluesse-hinweis"));
        Assert.Single(begun.QuerySelectorAll("a[href$='/beschluss']"));
    }
}
