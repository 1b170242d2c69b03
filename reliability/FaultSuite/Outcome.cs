using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Milestone.FaultSuite;

/// <summary>The run's numbers and verdicts, printed and written to docs/ for the record.</summary>
public sealed record Outcome(SuiteOptions Options, Revision Revision, TimeSpan Duration, SuiteRun Run)
{
    private IReadOnlyList<Check> Checks => Run.Checks;

    private IReadOnlyList<string> Notes => Run.Notes;

    private IEnumerable<Acknowledged> Acknowledged => Run.Loads.SelectMany(load => load.Workload.Acknowledgements);

    private int RefusedAttempts => Run.Loads.Sum(load => load.Api.Unacknowledged);

    private IReadOnlyList<(string Reason, int Times)> Refusals =>
        [.. Run.Loads.SelectMany(load => load.Api.Refusals).GroupBy(refusal => refusal.Reason).Select(reason => (reason.Key, reason.Sum(r => r.Times))).OrderByDescending(reason => reason.Item2)];

    public bool Passed => Checks.Count > 0 && Checks.All(check => check.Holds);

    public void Print()
    {
        foreach (var check in Checks)
        {
            Console.WriteLine($"{(check.Holds ? "PASS" : "FAIL")}  {check.Guarantee}: expected {check.Expected}, found {check.Found} {check.Detail}");
        }

        Notes.ToList().ForEach(note => Console.WriteLine($"NOTE  {note}"));
        Refusals.ToList().ForEach(refusal => Console.WriteLine($"REFUSED {refusal.Times}x: {refusal.Reason}"));

        Console.WriteLine(Passed ? "Fault suite passed" : "Fault suite FAILED");
    }

    public async Task WriteAsync(string docs)
    {
        var counts = Acknowledged.GroupBy(a => a.Kind).ToDictionary(kind => kind.Key, kind => kind.Count());
        var results = new
        {
            ranAt = DateTimeOffset.UtcNow,
            commit = Revision.Commit,
            dirty = Revision.Dirty,
            machine = new { Environment.MachineName, Environment.ProcessorCount, os = Environment.OSVersion.ToString(), dotnet = Environment.Version.ToString() },
            scenario = Options.Scenario.Title,
            faults = Options.Cluster
                ? (object)new { projectionRunnerKilled = 1, frozenSeconds = 20, schedulerKilled = 1, tenantDatabases = Options.Tenants ? 2 : 0 }
                : new { postgresRestarts = Options.Restarts, hostKills = Options.Kills, secondsBetween = Options.Between.TotalSeconds },
            durationSeconds = Math.Round(Duration.TotalSeconds),
            acknowledged = counts,
            refusedAttempts = RefusedAttempts,
            refusals = Refusals.Select(refusal => new { refusal.Reason, refusal.Times }),
            notes = Notes,
            checks = Checks.Select(check => new { check.Guarantee, check.Expected, check.Found, check.Holds, check.Detail }),
            passed = Passed,
        };
        var (title, suffix) = Options.Scenario;
        await File.WriteAllTextAsync(Path.Combine(docs, $"reliability{suffix}-results.json"), JsonSerializer.Serialize(results, new JsonSerializerOptions { WriteIndented = true }) + "\n");

        var page = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"# Fault suite, {title}: the latest run")
            .AppendLine()
            .AppendLine("Written by `reliability/run`; do not edit by hand. What the suite does and why: [reliability.md](reliability.md).")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"- Ran {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC on {Environment.ProcessorCount} cores, .NET {Environment.Version}, for {Duration:mm\\:ss}, on commit `{Revision}`.")
            .AppendLine(CultureInfo.InvariantCulture, $"- Faults: {(Options.Cluster
                ? $"three nodes{(Options.Tenants ? " on a main database and a database for each of two tenants, each tenant loaded" : " on one database")}; the node running the most projections SIGKILLed and restarted, the node then running the most frozen for 20 s, the node running the scheduler SIGKILLed"
                : $"{Options.Restarts} PostgreSQL restarts (fast and immediate shutdown alternating), {Options.Kills} host SIGKILLs, {Options.Between.TotalSeconds:0} s apart")}.")
            .AppendLine(CultureInfo.InvariantCulture, $"- Acknowledged: {string.Join(", ", counts.Select(kind => $"{kind.Value} {kind.Key}"))}; {RefusedAttempts} attempts refused or unanswered and retried with the same key.")
            .AppendLine(CultureInfo.InvariantCulture, $"- Verdict: **{(Passed ? "passed" : "FAILED")}**")
            .AppendLine()
            .AppendLine("| guarantee | expected | found | |")
            .AppendLine("|---|---:|---:|---|");
        foreach (var check in Checks)
        {
            page.AppendLine(CultureInfo.InvariantCulture, $"| {check.Guarantee} | {check.Expected} | {check.Found} | {(check.Holds ? "holds" : "**broken**")} |");
        }

        page.AppendLine();
        foreach (var check in Checks.Where(check => check.Detail.Length > 0))
        {
            page.AppendLine(CultureInfo.InvariantCulture, $"- {(check.Holds ? "" : "**broken**: ")}{check.Guarantee}: {check.Detail}");
        }

        page.AppendLine().AppendLine("Also seen:").AppendLine();
        foreach (var note in Notes)
        {
            page.AppendLine(CultureInfo.InvariantCulture, $"- {note}");
        }

        page.AppendLine().AppendLine("Why attempts were refused (the host's answer, or why none came):").AppendLine().AppendLine("| times | reason |").AppendLine("|---:|---|");
        foreach (var (reason, times) in Refusals)
        {
            page.AppendLine(CultureInfo.InvariantCulture, $"| {times} | `{reason.ReplaceLineEndings(" ").Replace("|", "\\|", StringComparison.Ordinal).Replace("`", "'", StringComparison.Ordinal)}` |");
        }

        await File.WriteAllTextAsync(Path.Combine(docs, $"reliability{suffix}-run.md"), page.ToString());
    }
}
