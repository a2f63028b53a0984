namespace Modellregion.Web.Features.Transfer;

public static class SolutionRoutes
{
    /// <summary>The matchmaking page lives at /loesungen/fuer-meine-kommune; no solution may take that address.</summary>
    public const string Reserved = "fuer-meine-kommune";
}
