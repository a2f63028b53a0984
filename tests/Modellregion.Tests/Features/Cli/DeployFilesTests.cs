using System.Reflection;
using System.Text.RegularExpressions;
using Modellregion.Tests.Infrastructure;
using Modellregion.Web.Data;
using Xunit.Abstractions;

namespace Modellregion.Tests.Features.Cli;

/// <summary>
/// The deployment files in <c>deploy/</c> are documentation that runs: nginx accepts the site, every setting in the
/// environment example is one the app reads, the static folders nginx serves are the app's, and the systemd units
/// start the published app with the hardening the operations guide promises.
/// </summary>
public sealed partial class DeployFilesTests(ITestOutputHelper output) : IDisposable
{
    private readonly string _folder = System.IO.Directory.CreateTempSubdirectory("modellregion-deploy-test-").FullName;

    /// <summary>
    /// Settings the app reads without an options class (configuration["…"], GetValue, GetConnectionString), each with the
    /// text that reads it in src/Modellregion.Web, and the host's own variables.
    /// </summary>
    private static readonly Dictionary<string, string?> DirectSettings = new(StringComparer.Ordinal)
    {
        ["ConnectionStrings:Modellregion"] = "GetConnectionString(\"Modellregion\")",
        ["Database:Provider"] = "\"Database:Provider\"",
        ["Database:MigrateOnStart"] = "\"Database:MigrateOnStart\"",
        ["Database:SeedDemoData"] = "\"Database:SeedDemoData\"",
        ["Database:CreateFirstAdministrator"] = "\"Database:CreateFirstAdministrator\"",
        ["DataProtection:CertificatePath"] = "{Section}:CertificatePath",
        ["DataProtection:CertificatePassword"] = "{Section}:CertificatePassword",
        ["Account:RequireTwoFactor"] = "\"Account:RequireTwoFactor\"",
        ["Account:RequireTwoFactorFor"] = "\"Account:RequireTwoFactorFor\"",
        ["Account:SecurityStampValidationInterval"] = "\"Account:SecurityStampValidationInterval\"",
        ["Logging:Format"] = "\"Logging:Format\"",
        ["ASPNETCORE_ENVIRONMENT"] = null,
        ["ASPNETCORE_URLS"] = null,
    };

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Best effort.
        }
    }

    [Fact]
    public async Task Nginx_accepts_the_site()
    {
        if (NginxSite.Executable is null)
        {
            output.WriteLine("Übersprungen: nginx ist nicht installiert (test.sh installiert das Debian-Paket nginx).");
            return;
        }

        var configuration = NginxSite.Write(_folder, [5001, 5002], 8443, 8080, Repository.PathOf("src", "Modellregion.Web", "wwwroot"));
        var (code, text) = await NginxSite.TestAsync(configuration);
        output.WriteLine(text);
        Assert.True(code == 0, text);
        Assert.Contains("test is successful", text);
    }

    [Fact]
    public void Nginx_serves_exactly_the_folders_of_wwwroot_and_passes_the_headers_the_app_trusts()
    {
        var site = File.ReadAllText(NginxSite.SitePath);
        var match = StaticLocation().Match(site);
        Assert.True(match.Success, "Die Seite hat keinen Abschnitt für die statischen Dateien.");
        var served = match.Groups[1].Value.Split('|').Order(StringComparer.Ordinal).ToList();
        var folders = System.IO.Directory.GetDirectories(Repository.PathOf("src", "Modellregion.Web", "wwwroot")).Select(d => Path.GetFileName(d)!).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(folders, served);

        // Platform/ReverseProxy.cs trusts X-Forwarded-For and X-Forwarded-Proto, nothing else.
        Assert.Contains("proxy_set_header X-Forwarded-For $remote_addr;", site);
        Assert.Contains("proxy_set_header X-Forwarded-Proto $scheme;", site);
        Assert.Contains("proxy_next_upstream error timeout", site);
        Assert.Contains(Web.Platform.TransportSecurity.ContentSecurityPolicy, site);
    }

    [Fact]
    public void Every_setting_in_the_environment_example_is_read_by_the_app()
    {
        var lines = File.ReadAllLines(Repository.PathOf("deploy", "modellregion.env.example"));
        var keys = lines.Select(l => SettingLine().Match(l)).Where(m => m.Success).Select(m => m.Groups[1].Value).ToList();
        Assert.True(keys.Count > 30, $"Nur {keys.Count} Einstellungen gefunden.");
        var known = OptionsSettings();
        var source = string.Join("\n", System.IO.Directory.GetFiles(Repository.PathOf("src", "Modellregion.Web"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains("/obj/", StringComparison.Ordinal) && !f.Contains("/bin/", StringComparison.Ordinal))
            .Select(File.ReadAllText));
        var unknown = new List<string>();
        foreach (var key in keys)
        {
            var setting = ListIndex().Replace(key.Replace("__", ":", StringComparison.Ordinal), "");
            if (known.Contains(setting))
            {
                continue;
            }

            if (DirectSettings.TryGetValue(setting, out var needle) && (needle is null || source.Contains(needle, StringComparison.Ordinal)))
            {
                continue;
            }

            unknown.Add(key);
        }

        Assert.True(unknown.Count == 0, "Diese Einstellungen liest die App nicht: " + string.Join(", ", unknown));

        // What a cluster needs is set, not only mentioned.
        var active = lines.Where(l => !l.StartsWith('#')).ToList();
        foreach (var required in new[] { "Database__Provider=Postgres", "Database__MigrateOnStart=false", "ConnectionStrings__Modellregion=", "Site__PublicBaseUrl=", "ReverseProxy__KnownProxies__0=" })
        {
            Assert.Contains(active, l => l.StartsWith(required, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void The_systemd_units_start_the_published_app_hardened_and_migrate_separately()
    {
        var node = File.ReadAllText(Repository.PathOf("deploy", "systemd", "modellregion.service"));
        var migrate = File.ReadAllText(Repository.PathOf("deploy", "systemd", "modellregion-migrate.service"));
        foreach (var unit in new[] { node, migrate })
        {
            Assert.Contains("EnvironmentFile=/etc/modellregion/modellregion.env", unit);
            Assert.Contains("ProtectSystem=strict", unit);
            Assert.Contains("NoNewPrivileges=true", unit);
            Assert.Contains("User=modellregion", unit);
        }

        Assert.Contains("ExecStart=/usr/bin/dotnet /opt/modellregion/app/Modellregion.Web.dll\n", node);
        Assert.Contains("Restart=on-failure", node);
        Assert.Contains("RestartPreventExitStatus=3", node);
        Assert.Contains("ExecStart=/usr/bin/dotnet /opt/modellregion/app/Modellregion.Web.dll migrate\n", migrate);
        Assert.Contains("Type=oneshot", migrate);
        Assert.Contains("ENTRYPOINT [\"dotnet\", \"/app/Modellregion.Web.dll\"]", File.ReadAllText(Repository.PathOf("deploy", "Containerfile")));
    }

    /// <summary>Every "Section:Property" of the app's options classes (a class named …Options with a constant Section).</summary>
    private static HashSet<string> OptionsSettings()
    {
        var settings = new HashSet<string>(StringComparer.Ordinal);
        foreach (var type in typeof(DatabaseSettings).Assembly.GetTypes().Where(t => t.Name.EndsWith("Options", StringComparison.Ordinal)))
        {
            if (type.GetField("Section", BindingFlags.Public | BindingFlags.Static)?.GetRawConstantValue() is not string section)
            {
                continue;
            }

            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite))
            {
                settings.Add($"{section}:{property.Name}");
            }
        }

        return settings;
    }

    [GeneratedRegex(@"^#?([A-Za-z][A-Za-z0-9]*(?:__[A-Za-z0-9]+)+|ASPNETCORE_[A-Z_]+|DOTNET_[A-Z_]+)=")]
    private static partial Regex SettingLine();

    [GeneratedRegex(@":\d+$")]
    private static partial Regex ListIndex();

    [GeneratedRegex(@"location ~ \^/\(([a-z|]+)\)/")]
    private static partial Regex StaticLocation();
}
