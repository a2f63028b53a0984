using System.Security.Claims;

namespace Modellregion.Web.Platform;

/// <summary>Who is making a change, for the audit trail.</summary>
public interface ICurrentActor
{
    string? UserId { get; }
    string Name { get; }

    /// <summary>The id of the request the change is made in (<see cref="RequestIds"/>); none outside a request.</summary>
    string? RequestId => null;
}

/// <summary>The signed-in user of the current request, or "Öffentlich" for anonymous requests.</summary>
public sealed class HttpCurrentActor(IHttpContextAccessor accessor) : ICurrentActor
{
    private ClaimsPrincipal? User => accessor.HttpContext?.User;

    public string? UserId => User?.FindFirstValue(ClaimTypes.NameIdentifier);

    public string Name => User?.Identity?.IsAuthenticated == true
        ? User.FindFirstValue("display_name") ?? User.Identity.Name ?? "Unbekannt"
        : accessor.HttpContext is null ? "System" : "Öffentlich";

    public string? RequestId => accessor.HttpContext is { } context ? RequestIds.Of(context) : null;
}

/// <summary>A fixed actor for the command line and start-up tasks.</summary>
public sealed class SystemActor(string name = "System") : ICurrentActor
{
    public string? UserId => null;
    public string Name { get; } = name;
}

/// <summary>The operator at the command line: recorded in the audit trail under its name, with the administrators' rights.</summary>
public sealed class CommandLineActor(string name = "Kommandozeile") : ICurrentActor
{
    public string? UserId => null;
    public string Name { get; } = name;
}
