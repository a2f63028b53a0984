using System.Net;
using Microsoft.EntityFrameworkCore;
using Modellregion.Tests.Infrastructure;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Account;

namespace Modellregion.Tests.Features.Transfer;

/// <summary>Documents of a solution: PDFs only, public with the solution, removed documents gone, only the office may change them.</summary>
public sealed class SolutionDocumentTests(TransferApp app) : IClassFixture<TransferApp>
{
    private const string UploadForm = "form[action$='handler=Upload']";

    private Task<(int Id, string Slug)> SolutionAsync() =>
        app.WithDbAsync(db => db.Solutions.Where(s => s.Region!.Slug == "owl" && s.IsPublished && !s.IsSynthetic).OrderBy(s => s.Id)
            .Select(s => new ValueTuple<int, string>(s.Id, s.Slug)).FirstAsync());

    [Fact]
    public async Task The_office_uploads_a_pdf_that_the_public_page_offers_and_removes_it_again()
    {
        var (id, slug) = await SolutionAsync();
        var office = await app.SignedInAsync(AppRole.ProjectOffice, "owl");
        var pdf = Multipart.Pdf("Leitfaden zur Nachnutzung");

        var uploaded = await office.SubmitWithFileAsync($"/verwaltung/transfer/loesungen/{id}/bearbeiten", UploadForm,
            new() { ["documentName"] = "Leitfaden zur Nachnutzung" }, "upload", "leitfaden.pdf", pdf);

        Assert.Equal(HttpStatusCode.Redirect, uploaded.StatusCode);
        var page = await app.Browser().GetPageAsync($"/loesungen/{slug}");
        var link = page.QuerySelectorAll("aside a").Single(a => a.TextContent.Trim() == "Leitfaden zur Nachnutzung");
        using var file = await app.Browser().GetAsync(link.GetAttribute("href"));
        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        Assert.Equal("application/pdf", file.Content.Headers.ContentType!.MediaType);
        Assert.Equal(pdf, await file.Content.ReadAsByteArrayAsync());

        var documentId = await app.WithDbAsync(db => db.SolutionDocuments.Where(d => d.SolutionId == id && d.Name == "Leitfaden zur Nachnutzung" && d.DeletedAt == null).Select(d => d.Id).SingleAsync());
        var removed = await office.SubmitFormAsync($"/verwaltung/transfer/loesungen/{id}/bearbeiten", $"form:has(input[name=documentId][value='{documentId}'])", []);

        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await app.Browser().GetAsync($"/loesungen/{slug}/dokumente/{documentId}")).StatusCode);
        Assert.DoesNotContain("Leitfaden zur Nachnutzung", (await app.Browser().GetPageAsync($"/loesungen/{slug}")).Text());
    }

    [Fact]
    public async Task A_file_that_is_not_a_pdf_or_a_name_too_long_is_refused_and_nothing_is_stored()
    {
        var (id, _) = await SolutionAsync();
        var office = await app.SignedInAsync(AppRole.ProjectOffice, "owl");
        var before = await app.WithDbAsync(db => db.SolutionDocuments.CountAsync());

        var notPdf = await office.SubmitWithFileAsync($"/verwaltung/transfer/loesungen/{id}/bearbeiten", UploadForm, [], "upload", "leitfaden.pdf", "<html>kein PDF</html>"u8.ToArray());
        var longName = await office.SubmitWithFileAsync($"/verwaltung/transfer/loesungen/{id}/bearbeiten", UploadForm,
            new() { ["documentName"] = new string('x', 201) }, "upload", "leitfaden.pdf", Multipart.Pdf());

        Assert.Equal(HttpStatusCode.BadRequest, notPdf.StatusCode);
        Assert.Contains("kein PDF-Dokument", (await Html.ParseAsync(notPdf)).Text("#fehler"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, longName.StatusCode);
        Assert.Contains("höchstens 200 Zeichen", (await Html.ParseAsync(longName)).Text("#fehler"), StringComparison.Ordinal);
        Assert.Equal(before, await app.WithDbAsync(db => db.SolutionDocuments.CountAsync()));
    }

    [Fact]
    public async Task Documents_of_an_unpublished_solution_are_not_served()
    {
        var (id, slug) = await SolutionAsync();
        var office = await app.SignedInAsync(AppRole.ProjectOffice, "owl");
        await office.SubmitWithFileAsync($"/verwaltung/transfer/loesungen/{id}/bearbeiten", UploadForm, new() { ["documentName"] = "Entwurf" }, "upload", "entwurf.pdf", Multipart.Pdf());
        var documentId = await app.WithDbAsync(db => db.SolutionDocuments.Where(d => d.SolutionId == id && d.Name == "Entwurf").Select(d => d.Id).SingleAsync());
        Assert.Equal(HttpStatusCode.OK, (await app.Browser().GetAsync($"/loesungen/{slug}/dokumente/{documentId}")).StatusCode);

        await app.WithDbAsync(db => db.Solutions.Where(s => s.Id == id).ExecuteUpdateAsync(s => s.SetProperty(x => x.IsPublished, false)));
        try
        {
            Assert.Equal(HttpStatusCode.NotFound, (await app.Browser().GetAsync($"/loesungen/{slug}/dokumente/{documentId}")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await app.Browser().GetAsync($"/loesungen/other/dokumente/{documentId}")).StatusCode);
        }
        finally
        {
            await app.WithDbAsync(db => db.Solutions.Where(s => s.Id == id).ExecuteUpdateAsync(s => s.SetProperty(x => x.IsPublished, true)));
        }
    }

    [Theory]
    [InlineData(AppRole.ReadOnly)]
    [InlineData(AppRole.ProjectLead)]
    public async Task Only_who_manages_the_transfer_may_add_or_remove_documents(AppRole role)
    {
        var (id, _) = await SolutionAsync();
        var user = role == AppRole.ProjectLead ? await app.SignedInAsync(role, projectSlug: "lorawan-2-0") : await app.SignedInAsync(role, "owl");
        var token = (await user.GetPageAsync("/verwaltung")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var before = await app.WithDbAsync(db => db.SolutionDocuments.CountAsync());

        var page = await user.GetAsync($"/verwaltung/transfer/loesungen/{id}/bearbeiten");
        using var content = new MultipartFormDataContent { { new ByteArrayContent(Multipart.Pdf()), "upload", "x.pdf" }, { new StringContent(token), "__RequestVerificationToken" } };
        var upload = await user.PostAsync($"/verwaltung/transfer/loesungen/{id}/bearbeiten?handler=Upload", content);

        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, upload.StatusCode);
        Assert.Equal(before, await app.WithDbAsync(db => db.SolutionDocuments.CountAsync()));
    }
}
