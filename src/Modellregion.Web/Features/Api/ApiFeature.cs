using Microsoft.AspNetCore.Authorization;
using Microsoft.OpenApi;
using Modellregion.Web.Features.Account;
using Modellregion.Web.Platform.Modules;

namespace Modellregion.Web.Features.Api;

/// <summary>
/// The description of the read API: the OpenAPI document at <c>/openapi/v1.json</c> (with German texts for the
/// parameters and answers every endpoint shares) and its reference page <c>/api/docs</c> in the site's layout.
/// </summary>
public sealed class ApiFeature : IFeatureModule
{
    public const string DocumentName = "v1";

    /// <summary>The security scheme of the write API in the OpenAPI document: a personal access token as bearer.</summary>
    public const string SecuritySchemeName = "zugangstoken";

    /// <summary>Parameters with the same name mean the same on every endpoint; their description is kept here once.</summary>
    private static readonly Dictionary<string, string> ParameterDescriptions = new(StringComparer.Ordinal)
    {
        ["slug"] = "Kurzname aus der Adresse, wie ihn die Liste in „slug“ nennt.",
        ["milestoneId"] = "Nummer des Meilensteins („id“ aus der Antwort beim Anlegen).",
        ["resultId"] = "Nummer des Ergebnisses („id“ aus der Antwort beim Anlegen).",
        ["region"] = "Kurzname einer Region (z. B. aus /api/v1/regions).",
        ["feld"] = "Kurzname eines Handlungsfelds.",
        ["thema"] = "Kurzname eines Themas.",
        ["status"] = "Stand: bei Projekten z. B. laufend, abgeschlossen; bei Nachnutzungen nur „bestaetigt“ (öffentlich sind nur bestätigte).",
        ["kommune"] = "Kommune: Name oder achtstelliger Amtlicher Gemeindeschlüssel (AGS).",
        ["q"] = "Suchbegriff; Groß- und Kleinschreibung, Umlaute und Akzente sind gleichgültig.",
        ["sortierung"] = "Sortierung der Liste.",
        ["seite"] = "Seitennummer, ab 1.",
        ["typ"] = "Art des Akteurs (z. B. kommune, kreis, hochschule).",
        ["art"] = "Art der Lösung (z. B. software, konzept).",
        ["reife"] = "Reifegrad der Lösung (z. B. produktiv, pilot).",
        ["lizenz"] = "Lizenz als SPDX-Kennung (z. B. EUPL-1.2).",
        ["bedarf"] = "Bedarf der Kommune in eigenen Worten, höchstens 300 Zeichen.",
        ["programm"] = "Kurzname eines Förderprogramms (z. B. digitale-modellregionen-nrw).",
        ["programme"] = "Anderer Name für „programm“.",
        ["geld"] = "Nur Projekte mit bekanntem Geld: „bewilligt“ (Zuwendung bewilligt) oder „ausgezahlt“ (Mittel abgeflossen).",
        ["beispiele"] = "„ohne“ blendet die erfundenen Übungsdaten (Beispiele) aus.",
        ["jahr"] = "Jahreszahl (1990 bis 2100), z. B. 2023.",
        ["von"] = "Erster Tag des Zeitraums im Format JJJJ-MM-TT (Berliner Zeit, eingeschlossen).",
        ["bis"] = "Letzter Tag des Zeitraums im Format JJJJ-MM-TT (Berliner Zeit, eingeschlossen); nicht vor „von“.",
        ["format"] = "Format der Veranstaltung: „vor-ort“, „online“ oder „hybrid“.",
        ["zeit"] = "„kommend“ (noch nicht beendet) oder „vergangen“ (beendet, neueste zuerst).",
        ["loesung"] = "Kurzname einer veröffentlichten Lösung (z. B. aus /api/v1/solutions).",
        ["id"] = "Nummer aus der Adresse, wie sie die Liste in „id“ nennt.",
    };

    private static readonly Dictionary<string, string> ResponseDescriptions = new(StringComparer.Ordinal)
    {
        ["200"] = "Erfolg",
        ["201"] = "Angelegt, mit dem gespeicherten Objekt",
        ["204"] = "Gelöscht",
        ["401"] = "Ohne gültiges Zugangstoken (Problem Details, WWW-Authenticate: Bearer)",
        ["403"] = "Die Person des Tokens darf dieses Projekt nicht bearbeiten (Problem Details)",
        ["409"] = "Inzwischen von jemand anderem geändert: „version“ ist veraltet, nichts gespeichert (Problem Details)",
        ["400"] = "Ungültige Anfrage (Problem Details mit deutscher Meldung)",
        ["404"] = "Nicht gefunden (Problem Details mit deutscher Meldung)",
    };

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOpenApi(DocumentName, options =>
        {
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info.Title = "Modellregion – Lese-API";
                document.Info.Description = "Öffentliche Daten der Plattform als JSON: Regionen, Projekte, Akteure, Gemeinden, Lösungen zur Nachnutzung und Nachnutzungen, " +
                                            "Meldungen, Veranstaltungen sowie Sitzungen und Beschlüsse der Digitalboards. Ohne Anmeldung, nur lesend; Zeiten in UTC (ISO 8601). " +
                                            "Listen sind seitenweise (Parameter „seite“, Antwort mit items, page, pageSize, totalCount, ignored). Projekte, Akteure und Lösungen " +
                                            "ignorieren unbekannte Filterwerte und nennen sie in „ignored“; Meldungen, Veranstaltungen, Nachnutzungen und das Digitalboard " +
                                            "antworten auf ungültige Werte mit 400 und einer deutschen Meldung. " +
                                            "Projektleitungen und Projektbüros ändern Stand, Meilensteine und Ergebnisse ihrer Projekte über die Schreib-API " +
                                            "mit einem persönlichen Zugangstoken (/verwaltung/konto/zugangstoken).";
                document.Components ??= new OpenApiComponents();
                document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
                document.Components.SecuritySchemes[SecuritySchemeName] = new OpenApiSecurityScheme
                {
                    Type = SecuritySchemeType.Http,
                    Scheme = "bearer",
                    Description = "Persönliches Zugangstoken im Kopf „Authorization: Bearer mr_pat_…“, angelegt unter /verwaltung/konto/zugangstoken. " +
                                  "Das Token darf genau das, was seine Person darf; eine Anmeldung per Cookie gilt für die Schreib-API nicht.",
                };
                return Task.CompletedTask;
            });
            options.AddOperationTransformer((operation, context, _) =>
            {
                if (context.Description.ActionDescriptor.EndpointMetadata.OfType<IAuthorizeData>().Any(a => a.Policy == AccessTokenPolicies.Bearer))
                {
                    operation.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SecuritySchemeName, context.Document)] = [] }];
                }

                foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>() ?? [])
                {
                    if (string.IsNullOrEmpty(parameter.Description) && parameter.Name is { } name && ParameterDescriptions.TryGetValue(name, out var description))
                    {
                        parameter.Description = description;
                    }
                }

                foreach (var (status, response) in operation.Responses ?? [])
                {
                    if (response is OpenApiResponse concrete && ResponseDescriptions.TryGetValue(status, out var description))
                    {
                        concrete.Description = description;
                    }
                }

                return Task.CompletedTask;
            });
        });
        services.AddSingleton<ApiReference>();
        services.AddReadApiHttp(configuration);
    }

    /// <summary>Conditional requests, cache headers, CORS and the rate limit for the read API and OParl (<see cref="ReadApiHttp"/>).</summary>
    public void Use(IApplicationBuilder app) => app.UseReadApiHttp();

    /// <summary>The OpenAPI document of the read API.</summary>
    public void Map(IEndpointRouteBuilder endpoints) => endpoints.MapOpenApi("/openapi/{documentName}.json");
}
