namespace Milestone.Api.Tests.Infrastructure;

/// <summary>The embedded PostgreSQL a host process started from a data directory of its own, in tests that run the service.</summary>
public static class EmbeddedClusters
{
    /// <summary>Killing the service leaves its PostgreSQL running; stop it as an operator would, then remove its files.</summary>
    public static async Task StopOrphanedAsync(string dataDirectory)
    {
        var pidFile = Path.Combine(dataDirectory, "postmaster.pid");
        if (File.Exists(pidFile) && int.TryParse((await File.ReadAllLinesAsync(pidFile))[0], out var pid))
        {
            using var postmaster = Process.GetProcessById(pid);
            using var stop = Process.Start("kill", ["-INT", pid.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
            await stop.WaitForExitAsync();
            await postmaster.WaitForExitAsync();
        }

        if (Directory.Exists(dataDirectory))
        {
            Directory.Delete(dataDirectory, recursive: true);
        }

        foreach (var beside in new[] { ".log", ".lock", ".password", ".port" })
        {
            File.Delete(dataDirectory + beside);
        }
    }

    /// <summary>Connects as the embedded cluster's owner, with the port (the first line of its port file) and the password it writes beside its data directory.</summary>
    public static NpgsqlConnection Connect(string dataDirectory, string username = "milestone", string? password = null) =>
        new($"Host=127.0.0.1;Port={File.ReadLines(dataDirectory + ".port").First().Trim()};Username={username};" +
            $"Password={password ?? File.ReadAllText(dataDirectory + ".password").Trim()};Database=milestone;Pooling=false");
}
