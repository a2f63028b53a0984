using Modellregion.Web.Data;
using Modellregion.Web.Features.Account;
using Modellregion.Web.Features.Administration;
using Modellregion.Web.Features.Api;
using Modellregion.Web.Features.Audit;
using Modellregion.Web.Features.Board;
using Modellregion.Web.Features.Directory;
using Modellregion.Web.Features.Funding;
using Modellregion.Web.Features.Home;
using Modellregion.Web.Features.Info;
using Modellregion.Web.Features.News;
using Modellregion.Web.Features.Projects;
using Modellregion.Web.Features.Regions;
using Modellregion.Web.Features.Transfer;
using Modellregion.Web.Platform;
using Modellregion.Web.Platform.Localization;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddData(DatabaseSettings.From(builder.Configuration, builder.Environment.ContentRootPath));
builder.AddKeyProtection();
builder.Services.AddPlatform();
builder.Services.AddReverseProxy(builder.Configuration);
builder.Services.AddAccount();
builder.Services.AddAdministration();
builder.Services.AddAudit();
builder.Services.AddRazorPages(options => options.RootDirectory = "/Features")
    .AddViewLocalization()
    .AddDataAnnotationsLocalization(options => options.DataAnnotationLocalizerProvider = (type, factory) => TextsOf.Localizer(type, factory))
    .AddBindingMessages();
builder.Services.AddApiReference();
builder.Services.AddHome();
builder.Services.AddRegions();
builder.Services.AddProjects();
builder.Services.AddDirectory();
builder.Services.AddNews();
builder.Services.AddFunding();
builder.Services.AddBoard();
builder.Services.AddTransfer();
builder.Services.AddInfo();

var app = builder.Build();

app.ReportKeyProtection();

await app.PrepareDatabaseAsync();

app.UseReverseProxy();
app.UsePlatform();
app.UseOParlErrors();
app.UseQueryCheck();
app.UseRouting();
app.UseAuthentication();
app.UseAuthorization();
app.UseAntiforgery();

app.MapRazorPages();
app.MapOpenApi("/openapi/{documentName}.json");
app.MapRegionsApi();
app.MapProjectsApi();
app.MapDirectoryApi();
app.MapFundingEndpoints();
app.MapBoardEndpoints();
app.MapOParlApi();
app.MapTransfer();
app.MapTransferApi();

await app.RunAsync();

/// <summary>Entry point; public so the tests can start the real app.</summary>
public partial class Program;
