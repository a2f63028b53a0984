using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Modellregion.Web.Features.Events;

public sealed class IndexModel(EventQueries events) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "region")]
    public string? Region { get; set; }

    [BindProperty(SupportsGet = true, Name = "thema")]
    public string? Topic { get; set; }

    [BindProperty(SupportsGet = true, Name = "format")]
    public string? Format { get; set; }

    public EventLists Lists { get; private set; } = new([], [], []);

    public EventFormat? ChosenFormat => Format switch
    {
        "vor-ort" => EventFormat.OnSite,
        "online" => EventFormat.Online,
        "hybrid" => EventFormat.Hybrid,
        _ => null,
    };

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Region = Region is { Length: <= 120 } ? Region.Trim() : null;
        // A topic longer than any slug matches nothing (and is not cut, which could split a character).
        Topic = Topic is { Length: > 120 } ? "~" : Topic?.Trim();
        Lists = await events.ListAsync(new EventFilter(Region, ChosenFormat, Topic), cancellationToken);
    }
}
