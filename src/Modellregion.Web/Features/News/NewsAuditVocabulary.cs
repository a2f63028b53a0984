using Modellregion.Web.Features.Audit;

namespace Modellregion.Web.Features.News;

/// <summary>How the audit trail names what news records.</summary>
internal sealed class NewsAuditVocabulary : AuditVocabulary
{
    public override IReadOnlyDictionary<string, string> Entities { get; } = new Dictionary<string, string>
    {
        ["NewsItem"] = "Meldung",
        ["NewsItem.Sources"] = "Quelle",
    };

    public override IReadOnlyDictionary<string, string> Properties { get; } = new Dictionary<string, string>
    {
        ["Teaser"] = "Anreißer",
        ["Body"] = "Text",
        ["PublishedOn"] = "Datum",
    };
}
