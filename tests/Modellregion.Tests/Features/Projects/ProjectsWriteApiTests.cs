using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Modellregion.Tests.Infrastructure;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Account;
using Modellregion.Web.Features.Audit;

namespace Modellregion.Tests.Features.Projects;

/// <summary>
/// Personal access tokens and the write API: a project lead creates a token on the back-office page, sees its secret
/// once and keeps the milestones and results of his project current with it — only what he may do, only with the token.
/// </summary>
public sealed class ProjectsWriteApiTests(FundingApp app) : IClassFixture<FundingApp>
{
    private const string TokensPage = "/verwaltung/konto/zugangstoken";
    private const string Project = "theaterlytics";

    [Fact]
    public async Task The_secret_is_shown_once_and_only_its_hash_is_stored()
    {
        var (browser, _, _) = await LeadAsync();

        var created = await browser.SubmitFormAsync(TokensPage, "form.form-grid", new() { ["Input.Name"] = "Projektwiki", ["Input.ValidForDays"] = "30" });
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        var page = await Html.ParseAsync(created);
        var secret = page.QuerySelector("input[data-token-secret]")?.GetAttribute("value");
        Assert.NotNull(secret);
        Assert.StartsWith("mr_pat_", secret);
        Assert.Contains("nicht noch einmal angezeigt", page.Text());

        var reload = await browser.GetPageAsync(TokensPage);
        Assert.Null(reload.QuerySelector("input[data-token-secret]"));
        Assert.DoesNotContain(secret, reload.DocumentElement.OuterHtml);
        Assert.Contains("Projektwiki", reload.Text());
        Assert.Contains(secret[..15], reload.Text());

        var stored = await app.WithDbAsync(db => db.PersonalAccessTokens.AsNoTracking().SingleAsync(t => t.Prefix == secret.Substring(0, 15)));
        Assert.Equal(TokenSecrets.Hash(secret), stored.TokenHash);
        Assert.Equal(30, (stored.ExpiresAt - stored.CreatedAt).TotalDays, 3);
        var audit = await app.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.EntityType == "PersonalAccessToken" && a.EntityId == stored.Id.ToString()).ToListAsync());
        Assert.NotEmpty(audit);
        Assert.All(audit, a => Assert.DoesNotContain(secret, (a.Before ?? "") + (a.After ?? "")));
        Assert.All(audit, a => Assert.DoesNotContain("TokenHash", (a.Before ?? "") + (a.After ?? "")));
    }

    [Fact]
    public async Task Invalid_token_input_is_refused_and_nothing_is_stored()
    {
        var (browser, email, _) = await LeadAsync();
        var userId = await UserIdAsync(email);

        var tooLong = await browser.SubmitFormAsync(TokensPage, "form.form-grid", new() { ["Input.Name"] = "Wiki", ["Input.ValidForDays"] = "366" });
        var empty = await browser.SubmitFormAsync(TokensPage, "form.form-grid", new() { ["Input.Name"] = "", ["Input.ValidForDays"] = "90" });

        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Equal(0, await app.WithDbAsync(db => db.PersonalAccessTokens.CountAsync(t => t.UserId == userId)));
    }

    [Fact]
    public async Task A_lead_updates_a_milestone_of_his_project_with_the_token_and_the_audit_names_him()
    {
        var (browser, email, name) = await LeadAsync();
        var secret = await CreateTokenAsync(browser);
        var api = Api(secret);
        var projectId = await app.ProjectIdAsync(Project);

        var added = await api.PostAsJsonAsync($"/api/v1/projects/{Project}/milestones", new { title = "Pilot über die API", dueOn = "2030-03-01" });
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        var milestone = await added.Content.ReadFromJsonAsync<JsonElement>();
        var id = milestone.GetProperty("id").GetInt32();
        Assert.Equal($"/api/v1/projects/{Project}/milestones/{id}", added.Headers.Location?.OriginalString);

        var updated = await api.PutAsJsonAsync($"/api/v1/projects/{Project}/milestones/{id}", new
        {
            title = "Pilot über die API",
            dueOn = "2030-03-01",
            isCompleted = true,
            completedOn = "2030-01-05",
            version = milestone.GetProperty("version").GetInt32(),
        });

        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        var body = await updated.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(body.GetProperty("isCompleted").GetBoolean());
        Assert.Equal("2030-01-05", body.GetProperty("completedOn").GetString());
        var stored = await app.WithDbAsync(db => db.Milestones.AsNoTracking().SingleAsync(m => m.Id == id));
        Assert.True(stored.IsCompleted);
        Assert.Equal(projectId, stored.ProjectId);

        var userId = await UserIdAsync(email);
        var audit = await app.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.EntityType == "Milestone" && a.EntityId == id.ToString()).ToListAsync());
        Assert.Equal(2, audit.Count);
        Assert.All(audit, a => Assert.Equal(userId, a.ActorId));
        Assert.All(audit, a => Assert.Equal(name, a.ActorName));
        Assert.Contains(audit, a => a.Action == AuditAction.Updated);

        var used = await app.WithDbAsync(db => db.PersonalAccessTokens.AsNoTracking().SingleAsync(t => t.UserId == userId));
        Assert.NotNull(used.LastUsedAt);

        var deleted = await api.DeleteAsync($"/api/v1/projects/{Project}/milestones/{id}");
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.False(await app.WithDbAsync(db => db.Milestones.AnyAsync(m => m.Id == id)));
    }

    [Fact]
    public async Task Results_are_added_changed_and_deleted_with_the_token()
    {
        var (browser, _, _) = await LeadAsync();
        var api = Api(await CreateTokenAsync(browser));

        var added = await api.PostAsJsonAsync($"/api/v1/projects/{Project}/results", new { title = "Quellcode", url = "https://example.org/code", kind = "Software" });
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        var result = await added.Content.ReadFromJsonAsync<JsonElement>();
        var id = result.GetProperty("id").GetInt32();

        var updated = await api.PutAsJsonAsync($"/api/v1/projects/{Project}/results/{id}", new { title = "Quellcode (EUPL)", url = "https://example.org/code", kind = "Software", version = result.GetProperty("version").GetInt32() });
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        Assert.Equal("Quellcode (EUPL)", await app.WithDbAsync(db => db.ProjectResults.Where(r => r.Id == id).Select(r => r.Title).SingleAsync()));

        var stale = await api.PutAsJsonAsync($"/api/v1/projects/{Project}/results/{id}", new { title = "Alt", kind = "Software", version = result.GetProperty("version").GetInt32() });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await api.DeleteAsync($"/api/v1/projects/{Project}/results/{id}")).StatusCode);
        Assert.False(await app.WithDbAsync(db => db.ProjectResults.AnyAsync(r => r.Id == id)));
    }

    [Fact]
    public async Task The_status_note_is_reported_and_a_stale_version_is_refused()
    {
        var (browser, _, _) = await LeadAsync();
        var api = Api(await CreateTokenAsync(browser));
        var version = await app.WithDbAsync(db => db.Projects.Where(p => p.Slug == Project).Select(p => p.Version).SingleAsync());

        var reported = await api.PutAsJsonAsync($"/api/v1/projects/{Project}/status", new { statusNote = "Pilot läuft in zwei Häusern", version });
        Assert.Equal(HttpStatusCode.OK, reported.StatusCode);
        var body = await reported.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Pilot läuft in zwei Häusern", body.GetProperty("statusNote").GetString());
        Assert.Equal("Pilot läuft in zwei Häusern", await app.WithDbAsync(db => db.Projects.Where(p => p.Slug == Project).Select(p => p.StatusNote).SingleAsync()));

        var stale = await api.PutAsJsonAsync($"/api/v1/projects/{Project}/status", new { statusNote = "Veraltet", version });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var unknown = await api.PutAsJsonAsync($"/api/v1/projects/{Project}/status", new { status = "fliegend", version = body.GetProperty("version").GetInt32() });
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Equal("Pilot läuft in zwei Häusern", await app.WithDbAsync(db => db.Projects.Where(p => p.Slug == Project).Select(p => p.StatusNote).SingleAsync()));
    }

    [Fact]
    public async Task The_lead_of_one_project_cannot_edit_another()
    {
        var (browser, _, _) = await LeadAsync();
        var api = Api(await CreateTokenAsync(browser));
        var other = await app.WithDbAsync(db => db.Projects.Where(p => p.Slug != Project).OrderBy(p => p.Id).Select(p => new { p.Id, p.Slug }).FirstAsync());
        var before = await app.WithDbAsync(db => db.Milestones.CountAsync(m => m.ProjectId == other.Id));

        var response = await api.PostAsJsonAsync($"/api/v1/projects/{other.Slug}/milestones", new { title = "Fremder Meilenstein" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(before, await app.WithDbAsync(db => db.Milestones.CountAsync(m => m.ProjectId == other.Id)));
        Assert.Equal(HttpStatusCode.NotFound, (await api.PostAsJsonAsync("/api/v1/projects/gibt-es-nicht/milestones", new { title = "Nirgends" })).StatusCode);
    }

    [Fact]
    public async Task Revoked_expired_unknown_and_missing_tokens_get_401()
    {
        var (browser, email, _) = await LeadAsync();
        var revoked = await CreateTokenAsync(browser, "Wird widerrufen");
        var expiring = await CreateTokenAsync(browser, "Läuft ab", days: 1);
        var userId = await UserIdAsync(email);
        var revokedId = await app.WithDbAsync(db => db.PersonalAccessTokens.Where(t => t.UserId == userId && t.Name == "Wird widerrufen").Select(t => t.Id).SingleAsync());

        Assert.Equal(HttpStatusCode.Created, (await AddMilestoneAsync(Api(revoked))).StatusCode);
        var page = await browser.GetPageAsync(TokensPage);
        var revoke = await browser.SubmitAsync(page, TokensPage, $"form:has(input[name=tokenId][value='{revokedId}'])", []);
        Assert.Equal(HttpStatusCode.Redirect, revoke.StatusCode);
        Assert.Contains("Widerrufen am", (await browser.GetPageAsync(TokensPage)).Text());

        await AssertUnauthorizedAsync(await AddMilestoneAsync(Api(revoked)), withToken: true);
        await AssertUnauthorizedAsync(await AddMilestoneAsync(Api("mr_pat_" + new string('A', 43))), withToken: true);
        await AssertUnauthorizedAsync(await AddMilestoneAsync(app.CreateClient()), withToken: false);

        Assert.Equal(HttpStatusCode.Created, (await AddMilestoneAsync(Api(expiring))).StatusCode);
        var start = app.Clock.GetUtcNow();
        try
        {
            app.Clock.Set(app.Clock.Today.AddDays(2));
            await AssertUnauthorizedAsync(await AddMilestoneAsync(Api(expiring)), withToken: true);
            Assert.Contains("Abgelaufen", (await browser.GetPageAsync(TokensPage)).Text());
        }
        finally
        {
            app.Clock.Set(DateOnly.FromDateTime(start.UtcDateTime.AddHours(1)), start.UtcDateTime.AddHours(1).Hour);
        }
    }

    [Fact]
    public async Task Another_person_cannot_revoke_my_token()
    {
        var (browser, email, _) = await LeadAsync();
        await CreateTokenAsync(browser);
        var userId = await UserIdAsync(email);
        var tokenId = await app.WithDbAsync(db => db.PersonalAccessTokens.Where(t => t.UserId == userId).Select(t => t.Id).SingleAsync());

        var stranger = await app.SignedInAsync(AppRole.ProjectOffice, "owl");
        var response = await stranger.PostAsSessionAsync($"{TokensPage}?handler=Revoke", new() { ["tokenId"] = tokenId.ToString() }, TokensPage);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Null(await app.WithDbAsync(db => db.PersonalAccessTokens.Where(t => t.Id == tokenId).Select(t => t.RevokedAt).SingleAsync()));
    }

    [Fact]
    public async Task A_locked_account_s_token_is_refused()
    {
        var (browser, email, _) = await LeadAsync();
        var api = Api(await CreateTokenAsync(browser));
        Assert.Equal(HttpStatusCode.Created, (await AddMilestoneAsync(api)).StatusCode);

        await app.WithDbAsync(async db =>
        {
            var user = await db.Users.SingleAsync(u => u.Email == email);
            user.LockoutEnabled = true;
            user.LockoutEnd = DateTimeOffset.UtcNow.AddYears(100);
            await db.SaveChangesAsync();
        });

        await AssertUnauthorizedAsync(await AddMilestoneAsync(api), withToken: true);
    }

    [Fact]
    public async Task A_signed_in_browser_without_token_cannot_write()
    {
        var (browser, _, _) = await LeadAsync();
        var projectId = await app.ProjectIdAsync(Project);
        var before = await app.WithDbAsync(db => db.Milestones.CountAsync(m => m.ProjectId == projectId));

        var response = await browser.PostAsJsonAsync($"/api/v1/projects/{Project}/milestones", new { title = "Über das Cookie" });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(before, await app.WithDbAsync(db => db.Milestones.CountAsync(m => m.ProjectId == projectId)));
    }

    [Fact]
    public async Task A_stale_milestone_version_gets_409_and_keeps_the_newer_change()
    {
        var (browser, _, _) = await LeadAsync();
        var api = Api(await CreateTokenAsync(browser));
        var added = await (await AddMilestoneAsync(api)).Content.ReadFromJsonAsync<JsonElement>();
        var id = added.GetProperty("id").GetInt32();
        var version = added.GetProperty("version").GetInt32();

        var first = await api.PutAsJsonAsync($"/api/v1/projects/{Project}/milestones/{id}", new { title = "Erste Änderung", version });
        var second = await api.PutAsJsonAsync($"/api/v1/projects/{Project}/milestones/{id}", new { title = "Zweite Änderung", version });

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Contains("inzwischen", (await second.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        Assert.Equal("Erste Änderung", await app.WithDbAsync(db => db.Milestones.Where(m => m.Id == id).Select(m => m.Title).SingleAsync()));
    }

    public static TheoryData<string, string> BadMilestones => new()
    {
        { """{"title":""}""", "title" },
        { "{\"title\":\"" + new string('x', 10_240) + "\"}", "title" },
        { """{"title":"Start 🚀"}""", "title" },
        { """{"title":"Schrift 𝔉𝔯𝔞𝔨𝔱𝔲𝔯 ok?","description":"Pilot 🎭"}""", "description" },
        { """{"title":"Ganz früh","dueOn":"0001-01-01"}""", "dueOn" },
        { """{"title":"Kaputt",""", "" },
        { """{"title":"Falsches Datum","dueOn":"2030-13-45"}""", "" },
    };

    [Theory]
    [MemberData(nameof(BadMilestones))]
    public async Task Bad_input_gets_400_with_a_German_message_and_nothing_is_stored(string json, string field)
    {
        var (browser, _, _) = await LeadAsync();
        var api = Api(await CreateTokenAsync(browser));
        var projectId = await app.ProjectIdAsync(Project);
        var before = await app.WithDbAsync(db => db.Milestones.CountAsync(m => m.ProjectId == projectId));

        var response = await api.PostAsync($"/api/v1/projects/{Project}/milestones", new StringContent(json, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("detail").GetString()));
        if (field.Length > 0)
        {
            var errors = problem.GetProperty("errors");
            Assert.True(errors.EnumerateObject().Any(e => string.Equals(e.Name, field, StringComparison.OrdinalIgnoreCase)), errors.ToString());
        }

        Assert.Equal(before, await app.WithDbAsync(db => db.Milestones.CountAsync(m => m.ProjectId == projectId)));
    }

    private static async Task<HttpResponseMessage> AddMilestoneAsync(HttpClient api) =>
        await api.PostAsJsonAsync($"/api/v1/projects/{Project}/milestones", new { title = "Meilenstein " + Guid.NewGuid().ToString("N")[..6] });

    private static async Task AssertUnauthorizedAsync(HttpResponseMessage response, bool withToken)
    {
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var challenge = Assert.Single(response.Headers.WwwAuthenticate);
        Assert.Equal("Bearer", challenge.Scheme);
        Assert.Equal(withToken, challenge.Parameter?.Contains("invalid_token") == true);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("Zugangstoken", problem.GetProperty("detail").GetString());
    }

    private HttpClient Api(string secret)
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        return client;
    }

    private async Task<(HttpClient Browser, string Email, string Name)> LeadAsync()
    {
        var name = "Leitung " + Guid.NewGuid().ToString("N")[..6];
        var (email, password) = await app.CreateUserAsync(AppRole.ProjectLead, projectSlug: Project, name: name);
        return (await app.SignInAsync(email, password), email, name);
    }

    private static async Task<string> CreateTokenAsync(HttpClient browser, string name = "Skript", int days = 90)
    {
        var response = await browser.SubmitFormAsync(TokensPage, "form.form-grid", new() { ["Input.Name"] = name, ["Input.ValidForDays"] = days.ToString() });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await Html.ParseAsync(response)).QuerySelector("input[data-token-secret]")?.GetAttribute("value")
            ?? throw new InvalidOperationException("Kein Token angezeigt.");
    }

    private async Task<string> UserIdAsync(string email) =>
        await app.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());
}
