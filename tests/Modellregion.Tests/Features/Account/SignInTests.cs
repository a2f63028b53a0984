using System.Net;
using Modellregion.Tests.Infrastructure;
using Modellregion.Web.Features.Account;

namespace Modellregion.Tests.Features.Account;

/// <summary>The back office needs a login; wrong credentials get a German message and a 400.</summary>
public sealed class SignInTests(ModellregionApp app) : IClassFixture<ModellregionApp>
{
    [Theory]
    [InlineData("/verwaltung")]
    [InlineData("/verwaltung/projekte")]
    [InlineData("/verwaltung/benutzer")]
    [InlineData("/verwaltung/protokoll")]
    public async Task Anonymous_visitor_is_sent_to_the_login_page(string url)
    {
        var response = await app.Browser().GetAsync(url);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("http://localhost/verwaltung/anmelden?ReturnUrl=", response.Headers.Location!.ToString());
    }

    [Fact]
    public async Task Wrong_password_is_refused_with_a_German_message()
    {
        var (email, _) = await app.CreateUserAsync(AppRole.ReadOnly);

        var response = await app.Browser().SubmitFormAsync("/verwaltung/anmelden", "form", new() { ["Input.Email"] = email, ["Input.Password"] = "falsch-falsch" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("E-Mail-Adresse oder Passwort sind falsch.", await response.BodyAsync());
    }

    [Fact]
    public async Task Empty_login_form_names_the_missing_fields()
    {
        var response = await app.Browser().SubmitFormAsync("/verwaltung/anmelden", "form", new() { ["Input.Email"] = "", ["Input.Password"] = "" });
        var page = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Bitte geben Sie Ihre E-Mail-Adresse an.", page.Text("#fehler"));
        Assert.Contains("Bitte geben Sie Ihr Passwort an.", page.Text("#fehler"));
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account()
    {
        var (email, password) = await app.CreateUserAsync(AppRole.ReadOnly);
        for (var i = 0; i < 5; i++)
        {
            await app.Browser().SubmitFormAsync("/verwaltung/anmelden", "form", new() { ["Input.Email"] = email, ["Input.Password"] = "falsch-" + i });
        }

        var response = await app.Browser().SubmitFormAsync("/verwaltung/anmelden", "form", new() { ["Input.Email"] = email, ["Input.Password"] = password });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("gesperrt", await response.BodyAsync());
    }

    [Fact]
    public async Task Signed_in_person_returns_to_the_requested_page_and_can_sign_out()
    {
        var (email, password) = await app.CreateUserAsync(AppRole.ReadOnly);
        var browser = app.Browser();

        var response = await browser.SubmitFormAsync("/verwaltung/anmelden?ReturnUrl=%2Fverwaltung%2Fprojekte", "form", new() { ["Input.Email"] = email, ["Input.Password"] = password });
        Assert.Equal("/verwaltung/projekte", response.Headers.Location?.OriginalString);

        var dashboard = await browser.GetPageAsync("/verwaltung");
        Assert.Contains("Lesezugriff", dashboard.Text());

        var logout = await browser.SubmitAsync(dashboard, "/verwaltung", "form[action='/verwaltung/abmelden']", []);
        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("/verwaltung")).StatusCode);
    }

    [Fact]
    public async Task Login_does_not_redirect_to_another_site()
    {
        var (email, password) = await app.CreateUserAsync(AppRole.ReadOnly);

        var response = await app.Browser().SubmitFormAsync("/verwaltung/anmelden?ReturnUrl=https%3A%2F%2Fevil.example%2F", "form", new() { ["Input.Email"] = email, ["Input.Password"] = password });

        Assert.Equal("/verwaltung", response.Headers.Location?.OriginalString);
    }
}
