namespace Modellregion.Web.Features.Shared;

/// <summary>What the pagination partial needs: where we are and how to link to another page.</summary>
public sealed record PaginationModel(int PageNumber, int PageCount, Func<int, string> Link);
