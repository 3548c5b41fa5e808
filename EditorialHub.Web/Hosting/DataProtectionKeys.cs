using EditorialHub.Core.Storage;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace EditorialHub.Web.Hosting;

public static class DataProtectionKeys
{
    /// <summary>
    /// The keys that protect sign-in cookies and form tokens live in the data folder (StorageOptions.KeysDirectory),
    /// not in the home folder of whoever runs the app: restoring that one folder on a new server keeps
    /// everyone signed in. The application name is fixed, so a new install path reads the same keys.
    /// </summary>
    public static IServiceCollection AddEditorialDataProtection(this IServiceCollection services)
    {
        services.AddDataProtection().SetApplicationName("EditorialHub");
        services.AddOptions<KeyManagementOptions>().Configure<StorageOptions, ILoggerFactory>((options, storage, logs) =>
            options.XmlRepository = new FileSystemXmlRepository(Directory.CreateDirectory(storage.KeysDirectory), logs));
        return services;
    }
}
