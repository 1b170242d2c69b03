using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Milestone.FaultSuite;

/// <summary>The run's numbers and verdicts, printed and written to docs/ for the record.</summary>
public sealed record Outcome(SuiteOptions Options, TimeSpan Duration, IReadOnlyCollection<Acknowledged> Acknowledged, int RefusedAttempts, IReadOnlyList<Check> Checks)
{
    public bool Passed => Checks.All(check => check.Holds);

    public void Print()
    {
        foreach (var check in Checks)
        {
            Console.WriteLine($"{(check.Holds ? "PASS" : "FAIL")}  {check.Guarantee}: expected {check.Expected}, found {check.Found} {check.Detail}");
        }

        Console.WriteLine(Passed ? "Fault suite passed" : "Fault suite FAILED");
    }

    public async Task WriteAsync(string docs)
    {
        var counts = Acknowledged.GroupBy(a => a.Kind).ToDictionary(kind => kind.Key, kind => kind.Count());
        var results = new
        {
            ranAt = DateTimeOffset.UtcNow,
            machine = new { Environment.MachineName, Environment.ProcessorCount, os = Environment.OSVersion.ToString(), dotnet = Environment.Version.ToString() },
            faults = new { postgresRestarts = Options.Restarts, hostKills = Options.Kills, secondsBetween = Options.Between.TotalSeconds },
            durationSeconds = Math.Round(Duration.TotalSeconds),
            acknowledged = counts,
            refusedAttempts = RefusedAttempts,
            checks = Checks.Select(check => new { check.Guarantee, check.Expected, check.Found, check.Holds, check.Detail }),
            passed = Passed,
        };
        await File.WriteAllTextAsync(Path.Combine(docs, "reliability-results.json"), JsonSerializer.Serialize(results, new JsonSerializerOptions { WriteIndented = true }) + "\n");

        var page = new StringBuilder()
            .AppendLine("# Fault suite: the latest run")
            .AppendLine()
            .AppendLine("Written by `reliability/run`; do not edit by hand. What the suite does and why: [reliability.md](reliability.md).")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"- Ran {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC on {Environment.ProcessorCount} cores, .NET {Environment.Version}, for {Duration:mm\\:ss}.")
            .AppendLine(CultureInfo.InvariantCulture, $"- Faults: {Options.Restarts} PostgreSQL restarts (fast and immediate shutdown alternating), {Options.Kills} host SIGKILLs, {Options.Between.TotalSeconds:0} s apart.")
            .AppendLine(CultureInfo.InvariantCulture, $"- Acknowledged: {string.Join(", ", counts.Select(kind => $"{kind.Value} {kind.Key}"))}; {RefusedAttempts} attempts refused or unanswered and retried with the same key.")
            .AppendLine(CultureInfo.InvariantCulture, $"- Verdict: **{(Passed ? "passed" : "FAILED")}**")
            .AppendLine()
            .AppendLine("| guarantee | expected | found | |")
            .AppendLine("|---|---:|---:|---|");
        foreach (var check in Checks)
        {
            page.AppendLine(CultureInfo.InvariantCulture, $"| {check.Guarantee} | {check.Expected} | {check.Found} | {(check.Holds ? "holds" : "**broken**")} |");
        }

        foreach (var check in Checks.Where(check => !check.Holds && check.Detail.Length > 0))
        {
            page.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"- {check.Guarantee}: {check.Detail}");
        }

        await File.WriteAllTextAsync(Path.Combine(docs, "reliability-run.md"), page.ToString());
    }
}
