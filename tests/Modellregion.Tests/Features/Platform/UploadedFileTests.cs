using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Modellregion.Tests.Infrastructure;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Account;
using Modellregion.Web.Platform.Files;

namespace Modellregion.Tests.Features.Platform;

/// <summary>
/// Uploads count as PDF only when they parse as one, nothing is stored otherwise; names are cleaned; every stored file
/// leaves as an attachment with its checked type and nosniff. Shown with the documents of a solution (the same
/// FileStore checks grant decisions, proofs and board papers).
/// </summary>
public sealed class UploadedFileTests(ModellregionApp app) : IClassFixture<ModellregionApp>
{
    private const string UploadForm = "form[action$='handler=Upload']";

    private async Task<(int Id, string Slug, HttpClient Office)> SolutionAsync()
    {
        var (id, slug) = await app.WithDbAsync(db => db.Solutions.Where(s => s.Region!.Slug == "owl" && s.IsPublished && !s.IsSynthetic).OrderBy(s => s.Id)
            .Select(s => new ValueTuple<int, string>(s.Id, s.Slug)).FirstAsync());
        return (id, slug, await app.SignedInAsync(AppRole.ProjectOffice, "owl"));
    }

    private Task<int> StoredFilesAsync() => app.WithDbAsync(db => db.Files.CountAsync());

    public static TheoryData<string, byte[]> NotPdfs()
    {
        var pdf = Multipart.Pdf("Vollständig");
        return new()
        {
            // An HTML page that carries the PDF signature within its first 1024 bytes.
            { "html-mit-signatur.pdf", Encoding.UTF8.GetBytes("<!DOCTYPE html><html><!-- %PDF-1.7 --><body><script>alert(document.cookie)</script></body></html>\n%%EOF\n") },
            { "abgeschnitten.pdf", pdf[..(pdf.Length / 2)] },
            { "abgeschnitten-mit-ende.pdf", [.. pdf[..(pdf.Length / 2)], .. "\n%%EOF\n"u8.ToArray()] },
            { "ohne-seiten.pdf", "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"u8.ToArray() },
        };
    }

    [Theory]
    [MemberData(nameof(NotPdfs))]
    public async Task A_file_that_does_not_parse_as_pdf_is_refused_and_nothing_is_stored(string fileName, byte[] content)
    {
        var (id, _, office) = await SolutionAsync();
        var files = await StoredFilesAsync();
        var documents = await app.WithDbAsync(db => db.SolutionDocuments.CountAsync(d => d.SolutionId == id));

        using var response = await office.SubmitWithFileAsync($"/verwaltung/transfer/loesungen/{id}/bearbeiten", UploadForm,
            new() { ["documentName"] = "Kaputt" }, "upload", fileName, content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("kein lesbares PDF-Dokument", (await Html.ParseAsync(response)).Text("#fehler"), StringComparison.Ordinal);
        Assert.Equal(files, await StoredFilesAsync());
        Assert.Equal(documents, await app.WithDbAsync(db => db.SolutionDocuments.CountAsync(d => d.SolutionId == id)));
    }

    [Fact]
    public async Task A_real_pdf_is_accepted_and_downloaded_as_an_attachment_with_nosniff()
    {
        var (id, slug, office) = await SolutionAsync();
        var pdf = Multipart.Pdf("Betriebskonzept für Kommunen");

        using var uploaded = await office.SubmitWithFileAsync($"/verwaltung/transfer/loesungen/{id}/bearbeiten", UploadForm,
            new() { ["documentName"] = "Betriebskonzept" }, "upload", "Betriebskonzept Übersicht.pdf", pdf, contentType: "text/html");
        Assert.Equal(HttpStatusCode.Redirect, uploaded.StatusCode);
        var documentId = await app.WithDbAsync(db => db.SolutionDocuments.Where(d => d.SolutionId == id && d.Name == "Betriebskonzept").Select(d => d.Id).SingleAsync());

        using var download = await app.Browser().GetAsync($"/loesungen/{slug}/dokumente/{documentId}");

        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(pdf, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());
        var disposition = download.Content.Headers.ContentDisposition!;
        Assert.Equal("attachment", disposition.DispositionType);
        Assert.Equal("Betriebskonzept Übersicht.pdf", disposition.FileNameStar);
        Assert.Contains("filename*=UTF-8''Betriebskonzept%20%C3%9Cbersicht.pdf", download.Content.Headers.GetValues("Content-Disposition").Single(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("../../../etc/passwd.pdf", "passwd.pdf")]
    [InlineData("C:\\Users\\erika\\Bescheid 2026.pdf", "Bescheid 2026.pdf")]
    [InlineData("rechnung\u202Efdp.exe", "rechnungfdp.pdf")]
    [InlineData("Bericht\0Übersicht\r\n.pdf", "BerichtÜbersicht.pdf")]
    [InlineData("\u2066Förder\u200Bbescheid\u2069 Köln.PDF", "Förderbescheid Köln.pdf")]
    [InlineData("CON.pdf", "_CON.pdf")]
    [InlineData("nul", "_nul.pdf")]
    [InlineData("../\u202E\0.pdf", "dokument.pdf")]
    [InlineData("...", "dokument.pdf")]
    [InlineData("Ελληνικά 文件 ağ.pdf", "Ελληνικά 文件 ağ.pdf")]
    public void Names_are_cleaned(string sent, string stored) => Assert.Equal(stored, FileNames.Clean(sent, ".pdf"));

    [Fact]
    public async Task A_hostile_name_is_cleaned_on_upload_and_in_the_download()
    {
        var (id, slug, office) = await SolutionAsync();
        var sent = "../..\\" + new string('ä', 300) + "\u202Egnp\0.pdf";

        using var uploaded = await office.SubmitWithRawFileNameAsync($"/verwaltung/transfer/loesungen/{id}/bearbeiten", UploadForm,
            new() { ["documentName"] = "Feindlicher Name" }, "upload", sent, Multipart.Pdf("Name"));

        Assert.Equal(HttpStatusCode.Redirect, uploaded.StatusCode);
        var document = await app.WithDbAsync(db => db.SolutionDocuments.Where(d => d.SolutionId == id && d.Name == "Feindlicher Name").Select(d => new { d.Id, d.FileName, d.StoredFileId }).SingleAsync());
        var expected = new string('ä', FileNames.MaxBaseLength) + ".pdf";
        Assert.Equal(expected, document.FileName);
        Assert.Equal(expected, await app.WithDbAsync(db => db.Files.Where(f => f.Id == document.StoredFileId).Select(f => f.FileName).SingleAsync()));
        using var download = await app.Browser().GetAsync($"/loesungen/{slug}/dokumente/{document.Id}");
        Assert.Equal(expected, download.Content.Headers.ContentDisposition?.FileNameStar);
    }
}
