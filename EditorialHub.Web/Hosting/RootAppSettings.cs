using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.FileProviders;

namespace EditorialHub.Web.Hosting;

public static class RootAppSettings
{
    /// <summary>
    /// appsettings.json lives at the repository root (one file for a school to edit) and the build
    /// copies it next to the app. Read that copy in the place of the content root's appsettings.json,
    /// so appsettings.{Environment}.json and environment variables still override it as usual.
    /// </summary>
    public static void UseRootAppSettings(this ConfigurationManager configuration)
    {
        var sources = configuration.Sources;
        var index = sources.ToList().FindIndex(source =>
            source is JsonConfigurationSource { Path: "appsettings.json" });
        var rootSettings = new JsonConfigurationSource
        {
            Path = "appsettings.json",
            Optional = false,
            ReloadOnChange = false,
            FileProvider = new PhysicalFileProvider(AppContext.BaseDirectory),
        };
        if (index >= 0)
            sources[index] = rootSettings;
        else
            sources.Insert(0, rootSettings);
    }
}
