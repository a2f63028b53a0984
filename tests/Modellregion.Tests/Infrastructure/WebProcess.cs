using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Reflection;
using System.Text;

namespace Modellregion.Tests.Infrastructure;

/// <summary>
/// The built web app (<c>Modellregion.Web.dll</c>) as a process of its own, as an operator starts it: with settings as
/// environment variables, optionally a command (<c>migrate</c>), its output kept for the test's report.
/// </summary>
public sealed class WebProcess : IAsyncDisposable
{
    private readonly StringBuilder _log = new();
    private readonly Process _process;

    private WebProcess(Process process) => _process = process;

    public string Name { get; private init; } = "app";

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    /// <summary>What the app wrote to standard output and error so far (the first 40,000 characters).</summary>
    public string Log
    {
        get
        {
            lock (_log)
            {
                return _log.ToString();
            }
        }
    }

    /// <summary>
    /// The web project's build output of the configuration the tests were built in (the test project references it,
    /// so it is built), found from the test assembly upwards to the repository root; the project folder is the content root.
    /// </summary>
    public static (string Dll, string ContentRoot)? BuildOutput()
    {
        var configuration = typeof(WebProcess).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration;
        var configurations = new[] { configuration, "Debug", "Release" }.Where(c => !string.IsNullOrEmpty(c)).Distinct().ToList();
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var project = Path.Combine(folder.FullName, "src", "Modellregion.Web");
            if (!File.Exists(Path.Combine(project, "Modellregion.Web.csproj")))
            {
                continue;
            }

            foreach (var name in configurations)
            {
                var dll = Path.Combine(project, "bin", name!, "net10.0", "Modellregion.Web.dll");
                if (File.Exists(dll))
                {
                    return (dll, project);
                }
            }

            return null;
        }

        return null;
    }

    /// <summary>Starts the app with the given settings (environment variables) and arguments (e.g. <c>migrate</c> or <c>--urls …</c>).</summary>
    public static WebProcess Start((string Dll, string ContentRoot) web, string name, IReadOnlyDictionary<string, string> settings, params string[] arguments)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = web.ContentRoot,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        info.ArgumentList.Add(web.Dll);
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        info.Environment["DOTNET_ENVIRONMENT"] = "Production";
        foreach (var (key, value) in settings)
        {
            info.Environment[key] = value;
        }

        var process = new Process { StartInfo = info };
        var started = new WebProcess(process) { Name = name };
        process.OutputDataReceived += (_, e) => started.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => started.Keep(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return started;
    }

    /// <summary>Waits until the process ends and its output is read; returns the exit code.</summary>
    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        await _process.WaitForExitAsync().WaitAsync(timeout);
        return _process.ExitCode;
    }

    /// <summary>Waits until <c>/health</c> answers 200; fails the test when the app ends or does not answer in time.</summary>
    public async Task WaitHealthyAsync(Uri baseAddress, TimeSpan timeout)
    {
        using var client = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < timeout)
        {
            Assert.False(_process.HasExited, $"{Name} hat sich beim Start beendet (Code {(_process.HasExited ? _process.ExitCode : 0)}).\n{Log}");
            try
            {
                using var response = await client.GetAsync("/health");
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }

            await Task.Delay(200);
        }

        Assert.Fail($"{Name} meldete sich nicht innerhalb von {timeout.TotalSeconds:0} s als bereit.\n{Log}");
    }

    /// <summary>SIGKILL: the process ends at once, without shutting down.</summary>
    public async Task KillAsync()
    {
        try
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(20));
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process.Dispose();
    }

    /// <summary>A TCP port on the loopback address that is free right now.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_log)
        {
            if (_log.Length < 40_000)
            {
                _log.AppendLine(line);
            }
        }
    }
}
