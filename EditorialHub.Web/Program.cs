using EditorialHub.Core;
using EditorialHub.Web.Auth;
using EditorialHub.Web.Components;
using EditorialHub.Web.Hosting;

var startup = StartupCommand.Parse(args);
if (startup.Report is { } report)
{
    Environment.ExitCode = await ReportCommand.RunAsync(report, startup.HostArgs);
    return;
}

var builder = WebApplication.CreateBuilder(startup.HostArgs);
builder.Configuration.UseRootAppSettings();
// Package assets (Radzen's CSS and scripts) are served from the build output in every
// environment, not only in Development, so the tests run the app as a school would.
builder.WebHost.UseStaticWebAssets();

builder.Services.AddEditorialCore(builder.Configuration, builder.Environment.ContentRootPath);
builder.Services.AddEditorialAuth(builder.Configuration);
builder.Services.AddEditorialWeb();

var app = builder.Build();

await app.InitializeDatabaseAsync(startup.Demo);

app.UseEditorialPipeline();
app.MapEditorialEndpoints();
app.MapRazorComponents<App>()
    .AddInteractiveServerRenderMode();

await app.StartAsync();
app.PrintAddresses();
await app.WaitForShutdownAsync();
