using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Account;
using Modellregion.Web.Features.Funding;
using Modellregion.Web.Features.Projects;
using Modellregion.Web.Platform;

namespace Modellregion.Tests.Infrastructure;

/// <summary>The real app on its own copy of the demo database, reached through HTTP.</summary>
public class ModellregionApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    private static int _userCounter;

    public string ConnectionString { get; protected set; } = "";

    public virtual async Task InitializeAsync() => ConnectionString = await TestDatabase.CreateAsync();

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        await TestDatabase.DropAsync(ConnectionString);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", TestDatabase.ProviderName);
        builder.UseSetting("ConnectionStrings:Modellregion", ConnectionString);
        builder.UseSetting("Database:CreateFirstAdministrator", "false");
        // Background jobs take their first turn at the start, as they did before the delay existed (ClusterJobsStartTests).
        builder.UseSetting("Cluster:FirstTurnDelaySeconds", "0");
        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        builder.ConfigureServices(services => services.AddSingleton<IInterceptor, SqlCommandLog>());
    }

    /// <summary>The SQL commands of requests sent through it (see <see cref="SqlCommandLog"/>).</summary>
    public SqlCommandLog SqlCommands => Services.GetServices<IInterceptor>().OfType<SqlCommandLog>().Single();

    /// <summary>A browser-like client: keeps cookies, does not follow redirects (so tests see them).</summary>
    public HttpClient Browser() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>Runs code against the app's database in its own scope.</summary>
    public async Task<T> WithDbAsync<T>(Func<AppDbContext, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    public async Task WithDbAsync(Func<AppDbContext, Task> action)
    {
        await using var scope = Services.CreateAsyncScope();
        await action(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    /// <summary>Creates an account with one scoped role; returns its e-mail and password.</summary>
    public async Task<(string Email, string Password)> CreateUserAsync(AppRole role, string? regionSlug = null, string? projectSlug = null, string? name = null)
    {
        var number = Interlocked.Increment(ref _userCounter);
        var email = $"{role.ToString().ToLowerInvariant()}{number}-{Guid.NewGuid().ToString("N")[..6]}@test.example";
        const string password = "Test-Passwort-2026";
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var manage = scope.ServiceProvider.GetRequiredService<ManageUsers>();
        var (outcome, created) = await manage.CreateAsync(new NewUserInput { Email = email, DisplayName = name ?? $"{AppRoles.Label(role)} {number}" }, password);
        Assert.True(created is not null, $"Konto nicht angelegt: {outcome}");
        int? regionId = regionSlug is null ? null : db.Regions.Single(r => r.Slug == regionSlug).Id;
        int? projectId = projectSlug is null ? null : db.Projects.Single(p => p.Slug == projectSlug).Id;
        var assigned = await manage.AssignAsync(created!.UserId, new RoleInput { Role = role, RegionId = regionId, ProjectId = projectId });
        Assert.IsType<Outcome.Saved>(assigned);
        return (email, password);
    }

    /// <summary>A signed-in browser for a new account with the given role.</summary>
    public async Task<HttpClient> SignedInAsync(AppRole role, string? regionSlug = null, string? projectSlug = null)
    {
        var (email, password) = await CreateUserAsync(role, regionSlug, projectSlug);
        return await SignInAsync(email, password);
    }

    public async Task<HttpClient> SignInAsync(string email, string password)
    {
        var browser = Browser();
        var response = await browser.SubmitFormAsync("/verwaltung/anmelden", "form", new()
        {
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return browser;
    }

    /// <summary>
    /// An administered project of region OWL (or <paramref name="regionSlug"/>), in OWL led by Stadt Paderborn, in stage
    /// Laufend with a grant of <paramref name="grant"/> for the given period — the starting point of the money tests.
    /// </summary>
    public async Task<int> RunningProjectAsync(decimal grant, DateOnly periodStart, DateOnly periodEnd, string? slug = null, bool withPlan = true, string regionSlug = "owl")
    {
        slug ??= "gefoerdert-" + Guid.NewGuid().ToString("N")[..8];
        return await WithDbAsync(async db =>
        {
            var region = db.Regions.Single(r => r.Slug == regionSlug);
            var project = new Project
            {
                Slug = slug,
                Title = "Testvorhaben " + slug,
                RegionId = region.Id,
                ProgrammeId = region.ProgrammeId,
                Status = ProjectStatus.Running,
                IsAdministered = true,
                Plan = !withPlan ? new FinancingPlan() : new FinancingPlan
                {
                    Lines = [new PlanLine { Category = CostCategory.Personnel, Description = "Projektstelle", Amount = grant * 0.75m }, new PlanLine { Category = CostCategory.Material, Description = "Software", Amount = grant * 0.5m }],
                    RequestedGrant = grant,
                    OwnContribution = grant * 0.25m,
                },
            };
            if (regionSlug == "owl")
            {
                project.Partners.Add(new ProjectPartner { OrganisationId = db.Organisations.Single(o => o.Slug == "stadt-paderborn").Id, Role = PartnerRole.Lead });
            }

            project.RecordGrantDecision(new GrantDecision { MaxAmount = grant, DecidedOn = periodStart, PeriodStart = periodStart, PeriodEnd = periodEnd, Plan = project.Plan.Copy(), EligibleCosts = grant * 1.25m, RecordedAt = db.UtcNow });
            db.Projects.Add(project);
            await db.SaveChangesAsync();
            db.FundingAccounts.Add(new FundingAccount { ProjectId = project.Id });
            await db.SaveChangesAsync();
            return project.Id;
        });
    }

    public async Task<int> ProjectIdAsync(string slug) => await WithDbAsync(db => Task.FromResult(db.Projects.Single(p => p.Slug == slug).Id));
}
