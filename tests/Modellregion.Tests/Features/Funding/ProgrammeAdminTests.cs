using System.Net;
using Microsoft.EntityFrameworkCore;
using Modellregion.Tests.Infrastructure;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Account;
using Modellregion.Web.Features.Audit;

namespace Modellregion.Tests.Features.Funding;

/// <summary>Administrators set up and edit funding programmes in the back office; bad input is refused in German and nothing is stored.</summary>
public sealed class ProgrammeAdminTests(ModellregionApp app) : IClassFixture<ModellregionApp>
{
    private const string Form = "form.form-grid";

    public static TheoryData<Dictionary<string, object?>, string, string> BadProgrammes => new()
    {
        { new() { ["Input.Slug"] = "digitale-modellregionen-nrw" }, "Input.Slug", "hat bereits ein anderes Förderprogramm" },
        { new() { ["Input.StartsOn"] = "2030-01-01", ["Input.EndsOn"] = "2029-12-31" }, "Input.EndsOn", "liegt vor dem Beginn" },
        { new() { ["Input.StartsOn"] = "0001-01-01" }, "Input.StartsOn", "zwischen 01.01.1990 und 31.12.2100" },
        { new() { ["Rules.MaxRateCompany"] = "120" }, "Rules.MaxRateCompany", "zwischen 0,01 und 100 %" },
        { new() { ["Rules.FinalProofMonths"] = "-2" }, "Rules.FinalProofMonths", "zwischen 1 und 24 Monaten" },
        { new() { ["Rules.FundRequestHorizonMonths"] = "-1" }, "Rules.FundRequestHorizonMonths", "zwischen 1 und 12 Monaten" },
        { new() { ["Rules.ReminderDaysBefore"] = "60", ["Rules.DueSoonDays"] = "30" }, "Rules.ReminderDaysBefore", "bevor die Fristen-Übersicht die Frist zeigt" },
        { new() { ["Rules.InterimProofDueDay"] = "31", ["Rules.InterimProofDueMonth"] = "2" }, "Rules.InterimProofDueDay", "Diesen Tag gibt es in dem Monat nicht." },
        { new() { ["Input.Name"] = "Förderprogramm 🚀 Digital" }, "Input.Name", "darf keine Emojis" },
        { new() { ["Input.Description"] = "Schön ✅" }, "Input.Description", "darf keine Emojis" },
        { new() { ["Input.Funder"] = "Ministerium\u0007" }, "Input.Funder", "darf keine Emojis, Bildzeichen oder Steuerzeichen" },
        { new() { ["Input.Name"] = new string('x', 301) }, "Input.Name", "3 bis 300 Zeichen" },
        { new() { ["Input.LegalBasis"] = new string('x', 1001) }, "Input.LegalBasis", "höchstens 1.000 Zeichen" },
        { new() { ["Input.AnnouncedBudget"] = "-5" }, "Input.AnnouncedBudget", "nicht negativ" },
        { new() { ["Input.Sources"] = "keine-adresse Ein Titel" }, "Input.Sources", "Zeile 1: Eine Quelle beginnt mit ihrer vollständigen Internetadresse" },
        { new() { ["Input.Name"] = "" }, "Input.Name", "Bitte geben Sie den Namen des Förderprogramms an." },
    };

    [Theory]
    [MemberData(nameof(BadProgrammes))]
    public async Task A_bad_programme_is_refused_with_a_German_message_and_nothing_is_stored(Dictionary<string, object?> values, string field, string message)
    {
        var admin = await app.SignedInAsync(AppRole.Administrator);
        var before = await app.WithDbAsync(db => db.Programmes.CountAsync());
        var fields = new Dictionary<string, object?> { ["Input.Name"] = "Neues Programm " + Guid.NewGuid().ToString("N")[..6] };
        foreach (var (key, value) in values)
        {
            fields[key] = value;
        }

        var response = await admin.SubmitFormAsync("/verwaltung/programme/neu", Form, fields);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.Contains(message, page.Text("#fehler"));
        var id = field.Replace('.', '_');
        Assert.Equal("true", page.QuerySelector($"#{id}")?.GetAttribute("aria-invalid"));
        Assert.Equal(before, await app.WithDbAsync(db => db.Programmes.CountAsync()));
    }

    [Fact]
    public async Task An_administrator_creates_a_programme_with_its_own_rules_and_edits_it_and_others_may_not()
    {
        var admin = await app.SignedInAsync(AppRole.Administrator);
        var slug = "landesprogramm-" + Guid.NewGuid().ToString("N")[..6];

        var created = await admin.SubmitFormAsync("/verwaltung/programme/neu", Form, new()
        {
            ["Input.Name"] = "Landesprogramm Digitale Dörfer",
            ["Input.Slug"] = slug,
            ["Input.StartsOn"] = "2025-01-01",
            ["Input.EndsOn"] = "2028-12-31",
            ["Input.Sources"] = "https://example.org/erlass Erlass des Landes | Laufzeit\nhttps://example.org/presse",
            ["Rules.MaxRateMunicipality"] = "60",
            ["Rules.FundRequestHorizonMonths"] = "3",
            ["Rules.FinalProofMonths"] = "4",
        });

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var programme = await app.WithDbAsync(db => db.Programmes.AsNoTracking().SingleAsync(p => p.Slug == slug));
        Assert.Equal((60m, 3, 4, 80m), (programme.Rules.MaxRateMunicipality, programme.Rules.FundRequestHorizonMonths, programme.Rules.FinalProofMonths, programme.Rules.MaxRateNonProfit));
        Assert.Equal([("https://example.org/erlass", "Erlass des Landes", "Laufzeit"), ("https://example.org/presse", "example.org", null)],
            programme.Sources.Select(s => (s.Url, s.Title, s.Supports)).ToList());

        var edit = $"/verwaltung/programme/{programme.Id}";
        var page = await admin.GetPageAsync(edit);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitAsync(page, edit, Form, new() { ["Input.Funder"] = "Ministerium für Heimat" })).StatusCode);
        var stale = await admin.SubmitAsync(page, edit, Form, new() { ["Input.Funder"] = "Veraltetes Formular" });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("inzwischen von jemand anderem geändert", await stale.BodyAsync());
        Assert.Equal("Ministerium für Heimat", await app.WithDbAsync(db => db.Programmes.Where(p => p.Id == programme.Id).Select(p => p.Funder).SingleAsync()));

        // The rules page of this programme still keeps its rules; the public page shows them.
        var rules = await admin.GetPageAsync($"/verwaltung/programm?programm={slug}");
        Assert.Equal("60", rules.QuerySelector("#Input_MaxRateMunicipality")?.GetAttribute("value"));
        var publicPage = await app.Browser().GetPageAsync($"/programme/{slug}");
        Assert.Contains("nächsten 3 Monate", publicPage.Text());
        Assert.Contains("spätestens 4 Monate", publicPage.Text());

        var office = await app.SignedInAsync(AppRole.ProjectOffice, "owl");
        Assert.Equal(HttpStatusCode.Forbidden, (await office.GetAsync("/verwaltung/programme/neu")).StatusCode);
        var forbidden = await office.PostAsSessionAsync("/verwaltung/programme/neu", new() { ["Input.Name"] = "Heimlich angelegt" });
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.False(await app.WithDbAsync(db => db.Programmes.AnyAsync(p => p.Name == "Heimlich angelegt")));
        var id = programme.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains(AuditAction.Created, await app.WithDbAsync(db => db.AuditEntries.Where(a => a.EntityType == "Programme" && a.EntityId == id).Select(a => a.Action).ToListAsync()));
    }
}
