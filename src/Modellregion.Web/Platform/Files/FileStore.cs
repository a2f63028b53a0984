using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Modellregion.Web.Data;
using Modellregion.Web.Platform.Localization;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Exceptions;

namespace Modellregion.Web.Platform.Files;

public sealed class FileOptions
{
    public const string Section = "Files";

    /// <summary>Largest accepted upload in bytes (default 20 MB).</summary>
    public long MaxBytes { get; set; } = 20 * 1024 * 1024;
}

/// <summary>
/// Accepts uploads after checking size and type by the file's content, and stores them. The app accepts PDF only
/// (grant decisions, proofs, board papers, documents of solutions): a PDF counts when PdfPig opens it and it has a
/// page, not when it merely starts with "%PDF-" (an HTML page with that line would pass such a check).
/// </summary>
public sealed class FileStore(AppDbContext db, IOptions<FileOptions> options, ICurrentActor actor)
{
    public const string PdfContentType = "application/pdf";

    private static readonly byte[] PdfSignature = "%PDF-"u8.ToArray();
    private static readonly byte[] EndOfFile = "%%EOF"u8.ToArray();
    private static readonly byte[] StartXref = "startxref"u8.ToArray();

    public long MaxBytes => options.Value.MaxBytes;

    /// <summary>Checks that <paramref name="upload"/> is a PDF no larger than the limit; returns the German reason when not.</summary>
    public async Task<(StoredFile? File, Message? Error)> AcceptPdfAsync(IFormFile? upload, CancellationToken cancellationToken = default)
    {
        if (upload is null || upload.Length == 0)
        {
            return (null, SharedTexts.Of("Files.ChooseAFile"));
        }

        if (upload.Length > MaxBytes)
        {
            return (null, SharedTexts.Of("Files.TooLarge", upload.Length / 1024.0 / 1024.0, MaxBytes / 1024 / 1024));
        }

        using var buffer = new MemoryStream((int)upload.Length);
        await upload.CopyToAsync(buffer, cancellationToken);
        var content = buffer.ToArray();
        if (!IsPdf(content))
        {
            return (null, SharedTexts.Of("Files.NotAPdf"));
        }

        return CheckPdf(content) switch
        {
            PdfCheck.Encrypted => (null, SharedTexts.Of("Files.PdfEncrypted")),
            PdfCheck.Damaged => (null, SharedTexts.Of("Files.PdfDamaged")),
            _ => (New(FileNames.Clean(upload.FileName, ".pdf"), PdfContentType, content), null),
        };
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

    public enum PdfCheck
    {
        Valid,
        Damaged,
        Encrypted,
    }

    /// <summary>
    /// Whether the bytes are a complete PDF: it ends with the trailer ("startxref", "%%EOF"; a cut-off upload does
    /// not), PdfPig opens it, it has at least one page and its first and last page can be read. A document that needs a password to open
    /// cannot be read by the office either and is refused.
    /// </summary>
    public static PdfCheck CheckPdf(byte[] content)
    {
        var tail = content.AsSpan(Math.Max(0, content.Length - 1024));
        if (tail.IndexOf(EndOfFile) < 0 || tail.IndexOf(StartXref) < 0)
        {
            return PdfCheck.Damaged;
        }

        try
        {
            using var document = PdfDocument.Open(content, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
            if (document.NumberOfPages < 1)
            {
                return PdfCheck.Damaged;
            }

            _ = document.GetPage(1);
            _ = document.GetPage(document.NumberOfPages);
            return PdfCheck.Valid;
        }
        catch (PdfDocumentEncryptedException)
        {
            return PdfCheck.Encrypted;
        }
#pragma warning disable CA1031 // Whatever the parser throws on a broken file means the same: not a readable PDF.
        catch (Exception)
#pragma warning restore CA1031
        {
            return PdfCheck.Damaged;
        }
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
