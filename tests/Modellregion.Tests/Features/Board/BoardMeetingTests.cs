using System.Globalization;
using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using MimeKit;
using Modellregion.Tests.Infrastructure;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Account;
using Modellregion.Web.Features.Board;
using Modellregion.Web.Features.Projects;

namespace Modellregion.Tests.Features.Board;

/// <summary>The board app with e-mail written as .eml files into a folder of its own.</summary>
public sealed class BoardMailApp : BoardApp
{
    public string MailFolder { get; } = Path.Combine(Path.GetTempPath(), "modellregion-mail-" + Guid.NewGuid().ToString("N")[..8]);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Email:PickupDirectory", MailFolder);
    }

    public IReadOnlyList<MimeMessage> Mails() =>
        System.IO.Directory.Exists(MailFolder) ? [.. System.IO.Directory.GetFiles(MailFolder, "*.eml").Order(StringComparer.Ordinal).Select(f => MimeMessage.Load(f))] : [];
}

/// <summary>
/// The project office prepares a meeting, invites, records resolutions; the public page, the project page and the
/// members' area show the result. Every bad input is refused with a German message and nothing is stored half.
/// </summary>
public sealed class BoardMeetingTests(BoardMailApp app) : IClassFixture<BoardMailApp>
{
    private const string MainForm = "main form.form-grid";

    private async Task<int> CreateMeetingAsync(HttpClient office, string name, DateOnly day)
    {
        var response = await office.SubmitFormAsync($"/verwaltung/digitalboard/{app.Data.BoardId}/sitzungen/neu", MainForm, new()
        {
            ["Input.Name"] = name,
            ["Input.Date"] = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["Input.StartTime"] = "10:00",
            ["Input.EndTime"] = "12:30",
            ["Input.State"] = "1",
            ["Input.Room"] = "Ratssaal",
            ["Input.Locality"] = "Paderborn",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return int.Parse(response.Headers.Location!.ToString().Split('/')[^1], CultureInfo.InvariantCulture);
    }

    private static Task<HttpResponseMessage> AddItemAsync(HttpClient office, int meetingId, string number, string title, bool isPublic = true, int? paperId = null) =>
        office.SubmitFormAsync($"/verwaltung/digitalboard/sitzungen/{meetingId}", "#punkt-formular", new()
        {
            ["Item.Number"] = number,
            ["Item.Title"] = title,
            ["Item.IsPublic"] = isPublic,
            ["Item.PaperId"] = paperId?.ToString(CultureInfo.InvariantCulture) ?? "",
        });

    private async Task<int> NewProjectIdeaAsync(string title, ProjectStatus status = ProjectStatus.Idea) => await app.WithDbAsync(async db =>
    {
        var region = await db.Regions.SingleAsync(r => r.Slug == "owl");
        var project = new Project { Slug = Web.Platform.Slug.From(title), Title = title, RegionId = region.Id, Status = status };
        db.Projects.Add(project);
        await db.SaveChangesAsync();
        return project.Id;
    });

    private async Task<int> ItemIdAsync(int meetingId, string number) =>
        await app.WithDbAsync(db => db.AgendaItems.Where(i => i.MeetingId == meetingId && i.Number == number && i.DeletedAt == null).Select(i => i.Id).SingleAsync());

    /// <summary>Fills the resolution form: who is present, who declared a conflict, named votes; then the tally.</summary>
    internal static async Task<HttpResponseMessage> RecordAsync(HttpClient office, int itemId, int yes, int no, int abstentions, string result,
        Func<string, bool> present, Func<string, bool>? conflict = null, Func<string, string?>? vote = null, int? projectId = null, bool withoutProject = false)
    {
        var url = $"/verwaltung/digitalboard/tagesordnungspunkte/{itemId}/beschluss";
        var page = await office.GetPageAsync(url);
        var values = new Dictionary<string, object?>
        {
            ["Input.Yes"] = yes.ToString(CultureInfo.InvariantCulture),
            ["Input.No"] = no.ToString(CultureInfo.InvariantCulture),
            ["Input.Abstentions"] = abstentions.ToString(CultureInfo.InvariantCulture),
            ["Input.Result"] = result,
            ["Input.Text"] = "Das Digitalboard befürwortet die Projektidee.",
        };
        if (projectId is not null || withoutProject)
        {
            values["Input.ProjectId"] = projectId?.ToString(CultureInfo.InvariantCulture) ?? "";
        }

        foreach (var row in page.QuerySelectorAll("tbody tr"))
        {
            var name = row.QuerySelector("th")!.TextContent.Trim();
            var index = ((IHtmlInputElement)row.QuerySelector("input[type=hidden]")!).Name!.Split('[', ']')[1];
            values[$"Input.Attendance[{index}].IsPresent"] = present(name) ? "true" : null;
            values[$"Input.Attendance[{index}].DeclaredConflict"] = conflict?.Invoke(name) == true ? "true" : null;
            values[$"Input.Attendance[{index}].Vote"] = vote?.Invoke(name) ?? "0";
        }

        return await office.SubmitAsync(page, url, MainForm, values);
    }

    [Fact]
    public async Task Office_prepares_a_meeting_invites_and_records_a_resolution_that_becomes_the_projects_lifecycle_step()
    {
        var office = await app.SignedInAsync(AppRole.ProjectOffice, "owl");
        var projectId = await NewProjectIdeaAsync("Kita-Anmeldung online für OWL");
        var paperResponse = await office.SubmitFormAsync($"/verwaltung/digitalboard/{app.Data.BoardId}/vorlagen/neu", MainForm, new()
        {
            ["Input.Reference"] = "DB-2026/010",
            ["Input.Title"] = "Projektskizze Kita-Anmeldung online",
            ["Input.PaperType"] = "Projektskizze",
            ["Input.Date"] = "2026-11-02",
            ["Input.ProjectId"] = projectId.ToString(CultureInfo.InvariantCulture),
            ["Input.IsPublic"] = true,
        });
        Assert.Equal(HttpStatusCode.Redirect, paperResponse.StatusCode);
        var paperId = int.Parse(paperResponse.Headers.Location!.ToString().Split('/')[^1], CultureInfo.InvariantCulture);

        var day = new DateOnly(2026, 11, 20);
        var meetingId = await CreateMeetingAsync(office, "3. Sitzung des Digitalboards OWL (Testsitzung)", day);
        Assert.Equal(HttpStatusCode.Redirect, (await AddItemAsync(office, meetingId, "1", "Projektidee Kita-Anmeldung online", paperId: paperId)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await AddItemAsync(office, meetingId, "2", "Personalangelegenheit", isPublic: false)).StatusCode);

        // Invitation: every member with an address gets a mail with the agenda and the meeting as .ics.
        await app.WithDbAsync(async db =>
        {
            foreach (var seat in await db.BoardMemberships.Where(m => m.BoardId == app.Data.BoardId).Take(3).ToListAsync())
            {
                seat.InvitationEmail = $"mitglied{seat.Id}@test.example";
            }

            await db.SaveChangesAsync();
        });
        var invite = await office.SubmitFormAsync($"/verwaltung/digitalboard/sitzungen/{meetingId}", "form[action*='handler=Invite']", []);
        Assert.Equal(HttpStatusCode.Redirect, invite.StatusCode);
        var mails = app.Mails().Where(m => m.Subject is { } subject && subject.Contains("3. Sitzung", StringComparison.Ordinal)).ToList();
        var addressed = await app.WithDbAsync(db => db.BoardMemberships.CountAsync(m => m.BoardId == app.Data.BoardId && m.InvitationEmail != null));
        Assert.True(addressed >= 3);
        Assert.Equal(addressed, mails.Count);
        Assert.Equal(addressed, await app.WithDbAsync(db => db.InvitationRecipients.CountAsync(r => r.Invitation!.MeetingId == meetingId)));
        var mail = mails[0];
        Assert.Contains("TOP 1: Projektidee Kita-Anmeldung online – Vorlage DB-2026/010", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("TOP 2: Personalangelegenheit (nicht öffentlich)", mail.TextBody, StringComparison.Ordinal);
        var ics = Assert.Single(mail.Attachments.OfType<MimePart>());
        Assert.Equal("text/calendar", ics.ContentType.MimeType);
        using (var stream = new MemoryStream())
        {
            await ics.Content!.DecodeToAsync(stream);
            var text = System.Text.Encoding.UTF8.GetString(stream.ToArray());
            Assert.Contains("SUMMARY:3. Sitzung des Digitalboards OWL (Testsitzung)", text.Replace("\r\n ", "", StringComparison.Ordinal), StringComparison.Ordinal);
            Assert.Contains("DTSTART:20261120T090000Z", text, StringComparison.Ordinal);
        }

        Assert.Equal(MeetingState.Invited, await app.WithDbAsync(db => db.Meetings.Where(m => m.Id == meetingId).Select(m => m.State).SingleAsync()));

        // The meeting: nine members present, the university declares a conflict of interest and does not vote.
        var itemId = await ItemIdAsync(meetingId, "1");
        var recorded = await RecordAsync(office, itemId, yes: 7, no: 1, abstentions: 0, result: ((int)ResolutionResult.Endorsed).ToString(CultureInfo.InvariantCulture),
            present: name => !name.Contains("Lemgo", StringComparison.Ordinal),
            conflict: name => name.Contains("Universität", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);

        var resolution = await app.WithDbAsync(db => db.Resolutions.Include(r => r.StatusChange).SingleAsync(r => r.AgendaItemId == itemId));
        Assert.Equal((7, 1, 0, 8, 10, true), (resolution.Yes, resolution.No, resolution.Abstentions, resolution.VotingMembersPresent, resolution.VotingMembers, resolution.IsQuorate));
        Assert.Equal(projectId, resolution.ProjectId);
        var step = resolution.StatusChange!;
        Assert.Equal((ProjectStatus.BoardVote, day, (ProjectStatus?)ProjectStatus.Idea), (step.To, step.EffectiveOn, step.From));
        Assert.Contains("befürwortet", step.Reason, StringComparison.Ordinal);
        Assert.Equal(ProjectStatus.BoardVote, await app.WithDbAsync(db => db.Projects.Where(p => p.Id == projectId).Select(p => p.Status).SingleAsync()));

        // The public: meeting page with tally and conflict, the project page links to the resolution, OParl has it.
        var meetingPage = await app.Browser().GetPageAsync($"/digitalboard/sitzungen/{meetingId}");
        Assert.Contains("Befürwortet", meetingPage.Text());
        Assert.Contains("7 Ja, 1 Nein, 0 Enthaltungen", meetingPage.Text());
        Assert.Contains("Befangenheit erklärt (nicht abgestimmt): Universität Paderborn", meetingPage.Text());
        Assert.DoesNotContain("Personalangelegenheit", meetingPage.Text());
        var slug = await app.WithDbAsync(db => db.Projects.Where(p => p.Id == projectId).Select(p => p.Slug).SingleAsync());
        var projectPage = await app.Browser().GetPageAsync($"/projekte/{slug}");
        Assert.NotNull(projectPage.QuerySelector($"#votum ~ ul a[href='/digitalboard/sitzungen/{meetingId}#top-{itemId}']"));
        Assert.Contains("Votum Digitalboard", projectPage.Text());
        var item = Newtonsoft.Json.Linq.JObject.Parse(await app.Browser().GetStringAsync($"/oparl/v1.1/agendaitem/{itemId}"));
        Assert.Equal("Beschlossen", item.Value<string>("result"));
        Assert.Equal(7, item["modellregion:votes"]!.Value<int>("yes"));
    }

    [Fact]
    public async Task A_vote_on_a_project_further_along_adds_the_step_but_keeps_its_status()
    {
        var office = await app.SignedInAsync(AppRole.ProjectOffice, "owl");
        var projectId = await NewProjectIdeaAsync("Laufendes Testprojekt für das Votum", ProjectStatus.Running);
        var meetingId = await CreateMeetingAsync(office, "Sitzung zum laufenden Projekt (Test)", new DateOnly(2026, 10, 1));
        await AddItemAsync(office, meetingId, "1", "Zwischenbericht");
        var itemId = await ItemIdAsync(meetingId, "1");

        var response = await RecordAsync(office, itemId, 10, 0, 0, ((int)ResolutionResult.Endorsed).ToString(CultureInfo.InvariantCulture), present: _ => true, projectId: projectId);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var project = await app.WithDbAsync(db => db.Projects.Include(p => p.StatusChanges).SingleAsync(p => p.Id == projectId));
        Assert.Equal(ProjectStatus.Running, project.Status);
        Assert.Contains(project.StatusChanges, s => s.To == ProjectStatus.BoardVote && s.EffectiveOn == new DateOnly(2026, 10, 1));
    }

    [Fact]
    public async Task A_corrected_resolution_moves_the_Votum_to_the_right_project_or_withdraws_it()
    {
        var office = await app.SignedInAsync(AppRole.ProjectOffice, "owl");
        var wrong = await NewProjectIdeaAsync("Versehentlich gewähltes Projekt (Test)");
        var right = await NewProjectIdeaAsync("Richtiges Projekt für das Votum (Test)");
        var meetingId = await CreateMeetingAsync(office, "Sitzung mit Korrektur (Test)", new DateOnly(2026, 9, 15));
        await AddItemAsync(office, meetingId, "1", "Projektidee");
        var itemId = await ItemIdAsync(meetingId, "1");
        var endorsed = ((int)ResolutionResult.Endorsed).ToString(CultureInfo.InvariantCulture);
        Task<(ProjectStatus Status, int Votes)> StateAsync(int id) => app.WithDbAsync(async db =>
            (await db.Projects.Where(p => p.Id == id).Select(p => p.Status).SingleAsync(), await db.StatusChanges.CountAsync(c => c.ProjectId == id && c.To == ProjectStatus.BoardVote)));

        Assert.Equal(HttpStatusCode.Redirect, (await RecordAsync(office, itemId, 10, 0, 0, endorsed, present: _ => true, projectId: wrong)).StatusCode);
        Assert.Equal((ProjectStatus.BoardVote, 1), await StateAsync(wrong));

        Assert.Equal(HttpStatusCode.Redirect, (await RecordAsync(office, itemId, 10, 0, 0, endorsed, present: _ => true, projectId: right)).StatusCode);
        Assert.Equal((ProjectStatus.Idea, 0), await StateAsync(wrong));
        Assert.Equal((ProjectStatus.BoardVote, 1), await StateAsync(right));

        Assert.Equal(HttpStatusCode.Redirect, (await RecordAsync(office, itemId, 10, 0, 0, endorsed, present: _ => true, withoutProject: true)).StatusCode);
        Assert.Equal((ProjectStatus.Idea, 0), await StateAsync(right));
    }

    public static TheoryData<int, int, int, string, string, string> BadResolutions() => new()
    {
        // yes, no, abstentions, who is present ("alle"/"drei"), conflict with a vote?, expected message
        { 9, 1, 1, "alle", "nein", "übersteigen die Zahl der anwesenden stimmberechtigten Mitglieder" },
        { 3, 0, 0, "drei", "nein", "nicht beschlussfähig" },
        { 5, 0, 0, "alle", "ja", "hat eine Befangenheit erklärt und darf nicht abstimmen" },
        { 2, 5, 0, "alle", "nein", "nur mit mehr Ja- als Nein-Stimmen" },
    };

    [Theory]
    [MemberData(nameof(BadResolutions))]
    public async Task A_wrong_tally_a_missing_quorum_or_a_vote_despite_a_conflict_is_refused_and_nothing_is_stored(int yes, int no, int abstentions, string present, string conflictVotes, string message)
    {
        var office = await app.SignedInAsync(AppRole.ProjectOffice, "owl");
        var projectId = await NewProjectIdeaAsync("Idee " + Guid.NewGuid().ToString("N")[..6]);
        var meetingId = await CreateMeetingAsync(office, "Sitzung mit falscher Abstimmung (Test)", new DateOnly(2026, 9, 1));
        await AddItemAsync(office, meetingId, "1", "Projektidee");
        var itemId = await ItemIdAsync(meetingId, "1");
        var audited = await app.WithDbAsync(db => db.AuditEntries.CountAsync());
        var seen = 0;

        var response = await RecordAsync(office, itemId, yes, no, abstentions, ((int)ResolutionResult.Endorsed).ToString(CultureInfo.InvariantCulture),
            present: _ => present == "alle" || seen++ < 3,
            conflict: name => name.Contains("IHK", StringComparison.Ordinal),
            vote: name => conflictVotes == "ja" && name.Contains("IHK", StringComparison.Ordinal) ? "1" : null,
            projectId: projectId);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, (await Html.ParseAsync(response)).Text("#fehler"), StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.Resolutions.AnyAsync(r => r.AgendaItemId == itemId)));
        Assert.Equal(ProjectStatus.Idea, await app.WithDbAsync(db => db.Projects.Where(p => p.Id == projectId).Select(p => p.Status).SingleAsync()));
        Assert.False(await app.WithDbAsync(db => db.StatusChanges.AnyAsync(s => s.ProjectId == projectId)));
        Assert.Equal(audited, await app.WithDbAsync(db => db.AuditEntries.CountAsync()));
    }

    [Fact]
    public async Task An_agenda_number_used_twice_is_refused_with_a_clear_message()
    {
        var office = await app.SignedInAsync(AppRole.ProjectOffice, "owl");
        var meetingId = await CreateMeetingAsync(office, "Sitzung mit doppelter Nummer (Test)", new DateOnly(2026, 8, 1));
        Assert.Equal(HttpStatusCode.Redirect, (await AddItemAsync(office, meetingId, "4", "Erster Punkt")).StatusCode);

        var response = await AddItemAsync(office, meetingId, "4", "Zweiter Punkt mit derselben Nummer");
        var page = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Die Nummer „4“ ist in dieser Sitzung bereits vergeben", page.Text("#fehler"), StringComparison.Ordinal);
        Assert.Equal(1, await app.WithDbAsync(db => db.AgendaItems.CountAsync(i => i.MeetingId == meetingId)));

        foreach (var (number, expected) in new[] { ("", "Bitte geben Sie die Nummer"), ("drei", "Die Nummer besteht aus Ziffern") })
        {
            var bad = await AddItemAsync(office, meetingId, number, "Punkt");
            Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
            Assert.Contains(expected, (await Html.ParseAsync(bad)).Text("#fehler"), StringComparison.Ordinal);
        }

        // A deleted item gives its number back.
        var first = await ItemIdAsync(meetingId, "4");
        var deleted = await office.SubmitFormAsync($"/verwaltung/digitalboard/sitzungen/{meetingId}", $"form[action*='handler=DeleteItem']:has(input[value='{first}'])", []);
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await AddItemAsync(office, meetingId, "4", "Neuer Punkt 4")).StatusCode);
    }

    public static TheoryData<string, string, string, string> BadMeetings() => new()
    {
        { "", "2026-12-01", "10:00", "Bitte geben Sie einen Namen an." },
        { "Sitzung", "", "10:00", "Bitte geben Sie das Datum an." },
        { "Sitzung", "2026-12-01", "25:99", "ist kein gültiger Wert" },
        { "Sitzung", "2026-12-01", "14:00", "Das Ende muss nach dem Beginn liegen." },
        { "Sitzung", "2027-03-28", "02:30", "Die Uhrzeit 02:30 Uhr gibt es am 28.03.2027 nicht" },
    };

    [Theory]
    [MemberData(nameof(BadMeetings))]
    public async Task Invalid_meeting_input_is_refused(string name, string date, string start, string message)
    {
        var office = await app.SignedInAsync(AppRole.ProjectOffice, "owl");
        var count = await app.WithDbAsync(db => db.Meetings.CountAsync());

        var response = await office.SubmitFormAsync($"/verwaltung/digitalboard/{app.Data.BoardId}/sitzungen/neu", MainForm, new()
        {
            ["Input.Name"] = name,
            ["Input.Date"] = date,
            ["Input.StartTime"] = start,
            ["Input.EndTime"] = "12:00",
            ["Input.State"] = "1",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, (await Html.ParseAsync(response)).Text("#fehler"), StringComparison.Ordinal);
        Assert.Equal(count, await app.WithDbAsync(db => db.Meetings.CountAsync()));
    }

    [Fact]
    public async Task Minutes_are_approved_in_a_later_meeting_and_only_then_public()
    {
        var office = await app.SignedInAsync(AppRole.ProjectOffice, "owl");
        var first = await CreateMeetingAsync(office, "Sitzung mit Niederschrift (Test)", new DateOnly(2026, 6, 1));
        var second = await CreateMeetingAsync(office, "Folgesitzung (Test)", new DateOnly(2026, 7, 1));
        await AddItemAsync(office, first, "1", "Bericht");
        var itemId = await ItemIdAsync(first, "1");
        var edit = await office.SubmitFormAsync($"/verwaltung/digitalboard/sitzungen/{first}?top={itemId}", "#punkt-formular", new() { ["Item.Minutes"] = "Das Board nimmt den Bericht zur Kenntnis." });
        Assert.Equal(HttpStatusCode.Redirect, edit.StatusCode);
        Assert.DoesNotContain("nimmt den Bericht zur Kenntnis", (await app.Browser().GetPageAsync($"/digitalboard/sitzungen/{first}")).Text());

        // Not held yet: refused. Then held and approved in the later meeting.
        var refused = await office.SubmitFormAsync($"/verwaltung/digitalboard/sitzungen/{first}", "form[action*='handler=ApproveMinutes']", new() { ["approvingMeetingId"] = second.ToString(CultureInfo.InvariantCulture) });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("Nur die Niederschrift einer durchgeführten Sitzung", (await Html.ParseAsync(refused)).Text("#fehler"), StringComparison.Ordinal);
        var held = await office.SubmitFormAsync($"/verwaltung/digitalboard/sitzungen/{first}", "form[action$='handler=Save']", new() { ["Input.State"] = "3" });
        Assert.True(held.StatusCode == HttpStatusCode.Redirect, (await Html.ParseAsync(held)).Text("#fehler"));
        var approved = await office.SubmitFormAsync($"/verwaltung/digitalboard/sitzungen/{first}", "form[action*='handler=ApproveMinutes']", new() { ["approvingMeetingId"] = second.ToString(CultureInfo.InvariantCulture) });
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);

        var page = await app.Browser().GetPageAsync($"/digitalboard/sitzungen/{first}");
        Assert.Contains("nimmt den Bericht zur Kenntnis", page.Text());
        Assert.Contains("genehmigt in der Sitzung „Folgesitzung (Test)“", page.Text());
    }

    [Fact]
    public async Task A_member_linked_to_a_seat_sees_non_public_papers_and_the_invitation_history_but_gains_no_back_office_rights()
    {
        var office = await app.SignedInAsync(AppRole.ProjectOffice, "owl");
        var (email, password) = await app.CreateUserAsync(AppRole.ReadOnly, "aachen", name: "Mitglied IHK");
        var seat = await app.WithDbAsync(db => db.BoardMemberships.Include(m => m.Organisation).SingleAsync(m => m.BoardId == app.Data.BoardId && m.Organisation!.ShortName == "IHK"));
        var linked = await office.SubmitFormAsync($"/verwaltung/digitalboard/{app.Data.BoardId}/mitglieder?bearbeiten={seat.Id}", MainForm, new()
        {
            ["Input.AccountEmail"] = email,
            ["Input.InvitationEmail"] = "ihk@test.example",
        });
        Assert.Equal(HttpStatusCode.Redirect, linked.StatusCode);

        var member = await app.SignInAsync(email, password);
        var index = await member.GetPageAsync("/digitalboard/mitglieder");
        var paper = await member.GetPageAsync($"/digitalboard/mitglieder/vorlagen/{app.Data.SecretPaperId}");
        using var file = await member.GetAsync($"/digitalboard/mitglieder/dateien/{app.Data.SecretPaperFileId}");
        var meeting = await member.GetPageAsync($"/digitalboard/mitglieder/sitzungen/{app.Data.MeetingIds[0]}");

        Assert.Contains(app.Data.Secret, index.Text());
        Assert.Contains(app.Data.Secret, paper.Text());
        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        Assert.Contains(app.Data.Secret, System.Text.Encoding.ASCII.GetString(await file.Content.ReadAsByteArrayAsync()));
        Assert.Contains("Einladungen", meeting.Text());
        Assert.Contains($"Punkt {app.Data.Secret}", meeting.Text());

        // The seat opens the members' area only: managing the board stays with the project office.
        using var admin = await member.GetAsync($"/verwaltung/digitalboard/sitzungen/{app.Data.MeetingIds[0]}");
        Assert.Equal(HttpStatusCode.Forbidden, admin.StatusCode);
    }

    [Fact]
    public async Task Another_regions_office_may_not_manage_the_board()
    {
        var aachen = await app.SignedInAsync(AppRole.ProjectOffice, "aachen");
        foreach (var url in new[] { $"/verwaltung/digitalboard/sitzungen/{app.Data.MeetingIds[0]}", $"/verwaltung/digitalboard/{app.Data.BoardId}/sitzungen/neu", $"/verwaltung/digitalboard/{app.Data.BoardId}/mitglieder", $"/verwaltung/digitalboard/vorlagen/{app.Data.PublicPaperId}" })
        {
            using var response = await aachen.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{url}: {(int)response.StatusCode}");
        }

        var token = await aachen.GetPageAsync("/verwaltung");
        using var post = await aachen.PostAsSessionAsync($"/verwaltung/digitalboard/sitzungen/{app.Data.MeetingIds[0]}?handler=SaveItem", new() { ["Item.Number"] = "9", ["Item.Title"] = "Eingeschleust" });
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.NotNull(token);
        Assert.False(await app.WithDbAsync(db => db.AgendaItems.AnyAsync(i => i.Title == "Eingeschleust")));
    }

    [Fact]
    public async Task A_paper_withdrawn_from_the_public_disappears_everywhere_and_OParl_reports_it_deleted()
    {
        var office = await app.SignedInAsync(AppRole.ProjectOffice, "owl");
        var created = await office.SubmitFormAsync($"/verwaltung/digitalboard/{app.Data.BoardId}/vorlagen/neu", MainForm, new()
        {
            ["Input.Reference"] = "DB-2026/099",
            ["Input.Title"] = "Vorlage, die zurückgezogen wird",
            ["Input.PaperType"] = "Bericht",
            ["Input.Date"] = "2026-10-10",
            ["Input.IsPublic"] = true,
        });
        var paperId = int.Parse(created.Headers.Location!.ToString().Split('/')[^1], CultureInfo.InvariantCulture);
        var upload = await office.GetPageAsync($"/verwaltung/digitalboard/vorlagen/{paperId}");
        var token = upload.QuerySelector("form[enctype] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var content = new MultipartFormDataContent
        {
            { new ByteArrayContent(BoardTestData.Pdf("zurueckgezogen")), "upload", "bericht.pdf" },
            { new StringContent("true"), "isMain" },
            { new StringContent("true"), "filePublic" },
            { new StringContent(token), "__RequestVerificationToken" },
        };
        Assert.Equal(HttpStatusCode.Redirect, (await office.PostAsync($"/verwaltung/digitalboard/vorlagen/{paperId}?handler=Upload", content)).StatusCode);
        var fileId = await app.WithDbAsync(db => db.PaperFiles.Where(f => f.PaperId == paperId).Select(f => f.Id).SingleAsync());
        Assert.Equal(HttpStatusCode.OK, (await app.Browser().GetAsync($"/digitalboard/dateien/{fileId}")).StatusCode);
        await Task.Delay(1100);
        var since = Uri.EscapeDataString(DateTime.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss'+00:00'", CultureInfo.InvariantCulture));

        var withdrawn = await office.SubmitFormAsync($"/verwaltung/digitalboard/vorlagen/{paperId}", "form[action$='handler=Save']", new() { ["Input.IsPublic"] = false });

        Assert.Equal(HttpStatusCode.Redirect, withdrawn.StatusCode);
        Assert.Equal(HttpStatusCode.Gone, (await app.Browser().GetAsync($"/digitalboard/dateien/{fileId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await app.Browser().GetAsync($"/digitalboard/vorlagen/{paperId}")).StatusCode);
        var papers = Newtonsoft.Json.Linq.JObject.Parse(await app.Browser().GetStringAsync($"/oparl/v1.1/body/1/paper?modified_since={since}"));
        var files = Newtonsoft.Json.Linq.JObject.Parse(await app.Browser().GetStringAsync($"/oparl/v1.1/body/1/file?modified_since={since}"));
        Assert.True(Assert.Single(papers["data"]!).Value<bool>("deleted"));
        Assert.True(Assert.Single(files["data"]!).Value<bool>("deleted"));
        var all = Newtonsoft.Json.Linq.JObject.Parse(await app.Browser().GetStringAsync("/oparl/v1.1/body/1/paper"));
        Assert.DoesNotContain(all["data"]!, p => p.Value<string>("id")!.EndsWith($"/paper/{paperId}", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_paper_names_the_solution_it_concerns_and_an_unknown_solution_is_refused()
    {
        var office = await app.SignedInAsync(AppRole.ProjectOffice, "owl");
        var solution = await app.WithDbAsync(db => db.Solutions.Where(s => s.IsPublished && !s.IsSynthetic).OrderBy(s => s.Title).Select(s => new { s.Id, s.Slug, s.Title }).FirstAsync());
        var papers = await app.WithDbAsync(db => db.Papers.CountAsync());
        Dictionary<string, object?> Form(object solutionId) => new()
        {
            ["Input.Reference"] = "DB-2026/077",
            ["Input.Title"] = "Nachnutzung einer Lösung",
            ["Input.PaperType"] = "Beschlussvorlage",
            ["Input.Date"] = "2026-10-12",
            ["Input.SolutionId"] = solutionId,
            ["Input.IsPublic"] = true,
        };

        var unknown = await office.SubmitFormAsync($"/verwaltung/digitalboard/{app.Data.BoardId}/vorlagen/neu", MainForm, Form("999999"));

        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("Die gewählte Lösung gibt es nicht.", (await Html.ParseAsync(unknown)).Text("#fehler"), StringComparison.Ordinal);
        Assert.Equal(papers, await app.WithDbAsync(db => db.Papers.CountAsync()));

        var created = await office.SubmitFormAsync($"/verwaltung/digitalboard/{app.Data.BoardId}/vorlagen/neu", MainForm, Form(solution.Id.ToString(CultureInfo.InvariantCulture)));

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var paperId = int.Parse(created.Headers.Location!.ToString().Split('/')[^1], CultureInfo.InvariantCulture);
        var page = await app.Browser().GetPageAsync($"/digitalboard/vorlagen/{paperId}");
        Assert.Equal(solution.Title, page.QuerySelector($"a[href='/loesungen/{solution.Slug}']")!.TextContent.Trim());
        var solutionPage = await app.Browser().GetPageAsync($"/loesungen/{solution.Slug}");
        Assert.NotNull(solutionPage.QuerySelector($"a[href='/digitalboard/vorlagen/{paperId}']"));
    }

    [Fact]
    public async Task Uploads_that_are_not_pdf_are_refused()
    {
        var office = await app.SignedInAsync(AppRole.ProjectOffice, "owl");
        var page = await office.GetPageAsync($"/verwaltung/digitalboard/vorlagen/{app.Data.PublicPaperId}");
        var token = page.QuerySelector("form[enctype] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var content = new MultipartFormDataContent
        {
            { new ByteArrayContent("<html>kein PDF</html>"u8.ToArray()), "upload", "vorlage.pdf" },
            { new StringContent(token), "__RequestVerificationToken" },
        };
        var files = await app.WithDbAsync(db => db.PaperFiles.CountAsync());

        var response = await office.PostAsync($"/verwaltung/digitalboard/vorlagen/{app.Data.PublicPaperId}?handler=Upload", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("kein PDF-Dokument", (await Html.ParseAsync(response)).Text("#fehler"), StringComparison.Ordinal);
        Assert.Equal(files, await app.WithDbAsync(db => db.PaperFiles.CountAsync()));
    }

    [Fact]
    public async Task A_meeting_created_by_mistake_is_deleted_and_OParl_reports_it_deleted_but_one_with_resolutions_is_not()
    {
        var office = await app.SignedInAsync(AppRole.ProjectOffice, "owl");
        var meetingId = await CreateMeetingAsync(office, "Versehentlich angelegte Sitzung (Test)", new DateOnly(2026, 5, 1));
        await AddItemAsync(office, meetingId, "1", "Punkt");

        var deleted = await office.SubmitFormAsync($"/verwaltung/digitalboard/sitzungen/{meetingId}", "form[action$='handler=Delete']", []);

        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await app.Browser().GetAsync($"/digitalboard/sitzungen/{meetingId}")).StatusCode);
        var tombstone = Newtonsoft.Json.Linq.JObject.Parse(await app.Browser().GetStringAsync($"/oparl/v1.1/meeting/{meetingId}"));
        Assert.True(tombstone.Value<bool>("deleted"));

        var withResolution = await CreateMeetingAsync(office, "Sitzung mit Beschluss (Test)", new DateOnly(2026, 5, 2));
        await AddItemAsync(office, withResolution, "1", "Punkt");
        Assert.Equal(HttpStatusCode.Redirect, (await RecordAsync(office, await ItemIdAsync(withResolution, "1"), 10, 0, 0, ((int)ResolutionResult.Noted).ToString(CultureInfo.InvariantCulture), present: _ => true)).StatusCode);
        var refused = await office.SubmitFormAsync($"/verwaltung/digitalboard/sitzungen/{withResolution}", "form[action$='handler=Delete']", []);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("nur abgesagt werden", (await Html.ParseAsync(refused)).Text("#fehler"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_working_group_is_a_gremium_of_its_own_under_its_board_and_in_OParl()
    {
        var office = await app.SignedInAsync(AppRole.ProjectOffice, "owl");

        var empty = await office.SubmitFormAsync("/verwaltung/digitalboard", "form[action$='handler=WorkingGroup']", new() { ["Group.Name"] = "" });
        var created = await office.SubmitFormAsync("/verwaltung/digitalboard", "form[action$='handler=WorkingGroup']", new() { ["Group.Name"] = "AG Open Data" });
        var again = await office.SubmitFormAsync("/verwaltung/digitalboard", "form[action$='handler=WorkingGroup']", new() { ["Group.Name"] = "AG Open Data" });

        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Contains("Bitte geben Sie einen Namen an.", (await Html.ParseAsync(empty)).Text("#fehler"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        var group = await app.WithDbAsync(db => db.Boards.SingleAsync(b => b.Name == "AG Open Data"));
        Assert.Equal((BoardKind.WorkingGroup, (int?)app.Data.BoardId), (group.Kind, group.ParentBoardId));

        var boardPage = await app.Browser().GetPageAsync("/digitalboard/digitalboard-owl");
        Assert.NotNull(boardPage.QuerySelector($"a[href='/digitalboard/{group.Slug}']"));
        Assert.Equal(HttpStatusCode.OK, (await app.Browser().GetAsync($"/digitalboard/{group.Slug}")).StatusCode);
        var organization = Newtonsoft.Json.Linq.JObject.Parse(await app.Browser().GetStringAsync($"/oparl/v1.1/organization/{group.Id}"));
        Assert.Equal("Arbeitsgruppe", organization.Value<string>("classification"));
        Assert.EndsWith($"/organization/{app.Data.BoardId}", organization.Value<string>("subOrganizationOf"), StringComparison.Ordinal);

        // Its own seats: a person who is named publicly, representing the Stadt Bielefeld, with a deputy.
        var bielefeld = await app.WithDbAsync(db => db.Organisations.Where(o => o.Slug == "stadt-bielefeld").Select(o => o.Id).SingleAsync());
        var seat = await office.SubmitFormAsync($"/verwaltung/digitalboard/{group.Id}/mitglieder", MainForm, new()
        {
            ["Input.PersonName"] = "Erika Beispiel (Testperson)",
            ["Input.OrganisationId"] = bielefeld.ToString(CultureInfo.InvariantCulture),
            ["Input.Role"] = ((int)BoardRole.Chair).ToString(CultureInfo.InvariantCulture),
        });
        Assert.Equal(HttpStatusCode.Redirect, seat.StatusCode);
        var chairId = await app.WithDbAsync(db => db.BoardMemberships.Where(m => m.BoardId == group.Id).Select(m => m.Id).SingleAsync());
        var badDeputy = await office.SubmitFormAsync($"/verwaltung/digitalboard/{group.Id}/mitglieder", MainForm, new()
        {
            ["Input.OrganisationId"] = bielefeld.ToString(CultureInfo.InvariantCulture),
            ["Input.Role"] = ((int)BoardRole.Member).ToString(CultureInfo.InvariantCulture),
            ["Input.DeputyOfId"] = chairId.ToString(CultureInfo.InvariantCulture),
        });
        Assert.Equal(HttpStatusCode.BadRequest, badDeputy.StatusCode);
        Assert.Contains("Nur ein stellvertretendes Mitglied", (await Html.ParseAsync(badDeputy)).Text("#fehler"), StringComparison.Ordinal);
        var deputy = await office.SubmitFormAsync($"/verwaltung/digitalboard/{group.Id}/mitglieder", MainForm, new()
        {
            ["Input.OrganisationId"] = bielefeld.ToString(CultureInfo.InvariantCulture),
            ["Input.Role"] = ((int)BoardRole.Deputy).ToString(CultureInfo.InvariantCulture),
            ["Input.DeputyOfId"] = chairId.ToString(CultureInfo.InvariantCulture),
            ["Input.HasVotingRight"] = false,
        });
        Assert.Equal(HttpStatusCode.Redirect, deputy.StatusCode);
        var groupPage = await app.Browser().GetPageAsync($"/digitalboard/{group.Slug}");
        Assert.Contains("Erika Beispiel (Testperson)", groupPage.Text());
        Assert.Contains("Stellvertretung für: Erika Beispiel (Testperson) (Stadt Bielefeld)", groupPage.Text());

        // A seat others depend on is not deleted; the deputy's seat, entered by mistake, is.
        var refused = await office.SubmitFormAsync($"/verwaltung/digitalboard/{group.Id}/mitglieder", $"form:has(input[name=membershipId][value='{chairId}'])", []);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("Tragen Sie stattdessen ein Ende ein.", (await Html.ParseAsync(refused)).Text("#fehler"), StringComparison.Ordinal);
        var deputyId = await app.WithDbAsync(db => db.BoardMemberships.Where(m => m.BoardId == group.Id && m.DeputyOfId == chairId).Select(m => m.Id).SingleAsync());
        var removed = await office.SubmitFormAsync($"/verwaltung/digitalboard/{group.Id}/mitglieder", $"form:has(input[name=membershipId][value='{deputyId}'])", []);
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.DoesNotContain("Stellvertretung für", (await app.Browser().GetPageAsync($"/digitalboard/{group.Slug}")).Text());
        Assert.Equal(2, await app.WithDbAsync(db => db.BoardMemberships.CountAsync(m => m.BoardId == group.Id)));
    }

    [Fact]
    public async Task A_meeting_moved_into_the_hour_skipped_for_summer_time_is_refused_and_stays_as_it_was()
    {
        var office = await app.SignedInAsync(AppRole.ProjectOffice, "owl");
        var meetingId = await CreateMeetingAsync(office, "Sitzung vor der Zeitumstellung (Test)", new DateOnly(2027, 3, 28));
        var before = await app.WithDbAsync(db => db.Meetings.Where(m => m.Id == meetingId).Select(m => new { m.StartsAt, m.EndsAt, m.Version }).SingleAsync());

        var response = await office.SubmitFormAsync($"/verwaltung/digitalboard/sitzungen/{meetingId}", "form[action$='handler=Save']", new()
        {
            ["Input.StartTime"] = "01:00",
            ["Input.EndTime"] = "02:15",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Die Uhrzeit 02:15 Uhr gibt es am 28.03.2027 nicht", (await Html.ParseAsync(response)).Text("#fehler"), StringComparison.Ordinal);
        Assert.Equal(before, await app.WithDbAsync(db => db.Meetings.Where(m => m.Id == meetingId).Select(m => new { m.StartsAt, m.EndsAt, m.Version }).SingleAsync()));
    }

    [Fact]
    public async Task A_resolution_is_not_recorded_before_the_meeting_has_begun()
    {
        var office = await app.SignedInAsync(AppRole.ProjectOffice, "owl");
        var projectId = await NewProjectIdeaAsync("Idee für eine kommende Sitzung " + Guid.NewGuid().ToString("N")[..6]);
        var day = DateOnly.FromDateTime(Web.Platform.Formatting.ToBerlin(DateTime.UtcNow)).AddDays(10);
        var meetingId = await CreateMeetingAsync(office, "Kommende Sitzung (Test)", day);
        await AddItemAsync(office, meetingId, "1", "Projektidee");
        var itemId = await ItemIdAsync(meetingId, "1");
        var audited = await app.WithDbAsync(db => db.AuditEntries.CountAsync());

        var response = await RecordAsync(office, itemId, 10, 0, 0, ((int)ResolutionResult.Endorsed).ToString(CultureInfo.InvariantCulture), present: _ => true, projectId: projectId);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var message = (await Html.ParseAsync(response)).Text("#fehler");
        Assert.Contains($"Die Sitzung beginnt erst am {day:dd.MM.yyyy}, 10:00 Uhr", message, StringComparison.Ordinal);
        Assert.Contains("Beschlüsse können erst ab Beginn der Sitzung erfasst werden", message, StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.Resolutions.AnyAsync(r => r.AgendaItemId == itemId)));
        Assert.False(await app.WithDbAsync(db => db.StatusChanges.AnyAsync(s => s.ProjectId == projectId)));
        Assert.Equal(audited, await app.WithDbAsync(db => db.AuditEntries.CountAsync()));
    }

    [Fact]
    public async Task A_seat_counts_once_even_when_two_of_its_deputies_are_present()
    {
        // Two deputies with a voting right for the IHK's seat, members only on the day of this meeting.
        var day = new DateOnly(2026, 4, 15);
        var principal = await app.WithDbAsync(async db =>
        {
            var seat = await db.BoardMemberships.Include(m => m.Person).Include(m => m.Organisation)
                .SingleAsync(m => m.BoardId == app.Data.BoardId && m.Organisation!.ShortName == "IHK" && m.DeputyOfId == null);
            foreach (var name in new[] { "Erste Vertretung (Testperson)", "Zweite Vertretung (Testperson)" })
            {
                db.BoardMemberships.Add(new BoardMembership
                {
                    BoardId = app.Data.BoardId,
                    Person = new BoardPerson { RegionId = app.Data.RegionId, Name = name },
                    Role = BoardRole.Deputy,
                    HasVotingRight = true,
                    DeputyOfId = seat.Id,
                    StartsOn = day,
                    EndsOn = day,
                });
            }

            await db.SaveChangesAsync();
            return seat.DisplayName;
        });
        var office = await app.SignedInAsync(AppRole.ProjectOffice, "owl");
        var meetingId = await CreateMeetingAsync(office, "Sitzung mit zwei Vertretungen (Test)", day);
        await AddItemAsync(office, meetingId, "1", "Bericht");
        var itemId = await ItemIdAsync(meetingId, "1");
        var endorsed = ((int)ResolutionResult.Endorsed).ToString(CultureInfo.InvariantCulture);
        bool Present(string name) => !name.StartsWith(principal + " (", StringComparison.Ordinal);

        // Ten seats, the IHK's taken by one deputy: eleven votes are too many.
        var tooMany = await RecordAsync(office, itemId, 11, 0, 0, endorsed, present: Present);
        Assert.Equal(HttpStatusCode.BadRequest, tooMany.StatusCode);
        Assert.Contains("Die Stimmen (11) übersteigen die Zahl der anwesenden stimmberechtigten Mitglieder ohne Befangenheit (10)", (await Html.ParseAsync(tooMany)).Text("#fehler"), StringComparison.Ordinal);

        // Both deputies voting by name: one seat, one vote.
        var twice = await RecordAsync(office, itemId, 10, 0, 0, endorsed, present: Present, vote: name => name.Contains("Vertretung (Testperson)", StringComparison.Ordinal) ? "1" : null);
        Assert.Equal(HttpStatusCode.BadRequest, twice.StatusCode);
        Assert.Contains($"Für den Sitz von {principal} stimmt bereits Erste Vertretung (Testperson) ab; je Sitz zählt nur eine Stimme.", (await Html.ParseAsync(twice)).Text("#fehler"), StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.Resolutions.AnyAsync(r => r.AgendaItemId == itemId)));

        var recorded = await RecordAsync(office, itemId, 10, 0, 0, endorsed, present: Present, vote: name => name.StartsWith("Zweite Vertretung", StringComparison.Ordinal) ? "1" : null);
        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        var resolution = await app.WithDbAsync(db => db.Resolutions.SingleAsync(r => r.AgendaItemId == itemId));
        Assert.Equal((10, 10, true), (resolution.VotingMembersPresent, resolution.VotingMembers, resolution.IsQuorate));
        Assert.Contains("10 von 10 stimmberechtigten Mitgliedern anwesend", (await app.Browser().GetPageAsync($"/digitalboard/sitzungen/{meetingId}")).Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Agenda_numbers_are_unique_whatever_their_leading_zeros_and_large_numbers_sort_in_order()
    {
        var office = await app.SignedInAsync(AppRole.ProjectOffice, "owl");
        var meetingId = await CreateMeetingAsync(office, "Sitzung mit vielen Punkten (Test)", new DateOnly(2026, 3, 2));
        foreach (var number in new[] { "1", "3", "999.99.99z", "72", "100", "2.1", "007", "3a", "3.1.2" })
        {
            var added = await AddItemAsync(office, meetingId, number, $"Punkt {number}");
            Assert.True(added.StatusCode == HttpStatusCode.Redirect, $"{number}: {(await Html.ParseAsync(added)).Text("#fehler")}");
        }

        foreach (var (number, message) in new[]
        {
            ("01", "Die Nummer „1“ ist in dieser Sitzung bereits vergeben"),
            ("03", "Die Nummer „3“ ist in dieser Sitzung bereits vergeben"),
            ("7", "Die Nummer „7“ ist in dieser Sitzung bereits vergeben"),
            ("999.999.999z", "Unterpunkte werden von 1 bis 99 gezählt"),
            ("3.0", "Unterpunkte werden von 1 bis 99 gezählt"),
        })
        {
            var refused = await AddItemAsync(office, meetingId, number, $"Punkt {number}");
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.Contains(message, (await Html.ParseAsync(refused)).Text("#fehler"), StringComparison.Ordinal);
        }

        var items = await app.WithDbAsync(db => db.AgendaItems.Where(i => i.MeetingId == meetingId).OrderBy(i => i.Order).Select(i => new { i.Number, i.Order }).ToListAsync());
        Assert.Equal(["1", "2.1", "3", "3a", "3.1.2", "7", "72", "100", "999.99.99z"], items.Select(i => i.Number));
        Assert.All(items, i => Assert.True(i.Order > 0, $"{i.Number}: {i.Order}"));
    }

    [Fact]
    public async Task Agenda_items_stored_with_orders_of_the_earlier_scheme_sort_with_new_ones()
    {
        var office = await app.SignedInAsync(AppRole.ProjectOffice, "owl");
        var meetingId = await CreateMeetingAsync(office, "Sitzung mit älteren Punkten (Test)", new DateOnly(2026, 3, 3));
        await app.WithDbAsync(async db =>
        {
            // Orders as the earlier scheme computed them: ((1 * 1000 + 0) * 1000 + 0) * 30 and so on.
            db.AgendaItems.Add(new AgendaItem { MeetingId = meetingId, Number = "1", Title = "Älterer Punkt 1", Order = 30_000_000, IsPublic = true });
            db.AgendaItems.Add(new AgendaItem { MeetingId = meetingId, Number = "2", Title = "Älterer Punkt 2", Order = 60_000_000, IsPublic = true });
            await db.SaveChangesAsync();
        });

        Assert.Equal(HttpStatusCode.Redirect, (await AddItemAsync(office, meetingId, "1.1", "Neuer Punkt 1.1")).StatusCode);

        var numbers = await app.WithDbAsync(db => db.AgendaItems.Where(i => i.MeetingId == meetingId).OrderBy(i => i.Order).Select(i => i.Number).ToListAsync());
        Assert.Equal(["1", "1.1", "2"], numbers);
    }

    [Fact]
    public async Task The_projects_step_follows_the_item_and_shows_nothing_of_it_once_the_item_is_not_public()
    {
        var office = await app.SignedInAsync(AppRole.ProjectOffice, "owl");
        var projectId = await NewProjectIdeaAsync("Idee, deren Beratung nicht öffentlich wird " + Guid.NewGuid().ToString("N")[..6]);
        var slug = await app.WithDbAsync(db => db.Projects.Where(p => p.Id == projectId).Select(p => p.Slug).SingleAsync());
        var meetingId = await CreateMeetingAsync(office, "Sitzung mit später vertraulichem Punkt (Test)", new DateOnly(2026, 2, 2));
        await AddItemAsync(office, meetingId, "5", "Projektidee zunächst öffentlich");
        var itemId = await ItemIdAsync(meetingId, "5");
        Assert.Equal(HttpStatusCode.Redirect, (await RecordAsync(office, itemId, 10, 0, 0, ((int)ResolutionResult.Endorsed).ToString(CultureInfo.InvariantCulture), present: _ => true, projectId: projectId)).StatusCode);
        Assert.Contains("Votum Digitalboard: befürwortet (Sitzung mit später vertraulichem Punkt (Test), TOP 5)", await app.Browser().GetStringAsync($"/api/v1/projects/{slug}"), StringComparison.Ordinal);

        var hidden = await office.SubmitFormAsync($"/verwaltung/digitalboard/sitzungen/{meetingId}?top={itemId}", "#punkt-formular", new() { ["Item.IsPublic"] = false });

        Assert.Equal(HttpStatusCode.Redirect, hidden.StatusCode);
        var api = await app.Browser().GetStringAsync($"/api/v1/projects/{slug}");
        var page = (await app.Browser().GetPageAsync($"/projekte/{slug}")).Text();
        foreach (var text in new[] { api, page })
        {
            Assert.DoesNotContain("vertraulichem Punkt", text, StringComparison.Ordinal);
            Assert.DoesNotContain("TOP 5", text, StringComparison.Ordinal);
            Assert.DoesNotContain("befürwortet", text, StringComparison.OrdinalIgnoreCase);
        }

        Assert.Contains("02.02.2026: Votum Digitalboard", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_paper_withdrawn_from_the_public_moves_its_consultations_and_agenda_items_forward_in_OParl()
    {
        var office = await app.SignedInAsync(AppRole.ProjectOffice, "owl");
        var created = await office.SubmitFormAsync($"/verwaltung/digitalboard/{app.Data.BoardId}/vorlagen/neu", MainForm, new()
        {
            ["Input.Reference"] = "DB-2026/098",
            ["Input.Title"] = "Vorlage, deren Beratung verschwindet",
            ["Input.PaperType"] = "Bericht",
            ["Input.Date"] = "2026-10-10",
            ["Input.IsPublic"] = true,
        });
        var paperId = int.Parse(created.Headers.Location!.ToString().Split('/')[^1], CultureInfo.InvariantCulture);
        var meetingId = await CreateMeetingAsync(office, "Sitzung mit beratener Vorlage (Test)", new DateOnly(2026, 10, 20));
        await AddItemAsync(office, meetingId, "1", "Beratung der Vorlage", paperId: paperId);
        var itemId = await ItemIdAsync(meetingId, "1");
        var consultation = Newtonsoft.Json.Linq.JObject.Parse(await app.Browser().GetStringAsync($"/oparl/v1.1/consultation/{itemId}"));
        Assert.NotEqual(true, consultation.Value<bool?>("deleted"));
        await Task.Delay(1100);
        var since = Uri.EscapeDataString(DateTime.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss'+00:00'", CultureInfo.InvariantCulture));

        var withdrawn = await office.SubmitFormAsync($"/verwaltung/digitalboard/vorlagen/{paperId}", "form[action$='handler=Save']", new() { ["Input.IsPublic"] = false });

        Assert.Equal(HttpStatusCode.Redirect, withdrawn.StatusCode);
        var gone = Newtonsoft.Json.Linq.JObject.Parse(await app.Browser().GetStringAsync($"/oparl/v1.1/consultation/{itemId}"));
        Assert.True(gone.Value<bool>("deleted"));
        Assert.True(DateTimeOffset.Parse(gone.Value<string>("modified")!, CultureInfo.InvariantCulture) > DateTimeOffset.Parse(consultation.Value<string>("modified")!, CultureInfo.InvariantCulture));
        var consultations = Newtonsoft.Json.Linq.JObject.Parse(await app.Browser().GetStringAsync($"/oparl/v1.1/body/1/consultation?modified_since={since}"));
        Assert.Contains(consultations["data"]!, c => c.Value<string>("id")!.EndsWith($"/consultation/{itemId}", StringComparison.Ordinal) && c.Value<bool>("deleted"));
        var items = Newtonsoft.Json.Linq.JObject.Parse(await app.Browser().GetStringAsync($"/oparl/v1.1/body/1/agendaItem?modified_since={since}"));
        var item = Assert.Single(items["data"]!, i => i.Value<string>("id")!.EndsWith($"/agendaitem/{itemId}", StringComparison.Ordinal));
        Assert.Null(item["consultation"]);
    }
}
