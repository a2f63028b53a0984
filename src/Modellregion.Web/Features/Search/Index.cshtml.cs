using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Modellregion.Web.Features.Search;

public sealed class IndexModel(SearchEngine search) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    [BindProperty(SupportsGet = true, Name = "art")]
    public string? Kind { get; set; }

    [BindProperty(SupportsGet = true, Name = "region")]
    public string? Region { get; set; }

    [BindProperty(SupportsGet = true, Name = "programm")]
    public string? Programme { get; set; }

    [BindProperty(SupportsGet = true, Name = "thema")]
    public string? Topic { get; set; }

    [BindProperty(SupportsGet = true, Name = "jahr")]
    public string? Year { get; set; }

    [BindProperty(SupportsGet = true, Name = "seite")]
    public string? PageNumber { get; set; }

    public SearchResults? Result { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var english = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";
        var year = int.TryParse(Year, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is > 0 and < 10000 ? y : (int?)null;
        var page = int.TryParse(PageNumber, NumberStyles.None, CultureInfo.InvariantCulture, out var p) && p is > 0 and < 100_000 ? p : 1;
        var request = new SearchRequest(Query, Blank(Kind), Blank(Region), Blank(Programme), Blank(Topic), year, page);
        Result = await search.SearchAsync(request, english, cancellationToken);
    }

    /// <summary>The address of this search with one value changed (null removes it); the page goes back to 1.</summary>
    public string Link(string? kind = "", string? region = "", string? programme = "", string? topic = "", string? year = "", int? page = null, string? query = null)
    {
        var values = new List<KeyValuePair<string, string?>>
        {
            new("q", query ?? Query),
            new("art", kind == "" ? Kind : kind),
            new("region", region == "" ? Region : region),
            new("programm", programme == "" ? Programme : programme),
            new("thema", topic == "" ? Topic : topic),
            new("jahr", year == "" ? Year : year),
            new("seite", page is > 1 ? page.Value.ToString(CultureInfo.InvariantCulture) : null),
        };
        return "/suche" + Microsoft.AspNetCore.Http.QueryString.Create(values.Where(v => !string.IsNullOrEmpty(v.Value)));
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
