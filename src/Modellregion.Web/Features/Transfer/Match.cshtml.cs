using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Modellregion.Web.Features.Directory;

namespace Modellregion.Web.Features.Transfer;

public sealed class MatchModel(MunicipalityLookup municipalities, MatchSolutions match) : PageModel
{
    [FromQuery(Name = "kommune")] public string? Municipality { get; set; }
    [FromQuery(Name = "ags")] public string? ChosenAgs { get; set; }
    [FromQuery(Name = "bedarf")] public string? Need { get; set; }

    public IReadOnlyList<MunicipalityInfo> Candidates { get; private set; } = [];
    public string? Error { get; private set; }
    public MatchResult? Result { get; private set; }

    public MunicipalityChoiceModel Choice => new("ags", ChosenAgs, Candidates);

    public static readonly IReadOnlyDictionary<MatchReasonKind, string> Templates = new Dictionary<MatchReasonKind, string>
    {
        [MatchReasonKind.Need] = "Passt zu Ihrem Bedarf: {0}",
        [MatchReasonKind.SameDistrict] = "Schon im Einsatz in Ihrem Kreis ({1}): {0}",
        [MatchReasonKind.SameGoverningDistrict] = "Schon im Einsatz im Regierungsbezirk {1}: {0}",
        [MatchReasonKind.SimilarMunicipality] = "Genutzt von einer vergleichbaren Kommune ({1}, Kreis mit ähnlicher Einwohnerzahl): {0}",
        [MatchReasonKind.Maturity] = "Reifegrad: {0}",
        [MatchReasonKind.OperatorModel] = "Ohne eigenen Serverbetrieb nutzbar ({0}) – passend für kreisangehörige Kommunen",
        [MatchReasonKind.Reuses] = "Bereits {0}-mal nachgenutzt",
    };

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(Municipality) && string.IsNullOrWhiteSpace(ChosenAgs))
        {
            return Page();
        }

        if (Need is { Length: > MatchSolutions.MaxNeedLength })
        {
            Error = "Bitte beschreiben Sie Ihren Bedarf in höchstens 300 Zeichen.";
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        switch (await municipalities.ResolveAsync(Municipality, ChosenAgs, cancellationToken))
        {
            case MunicipalityMatch.Found found:
                Municipality = found.Municipality.Name;
                ChosenAgs = found.Municipality.Ags;
                Result = await match.RunAsync(found.Municipality, Need, cancellationToken);
                return Page();
            case MunicipalityMatch.Ambiguous ambiguous:
                Candidates = ambiguous.Candidates;
                Error = ambiguous.Message(Municipality);
                return Page();
            default:
                Error = $"Die Kommune „{Municipality?.Trim()}“ steht nicht im amtlichen Gemeindeverzeichnis. Bitte prüfen Sie den Namen oder geben Sie den achtstelligen Gemeindeschlüssel an.";
                Response.StatusCode = StatusCodes.Status400BadRequest;
                return Page();
        }
    }
}
