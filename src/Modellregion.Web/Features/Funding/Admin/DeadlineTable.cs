namespace Modellregion.Web.Features.Funding.Admin;

/// <summary>One table of the deadlines page, paged on its own.</summary>
public sealed record DeadlineTable(string Id, string Caption, IReadOnlyList<Deadline> Items, DateOnly Today, int PageNumber, Func<int, string> Link)
{
    public const int PageSize = 50;

    public int PageCount => Math.Max(1, (Items.Count + PageSize - 1) / PageSize);

    public int CurrentPage => Math.Clamp(PageNumber, 1, PageCount);

    public IEnumerable<Deadline> PageItems => Items.Skip((CurrentPage - 1) * PageSize).Take(PageSize);
}
