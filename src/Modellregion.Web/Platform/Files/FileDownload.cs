using Microsoft.Net.Http.Headers;

namespace Modellregion.Web.Platform.Files;

/// <summary>
/// How a stored file leaves the app: always as an attachment (Content-Disposition with a cleaned name and the RFC 5987
/// <c>filename*</c> for names beyond ASCII), with the content type checked on upload, and with nosniff (set for every
/// answer by <see cref="TransportSecurity"/>), so a browser never shows an uploaded file as a page of this site.
/// </summary>
public static class FileDownload
{
    public static IResult Attachment(byte[] content, string contentType, string fileName, DateTimeOffset? lastModified = null, EntityTagHeaderValue? entityTag = null) =>
        Results.File(content, contentType, FileNames.Clean(fileName), enableRangeProcessing: false, lastModified: lastModified, entityTag: entityTag);
}
