using Modellregion.Web.Platform.Localization;

namespace Modellregion.Web.Features.Projects;

/// <summary>The texts of Projects: German in ProjectsTexts.resx, English in ProjectsTexts.en.resx, keyed by stable identifiers.</summary>
public sealed class ProjectsTexts
{
    private ProjectsTexts()
    {
    }

    /// <summary>A message with the key <paramref name="key"/> of these texts and its format arguments.</summary>
    public static Message Of(string key, params object?[] arguments) => new(typeof(ProjectsTexts), key, arguments);
}
