namespace Modellregion.Web.Features.Shared;

/// <summary>
/// Writes a refusal of the limits (<c>429</c>, <c>503</c>) for addresses whose clients expect their own error format
/// (OParl's error object) instead of ProblemDetails; registered by the feature that serves those addresses.
/// </summary>
public interface IReadApiRefusal
{
    bool Applies(HttpContext context);

    /// <summary>Writes the body; status code and <c>Retry-After</c> are already set.</summary>
    Task WriteAsync(HttpContext context, int status, string message);
}
