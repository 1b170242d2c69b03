using System.Diagnostics;

namespace Milestone.FaultSuite;

public static class HostCommandLine
{
    public static async Task RunAsync(string hostAssembly, string connectionString, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet", [hostAssembly, .. arguments])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(hostAssembly)!,
            Environment = { ["ConnectionStrings__Marten"] = connectionString, ["ASPNETCORE_URLS"] = "http://127.0.0.1:0" },
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"'{string.Join(' ', arguments)}' failed:\n{await output}\n{await errors}");
        }
    }
}
