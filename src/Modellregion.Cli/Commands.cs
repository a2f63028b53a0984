using System.CommandLine;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Modellregion.Web.Data;
using Modellregion.Web.Data.Seeding;
using Modellregion.Web.Features.Account;
using Modellregion.Web.Features.Directory;
using Modellregion.Web.Features.Transfer;
using Modellregion.Web.Platform;
using Modellregion.Web.Platform.Commands;
using Modellregion.Web.Platform.Modules;

namespace Modellregion.Cli;

/// <summary>
/// The command line: a thin host over the web app's use cases, against SQLite or PostgreSQL.
/// <c>modellregion migrate|seed|seed-synthetic|import-municipalities|create-user|reset-password|create-programme|create-region|backup|restore [--provider …] [--connection …]</c>
/// and the commands the features contribute (<see cref="IFeatureCommand"/>, e.g. seed-synthetic-board, seed-synthetic-transfer, create-board).
/// </summary>
public static class Commands
{
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        var provider = new Option<string>("--provider") { Description = "Datenbank: sqlite (Standard) oder postgres", Recursive = true };
        var connection = new Option<string>("--connection") { Description = "Verbindungs-String; Standard: Data Source=App_Data/modellregion.db", Recursive = true };
        var root = new RootCommand("Modellregion – Kommandozeile für Betrieb und Daten");
        root.Add(provider);
        root.Add(connection);

        var migrate = new Command("migrate", "Legt die Datenbank an oder bringt sie auf den neuesten Stand.");
        migrate.SetAction((parse, token) => RunWith(parse, provider, connection, output, error, async services =>
        {
            // Under the set-up lock: nodes starting at the same time wait, and a second migrate finds nothing to do.
            var setup = services.GetRequiredService<DatabaseSetup>();
            await using (await setup.LockAsync(token))
            {
                await setup.MigrateAsync(token);
            }

            output.WriteLine("Datenbank ist auf dem neuesten Stand.");
            return 0;
        }));
        root.Add(migrate);

        var seed = new Command("seed", "Lädt die Demodaten (echte, belegte Fakten und die fiktive Übungsregion) in eine leere Datenbank.");
        seed.SetAction((parse, token) => RunWith(parse, provider, connection, output, error, async services =>
        {
            var setup = services.GetRequiredService<DatabaseSetup>();
            await setup.MigrateAsync(token);
            output.WriteLine(await setup.SeedDemoDataAsync(token) ? "Demodaten geladen." : "Es gibt bereits Daten; nichts geladen.");
            return 0;
        }));
        root.Add(seed);

        var projects = new Option<int>("--projects") { Description = "Zahl der Projekte", DefaultValueFactory = _ => 10_000 };
        var regions = new Option<int>("--regions") { Description = "Zahl der Regionen", DefaultValueFactory = _ => 50 };
        var randomSeed = new Option<int>("--seed") { Description = "Startwert des Zufallsgenerators", DefaultValueFactory = _ => 42 };
        var fundRequests = new Option<int>("--fund-requests") { Description = "Zahl der Mittelabrufe, verteilt auf die geförderten Projekte", DefaultValueFactory = _ => 0 };
        var solutions = new Option<int?>("--solutions")
        {
            Description = "Zahl der veröffentlichten synthetischen Lösungen im Transferkatalog, mit zwei Transferfällen je Lösung (Standard: 5.000 ab 10.000 Projekten, sonst keine)",
        };
        var synthetic = new Command("seed-synthetic", "Erzeugt einen großen, als synthetisch markierten Datensatz für Lasttests.") { projects, regions, randomSeed, fundRequests, solutions };
        synthetic.SetAction((parse, token) => RunWith(parse, provider, connection, output, error, async services =>
        {
            var projectCount = parse.GetValue(projects);
            var regionCount = parse.GetValue(regions);
            var fundRequestCount = parse.GetValue(fundRequests);
            var solutionCount = parse.GetValue(solutions) ?? (projectCount >= 10_000 ? 5_000 : 0);
            if (projectCount is < 1 or > 1_000_000 || regionCount is < 1 or > 1000 || fundRequestCount is < 0 or > 10_000_000 || solutionCount is < 0 or > 1_000_000)
            {
                error.WriteLine("--projects muss zwischen 1 und 1.000.000 liegen, --regions zwischen 1 und 1.000, --fund-requests zwischen 0 und 10.000.000, --solutions zwischen 0 und 1.000.000.");
                return 2;
            }

            await services.GetRequiredService<DatabaseSetup>().MigrateAsync(token);
            var result = await new SyntheticData(services.GetRequiredService<AppDbContext>()).GenerateAsync(projectCount, regionCount, parse.GetValue(randomSeed), fundRequestCount, token);
            output.WriteLine($"Synthetische Daten erzeugt: {result.Regions} Regionen, {result.Projects} Projekte, {result.Organisations} Akteure, {result.FundRequests} Mittelabrufe, {result.Proofs} Nachweise in {result.Duration.TotalSeconds:0.0} s.");
            if (solutionCount > 0)
            {
                await using var scope = services.CreateAsyncScope();
                var transfer = await new SyntheticTransferData(scope.ServiceProvider.GetRequiredService<AppDbContext>())
                    .GenerateAsync(solutionCount, solutionCount * 2, parse.GetValue(randomSeed), token);
                output.WriteLine($"Synthetische Lösungen erzeugt: {transfer.Solutions} Lösungen, {transfer.Cases} Transferfälle, {transfer.Reuses} Nachnutzungen in {transfer.Duration.TotalSeconds:0.0} s.");
            }

            return 0;
        }));
        root.Add(synthetic);

        var municipalities = new Option<FileInfo?>("--gemeinden") { Description = "CSV der Gemeinden (Standard: mitgelieferte Kopie)" };
        var districts = new Option<FileInfo?>("--kreise") { Description = "CSV der Kreise (Standard: mitgelieferte Kopie)" };
        var import = new Command("import-municipalities", "Importiert das amtliche Gemeinde- und Kreisverzeichnis (idempotent).") { municipalities, districts };
        import.SetAction((parse, token) => RunWith(parse, provider, connection, output, error, async services =>
        {
            await services.GetRequiredService<DatabaseSetup>().MigrateAsync(token);
            var importer = services.GetRequiredService<ImportMunicipalities>();
            var gemeinden = parse.GetValue(municipalities);
            var kreise = parse.GetValue(districts);
            ImportMunicipalities.Result result;
            if (gemeinden is null && kreise is null)
            {
                result = await importer.RunAsync(token);
            }
            else if (gemeinden is { Exists: true } && kreise is { Exists: true })
            {
                await using var districtStream = kreise.OpenRead();
                await using var municipalityStream = gemeinden.OpenRead();
                result = await importer.RunAsync(districtStream, municipalityStream, token);
            }
            else
            {
                error.WriteLine("Bitte geben Sie --gemeinden und --kreise zusammen an, und beide Dateien müssen existieren.");
                return 2;
            }

            output.WriteLine(result.ToString());
            return 0;
        }));
        root.Add(import);

        var email = new Option<string>("--email") { Description = "E-Mail-Adresse (Anmeldename)", Required = true };
        var name = new Option<string>("--name") { Description = "Anzeigename", Required = true };
        var role = new Option<string>("--role") { Description = "administrator, projektbuero, projektleitung oder lesezugriff", Required = true };
        var region = new Option<string?>("--region") { Description = "Kurzadresse der Region (Projektbüro, Lesezugriff)" };
        var project = new Option<string?>("--project") { Description = "Kurzadresse des Projekts (Projektleitung)" };
        var password = new Option<string?>("--password") { Description = "Passwort; ohne Angabe wird eines erzeugt und einmal angezeigt" };
        var createUser = new Command("create-user", "Legt ein Konto mit einer Rolle an.") { email, name, role, region, project, password };
        createUser.SetAction((parse, token) => RunWith(parse, provider, connection, output, error, async services =>
        {
            var appRole = AppRoles.FromKey(parse.GetValue(role));
            if (appRole is null)
            {
                error.WriteLine($"Unbekannte Rolle „{parse.GetValue(role)}“. Erlaubt: {string.Join(", ", AppRoles.All.Select(r => r.Key))}.");
                return 2;
            }

            var db = services.GetRequiredService<AppDbContext>();
            int? regionId = null;
            if (parse.GetValue(region) is { } regionSlug)
            {
                regionId = await db.Regions.Where(r => r.Slug == regionSlug).Select(r => (int?)r.Id).FirstOrDefaultAsync(token);
                if (regionId is null)
                {
                    error.WriteLine($"Die Region „{regionSlug}“ gibt es nicht.");
                    return 2;
                }
            }

            int? projectId = null;
            if (parse.GetValue(project) is { } projectSlug)
            {
                projectId = await db.Projects.Where(p => p.Slug == projectSlug).Select(p => (int?)p.Id).FirstOrDefaultAsync(token);
                if (projectId is null)
                {
                    error.WriteLine($"Das Projekt „{projectSlug}“ gibt es nicht.");
                    return 2;
                }
            }

            var manage = services.GetRequiredService<ManageUsers>();
            var (outcome, created) = await manage.CreateAsync(new NewUserInput { Email = parse.GetValue(email)!, DisplayName = parse.GetValue(name)! }, parse.GetValue(password), token);
            if (created is null)
            {
                return Fail(outcome, error);
            }

            var assigned = await manage.AssignAsync(created.UserId, new RoleInput { Role = appRole, RegionId = regionId, ProjectId = projectId }, token);
            if (assigned is not Outcome.Saved)
            {
                await services.GetRequiredService<UserManager<ApplicationUser>>().DeleteAsync((await db.Users.FirstAsync(u => u.Id == created.UserId, token)));
                return Fail(assigned, error);
            }

            output.WriteLine($"Konto angelegt: {parse.GetValue(email)} ({AppRoles.Label(appRole.Value)})");
            if (parse.GetValue(password) is null)
            {
                output.WriteLine($"Passwort (wird nur einmal angezeigt): {created.Password}");
            }

            return 0;
        }));
        root.Add(createUser);
        SetupCommands.AddTo(root, provider, connection, output, error);
        BackupCommands.AddTo(root, provider, connection, output, error);

        // The commands the features contribute (IFeatureCommand), from the same feature registrations as the services.
        var host = new CommandHost(output, error, (parse, action) => RunWith(parse, provider, connection, output, error, action));
        var features = new ServiceCollection();
        AddFeatures(features);
        await using (var registered = features.BuildServiceProvider())
        {
            foreach (var command in registered.GetServices<IFeatureCommand>().OrderBy(c => c.Name, StringComparer.Ordinal))
            {
                root.Add(command.Build(host));
            }
        }

        return await root.Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error }, cancellationToken);
    }

    internal static int Fail(Outcome outcome, TextWriter error)
    {
        if (outcome is Outcome.Invalid invalid)
        {
            foreach (var message in invalid.Errors.SelectMany(e => e.Value))
            {
                error.WriteLine(message);
            }
        }
        else
        {
            error.WriteLine($"Nicht möglich: {outcome}");
        }

        return 2;
    }

    /// <summary>
    /// The features compiled into the app, as the web app's Program.cs adds them, with what the command line needs of
    /// each (<see cref="IFeatureModule.AddCommandLineServices"/>): their use cases, demo data and commands.
    /// </summary>
    private static void AddFeatures(IServiceCollection services)
    {
        foreach (var module in FeatureModules.InAssembly(typeof(AppDbContext).Assembly))
        {
            module.AddCommandLineServices(services);
        }
    }

    internal static async Task<int> RunWith(ParseResult parse, Option<string> provider, Option<string> connection, TextWriter output, TextWriter error, Func<IServiceProvider, Task<int>> action)
    {
        var values = new Dictionary<string, string?>
        {
            ["Database:Provider"] = parse.GetValue(provider) ?? Environment.GetEnvironmentVariable("Database__Provider") ?? "Sqlite",
            ["ConnectionStrings:Modellregion"] = parse.GetValue(connection) ?? Environment.GetEnvironmentVariable("ConnectionStrings__Modellregion"),
        };
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        DatabaseSettings settings;
        try
        {
            settings = DatabaseSettings.From(configuration, Directory.GetCurrentDirectory());
        }
        catch (InvalidOperationException e)
        {
            error.WriteLine(e.Message);
            return 2;
        }

        var services = new ServiceCollection();
        services.AddLogging(logging => logging.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton<ICurrentActor>(new CommandLineActor());
        services.AddHttpContextAccessor();
        services.AddOptions<PublicCacheOptions>();
        services.AddSingleton<PublicCache>();
        services.AddSingleton(TimeProvider.System);
        services.AddData(settings);
        services.AddSingleton<IConfiguration>(configuration);
        AddFeatures(services);
        await using var provider2 = services.BuildServiceProvider();
        await using var scope = provider2.CreateAsyncScope();
        try
        {
            return await action(scope.ServiceProvider);
        }
        catch (Exception e) when (e is DbUpdateException or InvalidDataException or InvalidOperationException or System.Data.Common.DbException)
        {
            error.WriteLine($"Fehler: {e.Message}");
            return 1;
        }
    }
}
