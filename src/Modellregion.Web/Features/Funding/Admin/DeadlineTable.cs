namespace Modellregion.Web.Features.Funding.Admin;

/// <summary>One table of the deadlines page.</summary>
public sealed record DeadlineTable(string Id, string Caption, IReadOnlyList<Deadline> Items, DateOnly Today);
