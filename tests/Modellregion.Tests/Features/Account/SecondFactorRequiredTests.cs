using System.Net;
using Microsoft.EntityFrameworkCore;
using Modellregion.Tests.Infrastructure;
using Modellregion.Web.Features.Account;

namespace Modellregion.Tests.Features.Account;

/// <summary>
/// With the second factor required (<c>Account:RequireTwoFactor</c>, on in production) administrators and project
/// offices without one are sent to its set-up page from every back-office page until it is set up; other roles are
/// not. The security stamp is checked on every request here, so a change of roles ends the person's session at once.
/// </summary>
public sealed class SecondFactorRequiredTests(SecondFactorRequiredApp app) : IClassFixture<SecondFactorRequiredApp>
{
    private const string SetupUrl = "/verwaltung/konto/zwei-faktor";

    [Theory]
    [InlineData("/verwaltung")]
    [InlineData("/verwaltung/benutzer")]
    [InlineData("/verwaltung/projekte")]
    [InlineData("/verwaltung/konto/zugangstoken")]
    [InlineData("/digitalboard/mitglieder")]
    public async Task Administrator_without_second_factor_is_sent_to_its_set_up_page(string url)
    {
        var (email, password) = await app.CreateUserAsync(AppRole.Administrator);
        var (browser, location) = await Authenticator.PasswordStepAsync(app, email, password);
        Assert.Equal("/verwaltung", location);

        var response = await browser.GetAsync(url);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(SetupUrl, response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task After_the_set_up_the_back_office_opens_and_the_second_factor_cannot_be_switched_off()
    {
        var (email, password) = await app.CreateUserAsync(AppRole.Administrator);
        var browser = await app.SignInAsync(email, password);
        var page = await browser.GetPageAsync(SetupUrl);
        Assert.Contains("Bitte richten Sie zuerst die Zwei-Faktor-Anmeldung ein", page.Text());
        Assert.Equal(HttpStatusCode.Redirect, (await browser.SubmitAsync(page, SetupUrl, "form[action='/verwaltung/abmelden']", [])).StatusCode);
        browser = await app.SignInAsync(email, password);

        var (key, _) = await Authenticator.SetUpAsync(browser);

        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/verwaltung/benutzer")).StatusCode);
        var done = await browser.GetPageAsync(SetupUrl);
        Assert.Null(done.QuerySelector("form[action$='handler=Disable']"));
        var off = await browser.PostAsSessionAsync(SetupUrl + "?handler=Disable", [], tokenPage: SetupUrl);
        Assert.Equal(HttpStatusCode.BadRequest, off.StatusCode);
        Assert.Contains("vorgeschrieben", (await Html.ParseAsync(off)).Text("#fehler"));

        // New recovery codes keep the session (checked on every request here).
        Assert.Equal(HttpStatusCode.OK, (await browser.SubmitFormAsync(SetupUrl, "form[action$='handler=RecoveryCodes']", [])).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/verwaltung/benutzer")).StatusCode);

        var (next, location) = await Authenticator.PasswordStepAsync(app, email, password);
        Assert.StartsWith("/verwaltung/anmelden/code", location);
        Assert.Equal(HttpStatusCode.Redirect, (await next.SubmitFormAsync(location, "#code-form", new() { ["Code"] = Authenticator.Code(key) })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await next.GetAsync("/verwaltung/benutzer")).StatusCode);
    }

    [Fact]
    public async Task Project_offices_must_set_it_up_project_leads_need_not()
    {
        var office = await app.SignedInAsync(AppRole.ProjectOffice, "owl");
        var lead = await app.SignedInAsync(AppRole.ProjectLead, projectSlug: "lorawan-2-0");

        Assert.Equal(SetupUrl, (await office.GetAsync("/verwaltung/projekte")).Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await lead.GetAsync("/verwaltung")).StatusCode);
        Assert.DoesNotContain("zuerst", (await lead.GetPageAsync(SetupUrl)).Text());
    }

    [Fact]
    public async Task Taking_a_role_ends_the_persons_session_at_the_next_request()
    {
        var admin = await AdministratorAsync();
        var (email, password) = await app.CreateUserAsync(AppRole.ReadOnly, "owl");
        var person = await app.SignInAsync(email, password);
        Assert.Equal(HttpStatusCode.OK, (await person.GetAsync("/verwaltung/projekte")).StatusCode);
        var userId = await app.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());
        var stamp = await app.WithDbAsync(db => db.Users.Where(u => u.Id == userId).Select(u => u.SecurityStamp).SingleAsync());

        var removed = await admin.SubmitFormAsync($"/verwaltung/benutzer/{userId}", "form:has(input[name=assignmentId])", []);
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);

        var next = await person.GetAsync("/verwaltung/projekte");
        Assert.Equal(HttpStatusCode.Redirect, next.StatusCode);
        Assert.StartsWith("http://localhost/verwaltung/anmelden", next.Headers.Location!.ToString());
        Assert.NotEqual(stamp, await app.WithDbAsync(db => db.Users.Where(u => u.Id == userId).Select(u => u.SecurityStamp).SingleAsync()));
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.SignInAsync(email, password)).GetAsync("/verwaltung/projekte")).StatusCode);
    }

    [Fact]
    public async Task Becoming_administrator_ends_the_session_and_asks_for_the_second_factor()
    {
        var admin = await AdministratorAsync();
        var (email, password) = await app.CreateUserAsync(AppRole.ReadOnly);
        var person = await app.SignInAsync(email, password);
        Assert.Equal(HttpStatusCode.OK, (await person.GetAsync("/verwaltung")).StatusCode);
        var userId = await app.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());

        var assigned = await admin.SubmitFormAsync($"/verwaltung/benutzer/{userId}", "form.form-grid", new() { ["Input.Role"] = ((int)AppRole.Administrator).ToString(System.Globalization.CultureInfo.InvariantCulture) });
        Assert.Equal(HttpStatusCode.Redirect, assigned.StatusCode);

        Assert.StartsWith("http://localhost/verwaltung/anmelden", (await person.GetAsync("/verwaltung")).Headers.Location!.ToString());
        var again = await app.SignInAsync(email, password);
        Assert.Equal(SetupUrl, (await again.GetAsync("/verwaltung")).Headers.Location?.OriginalString);
    }

    private async Task<HttpClient> AdministratorAsync()
    {
        var (email, password) = await app.CreateUserAsync(AppRole.Administrator);
        var browser = await app.SignInAsync(email, password);
        await Authenticator.SetUpAsync(browser);
        return browser;
    }
}
