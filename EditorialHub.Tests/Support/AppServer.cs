using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace EditorialHub.Tests.Support;

/// <summary>
/// The real EditorialHub web app, started as its own process from its build output on
/// 127.0.0.1 and a free port, with a fresh temporary data folder. Stopped and cleaned on dispose.
/// </summary>
public sealed class AppServer : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output;
    private readonly string _dataDirectory;

    private AppServer(Process process, StringBuilder output, string dataDirectory, Uri address)
    {
        _process = process;
        _output = output;
        _dataDirectory = dataDirectory;
        Address = address;
    }

    public Uri Address { get; }

    /// <summary>The app's data folder (its SQLite database), for a test that prepares data the UI cannot.</summary>
    public string DataDirectory => _dataDirectory;

    /// <summary>Everything the app has written to its console so far.</summary>
    public string Output
    {
        get { lock (_output) return _output.ToString(); }
    }

    public string Url(string path) => new Uri(Address, path).ToString();

    /// <param name="port">A port chosen beforehand (e.g. to register the app's address with a test OpenID provider); a free one otherwise.</param>
    /// <param name="dataDirectory">A data folder prepared beforehand (e.g. a copy of another app's); a fresh one otherwise. Deleted on dispose either way.</param>
    public static async Task<AppServer> StartAsync(bool demo, IDictionary<string, string>? settings = null, int? port = null, string? dataDirectory = null)
    {
        dataDirectory ??= Path.Combine(Path.GetTempPath(), "editorialhub-e2e", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dataDirectory);
        var address = new Uri($"http://127.0.0.1:{port ?? FreePort()}/");

        var start = StartInfo(dataDirectory, ["--urls", address.ToString().TrimEnd('/'), .. demo ? new[] { "--demo" } : []]);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information";
        // The journeys sign in dozens of times a minute from one address; the limit has its own test.
        start.Environment["Accounts__SignInAttemptsPerMinute"] = "10000";
        // Check the account on every request, so a deactivation shows at once instead of within a minute.
        start.Environment["Accounts__SessionRevalidationSeconds"] = "0";
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
            start.Environment[key] = value;

        var (process, output) = StartCapturing(start);
        var server = new AppServer(process, output, dataDirectory, address);
        await server.WaitUntilHealthyAsync();
        return server;
    }

    /// <summary>Starts <paramref name="start"/> with its standard output and error gathered, line by line, into one text (lock it to read).</summary>
    public static (Process Process, StringBuilder Output) StartCapturing(ProcessStartInfo start)
    {
        var output = new StringBuilder();
        var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.AppendLine(e.Data); };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return (process, output);
    }

    private async Task WaitUntilHealthyAsync()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow.AddSeconds(180); // a two-core machine shared by several builds
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
                throw new InvalidOperationException($"The app stopped at start-up (exit {_process.ExitCode}):\n{Output}");
            try
            {
                var response = await http.GetAsync(Url("/health"));
                if (response.StatusCode == HttpStatusCode.OK)
                    return;
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
            await Task.Delay(200);
        }
        throw new TimeoutException($"The app did not answer /health within 180 s:\n{Output}");
    }

    /// <summary>The app's build output, which the tests run as it would be run on a server.</summary>
    public static string AppDll => Repository.PathOf("EditorialHub.Web", "bin", Repository.Configuration, "net10.0", "EditorialHub.Web.dll");

    /// <summary>
    /// The app's build output run with <paramref name="arguments"/> on <paramref name="dataDirectory"/>,
    /// from its own folder (where its appsettings.json is), its output read back in UTF-8.
    /// </summary>
    public static ProcessStartInfo StartInfo(string dataDirectory, IEnumerable<string> arguments)
    {
        if (!File.Exists(AppDll))
            throw new FileNotFoundException("Build EditorialHub.Web first.", AppDll);
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(AppDll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(AppDll);
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        start.Environment["Storage__DataDirectory"] = dataDirectory;
        return start;
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Stops the app and keeps its data folder (a server switched off), until dispose.</summary>
    public async Task StopAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
        try { Directory.Delete(_dataDirectory, recursive: true); } catch (IOException) { }
    }
}
