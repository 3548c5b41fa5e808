namespace EditorialHub.Web.Hosting;

public static class BlazorClientScriptEndpoint
{
    /// <summary>
    /// Serves the Blazor client script extracted at build time (Build/BlazorClientScript.targets)
    /// at the address the SDK's own script would have. Built with UseSdkBlazorScript=true, the
    /// SDK's static web assets serve it and this maps nothing.
    /// </summary>
    public static void MapBlazorClientScript(this WebApplication app)
    {
#if BUNDLED_BLAZOR_SCRIPT
        var script = Path.Combine(AppContext.BaseDirectory, "blazor-client", "blazor.web.js");
        app.MapGet("/_framework/blazor.web.js", (HttpContext context) =>
            {
                context.Response.Headers.CacheControl = "no-cache";
                return TypedResults.PhysicalFile(script, "text/javascript");
            })
            .AllowAnonymous();
#else
        _ = app;
#endif
    }
}
