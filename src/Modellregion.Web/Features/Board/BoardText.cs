namespace Modellregion.Web.Features.Board;

/// <summary>How the board forms store free text.</summary>
internal static class BoardText
{
    /// <summary>Empty as null; otherwise trimmed, with one kind of line ending.</summary>
    internal static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim().ReplaceLineEndings("\n");
}
