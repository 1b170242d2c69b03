namespace Milestone.Api.Tests.Infrastructure;

/// <summary>One of the built host's command-line commands, run to the end against a test database.</summary>
public sealed record HostCommand(int ExitCode, string Output, string Errors)
{
    // seed demo writes a quarter of history: half a minute on a quiet machine, minutes beside the other process tests.
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(5);

    public static Task<HostCommand> RunAsync(string connectionString, params string[] arguments) => RunAsync(connectionString, [], arguments);

    /// <summary>The command with settings of its own, given as environment variables (<c>Milestone__Tenants__north__ConnectionString</c>).</summary>
    public static async Task<HostCommand> RunAsync(string connectionString, IEnumerable<(string Key, string Value)> settings, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet", [HostProcess.HostAssembly(), .. arguments])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(HostProcess.HostAssembly())!,
        };
        start.Environment["ConnectionStrings__Marten"] = connectionString;

        // Commands that start the host (seed) would otherwise all listen on the default port 5000 at once.
        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";

        // In Production the critter stack writes the handlers it generates next to the assembly, a file race for
        // commands run side by side; in Development it keeps them in memory.
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        foreach (var (key, value) in settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var patience = new CancellationTokenSource(Patience);
        await process.WaitForExitAsync(patience.Token);
        return new HostCommand(process.ExitCode, await output, await errors);
    }
}
