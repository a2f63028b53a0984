using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Modellregion.Web.Data.Seeding;
using Modellregion.Web.Features.Account;

namespace Modellregion.Web.Data;

public static class StartupExtensions
{
    /// <summary>
    /// First start: creates the database, migrates, loads the demo data (unless <c>Database:SeedDemoData</c> is false:
    /// then only the official municipality directory) and creates the first administrator, whose generated password
    /// is printed once together with the URL. Together with the first administrator come the fictional accounts of the
    /// training region (see <see cref="TrainingAccounts"/>), printed the same way. Later starts reuse the data.
    /// </summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        var configuration = app.Configuration;
        string? password = null;
        IReadOnlyList<TrainingAccounts.Account> training = [];
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var setup = scope.ServiceProvider.GetRequiredService<DatabaseSetup>();
            if (configuration.GetValue("Database:Migrate", true))
            {
                await setup.MigrateAsync();
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
    }
}
