using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Modellregion.Tests.Infrastructure;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Account;
using Modellregion.Web.Features.Transfer;

namespace Modellregion.Tests.Features.Transfer;

/// <summary>The project office moves transfer cases through the pipeline: allowed moves only, by the right people.</summary>
public sealed class PipelineTests(TransferApp app) : IClassFixture<TransferApp>
{
    private const string MoveForm = "#form-stand";

    private static string Stage(TransferStage stage) => ((int)stage).ToString(CultureInfo.InvariantCulture);

    private static string CaseUrl(int id) => $"/verwaltung/transfer/faelle/{id}";

    private static async Task<HttpResponseMessage> MoveAsync(HttpClient browser, int id, TransferStage to, Dictionary<string, object?>? extra = null)
    {
        var values = new Dictionary<string, object?> { ["Move.To"] = Stage(to) };
        foreach (var (key, value) in extra ?? [])
        {
            values[key] = value;
        }

        return await browser.SubmitFormAsync(CaseUrl(id), MoveForm, values);
    }

    [Fact]
    public async Task Office_moves_a_case_step_by_step_to_reused_and_the_solution_shows_its_new_user()
    {
        var id = await TransferTestData.NewCaseAsync(app, ags: "05762020");
        var office = await app.SignedInAsync(AppRole.ProjectOffice, "owl");

        foreach (var stage in new[] { TransferStage.FirstMeeting, TransferStage.Agreement, TransferStage.Implementation })
        {
            var response = await MoveAsync(office, id, stage, new() { ["Move.Note"] = "Weiter nach " + stage });
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        }

        var reused = await MoveAsync(office, id, TransferStage.Reused, new() { ["Move.ReusedSince"] = "2025-03-01" });

        Assert.Equal(HttpStatusCode.Redirect, reused.StatusCode);
        var transferCase = await TransferTestData.CaseAsync(app, id);
        Assert.Equal(TransferStage.Reused, transferCase.Stage);
        Assert.Equal([TransferStage.FirstMeeting, TransferStage.Agreement, TransferStage.Implementation, TransferStage.Reused],
            transferCase.Steps.OrderBy(s => s.Id).Select(s => s.To));
        var reuse = await app.WithDbAsync(db => db.Reuses.SingleAsync(r => r.TransferCaseId == id));
        Assert.Equal(ReuseStatus.Confirmed, reuse.Status);
        Assert.Equal(new DateOnly(2025, 3, 1), reuse.Since);

        var page = await app.Browser().GetPageAsync("/loesungen/" + TransferTestData.LocalOpenData);
        Assert.Contains("Höxter", page.Text("#wer-nutzt + ul"));
        Assert.Contains("im Betrieb seit 01.03.2025", page.Text("#wer-nutzt + ul"));

        var afterwards = await office.GetPageAsync(CaseUrl(id));
        Assert.Null(afterwards.QuerySelector(MoveForm));
    }

    public static TheoryData<TransferStage, TransferStage, Dictionary<string, object?>, string, string> RefusedMoves() => new()
    {
        { TransferStage.Request, TransferStage.Agreement, new(), "Move.To", "ist dieser Schritt nicht möglich" },
        { TransferStage.Request, TransferStage.Reused, new() { ["Move.ReusedSince"] = "2025-01-01" }, "Move.To", "ist dieser Schritt nicht möglich" },
        { TransferStage.FirstMeeting, TransferStage.Cancelled, new(), "Move.CancelReason", "Bitte wählen Sie den Grund des Abbruchs." },
        { TransferStage.FirstMeeting, TransferStage.Cancelled, new() { ["Move.CancelReason"] = "9" }, "Move.Note", "Bitte erläutern Sie den Grund „Sonstiges“." },
        { TransferStage.Implementation, TransferStage.Reused, new() { ["Move.ReusedSince"] = "" }, "Move.ReusedSince", "seit wann die Kommune die Lösung im Betrieb nutzt" },
        { TransferStage.Implementation, TransferStage.Reused, new() { ["Move.ReusedSince"] = "2099-01-01" }, "Move.ReusedSince", "nicht in der Zukunft" },
    };

    [Theory]
    [MemberData(nameof(RefusedMoves))]
    public async Task Moves_that_the_pipeline_does_not_allow_are_refused_and_nothing_changes(TransferStage from, TransferStage to, Dictionary<string, object?> extra, string field, string message)
    {
        var id = await TransferTestData.NewCaseAsync(app, stage: from);
        var office = await app.SignedInAsync(AppRole.ProjectOffice, "owl");
        var page = await office.GetPageAsync(CaseUrl(id));
        var values = new Dictionary<string, object?> { ["Move.To"] = Stage(to) };
        foreach (var (key, value) in extra)
        {
            values[key] = value;
        }

        var response = await office.SubmitAsync(page, CaseUrl(id), MoveForm, values);
        var result = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, result.Text("#fehler"));
        Assert.NotNull(result.QuerySelector($"#fehler a[href='#{field.Replace('.', '_')}']"));
        var after = await TransferTestData.CaseAsync(app, id);
        Assert.Equal(from, after.Stage);
        Assert.Equal(0, await app.WithDbAsync(db => db.Reuses.CountAsync(r => r.TransferCaseId == id)));
    }

    [Fact]
    public async Task A_cancelled_case_keeps_its_reason_and_can_be_reopened_where_it_stopped()
    {
        var id = await TransferTestData.NewCaseAsync(app, stage: TransferStage.Agreement);
        var office = await app.SignedInAsync(AppRole.Administrator);

        var cancelled = await MoveAsync(office, id, TransferStage.Cancelled, new() { ["Move.CancelReason"] = ((int)CancelReason.NoMoneyOrCapacity).ToString(CultureInfo.InvariantCulture), ["Move.Note"] = "Haushaltssperre" });
        Assert.Equal(HttpStatusCode.Redirect, cancelled.StatusCode);
        var afterCancel = await TransferTestData.CaseAsync(app, id);
        Assert.Equal((TransferStage.Cancelled, CancelReason.NoMoneyOrCapacity, "Haushaltssperre", TransferStage.Agreement),
            (afterCancel.Stage, afterCancel.CancelReason, afterCancel.CancelNote, afterCancel.CancelledFrom));
        Assert.Contains("Keine Mittel oder Kapazität: Haushaltssperre", afterCancel.Steps.OrderBy(s => s.Id).Last().Reason);

        var page = await office.GetPageAsync(CaseUrl(id));
        Assert.Equal([Stage(TransferStage.Agreement)], page.QuerySelectorAll("#Move_To option").Select(o => o.GetAttribute("value")).Where(v => v != ""));
        var reopened = await MoveAsync(office, id, TransferStage.Agreement);
        Assert.Equal(HttpStatusCode.Redirect, reopened.StatusCode);
        var afterReopen = await TransferTestData.CaseAsync(app, id);
        Assert.Equal((TransferStage.Agreement, (CancelReason?)null), (afterReopen.Stage, afterReopen.CancelReason));
    }

    [Fact]
    public async Task A_stale_form_is_refused_with_409()
    {
        var id = await TransferTestData.NewCaseAsync(app);
        var first = await app.SignedInAsync(AppRole.ProjectOffice, "owl");
        var second = await app.SignedInAsync(AppRole.ProjectOffice, "owl");
        var firstPage = await first.GetPageAsync(CaseUrl(id));
        var secondPage = await second.GetPageAsync(CaseUrl(id));

        var saved = await first.SubmitAsync(firstPage, CaseUrl(id), MoveForm, new() { ["Move.To"] = Stage(TransferStage.FirstMeeting) });
        var stale = await second.SubmitAsync(secondPage, CaseUrl(id), MoveForm, new() { ["Move.To"] = Stage(TransferStage.Cancelled), ["Move.CancelReason"] = "1" });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(TransferStage.FirstMeeting, (await TransferTestData.CaseAsync(app, id)).Stage);
    }

    [Fact]
    public async Task Owner_next_step_and_notes_are_kept_and_count_as_activity()
    {
        var old = DateTime.UtcNow.AddDays(-40);
        var id = await TransferTestData.NewCaseAsync(app, lastActivity: old);
        var (email, password) = await app.CreateUserAsync(AppRole.ProjectOffice, "owl", name: "Paula Projektbüro");
        var office = await app.SignInAsync(email, password);
        var ownerId = await app.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());

        var work = await office.SubmitFormAsync(CaseUrl(id), "#form-arbeit", new() { ["Work.OwnerId"] = ownerId, ["Work.NextStep"] = "Erstgespräch vereinbaren", ["Work.NextStepDue"] = "2026-12-01" });
        var note = await office.SubmitFormAsync(CaseUrl(id), "#form-notiz", new() { ["NoteText"] = "Kommune hat angerufen." });

        Assert.Equal(HttpStatusCode.Redirect, work.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, note.StatusCode);
        var transferCase = await TransferTestData.CaseAsync(app, id);
        Assert.Equal((ownerId, "Erstgespräch vereinbaren", new DateOnly(2026, 12, 1)), (transferCase.OwnerId, transferCase.NextStep, transferCase.NextStepDue));
        Assert.Equal("Kommune hat angerufen.", Assert.Single(transferCase.Notes).Text);
        Assert.True(transferCase.LastActivityAt > old.AddDays(39));

        var (strangerEmail, _) = await app.CreateUserAsync(AppRole.ProjectOffice, "aachen");
        var strangerId = await app.WithDbAsync(db => db.Users.Where(u => u.Email == strangerEmail).Select(u => u.Id).SingleAsync());
        var refused = await office.SubmitFormAsync(CaseUrl(id), "#form-arbeit", new() { ["Work.OwnerId"] = strangerId });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("gehört nicht zum Projektbüro", await refused.BodyAsync());
        var empty = await office.SubmitFormAsync(CaseUrl(id), "#form-notiz", new() { ["NoteText"] = "  " });
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
    }

    [Fact]
    public async Task Board_and_list_show_the_cases_by_stage_and_flag_inactive_ones()
    {
        var active = await TransferTestData.NewCaseAsync(app, ags: "05766020");
        var inactive = await TransferTestData.NewCaseAsync(app, ags: "05766024", stage: TransferStage.FirstMeeting, lastActivity: DateTime.UtcNow.AddDays(-30));
        var office = await app.SignedInAsync(AppRole.ProjectOffice, "owl");

        var board = await office.GetPageAsync("/verwaltung/transfer");
        Assert.NotNull(board.QuerySelector($"#stand-Request ~ ul a[href='/verwaltung/transfer/faelle/{active}']"));
        var inactiveCard = board.QuerySelector($"#stand-FirstMeeting ~ ul a[href='/verwaltung/transfer/faelle/{inactive}']")?.Closest("article");
        Assert.NotNull(inactiveCard);
        Assert.Contains("is-inactive", inactiveCard!.ClassName);
        Assert.Contains("ohne Aktivität", inactiveCard.TextContent);

        var list = await office.GetPageAsync("/verwaltung/transfer/faelle?inaktiv=true");
        var links = list.QuerySelectorAll("main table a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains($"/verwaltung/transfer/faelle/{inactive}", links);
        Assert.DoesNotContain($"/verwaltung/transfer/faelle/{active}", links);
    }

    public enum Who
    {
        OfficeOwl,
        OfficeAachen,
        Administrator,
        ReadOnlyAll,
        LeadLoRaWan,
    }

    private async Task<HttpClient> BrowserFor(Who who) => who switch
    {
        Who.OfficeOwl => await app.SignedInAsync(AppRole.ProjectOffice, "owl"),
        Who.OfficeAachen => await app.SignedInAsync(AppRole.ProjectOffice, "aachen"),
        Who.Administrator => await app.SignedInAsync(AppRole.Administrator),
        Who.ReadOnlyAll => await app.SignedInAsync(AppRole.ReadOnly),
        _ => await app.SignedInAsync(AppRole.ProjectLead, projectSlug: "lorawan-2-0"),
    };

    [Theory]
    [InlineData(Who.OfficeOwl, HttpStatusCode.OK, HttpStatusCode.Redirect)]
    [InlineData(Who.Administrator, HttpStatusCode.OK, HttpStatusCode.Redirect)]
    [InlineData(Who.OfficeAachen, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden)]
    [InlineData(Who.ReadOnlyAll, HttpStatusCode.OK, HttpStatusCode.Forbidden)]
    [InlineData(Who.LeadLoRaWan, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden)]
    public async Task Only_the_project_office_of_the_region_moves_cases(Who who, HttpStatusCode view, HttpStatusCode move)
    {
        var id = await TransferTestData.NewCaseAsync(app);
        var version = (await TransferTestData.CaseAsync(app, id)).Version;
        var browser = await BrowserFor(who);

        Assert.Equal(view, (await browser.GetAsync(CaseUrl(id))).StatusCode);
        var response = await browser.PostAsSessionAsync(CaseUrl(id) + "?handler=Move", new()
        {
            ["Move.To"] = Stage(TransferStage.FirstMeeting),
            ["Move.Version"] = version.ToString(CultureInfo.InvariantCulture),
        });

        Assert.Equal(move, response.StatusCode);
        Assert.Equal(move == HttpStatusCode.Redirect ? TransferStage.FirstMeeting : TransferStage.Request, (await TransferTestData.CaseAsync(app, id)).Stage);
    }

    [Fact]
    public async Task Readers_see_the_case_but_not_the_contact_details()
    {
        var id = await TransferTestData.NewCaseAsync(app);
        var email = (await TransferTestData.CaseAsync(app, id)).ContactEmail!;

        var reader = await (await BrowserFor(Who.ReadOnlyAll)).GetPageAsync(CaseUrl(id));
        var office = await (await BrowserFor(Who.OfficeOwl)).GetPageAsync(CaseUrl(id));

        Assert.DoesNotContain(email, reader.Text());
        Assert.Contains("Nur für das Projektbüro sichtbar.", reader.Text());
        Assert.Contains(email, office.Text());
    }

    [Fact]
    public async Task Without_sign_in_the_pipeline_is_closed()
    {
        var response = await app.Browser().GetAsync("/verwaltung/transfer");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/verwaltung/anmelden", response.Headers.Location?.OriginalString);
    }
}
