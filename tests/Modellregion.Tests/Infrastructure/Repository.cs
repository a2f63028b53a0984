namespace Modellregion.Tests.Infrastructure;

/// <summary>
/// Files of this repository that tests compare against (standards, reference data, the project's own metadata).
/// Tests read only inside the repository: its root is the folder holding Modellregion.slnx, found by walking up
/// from the test assembly.
/// </summary>
public static class Repository
{
    private static readonly Lazy<string> RootFolder = new(FindRoot);

    public static string Root => RootFolder.Value;

    /// <summary>The full path of a file or folder given relative to the repository root.</summary>
    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Modellregion.slnx")))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException($"Kein Ordner mit Modellregion.slnx über {AppContext.BaseDirectory}.");
    }
}
