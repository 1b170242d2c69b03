using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.RegularExpressions;
using Milestone.Api.Sla;

namespace Milestone.FaultSuite;

/// <summary>
/// The built host as a process of its own on a real port, killed, frozen and restarted at will. Each start is a
/// new cluster node, and writes the SLA deadlines it delivers to a log of its own, so a check can tell who delivered.
/// </summary>
public sealed partial class HostNode(string hostAssembly, string connectionString, IReadOnlyDictionary<string, string> settings, string filesPrefix) : IAsyncDisposable
{
    private static readonly TimeSpan ReadinessPatience = TimeSpan.FromMinutes(2);
    private const int SigStop = 19;
    private const int SigCont = 18;

    private readonly StringBuilder _output = new();
    private readonly List<NodeStart> _starts = [];
    private Process? _process;

    public Uri BaseAddress { get; } = new($"http://127.0.0.1:{FreePort()}");

    /// <summary>Every start of this process so far, the newest last.</summary>
    public IReadOnlyList<NodeStart> Starts => _starts;

    /// <summary>The cluster node the running process is, as it announced itself.</summary>
    public Guid NodeId => _starts[^1].NodeId;

    public bool IsRunning => _process is { HasExited: false };

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public async Task StartAsync()
    {
        var start = new ProcessStartInfo("dotnet", [hostAssembly])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(hostAssembly)!,
        };
        start.Environment["ASPNETCORE_URLS"] = BaseAddress.ToString();
        start.Environment["ConnectionStrings__Marten"] = connectionString;
        var deliveryLog = $"{filesPrefix}-sla-deadline-deliveries-{BaseAddress.Port}-{_starts.Count + 1}.log";
        start.Environment[SlaDeadlineDeliveryLog.Setting.Replace(":", "__", StringComparison.Ordinal)] = deliveryLog;
        foreach (var (key, value) in settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        _process = Process.Start(start)!;
        _process.OutputDataReceived += (_, line) => Append(line.Data);
        _process.ErrorDataReceived += (_, line) => Append(line.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        var outputBefore = Output.Length;
        await WaitUntilReadyAsync();
        _starts.Add(new NodeStart(await AnnouncedNodeAsync(outputBefore), deliveryLog));
    }

    /// <summary>SIGSTOP, then SIGCONT after <paramref name="frozenFor"/>: the process neither runs nor dies, as in a long GC pause or a stalled VM.</summary>
    public async Task FreezeAsync(TimeSpan frozenFor)
    {
        Signal(SigStop);
        try
        {
            await Task.Delay(frozenFor);
        }
        finally
        {
            Signal(SigCont);
        }
    }

    /// <summary>SIGKILL: no shutdown, no flushing, no goodbye.</summary>
    public async Task KillAsync()
    {
        if (_process is { HasExited: false } running)
        {
            running.Kill(entireProcessTree: true);
            await running.WaitForExitAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process?.Dispose();
    }

    private void Signal(int signal)
    {
        if (_process is not { HasExited: false } running || Kill(running.Id, signal) != 0)
        {
            throw new InvalidOperationException($"Could not send signal {signal} to the host at {BaseAddress}.");
        }
    }

    /// <summary>The console logger writes on a thread of its own, so the announcement can follow readiness by a moment.</summary>
    private async Task<Guid> AnnouncedNodeAsync(int outputBefore)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            if (NodeStarted().Match(Output, outputBefore) is { Success: true } started)
            {
                return Guid.Parse(started.Groups["node"].Value);
            }

            await Task.Delay(TimeSpan.FromMilliseconds(100));
        }

        throw new InvalidOperationException($"The host at {BaseAddress} never said which node it is.\n{Output}");
    }

    private async Task WaitUntilReadyAsync()
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + ReadinessPatience;
        while (DateTime.UtcNow < deadline && _process is { HasExited: false })
        {
            try
            {
                if ((await http.GetAsync("/health/ready")).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (Exception notListeningYet) when (notListeningYet is HttpRequestException or TaskCanceledException)
            {
                // Still starting.
            }

            await Task.Delay(TimeSpan.FromMilliseconds(250));
        }

        throw new InvalidOperationException($"The host did not become ready at {BaseAddress}.\n{Output}");
    }

    private void Append(string? line)
    {
        if (line is not null)
        {
            lock (_output)
            {
                _output.AppendLine(line);
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [GeneratedRegex("Milestone node (?<node>[0-9a-f-]{36}) started")]
    private static partial Regex NodeStarted();

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int processId, int signal);
}

/// <summary>One start of a host process: the node it was, and where it logged the SLA deadlines it delivered.</summary>
public sealed record NodeStart(Guid NodeId, string DeliveryLog);
