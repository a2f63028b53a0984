using Modellregion.Web.Features.Account;
using Modellregion.Web.Features.Directory;
using Modellregion.Web.Features.Funding;
using Modellregion.Web.Features.Projects;
using Modellregion.Web.Features.Regions;
using Modellregion.Web.Platform;

namespace Modellregion.Web.Data.Seeding;

/// <summary>
/// A feature's share of the demo data, registered by the feature (<c>services.AddScoped&lt;IDemoData, …&gt;()</c>).
/// <see cref="DemoData"/> adds the core (taxonomy, programme, organisations, regions, projects with their funding) and
/// then asks every registered contribution in <see cref="Order"/>, all in one transaction: first for its part of the
/// real, published data (<see cref="SeedAsync"/>), then, once the training region and its projects are there, for its
/// part of the training region (<see cref="SeedTrainingRegionAsync"/>), and on a fresh start for its training accounts.
/// A feature that is not registered simply leaves its part out.
/// </summary>
public interface IDemoData
{
    /// <summary>Position among the contributions; lower runs first.</summary>
    int Order { get; }

    /// <summary>
    /// Adds the feature's part of the real demo data. The core's rows are tracked (the projects not yet saved); the
    /// contribution may save when it needs ids — everything runs in the transaction of the whole load.
    /// </summary>
    Task SeedAsync(DemoDataContext context, CancellationToken cancellationToken);

    /// <summary>Adds the feature's part of the training region (<see cref="DemoDataContext.Training"/>); saved after the last contribution.</summary>
    Task SeedTrainingRegionAsync(DemoDataContext context, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Adds the feature's training accounts or links existing ones to its rows; saved after the last contribution.</summary>
    Task AddTrainingAccountsAsync(TrainingAccountsContext context, CancellationToken cancellationToken) => Task.CompletedTask;
}

/// <summary>What the demo data's contributions share: the database and what the core (and earlier contributions) added, by key.</summary>
public sealed class DemoDataContext(AppDbContext db)
{
    public AppDbContext Db { get; } = db;

    /// <summary>The real programme "Digitale Modellregionen in NRW".</summary>
    public Programme Programme { get; set; } = null!;

    /// <summary>Organisations of the real data by their key in the demo data (e.g. "paderborn", "uni-paderborn").</summary>
    public Dictionary<string, Organisation> Organisations { get; } = [];

    /// <summary>Regions by slug ("owl", "soest", …).</summary>
    public Dictionary<string, Region> Regions { get; } = [];

    /// <summary>Fields of action by slug.</summary>
    public Dictionary<string, Field> Fields { get; } = [];

    /// <summary>Topics by slug.</summary>
    public Dictionary<string, Topic> Topics { get; } = [];

    /// <summary>The fictional training region; set before <see cref="IDemoData.SeedTrainingRegionAsync"/> runs.</summary>
    public TrainingRegion Training { get; set; } = null!;

    /// <summary>A real project of the demo data by its title (saved or still only added).</summary>
    public Project ProjectTitled(string title) => Db.Projects.Local.First(p => p.Title == title);

    /// <summary>A published source of a fact.</summary>
    public static SourceReference Source(string url, string title, string? supports = null) =>
        new() { Url = url, Title = title, Supports = supports };
}

/// <summary>What a contribution needs to add its training accounts (see <see cref="TrainingAccounts"/>).</summary>
public sealed class TrainingAccountsContext(AppDbContext db, int regionId, int leadProjectId, string officeUserId,
    Func<string, string, string, AppRole?, int?, int?, Task<string>> createAccount)
{
    public AppDbContext Db { get; } = db;

    /// <summary>The training region's id.</summary>
    public int RegionId { get; } = regionId;

    /// <summary>The project the training project lead leads (<see cref="TrainingAccounts.LeadProjectSlug"/>).</summary>
    public int LeadProjectId { get; } = leadProjectId;

    /// <summary>The account of the training region's project office.</summary>
    public string OfficeUserId { get; } = officeUserId;

    /// <summary>
    /// Creates an account with a generated password (listed with the others) and, when given, a role; returns its user id.
    /// </summary>
    public Task<string> CreateAccountAsync(string email, string name, string label, AppRole? role = null, int? regionId = null, int? projectId = null) =>
        createAccount(email, name, label, role, regionId, projectId);
}
