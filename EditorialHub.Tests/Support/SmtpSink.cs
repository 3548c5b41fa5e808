using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace EditorialHub.Tests.Support;

/// <summary>
/// A real SMTP server (npm smtp-server, Support/SmtpSink/sink.mjs) run under node on 127.0.0.1.
/// It parses each message it receives with mailparser and reports it here. Stopped on dispose.
/// </summary>
public sealed class SmtpSink : IAsyncDisposable
{
    public sealed record MailAddress(string Address, string Name);

    public sealed record Message(
        IReadOnlyList<string> EnvelopeTo, string? EnvelopeFrom, IReadOnlyList<MailAddress> To, IReadOnlyList<MailAddress> From,
        string Subject, string Text);

    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    private readonly Process _process;
    private readonly StringBuilder _output;
    private readonly List<Message> _messages = [];
    private readonly SemaphoreSlim _arrived = new(0);

    private SmtpSink(Process process, StringBuilder output, int port)
    {
        _process = process;
        _output = output;
        Port = port;
    }

    public int Port { get; }

    public string Output
    {
        get { lock (_output) return _output.ToString(); }
    }

    public IReadOnlyList<Message> Messages
    {
        get { lock (_messages) return [.. _messages]; }
    }

    public static string Directory => Repository.PathOf("EditorialHub.Tests", "Support", "SmtpSink");

    public static async Task<SmtpSink> StartAsync()
    {
        await NodePackages.EnsureInstalledAsync(Directory, "smtp-server", "mailparser");
        var port = AppServer.FreePort();
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = Directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add("sink.mjs");
        start.Environment["SMTP_PORT"] = port.ToString();

        var output = new StringBuilder();
        var listening = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var sink = new SmtpSink(process, output, port);
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null) return;
            if (e.Data.StartsWith("MESSAGE ", StringComparison.Ordinal))
            {
                var message = JsonSerializer.Deserialize<Message>(e.Data["MESSAGE ".Length..], Json)!;
                lock (sink._messages) sink._messages.Add(message);
                sink._arrived.Release();
                return;
            }
            lock (output) output.AppendLine(e.Data);
            if (e.Data.Contains("listening on")) listening.TrySetResult();
        };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.AppendLine(e.Data); };
        process.Exited += (_, _) => listening.TrySetException(new InvalidOperationException("The SMTP sink stopped:\n" + output));
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        if (await Task.WhenAny(listening.Task, Task.Delay(TimeSpan.FromSeconds(30))) != listening.Task)
        {
            await sink.DisposeAsync();
            throw new TimeoutException("The SMTP sink did not start within 30 s:\n" + output);
        }
        await listening.Task;
        return sink;
    }

    /// <summary>The first message received that matches, waiting up to <paramref name="timeout"/>.</summary>
    public async Task<Message> WaitForAsync(Func<Message, bool> match, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            if (Messages.FirstOrDefault(match) is { } found)
                return found;
            var left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero || !await _arrived.WaitAsync(left))
                if (Messages.FirstOrDefault(match) is { } late)
                    return late;
                else
                    throw new TimeoutException(
                        $"No matching e-mail within {timeout.TotalSeconds} s. Received: {JsonSerializer.Serialize(Messages)}\n{Output}");
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
    }
}
