namespace EditorialHub.Core.Storage;

/// <summary>
/// Where EditorialHub keeps everything it owns: the database, attachments, archived reports and the keys that protect cookies —
/// one folder to back up. Setting: Storage:DataDirectory (environment: Storage__DataDirectory).
/// </summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary>Absolute, or relative to the app's content root. Default: App_Data.</summary>
    public string DataDirectory { get; set; } = "App_Data";

    public string DatabaseFile => Path.Combine(DataDirectory, "editorialhub.db");
    public string AttachmentsDirectory => Path.Combine(DataDirectory, "attachments");
    public string ReportsDirectory => Path.Combine(DataDirectory, "reports");

    /// <summary>The web's Data Protection keys (sign-in cookies, forms): restored with the rest, sessions stay valid.</summary>
    public string KeysDirectory => Path.Combine(DataDirectory, "keys");

    /// <summary>Resolves a relative data folder against the content root and creates it.</summary>
    public StorageOptions ResolvedAgainst(string contentRoot)
    {
        var directory = Path.GetFullPath(Path.Combine(contentRoot, DataDirectory));
        Directory.CreateDirectory(directory);
        return new StorageOptions { DataDirectory = directory };
    }
}
