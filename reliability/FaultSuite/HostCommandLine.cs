using System.Diagnostics;

namespace Milestone.FaultSuite;

public static class HostCommandLine
{
    /// <summary>seed demo takes a minute or two; one that hangs fails the run, with a report, instead of holding it for ever.</summary>
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(6);

    public static async Task RunAsync(string hostAssembly, string connectionString, IReadOnlyDictionary<string, string> settings, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet", [hostAssembly, .. arguments])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(hostAssembly)!,
            Environment = { ["ConnectionStrings__Marten"] = connectionString, ["ASPNETCORE_URLS"] = "http://127.0.0.1:0" },
        };
        foreach (var (key, value) in settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var patience = new CancellationTokenSource(Patience);
        try
        {
            await process.WaitForExitAsync(patience.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"'{string.Join(' ', arguments)}' did not finish within {Patience}:\n{await output}\n{await errors}");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"'{string.Join(' ', arguments)}' failed:\n{await output}\n{await errors}");
        }
    }
}
