using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;

namespace Modellregion.Web.Data;

/// <summary>
/// How the keys that protect sign-in cookies and forms are kept: always in the database (table
/// DataProtectionKeys, shared by every web node); with <c>DataProtection:CertificatePath</c> (a PKCS#12 file,
/// password in <c>DataProtection:CertificatePassword</c>) they are also encrypted with that certificate. Without a
/// certificate they are protected by the database's access rights alone; the start says so in one line instead of
/// the framework's warning about unencrypted keys.
/// </summary>
public static partial class KeyProtection
{
    public const string Section = "DataProtection";

    private const string KeyManagerCategory = "Microsoft.AspNetCore.DataProtection.KeyManagement.XmlKeyManager";

    public static WebApplicationBuilder AddKeyProtection(this WebApplicationBuilder builder)
    {
        var path = builder.Configuration[$"{Section}:CertificatePath"];
        if (string.IsNullOrWhiteSpace(path))
        {
            // The only warning of the key manager here is "no XML encryptor"; ReportKeyProtection explains instead.
            builder.Logging.AddFilter(KeyManagerCategory, LogLevel.Error);
            return builder;
        }

        var certificate = Load(Path.GetFullPath(path, builder.Environment.ContentRootPath), builder.Configuration[$"{Section}:CertificatePassword"]);
        builder.Services.AddSingleton(new KeyCertificate(certificate));
        builder.Services.AddDataProtection()
            .ProtectKeysWithCertificate(certificate)
            .UnprotectKeysWithAnyCertificate(certificate);
        return builder;
    }

    /// <summary>One line at the start: how the keys are protected.</summary>
    public static void ReportKeyProtection(this WebApplication app)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(KeyProtection));
        if (app.Services.GetService<KeyCertificate>() is { } key)
        {
            KeysEncrypted(logger, key.Certificate.Subject, key.Certificate.Thumbprint, key.Certificate.NotAfter);
        }
        else
        {
            KeysInDatabase(logger, Section);
        }
    }

    [LoggerMessage(1, LogLevel.Information,
        "Die Schlüssel für Anmelde-Cookies und Formulare liegen in der Datenbank und sind mit dem Zertifikat {Subject} (Fingerabdruck {Thumbprint}, gültig bis {NotAfter:yyyy-MM-dd}) verschlüsselt.")]
    private static partial void KeysEncrypted(ILogger logger, string subject, string thumbprint, DateTime notAfter);

    [LoggerMessage(2, LogLevel.Information,
        "Die Schlüssel für Anmelde-Cookies und Formulare liegen unverschlüsselt in der Datenbank (Tabelle DataProtectionKeys) und sind durch deren Zugriffsrechte geschützt; " +
        "zusätzlich verschlüsseln lassen sie sich mit einem Zertifikat unter {Section}:CertificatePath (siehe README).")]
    private static partial void KeysInDatabase(ILogger logger, string section);

    private static X509Certificate2 Load(string path, string? password)
    {
        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"Das Zertifikat für die Schlüssel ({Section}:CertificatePath) fehlt: {path}");
        }

        X509Certificate2 certificate;
        try
        {
            certificate = X509CertificateLoader.LoadPkcs12FromFile(path, password, X509KeyStorageFlags.EphemeralKeySet);
        }
        catch (CryptographicException e)
        {
            throw new InvalidOperationException($"Das Zertifikat {path} lässt sich nicht öffnen (PKCS#12-Datei mit privatem Schlüssel; Passwort unter {Section}:CertificatePassword): {e.Message}", e);
        }

        if (!certificate.HasPrivateKey)
        {
            throw new InvalidOperationException($"Das Zertifikat {path} enthält keinen privaten Schlüssel; ohne ihn lassen sich die Schlüssel nicht wieder lesen.");
        }

        return certificate;
    }

    private sealed record KeyCertificate(X509Certificate2 Certificate);
}
