using Modellregion.Web.Features.Directory;

namespace Modellregion.Web.Features.Transfer;

/// <summary>What the candidate list needs: the field name of the choice, the current choice and the candidates.</summary>
public sealed record MunicipalityChoiceModel(string ChoiceName, string? Chosen, IReadOnlyList<MunicipalityInfo> Candidates);
