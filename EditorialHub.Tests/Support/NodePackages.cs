using System.Diagnostics;

namespace EditorialHub.Tests.Support;

/// <summary>
/// The node helpers the tests run (the OpenID provider, the SMTP sink) each keep a committed lock
/// file; a fresh clone run with a plain `dotnet test` has no node_modules yet. test.sh installs them
/// before the run; this covers the other way in.
/// </summary>
internal static class NodePackages
{
    // One npm at a time: two helpers starting together must not race on the npm cache.
    private static readonly SemaphoreSlim InstallLock = new(1, 1);

    /// <summary>`npm ci` in <paramref name="directory"/> unless every one of <paramref name="packages"/> is installed.</summary>
    public static async Task EnsureInstalledAsync(string directory, params string[] packages)
    {
        await InstallLock.WaitAsync();
        try
        {
            if (packages.All(package => File.Exists(Path.Combine(directory, "node_modules", package, "package.json"))))
                return;
            var start = new ProcessStartInfo("npm")
            {
                WorkingDirectory = directory,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in new[] { "ci", "--no-audit", "--no-fund" })
                start.ArgumentList.Add(argument);
            using var npm = Process.Start(start)!;
            var stdout = npm.StandardOutput.ReadToEndAsync();
            var stderr = npm.StandardError.ReadToEndAsync();
            await npm.WaitForExitAsync();
            if (npm.ExitCode != 0)
                throw new InvalidOperationException($"npm ci in {directory} failed ({npm.ExitCode}):\n{await stdout}\n{await stderr}");
        }
        finally
        {
            InstallLock.Release();
        }
    }
}
