using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Modellregion.Tests.Infrastructure;
using Modellregion.Web.Features.Account;

namespace Modellregion.Tests.Features.Account;

/// <summary>
/// The second factor with an authenticator app (TOTP) for any person of the back office: set up with the key as text,
/// as otpauth:// address and as QR code from the app itself, confirmed by a code; sign-in then asks for the code
/// after the password, or a recovery code; wrong codes lock like wrong passwords. Here the second factor is not
/// required (the test host's default).
/// </summary>
public sealed partial class SecondFactorTests(ModellregionApp app) : IClassFixture<ModellregionApp>
{
    private const string SetupUrl = "/verwaltung/konto/zwei-faktor";

    [Fact]
    public async Task Person_sets_up_the_authenticator_and_then_signs_in_with_password_and_code()
    {
        var (email, password) = await app.CreateUserAsync(AppRole.ReadOnly);
        var browser = await app.SignInAsync(email, password);

        var page = await browser.GetPageAsync(SetupUrl);
        var shownKey = page.QuerySelector("[data-shared-key]")!.TextContent;
        var key = Authenticator.KeyOf(page);
        Assert.Matches(GroupsOfFour(), shownKey);
        Assert.Equal($"otpauth://totp/Modellregion:{Uri.EscapeDataString(email)}?secret={key}&issuer=Modellregion&digits=6", page.QuerySelector("[data-authenticator-uri]")!.TextContent);
        Assert.NotNull(page.QuerySelector("figure.qr-code svg path"));
        Assert.Empty(page.QuerySelectorAll("main img, main svg image"));
        Assert.StartsWith("Zwei-Faktor-Anmeldung", page.Title);

        var wrong = await browser.SubmitAsync(page, SetupUrl, "form.form-grid", new() { ["Input.Code"] = Authenticator.WrongCode(key) });
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Contains("Der Code stimmt nicht.", (await Html.ParseAsync(wrong)).Text("#fehler"));
        Assert.Equal(key, Authenticator.KeyOf(await browser.GetPageAsync(SetupUrl)));

        var confirmed = await browser.SubmitAsync(page, SetupUrl, "form.form-grid", new() { ["Input.Code"] = Authenticator.Code(key) });
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        Assert.True(confirmed.Headers.CacheControl?.NoStore);
        var codes = (await Html.ParseAsync(confirmed)).QuerySelectorAll("[data-recovery-codes] code").Select(c => c.TextContent).ToList();
        Assert.Equal(10, codes.Distinct().Count());

        var again = await browser.GetPageAsync(SetupUrl);
        Assert.Null(again.QuerySelector("[data-recovery-codes]"));
        Assert.Null(again.QuerySelector("[data-shared-key]"));
        Assert.Contains("Unbenutzte Wiederherstellungscodes: 10", again.Text());
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/verwaltung")).StatusCode);

        var (next, location) = await Authenticator.PasswordStepAsync(app, email, password, returnUrl: "/verwaltung/projekte");
        Assert.Equal("/verwaltung/anmelden/code?ReturnUrl=%2Fverwaltung%2Fprojekte", location);
        Assert.Equal(HttpStatusCode.Redirect, (await next.GetAsync("/verwaltung")).StatusCode);
        var signedIn = await next.SubmitFormAsync(location, "#code-form", new() { ["Code"] = Authenticator.Code(key) });
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal("/verwaltung/projekte", signedIn.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await next.GetAsync("/verwaltung/projekte")).StatusCode);
    }

    [Fact]
    public async Task A_wrong_code_is_refused_in_German_and_the_person_stays_signed_out()
    {
        var (email, password) = await app.CreateUserAsync(AppRole.ReadOnly);
        var (key, _) = await Authenticator.SetUpAsync(await app.SignInAsync(email, password));

        var (browser, location) = await Authenticator.PasswordStepAsync(app, email, password);
        var wrong = await browser.SubmitFormAsync(location, "#code-form", new() { ["Code"] = Authenticator.WrongCode(key) });
        var empty = await browser.SubmitFormAsync(location, "#code-form", new() { ["Code"] = "" });
        var letters = await browser.SubmitFormAsync(location, "#code-form", new() { ["Code"] = "abcdef" });

        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Contains("Der Code ist falsch oder abgelaufen.", (await Html.ParseAsync(wrong)).Text("#fehler"));
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Contains("Bitte geben Sie den Code aus der App an.", (await Html.ParseAsync(empty)).Text("#fehler"));
        Assert.Equal(HttpStatusCode.BadRequest, letters.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("/verwaltung")).StatusCode);
    }

    [Fact]
    public async Task A_recovery_code_signs_in_once()
    {
        var (email, password) = await app.CreateUserAsync(AppRole.ProjectLead, projectSlug: "lorawan-2-0");
        var (_, codes) = await Authenticator.SetUpAsync(await app.SignInAsync(email, password));

        var (first, location) = await Authenticator.PasswordStepAsync(app, email, password);
        var used = await first.SubmitFormAsync(location, "#recovery-form", new() { ["RecoveryCode"] = codes[3] });
        Assert.Equal(HttpStatusCode.Redirect, used.StatusCode);
        Assert.Equal("/verwaltung", used.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await first.GetAsync("/verwaltung")).StatusCode);
        Assert.Contains("Unbenutzte Wiederherstellungscodes: 9", (await first.GetPageAsync(SetupUrl)).Text());

        var (second, _) = await Authenticator.PasswordStepAsync(app, email, password);
        var again = await second.SubmitFormAsync(location, "#recovery-form", new() { ["RecoveryCode"] = codes[3] });
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Contains("Der Wiederherstellungscode ist falsch oder schon benutzt.", (await Html.ParseAsync(again)).Text("#fehler"));
        Assert.Equal(HttpStatusCode.Redirect, (await second.GetAsync("/verwaltung")).StatusCode);
    }

    [Fact]
    public async Task Five_wrong_codes_lock_the_account_like_wrong_passwords()
    {
        var (email, password) = await app.CreateUserAsync(AppRole.ReadOnly);
        var (key, _) = await Authenticator.SetUpAsync(await app.SignInAsync(email, password));

        var (browser, location) = await Authenticator.PasswordStepAsync(app, email, password);
        var page = await browser.GetPageAsync(location);
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.BadRequest, (await browser.SubmitAsync(page, location, "#code-form", new() { ["Code"] = Authenticator.WrongCode(key) })).StatusCode);
        }

        var right = await browser.SubmitAsync(page, location, "#code-form", new() { ["Code"] = Authenticator.Code(key) });
        Assert.Equal(HttpStatusCode.BadRequest, right.StatusCode);
        Assert.Contains("gesperrt", await right.BodyAsync());
        var login = await app.Browser().SubmitFormAsync("/verwaltung/anmelden", "form", new() { ["Input.Email"] = email, ["Input.Password"] = password });
        Assert.Equal(HttpStatusCode.BadRequest, login.StatusCode);
        Assert.Contains("gesperrt", await login.BodyAsync());
    }

    [Fact]
    public async Task New_recovery_codes_replace_the_old_ones_and_switching_off_leaves_the_password_alone()
    {
        var (email, password) = await app.CreateUserAsync(AppRole.ReadOnly);
        var browser = await app.SignInAsync(email, password);
        var (_, old) = await Authenticator.SetUpAsync(browser);

        var renewed = await browser.SubmitFormAsync(SetupUrl, "form[action$='handler=RecoveryCodes']", []);
        Assert.Equal(HttpStatusCode.OK, renewed.StatusCode);
        var codes = (await Html.ParseAsync(renewed)).QuerySelectorAll("[data-recovery-codes] code").Select(c => c.TextContent).ToList();
        Assert.Equal(10, codes.Count);
        Assert.Empty(codes.Intersect(old));
        var (other, location) = await Authenticator.PasswordStepAsync(app, email, password);
        Assert.Equal(HttpStatusCode.BadRequest, (await other.SubmitFormAsync(location, "#recovery-form", new() { ["RecoveryCode"] = old[0] })).StatusCode);

        var off = await browser.SubmitFormAsync(SetupUrl, "form[action$='handler=Disable']", []);
        Assert.Equal(HttpStatusCode.Redirect, off.StatusCode);
        Assert.Contains("ausgeschaltet", (await browser.GetPageAsync(SetupUrl)).Text());
        var (_, next) = await Authenticator.PasswordStepAsync(app, email, password);
        Assert.Equal("/verwaltung", next);
    }

    [Fact]
    public async Task The_code_page_without_a_password_step_leads_back_to_the_sign_in()
    {
        var response = await app.Browser().GetAsync("/verwaltung/anmelden/code?ReturnUrl=%2Fverwaltung%2Fprojekte");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/verwaltung/anmelden?ReturnUrl=%2Fverwaltung%2Fprojekte", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task The_set_up_page_needs_a_sign_in_and_a_role()
    {
        var anonymous = await app.Browser().GetAsync(SetupUrl);
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.StartsWith("http://localhost/verwaltung/anmelden", anonymous.Headers.Location!.ToString());

        var email = $"ohne-rolle-{Guid.NewGuid():N}@test.example";
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var manage = scope.ServiceProvider.GetRequiredService<ManageUsers>();
            await manage.CreateAsync(new NewUserInput { Email = email, DisplayName = "Ohne Rolle" }, "Test-Passwort-2026");
        }

        var withoutRole = await app.SignInAsync(email, "Test-Passwort-2026");
        Assert.Equal(HttpStatusCode.Forbidden, (await withoutRole.GetAsync(SetupUrl)).StatusCode);
    }

    [GeneratedRegex("^([a-z2-7]{4} )*[a-z2-7]{1,4}$")]
    private static partial Regex GroupsOfFour();
}
