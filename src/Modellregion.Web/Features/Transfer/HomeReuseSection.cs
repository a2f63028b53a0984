using Modellregion.Web.Features.Shared;

namespace Modellregion.Web.Features.Transfer;

/// <summary>"Nachnutzung der Ergebnisse" on the start page, once the catalogue holds a solution.</summary>
public sealed class HomeReuseSection(ReuseFigures figures) : IPageSection
{
    public string Slot => PageSlots.HomeAfterProgramme;

    public string Partial => "/Features/Transfer/_HomeReuse.cshtml";

    public async Task<object?> LoadAsync(object? subject, CancellationToken cancellationToken) =>
        await figures.ComputeAsync(cancellationToken) is { Solutions: > 0 } reuse ? reuse : null;
}
