using Modellregion.Web.Data;
using Modellregion.Web.Features.Account;
using Modellregion.Web.Features.Administration;
using Modellregion.Web.Features.Api;
using Modellregion.Web.Features.Audit;
using Modellregion.Web.Features.Board;
using Modellregion.Web.Features.Directory;
using Modellregion.Web.Features.Events;
using Modellregion.Web.Features.Funding;
using Modellregion.Web.Features.Home;
using Modellregion.Web.Features.Info;
using Modellregion.Web.Features.News;
using Modellregion.Web.Features.OpenData;
using Modellregion.Web.Features.Privacy;
using Modellregion.Web.Features.Projects;
using Modellregion.Web.Features.Regions;
using Modellregion.Web.Features.Search;
using Modellregion.Web.Features.Transfer;
using Modellregion.Web.Platform;
using Modellregion.Web.Platform.Localization;
using Modellregion.Web.Platform.Modules;

var builder = WebApplication.CreateBuilder(args);

builder.AddLogFormat();

builder.Services.AddData(DatabaseSettings.From(builder.Configuration, builder.Environment.ContentRootPath));
builder.AddKeyProtection();
builder.Services.AddPlatform();
builder.Services.AddReverseProxy(builder.Configuration);
builder.Services.AddAppMetrics(builder.Configuration);
builder.Services.AddRazorPages(options => options.RootDirectory = "/Features")
    .AddViewLocalization()
    .AddDataAnnotationsLocalization(options => options.DataAnnotationLocalizerProvider = (type, factory) => TextsOf.Localizer(type, factory))
    .AddBindingMessages();

// The features, one line each: a feature registers everything it contributes in its XxxFeature.cs.
builder.AddFeature<AccountFeature>();
builder.AddFeature<AdministrationFeature>();
builder.AddFeature<AuditFeature>();
builder.AddFeature<ApiFeature>();
builder.AddFeature<HomeFeature>();
builder.AddFeature<RegionsFeature>();
builder.AddFeature<ProjectsFeature>();
builder.AddFeature<DirectoryFeature>();
builder.AddFeature<NewsFeature>();
builder.AddFeature<FundingFeature>();
builder.AddFeature<BoardFeature>();
builder.AddFeature<TransferFeature>();
builder.AddFeature<EventsFeature>();
builder.AddFeature<OpenDataFeature>();
builder.AddFeature<SearchFeature>();
builder.AddFeature<InfoFeature>();
builder.AddFeature<PrivacyFeature>();

var app = builder.Build();

app.ReportKeyProtection();

// "Modellregion.Web migrate": apply the migrations once and exit (the deployment's one-shot unit, before the nodes start).
if (args is ["migrate", ..])
{
    Environment.ExitCode = await app.MigrateAndExitAsync();
    return;
}

// The database is prepared (migrations, the EF model, demo data) while the request pipeline is built below: on two
// cores the two halves of the start run side by side. A node that must not migrate (Database:MigrateOnStart=false)
// refuses to start on a database with pending migrations.
var databaseReady = Task.Run(app.PrepareDatabaseAsync);

app.UseRequestIds();
app.UseReverseProxy();
app.UsePlatform();
app.UseFeatures();
app.UseQueryCheck();
app.UseRouting();
app.UseAuthentication();
app.UseAuthorization();
app.UseOutputCache();
app.UseAntiforgery();

app.MapRazorPages();
app.MapFeatures();

if (!await databaseReady)
{
    Environment.ExitCode = 3;
    return;
}

await app.RunAsync();

/// <summary>Entry point; public so the tests can start the real app.</summary>
public partial class Program;
