using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Modellregion.Tests.Infrastructure;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Directory;
using Modellregion.Web.Features.Projects;
using Modellregion.Web.Features.Transfer;

namespace Modellregion.Tests.Features.Transfer;

/// <summary>
/// Transfer contributes the reuses to an organisation's page and to the organisation API (<c>reuses</c>,
/// <c>provided</c>), which keep their shape; an organisation that is no municipality and has nothing gets no section.
/// </summary>
public sealed class DirectoryReuseContributionTests(ModellregionApp app) : IClassFixture<ModellregionApp>
{
    [Fact]
    public async Task An_organisations_confirmed_reuse_is_on_its_page_and_in_the_api()
    {
        var (organisation, solution) = await app.WithDbAsync(async db =>
        {
            var o = await db.Organisations.Where(x => x.Slug == "stadt-delbrueck").Select(x => new { x.Id, x.Slug }).SingleAsync();
            var s = await db.Solutions.Where(x => x.IsPublished && !x.IsSynthetic).OrderBy(x => x.Id).Select(x => new { x.Id, x.Slug, x.Title }).FirstAsync();
            db.Reuses.Add(new Reuse
            {
                SolutionId = s.Id,
                UserName = "Stadt Delbrück",
                OrganisationId = o.Id,
                Since = new DateOnly(2025, 3, 1),
                Status = ReuseStatus.Confirmed,
                ConfirmedAt = DateTime.UtcNow,
                ConfirmedBy = "Test",
            });
            await db.SaveChangesAsync();
            return (o.Slug, s);
        });

        var page = await app.Browser().GetPageAsync($"/akteure/{organisation}");
        Assert.Equal("Nachnutzung", page.Text("#nachnutzung"));
        Assert.NotNull(page.QuerySelector($".organisation-transfer a[href='/loesungen/{solution.Slug}']"));
        Assert.Contains("im Betrieb seit", page.Text(".organisation-transfer"));

        var json = await app.Browser().GetFromJsonAsync<JsonElement>($"/api/v1/organisations/{organisation}");
        var reuse = json.GetProperty("reuses").EnumerateArray().Single(r => r.GetProperty("slug").GetString() == solution.Slug);
        Assert.Equal(solution.Title, reuse.GetProperty("title").GetString());
        Assert.Equal("2025-03-01", reuse.GetProperty("since").GetString());
        Assert.False(reuse.GetProperty("isExample").GetBoolean());
        Assert.Equal(JsonValueKind.Array, json.GetProperty("provided").ValueKind);
    }

    [Fact]
    public async Task An_organisation_without_solutions_that_is_no_municipality_has_no_reuse_section_but_the_api_keeps_its_fields()
    {
        var slug = await app.WithDbAsync(db => db.Organisations
            .Where(o => o.Type != OrganisationType.Municipality && o.MunicipalityAgs == null && !o.IsSynthetic
                && !db.Set<Solution>().Any(s => s.ProviderId == o.Id || s.Projects.Any(p => p.Project!.Partners.Any(x => x.OrganisationId == o.Id && x.Role == PartnerRole.Lead)))
                && !db.Set<Reuse>().Any(r => r.OrganisationId == o.Id))
            .Select(o => o.Slug).FirstAsync());

        var page = await app.Browser().GetPageAsync($"/akteure/{slug}");
        Assert.Null(page.QuerySelector(".organisation-transfer"));

        var json = await app.Browser().GetFromJsonAsync<JsonElement>($"/api/v1/organisations/{slug}");
        Assert.Equal(0, json.GetProperty("reuses").GetArrayLength());
        Assert.Equal(0, json.GetProperty("provided").GetArrayLength());
    }
}
