using Microsoft.Extensions.Options;
using Modellregion.Web.Features.Shared;

namespace Modellregion.Web.Features.Transfer;

/// <summary>What the privacy notice says about interest in solutions and reuse reports, with the configured retention.</summary>
public sealed class PrivacySection(IOptions<TransferOptions> options) : IPageSection
{
    public string Slot => PageSlots.PrivacyProcessing;

    public string Partial => "/Features/Transfer/_Privacy.cshtml";

    public Task<object?> LoadAsync(object? subject, CancellationToken cancellationToken) => Task.FromResult<object?>(options.Value.ContactRetentionDays);
}
