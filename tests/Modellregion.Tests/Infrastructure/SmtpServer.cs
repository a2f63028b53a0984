using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Modellregion.Tests.Infrastructure;

/// <summary>
/// A real SMTP server on loopback that stores what it receives in a Maildir: the one the test script starts
/// (MODELLREGION_TEST_SMTP_PORT, MODELLREGION_TEST_MAILDIR), or one this fixture starts itself with Debian's
/// python3-aiosmtpd.
/// </summary>
public sealed class SmtpServer : IAsyncLifetime
{
    private Process? _process;

    public int Port { get; private set; }
    public string Maildir { get; private set; } = "";

    public async Task InitializeAsync()
    {
        if (Environment.GetEnvironmentVariable("MODELLREGION_TEST_SMTP_PORT") is { } port
            && Environment.GetEnvironmentVariable("MODELLREGION_TEST_MAILDIR") is { } shared)
        {
            (Port, Maildir) = (int.Parse(port, System.Globalization.CultureInfo.InvariantCulture), shared);
            return;
        }

        Port = FreePort();
        Maildir = Path.Combine(Path.GetTempPath(), "modellregion-smtp", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.GetDirectoryName(Maildir)!);
        _process = Process.Start(new ProcessStartInfo("/usr/bin/python3", ["-m", "aiosmtpd", "-n", "-l", $"127.0.0.1:{Port}", "-c", "aiosmtpd.handlers.Mailbox", Maildir])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        }) ?? throw new InvalidOperationException("Der SMTP-Testserver (python3-aiosmtpd) ließ sich nicht starten.");
        for (var attempt = 0; attempt < 100; attempt++)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(100);
            }
        }

        throw new InvalidOperationException("Der SMTP-Testserver antwortet nicht: " + await _process.StandardError.ReadToEndAsync());
    }

    public Task DisposeAsync()
    {
        // The factory may dispose its fixtures more than once (DisposeAsync, then Dispose).
        var process = Interlocked.Exchange(ref _process, null);
        if (process is not null)
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }

            process.Dispose();
        }

        return Task.CompletedTask;
    }

    /// <summary>The messages received for <paramref name="recipient"/>, parsed.</summary>
    public IReadOnlyList<MimeKit.MimeMessage> MessagesTo(string recipient)
    {
        var folder = Path.Combine(Maildir, "new");
        return Directory.Exists(folder)
            ? [.. Directory.GetFiles(folder).Order().Select(f => MimeKit.MimeMessage.Load(f)).Where(m => m.To.Mailboxes.Any(a => string.Equals(a.Address, recipient, StringComparison.OrdinalIgnoreCase)))]
            : [];
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
