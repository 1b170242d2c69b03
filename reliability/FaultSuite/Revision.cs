using System.Diagnostics;

namespace Milestone.FaultSuite;

/// <summary>The commit the suite ran on, and whether the working tree differed from it (the suite's own output aside).</summary>
public sealed record Revision(string Commit, bool Dirty)
{
    public static async Task<Revision> OfAsync(string repository) => new(
        (await GitAsync(repository, "rev-parse", "HEAD")).Trim(),
        (await GitAsync(repository, "status", "--porcelain", "--", ".", ":!docs/reliability*-run.md", ":!docs/reliability*-results.json")).Trim().Length > 0);

    public override string ToString() => Dirty ? $"{Commit} with uncommitted changes" : Commit;

    private static async Task<string> GitAsync(string repository, params string[] arguments)
    {
        var start = new ProcessStartInfo("git", ["-C", repository, .. arguments]) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var git = Process.Start(start)!;
        var output = await git.StandardOutput.ReadToEndAsync();
        await git.WaitForExitAsync();
        return git.ExitCode == 0 ? output : "unknown";
    }
}
