using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Modellregion.Tests.Infrastructure;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Transfer;

namespace Modellregion.Tests.Features.Transfer;

/// <summary>A municipality expresses interest in a solution: checked, stored as a transfer case, confirmed by e-mail, protected against spam.</summary>
public sealed class InterestTests(TransferApp app) : IClassFixture<TransferApp>
{
    private const string Url = "/loesungen/local-open-data-urbane-datenplattform/interesse";
    private const string Form = "main form[method=post]";

    private static Dictionary<string, object?> Valid(string municipality = "Delbrück") => new()
    {
        ["Input.Municipality"] = municipality,
        ["Input.ContactName"] = "Erika Beispiel",
        ["Input.ContactEmail"] = "erika.beispiel@example.org",
        ["Input.ContactRole"] = "Digitalisierungsbeauftragte",
        ["Input.Need"] = "Wir möchten Pegelstände und Sensordaten offen zeigen.",
        ["Input.Timeline"] = ((int)Timeline.WithinSixMonths).ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Input.Consent"] = true,
    };

    private Task<int> CaseCountAsync() => app.WithDbAsync(db => db.TransferCases.CountAsync());

    [Fact]
    public async Task Interest_opens_a_transfer_case_and_sends_a_confirmation_email()
    {
        var browser = app.BrowserFrom(TransferApp.NewAddress());
        var mailsBefore = app.Mails().Count;

        var response = await browser.SubmitFormAsync(Url, Form, Valid());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/loesungen/local-open-data-urbane-datenplattform", response.Headers.Location?.OriginalString);
        var transferCase = await app.WithDbAsync(db => db.TransferCases.Include(c => c.Steps).OrderByDescending(c => c.Id).FirstAsync());
        Assert.Equal("05774020", transferCase.MunicipalityAgs);
        Assert.Equal(TransferStage.Request, transferCase.Stage);
        Assert.Equal("erika.beispiel@example.org", transferCase.ContactEmail);
        Assert.Equal(Timeline.WithinSixMonths, transferCase.Timeline);
        Assert.NotEqual(default, transferCase.ConsentAt);
        Assert.Single(transferCase.Steps);

        var page = await browser.GetPageAsync(response.Headers.Location!.OriginalString);
        Assert.Contains(SubmitInterest.CaseNumber(transferCase.Id), page.Text(".kern-alert--success"));
        // The thanks are shown once and to this visitor only: not again, and never to the next visitor (output cache).
        Assert.Null((await browser.GetPageAsync(response.Headers.Location!.OriginalString)).QuerySelector(".kern-alert--success"));
        Assert.Null((await app.Browser().GetPageAsync(response.Headers.Location!.OriginalString)).QuerySelector(".kern-alert--success"));

        var mail = Assert.Single(app.Mails().Skip(mailsBefore));
        Assert.Equal("erika.beispiel@example.org", mail.To.Mailboxes.Single().Address);
        Assert.Contains(SubmitInterest.CaseNumber(transferCase.Id), mail.Subject);
        Assert.Contains("Local Open Data", mail.Subject);
        Assert.Contains("Delbrück (AGS 05774020)", mail.TextBody);
        Assert.Contains("Pegelstände und Sensordaten", mail.TextBody);
        Assert.Contains("http://localhost/loesungen/local-open-data-urbane-datenplattform", mail.TextBody);
    }

    [Fact]
    public async Task A_suggestion_picked_while_typing_is_taken_as_that_municipality()
    {
        var browser = app.BrowserFrom(TransferApp.NewAddress());
        var page = await browser.GetPageAsync(Url);
        Assert.Equal("/api/v1/municipalities", page.QuerySelector("#Input_Municipality")?.GetAttribute("data-suggest"));

        var suggestions = await app.Browser().GetFromJsonAsync<JsonElement>("/api/v1/municipalities?q=Kleve");
        var label = suggestions.EnumerateArray().Single(s => s.GetProperty("ags").GetString() == "05154036").GetProperty("label").GetString();
        Assert.Equal("Kleve (Kreis Kleve, NW)", label);

        var response = await browser.SubmitFormAsync(Url, Form, Valid(label!));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("05154036", await app.WithDbAsync(db => db.TransferCases.OrderByDescending(c => c.Id).Select(c => c.MunicipalityAgs).FirstAsync()));
    }

    [Fact]
    public async Task A_label_shared_by_two_municipalities_still_asks_for_the_choice()
    {
        var browser = app.BrowserFrom(TransferApp.NewAddress());
        var before = await CaseCountAsync();

        var response = await browser.SubmitFormAsync(Url, Form, Valid("Neuenkirchen (Kreis Vorpommern-Greifswald, MV)"));
        var page = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(2, page.QuerySelectorAll("input[type=radio][name='Input.MunicipalityAgs']").Length);
        Assert.Equal(before, await CaseCountAsync());
    }

    [Fact]
    public async Task An_ambiguous_name_offers_the_candidates_and_the_choice_is_taken_without_JavaScript()
    {
        var browser = app.BrowserFrom(TransferApp.NewAddress());
        var before = await CaseCountAsync();

        var response = await browser.SubmitFormAsync(Url, Form, Valid("Kleve"));
        var page = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("passen mehrere Kommunen", page.Text("#fehler"));
        var choices = page.QuerySelectorAll("input[type=radio][name='Input.MunicipalityAgs']").Select(r => r.GetAttribute("value")).ToList();
        Assert.Contains("05154036", choices);
        Assert.True(choices.Count >= 2);
        Assert.Equal(before, await CaseCountAsync());

        var chosen = await browser.SubmitAsync(page, Url, Form, new() { ["Input.MunicipalityAgs"] = "05154036", ["Input.Consent"] = true });

        Assert.Equal(HttpStatusCode.Redirect, chosen.StatusCode);
        Assert.Equal("05154036", await app.WithDbAsync(db => db.TransferCases.OrderByDescending(c => c.Id).Select(c => c.MunicipalityAgs).FirstAsync()));
    }

    [Fact]
    public async Task The_municipality_may_be_given_by_its_official_key()
    {
        var response = await app.BrowserFrom(TransferApp.NewAddress()).SubmitFormAsync(Url, Form, Valid("05116000"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("05116000", await app.WithDbAsync(db => db.TransferCases.OrderByDescending(c => c.Id).Select(c => c.MunicipalityAgs).FirstAsync()));
    }

    public static TheoryData<string, object?, string, string> BadInput() => new()
    {
        { "Input.Municipality", "Atlantis an der Pader", "Input.Municipality", "steht nicht im amtlichen Gemeindeverzeichnis" },
        { "Input.Municipality", "99999999", "Input.Municipality", "steht nicht im amtlichen Gemeindeverzeichnis" },
        { "Input.Municipality", "", "Input.Municipality", "Bitte geben Sie Ihre Kommune an" },
        { "Input.Consent", false, "Input.Consent", "Bitte stimmen Sie den Datenschutzhinweisen zu" },
        { "Input.Need", new string('x', 2001), "Input.Need", "höchstens 2.000 Zeichen" },
        { "Input.Need", "", "Input.Need", "Bitte beschreiben Sie kurz Ihren Bedarf." },
        { "Input.ContactEmail", "keine-adresse", "Input.ContactEmail", "gültige E-Mail-Adresse" },
        { "Input.ContactName", new string('n', 201), "Input.ContactName", "höchstens 200 Zeichen" },
        { "Input.Timeline", "77", "Input.Timeline", "ist für dieses Feld nicht zulässig" },
    };

    [Theory]
    [MemberData(nameof(BadInput))]
    public async Task Bad_input_is_refused_with_a_German_message_and_nothing_is_stored(string field, object? value, string errorField, string message)
    {
        var before = await CaseCountAsync();
        var mails = app.Mails().Count;
        var values = Valid();
        values[field] = value;

        var response = await app.BrowserFrom(TransferApp.NewAddress()).SubmitFormAsync(Url, Form, values);
        var page = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, page.Text("#fehler"));
        Assert.NotNull(page.QuerySelector($"#fehler a[href='#{errorField.Replace('.', '_')}']"));
        Assert.Equal(before, await CaseCountAsync());
        Assert.Equal(mails, app.Mails().Count);
    }

    [Fact]
    public async Task A_filled_in_honeypot_is_refused_and_nothing_is_stored()
    {
        var before = await CaseCountAsync();
        var values = Valid();
        values["website"] = "https://spam.example";

        var response = await app.BrowserFrom(TransferApp.NewAddress()).SubmitFormAsync(Url, Form, values);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("automatisierten Übermittlung", await response.BodyAsync());
        Assert.Equal(before, await CaseCountAsync());
    }

    [Fact]
    public async Task The_honeypot_is_hidden_from_people_and_from_the_keyboard()
    {
        var page = await app.Browser().GetPageAsync(Url);

        var trap = page.QuerySelector("input[name=website]")!;
        Assert.Equal("-1", trap.GetAttribute("tabindex"));
        Assert.Equal("true", trap.ParentElement!.GetAttribute("aria-hidden"));
        Assert.Contains("honeypot", trap.ParentElement.ClassName);
    }

    [Fact]
    public async Task A_flood_from_one_address_is_stopped_with_429_while_other_addresses_go_through()
    {
        var address = TransferApp.NewAddress();
        var flooder = app.BrowserFrom(address);
        var before = await CaseCountAsync();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 7; i++)
        {
            statuses.Add((await flooder.SubmitFormAsync(Url, Form, Valid())).StatusCode);
        }

        Assert.Equal(Enumerable.Repeat(HttpStatusCode.Redirect, 5).Concat(Enumerable.Repeat(HttpStatusCode.TooManyRequests, 2)), statuses);
        Assert.Equal(before + 5, await CaseCountAsync());
        var refused = await flooder.SubmitFormAsync(Url, Form, Valid());
        Assert.Contains("zu viele Übermittlungen", await refused.BodyAsync());
        Assert.NotNull(refused.Headers.RetryAfter);

        var other = await app.BrowserFrom(TransferApp.NewAddress()).SubmitFormAsync(Url, Form, Valid());
        Assert.Equal(HttpStatusCode.Redirect, other.StatusCode);
    }

    [Fact]
    public async Task Refused_submissions_do_not_use_up_the_limit_and_each_form_has_its_own()
    {
        var browser = app.BrowserFrom(TransferApp.NewAddress());
        var invalid = Valid();
        invalid["Input.ContactEmail"] = "keine-adresse";
        var unknown = Valid("Atlantis an der Pader");
        for (var i = 0; i < 6; i++)
        {
            Assert.Equal(HttpStatusCode.BadRequest, (await browser.SubmitFormAsync(Url, Form, i % 2 == 0 ? invalid : unknown)).StatusCode);
        }

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 6; i++)
        {
            statuses.Add((await browser.SubmitFormAsync(Url, Form, Valid())).StatusCode);
        }

        Assert.Equal(Enumerable.Repeat(HttpStatusCode.Redirect, 5).Append(HttpStatusCode.TooManyRequests), statuses);

        // The reuse declaration has its own budget.
        var declared = await browser.SubmitFormAsync("/loesungen/local-open-data-urbane-datenplattform/nachnutzung-melden", Form, new()
        {
            ["Input.Municipality"] = "Hövelhof",
            ["Input.Since"] = "2024-05-01",
            ["Input.ContactName"] = "Erika Beispiel",
            ["Input.ContactEmail"] = "erika.beispiel@example.org",
            ["Input.Consent"] = true,
        });
        Assert.Equal(HttpStatusCode.Redirect, declared.StatusCode);
    }

    [Fact]
    public async Task A_flood_of_invalid_posts_is_stopped_by_a_more_generous_limit()
    {
        var browser = app.BrowserFrom(TransferApp.NewAddress());
        var invalid = Valid();
        invalid["Input.ContactEmail"] = "keine-adresse";
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 31; i++)
        {
            statuses.Add((await browser.SubmitFormAsync(Url, Form, invalid)).StatusCode);
        }

        Assert.Equal(Enumerable.Repeat(HttpStatusCode.BadRequest, 30).Append(HttpStatusCode.TooManyRequests), statuses);
    }

    [Fact]
    public async Task The_beginning_of_a_name_is_offered_to_confirm_not_taken_silently()
    {
        var browser = app.BrowserFrom(TransferApp.NewAddress());
        var before = await CaseCountAsync();

        var response = await browser.SubmitFormAsync(Url, Form, Valid("Schulen"));
        var page = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Meinten Sie Schulendorf", page.Text("#fehler"));
        var choice = Assert.Single(page.QuerySelectorAll("input[type=radio][name='Input.MunicipalityAgs']"));
        Assert.Equal(before, await CaseCountAsync());

        var confirmed = await browser.SubmitAsync(page, Url, Form, new() { ["Input.MunicipalityAgs"] = choice.GetAttribute("value"), ["Input.Consent"] = true });

        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.Equal(choice.GetAttribute("value"), await app.WithDbAsync(db => db.TransferCases.OrderByDescending(c => c.Id).Select(c => c.MunicipalityAgs).FirstAsync()));
    }

    [Fact]
    public async Task More_than_twelve_candidates_are_announced_with_the_advice_to_be_more_precise()
    {
        var response = await app.BrowserFrom(TransferApp.NewAddress()).SubmitFormAsync(Url, Form, Valid("Neu"));
        var page = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(12, page.QuerySelectorAll("input[type=radio][name='Input.MunicipalityAgs']").Length);
        Assert.Contains("die Liste zeigt nur die ersten 12", page.Text("#fehler"));
        Assert.Contains("Gemeindeschlüssel", page.Text("#fehler"));
    }

    [Fact]
    public async Task An_unknown_solution_has_no_form()
    {
        await app.Browser().GetPageAsync("/loesungen/gibt-es-nicht/interesse", HttpStatusCode.NotFound);
    }
}
