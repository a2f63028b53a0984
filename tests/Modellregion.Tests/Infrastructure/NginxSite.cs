using System.Diagnostics;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.RegularExpressions;

namespace Modellregion.Tests.Infrastructure;

/// <summary>
/// The deployment's nginx site (<c>deploy/nginx/modellregion.conf</c>) made runnable in a temporary folder: the
/// placeholders (node addresses, ports, certificate, wwwroot, log files) replaced, a self-signed certificate for
/// localhost, and a main configuration whose pid, logs and temp files stay in the folder, so nginx runs unprivileged.
/// </summary>
public static partial class NginxSite
{
    public static string SitePath => Repository.PathOf("deploy", "nginx", "modellregion.conf");

    /// <summary>The nginx executable, or null when nginx is not installed.</summary>
    public static string? Executable =>
        new[] { "/usr/sbin/nginx", "/usr/bin/nginx", "/usr/local/sbin/nginx", "/usr/local/bin/nginx" }.FirstOrDefault(File.Exists);

    /// <summary>Writes the runnable configuration into <paramref name="folder"/>; returns the path of its main file.</summary>
    public static string Write(string folder, IReadOnlyList<int> nodePorts, int httpsPort, int httpPort, string wwwroot)
    {
        var (certificate, key) = WriteCertificate(folder);
        var site = File.ReadAllText(SitePath);
        var nodes = string.Join("\n", nodePorts.Select(p => $"    server 127.0.0.1:{p} max_fails=1 fail_timeout=10s;"));
        site = NodeLines().Replace(site, "");
        site = site.Replace("    keepalive 32;", nodes + "\n    keepalive 32;", StringComparison.Ordinal);
        site = IPv6Listen().Replace(site, "");
        site = site.Replace("listen 443 ssl http2;", $"listen 127.0.0.1:{httpsPort} ssl http2;", StringComparison.Ordinal)
            .Replace("listen 80;", $"listen 127.0.0.1:{httpPort};", StringComparison.Ordinal)
            .Replace("/etc/ssl/modellregion/fullchain.pem", certificate, StringComparison.Ordinal)
            .Replace("/etc/ssl/modellregion/privkey.pem", key, StringComparison.Ordinal)
            .Replace("/opt/modellregion/app/wwwroot", wwwroot, StringComparison.Ordinal)
            .Replace("/var/log/nginx/", folder + "/", StringComparison.Ordinal)
            .Replace("/var/www/acme", Path.Combine(folder, "acme"), StringComparison.Ordinal);
        Assert.DoesNotContain("server 10.0.0.", site);
        File.WriteAllText(Path.Combine(folder, "site.conf"), site);

        var main = $$"""
            worker_processes 1;
            pid {{folder}}/nginx.pid;
            error_log {{folder}}/error.log warn;
            events { worker_connections 512; }
            http {
                types { text/html html; text/css css; application/javascript js; font/woff2 woff2; text/plain txt md; }
                default_type application/octet-stream;
                client_body_temp_path {{folder}}/client_body;
                proxy_temp_path {{folder}}/proxy;
                fastcgi_temp_path {{folder}}/fastcgi;
                uwsgi_temp_path {{folder}}/uwsgi;
                scgi_temp_path {{folder}}/scgi;
                access_log {{folder}}/access.log;
                include {{folder}}/site.conf;
            }
            """;
        var path = Path.Combine(folder, "nginx.conf");
        File.WriteAllText(path, main);
        return path;
    }

    /// <summary>Runs <c>nginx -t</c> on the configuration; returns the exit code and nginx's output.</summary>
    public static async Task<(int Code, string Output)> TestAsync(string configuration)
    {
        using var process = Process.Start(Info(configuration, "-t"))!;
        var error = process.StandardError.ReadToEndAsync();
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
        return (process.ExitCode, output + await error);
    }

    /// <summary>Starts nginx in the foreground (<c>daemon off</c>) as a child process.</summary>
    public static Process Start(string configuration)
    {
        var process = Process.Start(Info(configuration, "-g", "daemon off;"))!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static ProcessStartInfo Info(string configuration, params string[] arguments)
    {
        var info = new ProcessStartInfo(Executable ?? "nginx")
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        info.ArgumentList.Add("-p");
        info.ArgumentList.Add(Path.GetDirectoryName(configuration)! + "/");
        info.ArgumentList.Add("-c");
        info.ArgumentList.Add(configuration);
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        return info;
    }

    private static (string Certificate, string Key) WriteCertificate(string folder)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=localhost", key, HashAlgorithmName.SHA256);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName("localhost");
        names.AddIpAddress(System.Net.IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(7));
        var certificatePath = Path.Combine(folder, "fullchain.pem");
        var keyPath = Path.Combine(folder, "privkey.pem");
        File.WriteAllText(certificatePath, certificate.ExportCertificatePem(), Encoding.ASCII);
        File.WriteAllText(keyPath, key.ExportPkcs8PrivateKeyPem(), Encoding.ASCII);
        return (certificatePath, keyPath);
    }

    [GeneratedRegex(@"^\s*server 10\.0\.0\.\d+:\d+[^\n]*\n", RegexOptions.Multiline)]
    private static partial Regex NodeLines();

    [GeneratedRegex(@"^\s*listen \[::\][^\n]*\n", RegexOptions.Multiline)]
    private static partial Regex IPv6Listen();
}
