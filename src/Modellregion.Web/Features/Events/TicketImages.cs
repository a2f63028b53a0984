using QRCoder;

namespace Modellregion.Web.Features.Events;

/// <summary>
/// The ticket as an image: a QR code that carries only the opaque ticket token (<see cref="Registration.TicketToken"/>),
/// nothing about the person. Attached to the confirmation mail of an on-site place and shown on the personal page.
/// </summary>
public static class TicketImages
{
    public const string ContentType = "image/png";
    public const string FileName = "ticket.png";

    /// <summary>A PNG of the QR code of <paramref name="ticketToken"/>.</summary>
    public static byte[] QrPng(string ticketToken)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(ticketToken, QRCodeGenerator.ECCLevel.M);
        using var png = new PngByteQRCode(data);
        return png.GetGraphic(8);
    }

    /// <summary>The PNG as a data: address for an &lt;img&gt; (allowed by the content security policy).</summary>
    public static string DataUri(string ticketToken) => "data:" + ContentType + ";base64," + Convert.ToBase64String(QrPng(ticketToken));
}
