using Microsoft.AspNetCore.WebUtilities;
using Modellregion.Web.Features.Projects;

namespace Modellregion.Web.Features.Home;

/// <summary>
/// Headline figures with the list each one counts: one programme's (its slug) or all. Example data is shown in the
/// lists but never counted, so when there is any, the links leave it out and list and figure agree.
/// </summary>
public sealed record FiguresView(Figures Figures, string? Programme, bool LeaveOutExamples)
{
    public string Regions => Link("/regionen", []);

    public string Municipalities => Link("/kommunen", []);

    public string Projects(params (string Name, string Value)[] filters) =>
        Link("/projekte", LeaveOutExamples ? [.. filters, ("beispiele", SearchProjects.WithoutExamplesValue)] : filters);

    private string Link(string path, (string Name, string Value)[] filters)
    {
        var query = new List<KeyValuePair<string, string?>>();
        if (Programme is not null)
        {
            query.Add(new("programm", Programme));
        }

        query.AddRange(filters.Select(f => new KeyValuePair<string, string?>(f.Name, f.Value)));
        return QueryHelpers.AddQueryString(path, query);
    }
}
