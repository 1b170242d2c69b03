using System.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using Milestone.FaultSuite;
using Milestone.Host.Database;

var options = SuiteOptions.Parse(args);
var repository = SuiteOptions.RepositoryRoot();
var hostAssembly = Path.Combine(repository, "src", "Host", "bin", "Release", "net10.0", "Milestone.Host.dll");
var watch = Stopwatch.StartNew();
void Say(string line) => Console.WriteLine($"[{watch.Elapsed:mm\\:ss}] {line}");

var revision = await Revision.OfAsync(repository);
var run = new SuiteRun(options, hostAssembly, Say);
Say($"Scenario: {options.Scenario.Title}");
try
{
    var dataDirectory = Path.Combine(Path.GetTempPath(), "milestone-faults", $"pg-{Environment.ProcessId}");
    await using var postgres = EmbeddedPostgres.Start(dataDirectory, NullLogger.Instance);
    await run.PrepareDatabasesAsync(postgres);
    if (options.Cluster)
    {
        await ClusterScenario.RunAsync(run, filesPrefix: dataDirectory);
    }
    else
    {
        await SingleNodeScenario.RunAsync(run, postgres, filesPrefix: dataDirectory);
    }
}
catch (Exception crash)
{
    run.Checks.Add(new("the suite ran to the end", 0, 1, crash.ToString().Split('\n')[0]));
    Say($"Crashed: {crash}");
}
finally
{
    var outcome = new Outcome(options, revision, watch.Elapsed, run);
    outcome.Print();
    await outcome.WriteAsync(Path.Combine(repository, "docs"));
    Environment.ExitCode = outcome.Passed ? 0 : 1;
}
