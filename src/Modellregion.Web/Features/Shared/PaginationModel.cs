namespace Modellregion.Web.Features.Shared;

/// <summary>
/// What the pagination partial needs: where we are and how to link to another page; a label of its own when a
/// page has more than one list to page through.
/// </summary>
public sealed record PaginationModel(int PageNumber, int PageCount, Func<int, string> Link, string? Label = null);
