using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Modellregion.Tests.Infrastructure;
using Modellregion.Web.Features.Account;

namespace Modellregion.Tests.Features.Platform;

/// <summary>
/// The keys behind sign-in cookies and forms: without a certificate the start says in one German line where they
/// are (and the framework's warning about unencrypted keys stays away); with DataProtection:CertificatePath they
/// are stored encrypted with that certificate and signing in works; a missing certificate stops the start.
/// </summary>
public sealed class KeyProtectionTests
{
    [Fact]
    public async Task Without_a_certificate_the_start_explains_where_the_keys_are_instead_of_warning()
    {
        await using var app = new LoggingApp();
        await app.InitializeAsync();

        var page = await app.Browser().GetAsync("/verwaltung/anmelden");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.True(await app.WithDbAsync(db => db.DataProtectionKeys.AnyAsync()));
        Assert.Contains(app.Logs, l => l.Category.EndsWith("KeyProtection", StringComparison.Ordinal) && l.Message.Contains("durch deren Zugriffsrechte geschützt", StringComparison.Ordinal));
        Assert.DoesNotContain(app.Logs, l => l.Level >= LogLevel.Warning && l.Category.StartsWith("Microsoft.AspNetCore.DataProtection", StringComparison.Ordinal));
        Assert.DoesNotContain(await app.WithDbAsync(db => db.DataProtectionKeys.Select(k => k.Xml).ToListAsync()), xml => xml!.Contains("encryptedSecret", StringComparison.Ordinal));
    }

    [Fact]
    public async Task With_a_certificate_the_keys_are_stored_encrypted_and_signing_in_works()
    {
        var folder = System.IO.Directory.CreateTempSubdirectory("modellregion-keys-");
        try
        {
            var path = Path.Combine(folder.FullName, "schluessel.pfx");
            using (var rsa = RSA.Create(2048))
            {
                var request = new CertificateRequest("CN=Modellregion Schlüssel", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
                using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
                await File.WriteAllBytesAsync(path, certificate.Export(X509ContentType.Pfx, "geheim"));
            }

            await using var app = new LoggingApp(("DataProtection:CertificatePath", path), ("DataProtection:CertificatePassword", "geheim"));
            await app.InitializeAsync();

            var browser = await app.SignedInAsync(AppRole.Administrator);
            var backOffice = await browser.GetAsync("/verwaltung");

            Assert.Equal(HttpStatusCode.OK, backOffice.StatusCode);
            var keys = await app.WithDbAsync(db => db.DataProtectionKeys.Select(k => k.Xml).ToListAsync());
            Assert.NotEmpty(keys);
            Assert.All(keys, xml => Assert.Contains("encryptedSecret", xml, StringComparison.Ordinal));
            Assert.Contains(app.Logs, l => l.Message.Contains("mit dem Zertifikat CN=Modellregion Schlüssel", StringComparison.Ordinal));
            Assert.DoesNotContain(app.Logs, l => l.Level >= LogLevel.Warning && l.Category.StartsWith("Microsoft.AspNetCore.DataProtection", StringComparison.Ordinal));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task A_missing_certificate_stops_the_start_with_a_German_message()
    {
        await using var app = new LoggingApp(("DataProtection:CertificatePath", "/gibt-es-nicht/schluessel.pfx"));
        await app.InitializeAsync();

        var error = Assert.ThrowsAny<Exception>(() => app.Browser());

        Assert.Contains("Das Zertifikat für die Schlüssel (DataProtection:CertificatePath) fehlt", error.ToString(), StringComparison.Ordinal);
    }

    private sealed record LogEntry(string Category, LogLevel Level, string Message);

    /// <summary>The app with extra settings; what it logs is kept for the assertions.</summary>
    private sealed class LoggingApp(params (string Key, string Value)[] settings) : ModellregionApp
    {
        public ConcurrentQueue<LogEntry> Logs { get; } = new();

        /// <summary>The copied demo database starts without keys, so that this app creates its own.</summary>
        public override async Task InitializeAsync()
        {
            await base.InitializeAsync();
            await using System.Data.Common.DbConnection connection = TestDatabase.Provider == Modellregion.Web.Data.DatabaseProvider.Postgres
                ? new Npgsql.NpgsqlConnection(ConnectionString)
                : new Microsoft.Data.Sqlite.SqliteConnection(ConnectionString);
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "DELETE FROM \"DataProtectionKeys\"";
            await command.ExecuteNonQueryAsync();
        }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }

            // Filtered like every other provider: warnings and up (the tests' level), and the line about the keys.
            builder.ConfigureLogging(logging =>
            {
                logging.AddProvider(new CaptureProvider(Logs));
                logging.AddFilter(typeof(Modellregion.Web.Data.KeyProtection).FullName, LogLevel.Information);
            });
        }
    }

    private sealed class CaptureProvider(ConcurrentQueue<LogEntry> logs) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new CaptureLogger(categoryName, logs);

        public void Dispose()
        {
        }
    }

    private sealed class CaptureLogger(string category, ConcurrentQueue<LogEntry> logs) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            logs.Enqueue(new LogEntry(category, logLevel, formatter(state, exception)));
    }
}
