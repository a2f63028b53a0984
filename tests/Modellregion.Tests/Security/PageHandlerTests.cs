using System.Net;
using Microsoft.EntityFrameworkCore;
using Modellregion.Tests.Infrastructure;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Account;

namespace Modellregion.Tests.Security;

/// <summary>
/// Found by <see cref="InputFuzzTests"/>: a POST to a page without naming one of its handlers rendered the page without
/// loading it and failed with 500. A page answers only through its handlers: a POST that names none of them is 404, a
/// method the page does not answer 405, both as the German error page; a GET naming an unknown handler gets the page.
/// </summary>
public sealed class PageHandlerTests(ModellregionApp app) : IClassFixture<ModellregionApp>
{
    [Fact]
    public async Task A_post_without_a_handler_to_a_page_with_named_handlers_is_not_found()
    {
        var admin = await app.SignedInAsync(AppRole.Administrator);
        var (project, proof) = await ProofAsync();

        var response = await admin.PostAsSessionAsync($"/verwaltung/projekte/{project}/nachweise/{proof}", []);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Fehlercode", await response.BodyAsync());
    }

    [Fact]
    public async Task A_get_naming_an_unknown_handler_falls_back_to_the_page_itself()
    {
        var admin = await app.SignedInAsync(AppRole.Administrator);
        var (project, proof) = await ProofAsync();

        var unknown = await admin.GetAsync($"/verwaltung/projekte/{project}/nachweise/{proof}?handler=Unbekannt");
        var known = await admin.GetAsync($"/verwaltung/projekte/{project}/nachweise/{proof}");

        Assert.Equal(HttpStatusCode.OK, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.OK, known.StatusCode);
    }

    [Fact]
    public async Task A_post_to_a_page_that_only_shows_is_method_not_allowed()
    {
        var admin = await app.SignedInAsync(AppRole.Administrator);
        var (project, _) = await ProofAsync();

        var response = await admin.PostAsSessionAsync($"/verwaltung/projekte/{project}/verlauf", []);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains("Fehlercode", await response.BodyAsync());
    }

    private async Task<(int Project, int Proof)> ProofAsync() => await app.WithDbAsync(async db =>
    {
        var project = await db.Projects.Where(p => p.Slug == MatrixData.ProjectA).Select(p => p.Id).SingleAsync();
        return (project, await db.Proofs.Where(p => p.ProjectId == project).OrderBy(p => p.Id).Select(p => p.Id).FirstAsync());
    });
}
