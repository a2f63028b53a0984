using System.Globalization;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Features.Board;

/// <summary>
/// The addresses of the OParl objects and lists of this installation (<c>/oparl/v1.1/…</c>), built from the host
/// the request reached, and the date and time format OParl uses (Berlin time with offset).
/// </summary>
public sealed class OParlUrls
{
    /// <summary>The installation, e.g. <c>https://modellregion.example</c>.</summary>
    public string Site { get; private set; } = "";

    /// <summary>The OParl System, the root of every other address.</summary>
    public string System { get; private set; } = "";

    public void UseHost(HttpRequest request)
    {
        Site = $"{request.Scheme}://{request.Host.Value}";
        System = Site + "/oparl/v1.1";
    }

    public string Body(int id) => $"{System}/body/{id}";
    public string List(int body, string list) => $"{System}/body/{body}/{list}";
    public string Board(int id) => $"{System}/organization/{id}";
    public string BoardMeetings(int id) => $"{System}/organization/{id}/meeting";
    public string Represented(int body, int organisation) => $"{System}/organization/{body}-{organisation}";
    public string Person(int id) => $"{System}/person/{id}";
    public string Membership(int id) => $"{System}/membership/{id}";
    public string Meeting(int id) => $"{System}/meeting/{id}";
    public string Item(int id) => $"{System}/agendaitem/{id}";
    public string Paper(int id) => $"{System}/paper/{id}";
    public string Consultation(int id) => $"{System}/consultation/{id}";
    public string File(int id) => $"{System}/file/{id}";
    public string Location(int id) => $"{System}/location/{id}";
    public string Term(int id) => $"{System}/legislativeterm/{id}";

    /// <summary>A public file (OParl accessUrl); served as an attachment like the downloadUrl (ADR 0021).</summary>
    public string Access(int fileId) => $"{Site}/digitalboard/dateien/{fileId}";

    /// <summary>A public file as download (OParl downloadUrl).</summary>
    public string Download(int fileId) => $"{Site}/digitalboard/dateien/{fileId}/download";

    public static string Time(DateTime utc)
    {
        var value = DateTime.SpecifyKind(utc, DateTimeKind.Utc);
        var offset = Formatting.Berlin.GetUtcOffset(value);
        return new DateTimeOffset(value).ToOffset(offset).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
    }

    public static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
