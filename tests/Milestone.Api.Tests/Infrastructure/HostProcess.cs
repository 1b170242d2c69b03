using System.Net.Sockets;

namespace Milestone.Api.Tests.Infrastructure;

/// <summary>
/// The built host run as its own process on a real port, for clients that need a real socket
/// (the graphql-http audit, the graphql-ws client, a browser). It is stopped and its output kept for the failure message.
/// </summary>
public sealed class HostProcess : IAsyncDisposable
{
    private static readonly TimeSpan ReadinessPollInterval = TimeSpan.FromMilliseconds(200);

    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private HostProcess(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public bool HasExited => _process.HasExited;

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

    public static async Task<HostProcess> StartAsync(string connectionString, IReadOnlyDictionary<string, string>? settings = null)
    {
        var host = Launch(connectionString, settings);
        await host.WaitUntilReadyAsync();
        return host;
    }

    /// <summary>Starts the process and returns at once, before it answers anything.</summary>
    public static HostProcess Launch(string connectionString, IReadOnlyDictionary<string, string>? settings = null)
    {
        var baseAddress = new Uri($"http://127.0.0.1:{FreePort()}");
        var start = new ProcessStartInfo("dotnet", [HostAssembly()])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(HostAssembly())!,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["ASPNETCORE_URLS"] = baseAddress.ToString();
        start.Environment["ConnectionStrings__Marten"] = connectionString;

        // Links the host hands out (invitations, review links) point at the host itself unless a test says otherwise.
        start.Environment["Milestone__Portal__BaseUrl"] = baseAddress.ToString();
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var host = new HostProcess(Process.Start(start)!, baseAddress);
        host._process.OutputDataReceived += (_, line) => host.Append(line.Data);
        host._process.ErrorDataReceived += (_, line) => host.Append(line.Data);
        host._process.BeginOutputReadLine();
        host._process.BeginErrorReadLine();
        return host;
    }

    /// <summary>Ends the process at once (SIGKILL): no shutdown, no goodbye to the cluster.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    /// <summary>
    /// Signs in through this process's own sign-in mutation: its clock is the real one, so tokens minted by a
    /// test host on a fake clock would not be valid here.
    /// </summary>
    public async Task<string> SignInAsync(string email)
    {
        using var http = new HttpClient { BaseAddress = BaseAddress };
        return await http.SignInAsync(email, Identities.Password);
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

    public Task WaitUntilReadyAsync() => WaitUntilOkAsync("/health/ready");

    /// <summary>Until the process answers at all (its liveness endpoint), ready or not.</summary>
    public Task WaitUntilAnsweringAsync() => WaitUntilOkAsync("/health/live");

    private async Task WaitUntilOkAsync(string path)
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < deadline && !_process.HasExited)
        {
            try
            {
                if ((await http.GetAsync(path)).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (Exception notListeningYet) when (notListeningYet is HttpRequestException or TaskCanceledException)
            {
                // The host is still starting; ask again shortly.
            }

            await Task.Delay(ReadinessPollInterval);
        }

        throw new InvalidOperationException($"The host did not answer {path} with 200 at {BaseAddress}.\n{Output}");
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }

    internal static string HostAssembly()
    {
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}") ? "Release" : "Debug";
        return Path.Combine(RepositoryFiles.Root, "src", "Host", "bin", configuration, "net10.0", "Milestone.Host.dll");
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
