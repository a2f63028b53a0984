using System.Net;
using Microsoft.EntityFrameworkCore;
using Modellregion.Tests.Infrastructure;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Events;

namespace Modellregion.Tests.Features.Events;

/// <summary>
/// People change their registration through the personal link: name, organisation, accessibility needs and
/// consents, never the address. A tampered link finds nothing, a stale form is refused, and the audit records which
/// fields changed, not their values.
/// </summary>
public sealed class ChangeRegistrationTests(EventsApp app) : IClassFixture<EventsApp>
{
    private const string Form = "form[action*='handler=Change']";

    private async Task<(string Slug, string Email, string Manage, string Url)> JoinAsync()
    {
        var (_, slug, _) = await app.EventAsync(onSite: 5);
        var email = $"aendern-{Guid.NewGuid():N}@example.org";
        var (manage, status) = await app.JoinAsync(slug, email);
        Assert.Equal(RegistrationStatus.Confirmed, status);
        return (slug, email, manage, $"/veranstaltungen/{slug}/anmeldung/{manage}");
    }

    private Task<Registration> RegistrationAsync(string email) =>
        app.WithDbAsync(db => db.EventRegistrations.AsNoTracking().SingleAsync(r => r.Email == email));

    [Fact]
    public async Task A_person_changes_name_organisation_needs_and_consents_but_not_the_address()
    {
        var (_, email, _, url) = await JoinAsync();
        var organisation = await app.WithDbAsync(db => db.Organisations.Where(o => !o.IsSynthetic).OrderBy(o => o.Id).Select(o => new { o.Id, o.Name }).FirstAsync());
        var browser = app.Browser();
        var page = await browser.GetPageAsync(url);
        Assert.Equal("Erika Mustermann", page.QuerySelector($"{Form} input[name='Input.Name']")!.GetAttribute("value"));
        Assert.Contains("kann nicht geändert werden", page.Text(), StringComparison.Ordinal);
        Assert.Null(page.QuerySelector($"{Form} input[name='Input.Email']"));
        Assert.NotNull(page.QuerySelector($"{Form} select[name='Input.OrganisationId'] option[value='{organisation.Id}']"));

        var response = await browser.SubmitAsync(page, url, Form, new()
        {
            ["Input.Name"] = "  Erika Musterfrau ",
            ["Input.OrganisationId"] = organisation.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.AccessibilityNeeds"] = "Rollstuhlplatz",
            ["Input.ShowOrganisation"] = true,
            ["Input.AddToDirectory"] = true,
            ["Input.Email"] = "jemand.anders@example.org",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var after = await RegistrationAsync(email);
        Assert.Equal("Erika Musterfrau", after.Name);
        Assert.Equal(organisation.Id, after.OrganisationId);
        Assert.Equal("Rollstuhlplatz", after.AccessibilityNeeds);
        Assert.True(after.ShowOrganisation);
        Assert.True(after.AddToDirectory);
        Assert.Equal(email, after.Email);
        var shown = await browser.GetPageAsync(url);
        Assert.Contains("Ihre Angaben sind geändert.", shown.Text(), StringComparison.Ordinal);
        Assert.Contains("Erika Musterfrau", shown.Text(), StringComparison.Ordinal);

        // The audit names the changed fields, never the values.
        var audit = await app.WithDbAsync(db => db.AuditEntries.Where(a => a.EntityType == nameof(Registration) && a.EntityId == after.Id.ToString()).ToListAsync());
        Assert.NotEmpty(audit);
        Assert.DoesNotContain(audit, a => ((a.Before ?? "") + (a.After ?? "")).Contains("Musterfrau", StringComparison.Ordinal)
            || ((a.Before ?? "") + (a.After ?? "")).Contains("Rollstuhlplatz", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_tampered_link_finds_nothing_and_changes_nothing()
    {
        var (slug, email, manage, url) = await JoinAsync();
        var browser = app.Browser();
        var page = await browser.GetPageAsync(url);
        var tampered = $"/veranstaltungen/{slug}/anmeldung/{manage[..^1]}{(manage[^1] == 'A' ? 'B' : 'A')}";
        var (_, fields) = Html.FormFields(page, url, Form, new() { ["Input.Name"] = "Eindringling" });

        var response = await browser.PostAsync(tampered + "?handler=Change", new FormUrlEncodedContent(fields));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync(tampered)).StatusCode);
        Assert.Equal("Erika Mustermann", (await RegistrationAsync(email)).Name);
    }

    [Fact]
    public async Task A_stale_form_is_refused_with_409_and_nothing_is_changed()
    {
        var (_, email, _, url) = await JoinAsync();
        var browser = app.Browser();
        var old = await browser.GetPageAsync(url);
        var first = await browser.SubmitFormAsync(url, Form, new() { ["Input.Name"] = "Erika Erste" });
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);

        var second = await browser.SubmitAsync(old, url, Form, new() { ["Input.Name"] = "Erika Zweite" });

        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Contains("inzwischen geändert", (await Html.ParseAsync(second)).Text(), StringComparison.Ordinal);
        Assert.Equal("Erika Erste", (await RegistrationAsync(email)).Name);
    }

    [Theory]
    [InlineData("", "Bitte geben Sie Ihren Namen an.")]
    [InlineData("   ", "Bitte geben Sie Ihren Namen an.")]
    public async Task An_empty_name_is_refused_with_a_German_message_and_nothing_is_changed(string name, string message)
    {
        var (_, email, _, url) = await JoinAsync();
        var before = await RegistrationAsync(email);

        var response = await app.Browser().SubmitFormAsync(url, Form, new() { ["Input.Name"] = name, ["Input.AccessibilityNeeds"] = "Gebärdensprache" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, (await Html.ParseAsync(response)).Text(), StringComparison.Ordinal);
        var after = await RegistrationAsync(email);
        Assert.Equal(before.Name, after.Name);
        Assert.Null(after.AccessibilityNeeds);
        Assert.Equal(before.Version, after.Version);
    }

    [Fact]
    public async Task Too_long_values_and_an_unknown_organisation_are_refused()
    {
        var (_, email, _, url) = await JoinAsync();

        var longName = await app.Browser().SubmitFormAsync(url, Form, new() { ["Input.Name"] = new string('x', 201) });
        var unknown = await app.Browser().SubmitFormAsync(url, Form, new() { ["Input.OrganisationId"] = "99999999" });

        Assert.Equal(HttpStatusCode.BadRequest, longName.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Equal("Erika Mustermann", (await RegistrationAsync(email)).Name);
        Assert.Null((await RegistrationAsync(email)).OrganisationId);
    }
}
