using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Modellregion.Web.Data;

namespace Modellregion.Web.Platform.Files;

public sealed class FileOptions
{
    public const string Section = "Files";

    /// <summary>Largest accepted upload in bytes (default 20 MB).</summary>
    public long MaxBytes { get; set; } = 20 * 1024 * 1024;
}

/// <summary>Accepts uploads after checking size and type by the file's bytes, and stores them.</summary>
public sealed class FileStore(AppDbContext db, IOptions<FileOptions> options, ICurrentActor actor)
{
    private static readonly byte[] PdfSignature = "%PDF-"u8.ToArray();

    public long MaxBytes => options.Value.MaxBytes;

    /// <summary>Checks that <paramref name="upload"/> is a PDF no larger than the limit; returns the German reason when not.</summary>
    public async Task<(StoredFile? File, string? Error)> AcceptPdfAsync(IFormFile? upload, CancellationToken cancellationToken = default)
    {
        if (upload is null || upload.Length == 0)
        {
            return (null, "Bitte wählen Sie eine Datei aus.");
        }

        if (upload.Length > MaxBytes)
        {
            return (null, $"Die Datei ist zu groß ({upload.Length / 1024.0 / 1024.0:0.0} MB); erlaubt sind höchstens {MaxBytes / 1024 / 1024} MB.");
        }

        using var buffer = new MemoryStream((int)upload.Length);
        await upload.CopyToAsync(buffer, cancellationToken);
        var content = buffer.ToArray();
        if (!IsPdf(content))
        {
            return (null, "Die Datei ist kein PDF-Dokument. Bitte laden Sie eine PDF-Datei hoch.");
        }

        return (New(SafeName(upload.FileName, ".pdf"), "application/pdf", content), null);
    }

    public StoredFile New(string fileName, string contentType, byte[] content) => new()
    {
        Id = Guid.NewGuid(),
        FileName = fileName,
        ContentType = contentType,
        Size = content.LongLength,
        Sha256 = Convert.ToHexStringLower(SHA256.HashData(content)),
        Content = content,
        UploadedAt = db.UtcNow,
        UploadedBy = actor.Name,
    };

    /// <summary>A PDF starts with "%PDF-" (some writers put a few bytes before it; the standard allows 1024).</summary>
    public static bool IsPdf(ReadOnlySpan<byte> content)
    {
        var head = content[..Math.Min(content.Length, 1024)];
        return head.IndexOf(PdfSignature) >= 0 && content.Length > PdfSignature.Length;
    }

    /// <summary>A file name without path parts or control characters, with the expected extension.</summary>
    public static string SafeName(string? name, string extension)
    {
        var baseName = Path.GetFileNameWithoutExtension(Path.GetFileName(name ?? "")).Trim();
        var cleaned = new string([.. UnicodeText.WellFormed(baseName).Where(c => !char.IsControl(c) && c is not ('"' or '\\' or '/' or ':' or '*' or '?' or '<' or '>' or '|'))]);
        if (cleaned.Length == 0)
        {
            cleaned = "dokument";
        }

        return UnicodeText.Truncate(cleaned, 120) + extension;
    }
}

public static class FilesFeature
{
    public static IServiceCollection AddFiles(this IServiceCollection services)
    {
        services.AddOptions<FileOptions>().BindConfiguration(FileOptions.Section);
        services.AddScoped<FileStore>();
        return services;
    }
}
