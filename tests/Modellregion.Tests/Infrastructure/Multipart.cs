using System.Net.Http.Headers;
using AngleSharp.Html.Dom;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Modellregion.Tests.Infrastructure;

/// <summary>Submitting a form with a file, as a browser does (multipart/form-data).</summary>
public static class Multipart
{
    public static Task<HttpResponseMessage> SubmitWithFileAsync(this HttpClient client, string url, string formSelector, Dictionary<string, string> values, string fileField, string fileName, byte[] content, string contentType = "application/pdf") =>
        client.SendWithFileAsync(url, formSelector, values, content, contentType, (body, file) => body.Add(file, fileField, fileName));

    /// <summary>
    /// As <see cref="SubmitWithFileAsync(HttpClient, string, string, Dictionary{string, string}, string, string, byte[], string)"/>, with
    /// the file name sent as RFC 5987 <c>filename*</c> exactly as given, control characters included (as a hostile client may send it).
    /// </summary>
    public static Task<HttpResponseMessage> SubmitWithRawFileNameAsync(this HttpClient client, string url, string formSelector, Dictionary<string, string> values, string fileField, string rawFileName, byte[] content) =>
        client.SendWithFileAsync(url, formSelector, values, content, "application/pdf", (body, file) =>
        {
            file.Headers.TryAddWithoutValidation("Content-Disposition", $"form-data; name=\"{fileField}\"; filename=\"upload.pdf\"; filename*=UTF-8''{Uri.EscapeDataString(rawFileName)}");
            body.Add(file);
        });

    private static async Task<HttpResponseMessage> SendWithFileAsync(this HttpClient client, string url, string formSelector, Dictionary<string, string> values, byte[] content, string contentType, Action<MultipartFormDataContent, ByteArrayContent> addFile)
    {
        var document = await client.GetPageAsync(url);
        var form = document.QuerySelector(formSelector) as IHtmlFormElement ?? throw new InvalidOperationException($"Kein Formular „{formSelector}“ auf {url}.");
        using var body = new MultipartFormDataContent();
        var fields = form.Elements.OfType<IHtmlInputElement>()
            .Where(i => !string.IsNullOrEmpty(i.Name) && i.Type is not ("file" or "submit" or "checkbox" or "radio"))
            .Select(i => (Name: i.Name!, i.Value))
            .Concat(form.Elements.OfType<IHtmlTextAreaElement>().Where(a => !string.IsNullOrEmpty(a.Name)).Select(a => (Name: a.Name!, a.Value)))
            .Where(f => !values.ContainsKey(f.Name))
            .Concat(values.Select(v => (Name: v.Key, Value: v.Value)));
        foreach (var (name, value) in fields)
        {
            body.Add(new StringContent(value), name);
        }

        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        addFile(body, file);
        var action = form.GetAttribute("action");
        return await client.PostAsync(string.IsNullOrEmpty(action) ? url : action, body);
    }

    /// <summary>A small, valid PDF document with one page showing <paramref name="text"/> (written by PdfPig; the standard font has ASCII only).</summary>
    public static byte[] Pdf(string text = "Bescheid")
    {
        var builder = new PdfDocumentBuilder();

        // The title stands uncompressed in the file, so a test can find the text in the bytes.
        builder.DocumentInformation.Title = text;
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(PageSize.A4);
        page.AddText(new string([.. text.Select(c => char.IsAscii(c) ? c : '?')]), 12, new PdfPoint(72, 720), font);
        return builder.Build();
    }
}
