using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Modellregion.Tests.Infrastructure;

/// <summary>Reading pages and submitting their forms the way a browser without JavaScript does.</summary>
public static class Html
{
    private static readonly HtmlParser Parser = new();

    public static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response) =>
        await Parser.ParseDocumentAsync(await response.Content.ReadAsStringAsync());

    /// <summary>GETs a page, asserts the status and returns the parsed document.</summary>
    public static async Task<IHtmlDocument> GetPageAsync(this HttpClient client, string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"GET {url}: expected {(int)expected}, got {(int)response.StatusCode}\n{Shorten(body)}");
        return await Parser.ParseDocumentAsync(body);
    }

    /// <summary>
    /// Loads <paramref name="url"/>, takes the form matching <paramref name="formSelector"/> with all its current
    /// values (hidden fields, anti-forgery token, version), overrides <paramref name="values"/> and posts it.
    /// A value of null removes the field; a list posts several values under one name.
    /// </summary>
    public static async Task<HttpResponseMessage> SubmitFormAsync(this HttpClient client, string url, string formSelector, Dictionary<string, object?> values)
    {
        var document = await client.GetPageAsync(url);
        return await client.SubmitAsync(document, url, formSelector, values);
    }

    public static async Task<HttpResponseMessage> SubmitAsync(this HttpClient client, IHtmlDocument document, string url, string formSelector, Dictionary<string, object?> values)
    {
        var (target, fields) = FormFields(document, url, formSelector, values);
        return await client.PostAsync(target, new FormUrlEncodedContent(fields));
    }

    /// <summary>The address a form posts to and the fields it sends: its current values with <paramref name="values"/> applied.</summary>
    public static (string Target, List<KeyValuePair<string, string>> Fields) FormFields(IHtmlDocument document, string url, string formSelector, Dictionary<string, object?> values)
    {
        var form = document.QuerySelector(formSelector) as IHtmlFormElement
            ?? throw new InvalidOperationException($"Kein Formular „{formSelector}“ auf {url}.");
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement input when !string.IsNullOrEmpty(input.Name) && input.Type is not ("submit" or "button"):
                    if (input.Type is "checkbox" or "radio" && !input.IsChecked)
                    {
                        continue;
                    }

                    fields.Add(new(input.Name!, input.Value));
                    break;
                case IHtmlTextAreaElement area when !string.IsNullOrEmpty(area.Name):
                    fields.Add(new(area.Name!, area.Value));
                    break;
                case IHtmlSelectElement select when !string.IsNullOrEmpty(select.Name):
                    var selected = select.Options.FirstOrDefault(o => o.IsSelected) ?? (select.Options.Length > 0 ? select.Options[0] : null);
                    if (selected is not null)
                    {
                        fields.Add(new(select.Name!, selected.Value));
                    }

                    break;
            }
        }

        foreach (var (name, value) in values)
        {
            // Keep the hidden "false" that goes with a checkbox; replace everything else.
            fields.RemoveAll(f => f.Key == name && !(value is bool && f.Value == "false"));
            switch (value)
            {
                case null:
                    break;
                case bool flag:
                    fields.RemoveAll(f => f.Key == name);
                    fields.Add(new(name, flag ? "true" : "false"));
                    break;
                case IEnumerable<string> many:
                    fields.AddRange(many.Select(v => new KeyValuePair<string, string>(name, v)));
                    break;
                default:
                    fields.Add(new(name, Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)!));
                    break;
            }
        }

        var action = form.GetAttribute("action");
        return (string.IsNullOrEmpty(action) ? url : action, fields);
    }

    /// <summary>
    /// Posts <paramref name="fields"/> to <paramref name="url"/> with a valid anti-forgery token of this session,
    /// taken from a page the session may open — as someone would who crafts the request by hand.
    /// </summary>
    public static async Task<HttpResponseMessage> PostAsSessionAsync(this HttpClient client, string url, Dictionary<string, string> fields, string tokenPage = "/verwaltung")
    {
        var page = await client.GetPageAsync(tokenPage);
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException($"Kein Anti-Forgery-Token auf {tokenPage}.");
        var content = new FormUrlEncodedContent(fields.Append(new("__RequestVerificationToken", token)));
        return await client.PostAsync(url, content);
    }

    public static string Text(this IHtmlDocument document, string selector = "main") =>
        document.QuerySelector(selector)?.TextContent is { } text ? System.Text.RegularExpressions.Regex.Replace(text, @"\s+", " ") : "";

    public static async Task<string> BodyAsync(this HttpResponseMessage response) => await response.Content.ReadAsStringAsync();

    private static string Shorten(string body) => body.Length > 3000 ? body[..3000] + "…" : body;
}
