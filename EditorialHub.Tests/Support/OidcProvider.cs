using System.Diagnostics;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace EditorialHub.Tests.Support;

/// <summary>
/// A real OpenID provider (npm oidc-provider, Support/OidcProvider/provider.mjs) run under node on
/// 127.0.0.1, with one client and a few test accounts. Stopped on dispose.
/// </summary>
public sealed class OidcProvider : IAsyncDisposable
{
    public sealed record Account(string Sub, string Email, string Name);

    /// <summary>The ID tokens the provider can be told to issue wrongly (provider.mjs says how).</summary>
    public enum IdTokenMode { None, WrongAudience, Expired, BadSignature }

    private readonly Process _process;
    private readonly StringBuilder _output;
    private readonly HttpClient _http;

    private OidcProvider(Process process, StringBuilder output, Uri issuer)
    {
        _process = process;
        _output = output;
        Issuer = issuer;
        _http = new HttpClient { BaseAddress = issuer, Timeout = TimeSpan.FromSeconds(10) };
    }

    public Uri Issuer { get; }

    public string Output
    {
        get { lock (_output) return _output.ToString(); }
    }

    public static string Directory => Repository.PathOf("EditorialHub.Tests", "Support", "OidcProvider");

    public static async Task<OidcProvider> StartAsync(
        string clientId, string clientSecret, string redirectUri, IReadOnlyList<Account> accounts)
    {
        await NodePackages.EnsureInstalledAsync(Directory, "oidc-provider");
        var port = AppServer.FreePort();
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = Directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("provider.mjs");
        start.Environment["OIDC_PORT"] = port.ToString();
        start.Environment["OIDC_CLIENT_ID"] = clientId;
        start.Environment["OIDC_CLIENT_SECRET"] = clientSecret;
        start.Environment["OIDC_REDIRECT_URI"] = redirectUri;
        start.Environment["OIDC_ACCOUNTS"] = JsonSerializer.Serialize(
            accounts.Select(a => new { sub = a.Sub, email = a.Email, name = a.Name }));

        var output = new StringBuilder();
        var listening = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null) return;
            lock (output) output.AppendLine(e.Data);
            if (e.Data.Contains("listening on")) listening.TrySetResult();
        };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.AppendLine(e.Data); };
        process.Exited += (_, _) => listening.TrySetException(new InvalidOperationException("The OpenID provider stopped:\n" + output));
        try
        {
            process.Start();
        }
        catch (System.ComponentModel.Win32Exception exception)
        {
            throw new InvalidOperationException("node is missing: the single sign-on tests run a real OpenID provider under Node.js 20 or later.", exception);
        }
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var provider = new OidcProvider(process, output, new Uri($"http://127.0.0.1:{port}/"));
        if (await Task.WhenAny(listening.Task, Task.Delay(TimeSpan.FromSeconds(30))) != listening.Task)
        {
            await provider.DisposeAsync();
            throw new TimeoutException("The OpenID provider did not start within 30 s:\n" + output);
        }
        await listening.Task;
        return provider;
    }

    /// <summary>The account the provider signs in at the next login (it has no sign-in form).</summary>
    public async Task SignInNextAsAsync(string email) =>
        (await _http.PostAsJsonAsync("/__test/next-login", new { email })).EnsureSuccessStatusCode();

    public async Task IssueIdTokensAsync(IdTokenMode mode)
    {
        var name = mode switch
        {
            IdTokenMode.WrongAudience => "wrong-audience",
            IdTokenMode.Expired => "expired",
            IdTokenMode.BadSignature => "bad-signature",
            _ => "none",
        };
        (await _http.PostAsJsonAsync("/__test/misbehave", new { idToken = name })).EnsureSuccessStatusCode();
    }

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }
}
