using System.Net;
using Microsoft.EntityFrameworkCore;
using Modellregion.Tests.Infrastructure;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Account;
using Modellregion.Web.Features.Audit;

namespace Modellregion.Tests.Features.Info;

/// <summary>
/// The operator's details are kept by administrators in the back office; the Impressum, the privacy notice and the
/// accessibility statement never show a placeholder, and say clearly what is still missing.
/// </summary>
public sealed class OperatorDetailsTests(ModellregionApp app) : IClassFixture<ModellregionApp>
{
    private const string Form = "form.form-grid";

    public static TheoryData<string, string, string> BadDetails => new()
    {
        { "Input.Name", "Stadt 🏛 Musterstadt", "darf keine Emojis" },
        { "Input.Address", "Rathausplatz 1\u0007", "darf keine Emojis, Bildzeichen oder Steuerzeichen" },
        { "Input.Address", "Rathausplatz 1\u0000", "Die Anfrage konnte nicht verarbeitet werden." },
        { "Input.Email", "keine-adresse", "gültige E-Mail-Adresse" },
        { "Input.AccessibilityEmail", "barrierefrei@", "gültige E-Mail-Adresse" },
        { "Input.Representative", new string('x', 301), "höchstens 300 Zeichen" },
    };

    [Theory]
    [MemberData(nameof(BadDetails))]
    public async Task Bad_details_are_refused_in_German_and_nothing_is_stored(string field, string value, string message)
    {
        var admin = await app.SignedInAsync(AppRole.Administrator);
        var before = await app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.EntityType == "OperatorDetails"));

        var response = await admin.SubmitFormAsync("/verwaltung/betreiber", Form, new() { ["Input.Name"] = "Stadt Musterstadt", [field] = value });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, (await Html.ParseAsync(response)).Text());
        Assert.Equal(before, await app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.EntityType == "OperatorDetails")));
    }

    [Fact]
    public async Task Missing_details_are_named_until_an_administrator_enters_them_then_they_appear_and_the_change_is_audited()
    {
        foreach (var url in new[] { "/impressum", "/datenschutz", "/barrierefreiheit" })
        {
            var page = await app.Browser().GetPageAsync(url);
            Assert.Contains("Angaben des Betreibers fehlen noch", page.Text());
            Assert.Contains("Noch nicht eingetragen", page.Text());
            Assert.DoesNotContain("Site:", page.Source.Text, StringComparison.Ordinal);
        }

        var admin = await app.SignedInAsync(AppRole.Administrator);
        var warning = await admin.GetPageAsync("/verwaltung");
        Assert.Contains("Angaben des Betreibers fehlen noch", warning.Text());
        Assert.Contains("Name des Betreibers", warning.Text());

        var form = await admin.GetPageAsync("/verwaltung/betreiber");
        var saved = await admin.SubmitAsync(form, "/verwaltung/betreiber", Form, new()
        {
            ["Input.Name"] = "Stadt Paderborn – Projektbüro der Digitalen Modellregion OWL",
            ["Input.Address"] = "Am Abdinghof 11\n33098 Paderborn",
            ["Input.Representative"] = "Der Bürgermeister",
            ["Input.Email"] = "modellregion@paderborn.example",
            ["Input.DataProtectionOfficer"] = "Datenschutzbeauftragter der Stadt Paderborn",
            ["Input.DataProtectionAuthority"] = "Landesbeauftragte für Datenschutz und Informationsfreiheit NRW",
            ["Input.AccessibilityEnforcementBody"] = "Ombudsstelle für barrierefreie Informationstechnik des Landes NRW",
        });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var impressum = await app.Browser().GetPageAsync("/impressum");
        Assert.Contains("Am Abdinghof 11", impressum.Text());
        Assert.DoesNotContain("fehlen noch", impressum.Text());
        var accessibility = await app.Browser().GetPageAsync("/barrierefreiheit");
        Assert.NotNull(accessibility.QuerySelector("a[href='mailto:modellregion@paderborn.example']"));
        Assert.Contains("Ombudsstelle für barrierefreie Informationstechnik des Landes NRW", accessibility.Text());
        Assert.Contains("Landesbeauftragte für Datenschutz", (await app.Browser().GetPageAsync("/datenschutz")).Text());
        Assert.DoesNotContain("Angaben des Betreibers fehlen noch", (await admin.GetPageAsync("/verwaltung")).Text());
        var audit = await app.WithDbAsync(db => db.AuditEntries.Where(a => a.EntityType == "OperatorDetails").Select(a => a.Action).ToListAsync());
        Assert.Equal([AuditAction.Created], audit);

        // A form loaded before that save is stale; someone without the administrator role may not change anything.
        var stale = await admin.SubmitAsync(form, "/verwaltung/betreiber", Form, new() { ["Input.Name"] = "Überschrieben" });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var office = await app.SignedInAsync(AppRole.ProjectOffice, "owl");
        Assert.Equal(HttpStatusCode.Forbidden, (await office.PostAsSessionAsync("/verwaltung/betreiber", new() { ["Input.Name"] = "Fremd", ["Input.Version"] = "1" })).StatusCode);
        Assert.Contains("Stadt Paderborn – Projektbüro", (await app.Browser().GetPageAsync("/impressum")).Text());
    }
}
