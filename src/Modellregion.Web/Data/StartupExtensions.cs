using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Modellregion.Web.Data.Seeding;
using Modellregion.Web.Features.Account;

namespace Modellregion.Web.Data;

public static class StartupExtensions
{
    /// <summary>
    /// Whether a node migrates the database when it starts (<c>Database:MigrateOnStart</c>, default true; the older name
    /// <c>Database:Migrate</c> still counts). In a cluster the deployment sets it to false and runs <c>migrate</c> once.
    /// </summary>
    public static bool MigrateOnStart(IConfiguration configuration) =>
        configuration.GetValue<bool?>("Database:MigrateOnStart") ?? configuration.GetValue("Database:Migrate", true);

    /// <summary>
    /// <c>Modellregion.Web migrate</c>: applies the pending migrations under the set-up lock (two nodes running it at once
    /// take turns; the second finds nothing to do) and returns the exit code: 0 when the database is up to date, 1 when
    /// the database could not be reached or migrated.
    /// </summary>
    public static async Task<int> MigrateAndExitAsync(this WebApplication app)
    {
        var logger = app.Services.GetRequiredService<ILogger<DatabaseSetup>>();
        try
        {
            await using var scope = app.Services.CreateAsyncScope();
            var setup = scope.ServiceProvider.GetRequiredService<DatabaseSetup>();
            await using (await setup.LockAsync(app.Lifetime.ApplicationStopping))
            {
                var pending = await setup.PendingMigrationsAsync(app.Lifetime.ApplicationStopping);
                await setup.MigrateAsync(app.Lifetime.ApplicationStopping);
                Console.WriteLine(pending.Count == 0
                    ? "Datenbank ist auf dem neuesten Stand; keine Migration ausstehend."
                    : $"Datenbank ist auf dem neuesten Stand; {pending.Count} Migration(en) eingespielt (bis {pending[^1]}).");
            }

            return 0;
        }
        catch (Exception e) when (e is System.Data.Common.DbException or InvalidOperationException or TimeoutException)
        {
            if (logger.IsEnabled(LogLevel.Critical))
            {
                logger.LogCritical(e, "Migration fehlgeschlagen: {Message}", e.Message);
            }

            await Console.Error.WriteLineAsync($"Migration fehlgeschlagen: {e.Message}");
            return 1;
        }
    }

    /// <summary>
    /// First start: creates the database, migrates, loads the demo data (unless <c>Database:SeedDemoData</c> is false:
    /// then only the official municipality directory) and creates the first administrator, whose generated password
    /// is printed once together with the URL. Together with the first administrator come the fictional accounts of the
    /// training region (see <see cref="TrainingAccounts"/>), printed the same way. Later starts reuse the data.
    /// On PostgreSQL all of it runs under the set-up lock, so nodes that start at once do it one after the other.
    /// With <c>Database:MigrateOnStart=false</c> the node does not migrate: when migrations are pending it logs why and
    /// returns false, and the caller ends the process with a non-zero exit code.
    /// </summary>
    public static async Task<bool> PrepareDatabaseAsync(this WebApplication app)
    {
        var configuration = app.Configuration;
        string? password = null;
        IReadOnlyList<TrainingAccounts.Account> training = [];
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var setup = scope.ServiceProvider.GetRequiredService<DatabaseSetup>();
            await using var setupLock = await setup.LockAsync();
            if (MigrateOnStart(configuration))
            {
                await setup.MigrateAsync();
            }
            else if (await setup.PendingMigrationsAsync() is { Count: > 0 } pending)
            {
                var logger = scope.ServiceProvider.GetRequiredService<ILogger<DatabaseSetup>>();
                if (logger.IsEnabled(LogLevel.Critical))
                {
                    logger.LogCritical(
                        "Start abgebrochen: Der Datenbank fehlen {Count} Migration(en) dieser Version (zuerst {First}, zuletzt {Last}). " +
                        "Database:MigrateOnStart ist false: zuerst einmal „Modellregion.Web migrate“ ausführen (systemd: modellregion-migrate.service), dann die Knoten starten.",
                        pending.Count, pending[0], pending[^1]);
                }
                return false;
            }

            // Demo data only on a first start: an installation someone already signs in to (started once without
            // demo data, say) never gets them later, even when a later start forgets the switch.
            if (configuration.GetValue("Database:SeedDemoData", true) && !await setup.HasAccountsAsync())
            {
                await setup.SeedDemoDataAsync();
            }
            else
            {
                // Without demo data the installation is empty, but the official municipality directory is there.
                await setup.ImportMunicipalitiesIfMissingAsync();
            }

            foreach (var task in scope.ServiceProvider.GetServices<Platform.Modules.IStartupTask>())
            {
                await task.RunAsync(CancellationToken.None);
            }

            if (configuration.GetValue("Database:CreateFirstAdministrator", true))
            {
                password = await setup.EnsureFirstAdministratorAsync();
                if (password is not null)
                {
                    training = await new TrainingAccounts(scope.ServiceProvider.GetRequiredService<AppDbContext>(), scope.ServiceProvider.GetRequiredService<ManageUsers>(),
                        scope.ServiceProvider.GetServices<IDemoData>()).CreateAsync();
                }
            }
        }

        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var addresses = app.Services.GetService<IServer>()?.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            foreach (var address in addresses)
            {
                Console.WriteLine($"Modellregion läuft unter {address.Replace("://[::]", "://localhost", StringComparison.Ordinal).Replace("://0.0.0.0", "://localhost", StringComparison.Ordinal)}");
            }

            if (password is not null)
            {
                Console.WriteLine();
                Console.WriteLine("Erste Anmeldung in der Verwaltung (/verwaltung/anmelden) – das Passwort wird nur dieses eine Mal angezeigt:");
                Console.WriteLine($"  E-Mail:   {DatabaseSetup.FirstAdminEmail}");
                Console.WriteLine($"  Passwort: {password}");
                Console.WriteLine();
            }

            if (training.Count > 0)
            {
                Console.WriteLine("Übungskonten der Übungsregion (Beispieldaten, /verwaltung/anmelden) – die Passwörter werden nur dieses eine Mal angezeigt:");
                foreach (var account in training)
                {
                    Console.WriteLine($"  {account.Role}: {account.Email}  Passwort: {account.Password}");
                }

                Console.WriteLine();
            }
        });
        return true;
    }
}
