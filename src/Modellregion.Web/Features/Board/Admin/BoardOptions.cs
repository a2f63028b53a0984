using System.Globalization;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Modellregion.Web.Features.Board.Admin;

/// <summary>Choices of the board forms.</summary>
public static class BoardOptions
{
    public static IReadOnlyList<SelectListItem> States { get; } =
        [.. Enum.GetValues<MeetingState>().Select(s => new SelectListItem(MeetingStates.Label(s), ((int)s).ToString(CultureInfo.InvariantCulture)))];

    public static IReadOnlyList<SelectListItem> Roles { get; } =
        [.. Enum.GetValues<BoardRole>().Select(r => new SelectListItem(BoardRoles.Label(r), ((int)r).ToString(CultureInfo.InvariantCulture)))];

    public static IReadOnlyList<SelectListItem> Results { get; } =
        [.. Enum.GetValues<ResolutionResult>().Select(r => new SelectListItem(ResolutionResults.Label(r), ((int)r).ToString(CultureInfo.InvariantCulture)))];

    public static IReadOnlyList<SelectListItem> PaperTypes { get; } = [.. Paper.Types.Select(t => new SelectListItem(t, t))];
}
