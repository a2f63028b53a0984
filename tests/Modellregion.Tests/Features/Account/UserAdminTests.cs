using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Modellregion.Tests.Infrastructure;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Account;
using Modellregion.Web.Features.Audit;

namespace Modellregion.Tests.Features.Account;

/// <summary>Administrators create accounts and give scoped roles; every change to access is audited.</summary>
public sealed class UserAdminTests(ModellregionApp app) : IClassFixture<ModellregionApp>
{
    [Fact]
    public async Task Administrator_creates_an_account_gives_it_the_project_office_role_and_the_person_can_work()
    {
        var admin = await app.SignedInAsync(AppRole.Administrator);
        var email = $"neu-{Guid.NewGuid():N}@test.example";

        var created = await admin.SubmitFormAsync("/verwaltung/benutzer", "form.form-grid", new() { ["Input.DisplayName"] = "Petra Projektbüro", ["Input.Email"] = email });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var rolesUrl = created.Headers.Location!.OriginalString;
        var rolesPage = await admin.GetPageAsync(rolesUrl);
        var password = rolesPage.QuerySelector(".kern-alert--success code")!.TextContent;

        var owl = await app.WithDbAsync(db => db.Regions.Where(r => r.Slug == "owl").Select(r => r.Id).SingleAsync());
        var assigned = await admin.SubmitAsync(rolesPage, rolesUrl, "form.form-grid", new() { ["Input.Role"] = "2", ["Input.RegionId"] = owl.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        Assert.Equal(HttpStatusCode.Redirect, assigned.StatusCode);
        Assert.Null((await admin.GetPageAsync(rolesUrl)).QuerySelector(".kern-alert--success code"));

        var person = await app.SignInAsync(email, password);
        var id = await app.ProjectIdAsync("lorawan-2-0");
        Assert.Equal(HttpStatusCode.OK, (await person.GetAsync($"/verwaltung/projekte/{id}/bearbeiten")).StatusCode);
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.EntityType == "RoleAssignment" && a.Kind == AuditKind.Access && a.After!.Contains("ProjectOffice"))));
    }

    [Fact]
    public async Task Project_office_role_without_region_and_duplicate_email_are_refused()
    {
        var admin = await app.SignedInAsync(AppRole.Administrator);
        var (email, _) = await app.CreateUserAsync(AppRole.ReadOnly);
        var userId = await app.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());

        var duplicate = await admin.SubmitFormAsync("/verwaltung/benutzer", "form.form-grid", new() { ["Input.DisplayName"] = "Doppelt", ["Input.Email"] = email });
        var noRegion = await admin.SubmitFormAsync($"/verwaltung/benutzer/{userId}", "form.form-grid", new() { ["Input.Role"] = "2" });

        Assert.Equal(HttpStatusCode.BadRequest, duplicate.StatusCode);
        Assert.Contains("bereits ein Konto", await duplicate.BodyAsync());
        Assert.Equal(HttpStatusCode.BadRequest, noRegion.StatusCode);
        Assert.Contains("Das Projektbüro gehört zu einer Region", await noRegion.BodyAsync());
    }

    [Fact]
    public async Task A_locked_account_cannot_sign_in_and_the_last_administrator_role_cannot_be_removed()
    {
        var admin = await app.SignedInAsync(AppRole.Administrator);
        var (email, password) = await app.CreateUserAsync(AppRole.ReadOnly);
        var userId = await app.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());

        var locked = await admin.SubmitFormAsync($"/verwaltung/benutzer/{userId}", "form:has(input[name=locked])", []);
        Assert.Equal(HttpStatusCode.Redirect, locked.StatusCode);
        var login = await app.Browser().SubmitFormAsync("/verwaltung/anmelden", "form", new() { ["Input.Email"] = email, ["Input.Password"] = password });
        Assert.Equal(HttpStatusCode.BadRequest, login.StatusCode);

        await using var scope = app.Services.CreateAsyncScope();
        var manage = scope.ServiceProvider.GetRequiredService<ManageUsers>();
        var db = scope.ServiceProvider.GetRequiredService<Modellregion.Web.Data.AppDbContext>();
        foreach (var extra in await db.RoleAssignments.Where(a => a.Role == AppRole.Administrator).Skip(1).ToListAsync())
        {
            db.RoleAssignments.Remove(extra);
        }

        await db.SaveChangesAsync();
        var last = await db.RoleAssignments.SingleAsync(a => a.Role == AppRole.Administrator);
        var outcome = await manage.RemoveAsync(last.UserId, last.Id, actingUserId: null);
        Assert.Contains("letzte Administrator-Rolle", Assert.IsType<Modellregion.Web.Platform.Outcome.Invalid>(outcome).Errors[""][0]);
    }
}
