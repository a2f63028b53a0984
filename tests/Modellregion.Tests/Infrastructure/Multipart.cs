using System.Net.Http.Headers;
using AngleSharp.Html.Dom;

namespace Modellregion.Tests.Infrastructure;

/// <summary>Submitting a form with a file, as a browser does (multipart/form-data).</summary>
public static class Multipart
{
    public static async Task<HttpResponseMessage> SubmitWithFileAsync(this HttpClient client, string url, string formSelector, Dictionary<string, string> values, string fileField, string fileName, byte[] content, string contentType = "application/pdf")
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
        body.Add(file, fileField, fileName);
        var action = form.GetAttribute("action");
        return await client.PostAsync(string.IsNullOrEmpty(action) ? url : action, body);
    }

    /// <summary>A small, valid PDF document.</summary>
    public static byte[] Pdf(string text = "Bescheid") =>
        System.Text.Encoding.ASCII.GetBytes(
            "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n" +
            "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%" + text + "\n%%EOF\n");
}
