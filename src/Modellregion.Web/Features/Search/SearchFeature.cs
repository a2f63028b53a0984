using System.CommandLine;
using System.Globalization;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Shared;
using Modellregion.Web.Platform;
using Modellregion.Web.Platform.Commands;
using Modellregion.Web.Platform.Modules;

namespace Modellregion.Web.Features.Search;

/// <summary>
/// The global search (<c>/suche</c>, <c>/api/v1/search</c>): one index every feature writes to through its
/// <see cref="ISearchSource"/>, kept current after every save (<see cref="SearchIndexing"/>), matched by the database's
/// own full-text engine (<see cref="SearchEngine"/>). The list pages' text filters use it through
/// <see cref="ISearchMatches"/>.
/// </summary>
public sealed class SearchFeature : IFeatureModule
{
    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        AddCore(services);
        services.AddSingleton(new PublicArea(90, "/suche", SearchTexts.Of("Layout.Area")));
        services.AddScoped<IStartupTask, BuildSearchIndexIfEmpty>();
    }

    public void AddCommandLineServices(IServiceCollection services)
    {
        AddCore(services);
        services.AddSingleton<IFeatureCommand, RebuildSearchIndexCommand>();
    }

    public void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/v1/search", async (string? q, string? art, SearchEngine search, CancellationToken cancellationToken) =>
        {
            if (q is { Length: > SearchQuery.MaxLength * 4 })
            {
                return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Suchbegriff zu lang", detail: $"Der Suchbegriff darf höchstens {SearchQuery.MaxLength} Zeichen lang sein.");
            }

            var english = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";
            var result = await search.SearchAsync(new SearchRequest(q, Kind: string.IsNullOrEmpty(art) ? null : art), english, cancellationToken);
            return Results.Ok(new
            {
                query = q ?? "",
                total = result.Total,
                kinds = result.Kinds.Select(k => new { kind = k.Value, label = k.Label, count = k.Count }),
                suggestion = result.Suggestion,
                items = result.Hits.Select(h => new { kind = h.Kind, title = h.Title, url = h.Url, region = h.RegionName, year = h.Year }),
            });
        })
        .WithTags("Suche")
        .WithSummary("Globale Suche über Projekte, Lösungen, Akteure, Kommunen, Nachrichten, Digitalboard und Veranstaltungen")
        .WithDescription("Deutsch-bewusste Suche (Wortstämme, Umlaute und Umschreibungen, Wortteile, Präfixe für die Eingabehilfe). q: Suchbegriff; art: nur eine Art (z. B. projekt).");
        endpoints.MapGet("/api/v1/search/suggest", async (string? q, SearchEngine search, CancellationToken cancellationToken) =>
        {
            var english = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";
            var hits = await search.SuggestTitlesAsync(q is { Length: > SearchQuery.MaxLength } ? q[..SearchQuery.MaxLength] : q, english, 8, cancellationToken);
            return Results.Ok(hits.Select(h => new { kind = h.Kind, label = h.KindLabel, title = h.Title, url = h.Url }));
        })
        .WithTags("Suche")
        .WithSummary("Eingabehilfe: die besten Titel für das bisher Getippte")
        .WithDescription("Jedes Wort zählt als Wortanfang: „Gesundh“ findet „Gesundheitsplattform“.");
    }

    private static void AddCore(IServiceCollection services)
    {
        services.AddSingleton<SearchIndexing>();
        services.AddSingleton<ISaveHook>(provider => provider.GetRequiredService<SearchIndexing>());
        services.AddScoped<SearchEngine>();
        services.AddScoped<ISearchMatches>(provider => provider.GetRequiredService<SearchEngine>());
    }
}

/// <summary>At start-up: an empty index (first start, a restored database) is built from the sources.</summary>
public sealed class BuildSearchIndexIfEmpty(AppDbContext db, SearchIndexing indexing) : IStartupTask
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        if (await indexing.IsEmptyAsync(db, cancellationToken))
        {
            await indexing.RebuildAsync(db, cancellationToken);
        }
    }
}

/// <summary><c>modellregion suchindex</c>: builds the search index again from all records (after bulk loads or a restore).</summary>
public sealed class RebuildSearchIndexCommand : IFeatureCommand
{
    public string Name => "suchindex";

    public string Description => "Baut den Suchindex aus allen öffentlichen Datensätzen neu auf (nach Massenimporten oder einer Wiederherstellung).";

    public Command Build(CommandHost host)
    {
        var command = new Command(Name, Description);
        command.SetAction((parse, token) => host.RunAsync(parse, async services =>
        {
            await services.GetRequiredService<DatabaseSetup>().MigrateAsync(token);
            var started = System.Diagnostics.Stopwatch.StartNew();
            var count = await services.GetRequiredService<SearchIndexing>().RebuildAsync(services.GetRequiredService<AppDbContext>(), token);
            host.Output.WriteLine($"Suchindex neu aufgebaut: {count} Dokumente in {started.Elapsed.TotalSeconds:0.0} s.");
            return 0;
        }));
        return command;
    }
}
