using System.Net;
using Microsoft.EntityFrameworkCore;
using Modellregion.Tests.Infrastructure;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Account;
using Modellregion.Web.Features.Regions;

namespace Modellregion.Tests.Features.Regions;

/// <summary>
/// Administrators set up regions with municipalities from the official directory; the organisation of a
/// municipality is created when it is missing. Bad input is refused in German and nothing is stored.
/// </summary>
public sealed class RegionAdminTests(ModellregionApp app) : IClassFixture<ModellregionApp>
{
    private const string Form = "form.form-grid";

    private static Dictionary<string, object?> Valid(string suffix) => new()
    {
        ["Input.Name"] = "Digitale Region Kleve " + suffix,
        ["Input.ShortName"] = "Kleve " + suffix,
        ["Input.LeadMunicipality"] = "05154036",
        ["Input.PartnerMunicipalities[0]"] = "Bedburg-Hau",
        ["Input.GoverningDistrict"] = "Düsseldorf",
        ["Input.GrantingAuthority"] = "Bezirksregierung Düsseldorf",
    };

    public static TheoryData<Dictionary<string, object?>, string, string> BadRegions => new()
    {
        { new() { ["Input.Slug"] = "owl" }, "Input.Slug", "hat bereits eine andere Region" },
        { new() { ["Input.Name"] = "Digitale Modellregion OWL" }, "Input.Name", "gibt es bereits" },
        { new() { ["Input.LeadMunicipality"] = "" }, "Input.LeadMunicipality", "Eine Region braucht eine Leitkommune" },
        { new() { ["Input.LeadMunicipality"] = "Atlantis" }, "Input.LeadMunicipality", "steht nicht im amtlichen Gemeindeverzeichnis" },
        { new() { ["Input.PartnerMunicipalities[0]"] = "05154036" }, "Input.PartnerMunicipalities[0]", "ist bereits die Leitkommune" },
        { new() { ["Input.PartnerMunicipalities[1]"] = "Bedburg-Hau" }, "Input.PartnerMunicipalities[1]", "steht bereits in der Liste" },
        { new() { ["Input.Name"] = "Region 🌍 Niederrhein" }, "Input.Name", "darf keine Emojis" },
        { new() { ["Input.OfficeAddress"] = "Rathaus 👍" }, "Input.OfficeAddress", "darf keine Emojis" },
        { new() { ["Input.Summary"] = new string('x', 1001) }, "Input.Summary", "höchstens 1.000 Zeichen" },
        { new() { ["Input.ShortName"] = new string('x', 61) }, "Input.ShortName", "höchstens 60 Zeichen" },
        { new() { ["Input.OfficeEmail"] = "keine-adresse" }, "Input.OfficeEmail", "gültige E-Mail-Adresse" },
        { new() { ["Input.Website"] = "javascript:alert(1)" }, "Input.Website", "vollständige Internetadresse" },
        { new() { ["Input.ProgrammeId"] = "" }, "Input.ProgrammeId", "Bitte wählen Sie das Förderprogramm" },
    };

    [Theory]
    [MemberData(nameof(BadRegions))]
    public async Task A_bad_region_is_refused_with_a_German_message_and_nothing_is_stored(Dictionary<string, object?> values, string field, string message)
    {
        var admin = await app.SignedInAsync(AppRole.Administrator);
        var before = await CountsAsync();
        var fields = Valid(Guid.NewGuid().ToString("N")[..6]);
        foreach (var (key, value) in values)
        {
            fields[key] = value;
        }

        var response = await admin.SubmitFormAsync("/verwaltung/regionen/neu?programm=digitale-modellregionen-nrw", Form, fields);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.Contains(message, page.Text("#fehler"));
        Assert.Equal("true", page.QuerySelector($"#{field.Replace('.', '_').Replace('[', '_').Replace(']', '_')}")?.GetAttribute("aria-invalid"));
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task A_region_gets_its_lead_and_partners_as_organisations_and_its_partners_can_be_changed()
    {
        var admin = await app.SignedInAsync(AppRole.Administrator);
        var fields = Valid("Nord");
        fields["Input.Slug"] = "kleve-nord";
        fields["Input.PartnerMunicipalities[1]"] = "Paderborn";

        var created = await admin.SubmitFormAsync("/verwaltung/regionen/neu?programm=digitale-modellregionen-nrw", Form, fields);

        Assert.True(created.StatusCode == HttpStatusCode.Redirect, (await Html.ParseAsync(created)).Text("#fehler"));
        var region = await app.WithDbAsync(db => db.Regions.AsNoTracking().Include(r => r.Participations).ThenInclude(p => p.Organisation).Include(r => r.LeadOrganisation).SingleAsync(r => r.Slug == "kleve-nord"));
        Assert.Equal(("Kleve", "05154036"), (region.LeadOrganisation!.Name, region.LeadOrganisation.MunicipalityAgs));
        Assert.Equal(region.Id, region.LeadOrganisation.RegionId);

        // Paderborn already exists as an organisation (lead of OWL): it is reused, not duplicated, and stays with OWL.
        var partners = region.Participations.Where(p => p.Role == RegionRole.CooperationPartner).Select(p => p.Organisation!.Name).Order().ToList();
        Assert.Equal(["Bedburg-Hau", "Stadt Paderborn"], partners);
        Assert.Equal(1, await app.WithDbAsync(db => db.Organisations.CountAsync(o => o.MunicipalityAgs == "05774032")));
        Assert.Equal("owl", await app.WithDbAsync(db => db.Organisations.Where(o => o.MunicipalityAgs == "05774032").Select(o => o.Region!.Slug).SingleAsync()));
        Assert.Equal("Bezirksregierung Düsseldorf", region.Participations.Single(p => p.Role == RegionRole.GrantingAuthority).Organisation!.Name);
        Assert.Equal(1, await app.WithDbAsync(db => db.Organisations.CountAsync(o => o.Name == "Bezirksregierung Düsseldorf")));

        // Editing: the form shows the partners; one is replaced by another.
        var edit = $"/verwaltung/regionen/{region.Id}";
        var page = await admin.GetPageAsync(edit);
        Assert.Equal("05154036", page.QuerySelector("input[name='Input.LeadMunicipalityAgs']")?.GetAttribute("value"));
        var partnerFields = page.QuerySelectorAll("input[name^='Input.PartnerMunicipalities']").Select(i => i.GetAttribute("value")).Where(v => !string.IsNullOrEmpty(v)).ToList();
        Assert.Equal(2, partnerFields.Count);
        var paderbornIndex = partnerFields.FindIndex(v => v!.StartsWith("Paderborn", StringComparison.Ordinal));
        var changed = await admin.SubmitAsync(page, edit, Form, new()
        {
            [$"Input.PartnerMunicipalities[{paderbornIndex}]"] = "Goch",
            [$"Input.PartnerAgs[{paderbornIndex}]"] = null,
        });
        Assert.True(changed.StatusCode == HttpStatusCode.Redirect, (await Html.ParseAsync(changed)).Text("#fehler"));
        var after = await app.WithDbAsync(db => db.RegionParticipations.Where(p => p.RegionId == region.Id && p.Role == RegionRole.CooperationPartner).Select(p => p.Organisation!.Name).OrderBy(n => n).ToListAsync());
        Assert.Equal(["Bedburg-Hau", "Goch"], after);

        // A form loaded before that change is stale.
        var stale = await admin.SubmitAsync(page, edit, Form, new() { ["Input.Summary"] = "Veraltet" });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Null(await app.WithDbAsync(db => db.Regions.Where(r => r.Id == region.Id).Select(r => r.Summary).SingleAsync()));

        // The public side knows the region; the project office of a region may not set up regions.
        Assert.Contains("Kleve – Leitkommune", (await app.Browser().GetPageAsync("/regionen/kleve-nord")).Text());
        var office = await app.SignedInAsync(AppRole.ProjectOffice, "owl");
        Assert.Equal(HttpStatusCode.Forbidden, (await office.GetAsync("/verwaltung/regionen/neu")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await office.GetAsync(edit)).StatusCode);
    }

    private Task<(int Regions, int Organisations, int Participations)> CountsAsync() =>
        app.WithDbAsync(async db => (await db.Regions.CountAsync(), await db.Organisations.CountAsync(), await db.RegionParticipations.CountAsync()));
}
