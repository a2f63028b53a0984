using Microsoft.AspNetCore.Mvc;
using Modellregion.Web.Features.Shared;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Privacy;

/// <summary>The register of processing activities, as the features of this installation contribute it.</summary>
public sealed class RegisterModel(ProcessingRegister register) : BackOfficePageModel
{
    public IReadOnlyList<ProcessingActivity> Activities { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync() =>
        this.Show(await register.ListAsync(), view =>
        {
            Activities = view.Activities;
            return Page();
        });
}
