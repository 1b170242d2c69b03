namespace Milestone.Api.Tests.Infrastructure;

/// <summary>Runs the repository's small Node.js tools, installing their locked packages first when missing.</summary>
public static class NodeTool
{
    public static async Task<string> RunAsync(string toolDirectory, params string[] arguments)
    {
        await InstallAsync(toolDirectory);
        return await RunProcessAsync("node", toolDirectory, arguments);
    }

    /// <summary>Starts a tool that keeps running, to be read line by line while the test goes on.</summary>
    public static async Task<RunningTool> StartAsync(string toolDirectory, params string[] arguments)
    {
        await InstallAsync(toolDirectory);
        return RunningTool.Start("node", toolDirectory, arguments);
    }

    private static async Task InstallAsync(string toolDirectory)
    {
        if (!Directory.Exists(Path.Combine(toolDirectory, "node_modules")))
        {
            await RunProcessAsync("npm", toolDirectory, "ci", "--no-audit", "--no-fund");
        }
    }

    private static async Task<string> RunProcessAsync(string program, string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo(program, arguments)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} exited with {process.ExitCode}:\n{await errors}");
        }

        return await output;
    }
}
