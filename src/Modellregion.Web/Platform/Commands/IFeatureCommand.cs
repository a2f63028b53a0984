using System.CommandLine;

namespace Modellregion.Web.Platform.Commands;

/// <summary>
/// A command of the command line (<c>modellregion …</c>) that a feature contributes, registered in the feature's
/// services (<c>services.AddSingleton&lt;IFeatureCommand, …&gt;()</c>). The command line keeps only the generic
/// commands and adds every registered one; a feature that is not registered brings no command.
/// </summary>
public interface IFeatureCommand
{
    /// <summary>The command's name, e.g. <c>seed-synthetic-board</c>.</summary>
    string Name { get; }

    /// <summary>What the command does (German, shown in the help).</summary>
    string Description { get; }

    /// <summary>Builds the command with its options; its action runs through <paramref name="host"/>.</summary>
    Command Build(CommandHost host);
}

/// <summary>
/// What a feature command gets from the command line: the output and error writers and a way to run an action with the
/// services of the database selected by <c>--provider</c> and <c>--connection</c>. Database and input errors become a
/// German message and exit code 1.
/// </summary>
public sealed class CommandHost(TextWriter output, TextWriter error, Func<ParseResult, Func<IServiceProvider, Task<int>>, Task<int>> run)
{
    public TextWriter Output { get; } = output;

    public TextWriter Error { get; } = error;

    /// <summary>Runs <paramref name="action"/> in a scope of the services for the selected database; returns its exit code.</summary>
    public Task<int> RunAsync(ParseResult parse, Func<IServiceProvider, Task<int>> action) => run(parse, action);

    /// <summary>Writes the messages of an outcome that is not a success and returns exit code 2.</summary>
    public int Fail(Outcome outcome)
    {
        if (outcome is Outcome.Invalid invalid)
        {
            foreach (var message in invalid.Errors.SelectMany(e => e.Value))
            {
                Error.WriteLine(message);
            }
        }
        else
        {
            Error.WriteLine($"Nicht möglich: {outcome}");
        }

        return 2;
    }
}
