using System.Diagnostics;
using System.Security.Cryptography;
using Microsoft.Extensions.Logging.Abstractions;
using Milestone.FaultSuite;
using Milestone.Host.Database;

var options = SuiteOptions.Parse(args);
var repository = SuiteOptions.RepositoryRoot();
var hostAssembly = Path.Combine(repository, "src", "Host", "bin", "Release", "net10.0", "Milestone.Host.dll");
var watch = Stopwatch.StartNew();
void Say(string line) => Console.WriteLine($"[{watch.Elapsed:mm\\:ss}] {line}");

var dataDirectory = Path.Combine(Path.GetTempPath(), "milestone-faults", $"pg-{Environment.ProcessId}");
await using var postgres = EmbeddedPostgres.Start(dataDirectory, NullLogger.Instance);
var connectionString = await Database.CreateAsync(postgres);
Say($"PostgreSQL on port {postgres.Port}, database ready");

await HostCommandLine.RunAsync(hostAssembly, connectionString, "seed", "demo");
Say("Demo MSP seeded");

var settings = new Dictionary<string, string>
{
    ["ASPNETCORE_ENVIRONMENT"] = "Development",
    ["Milestone:Auth:SigningKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(48)),
    ["Milestone:ScheduledMessagePolling"] = "00:00:01",
};
await using var node = new HostNode(hostAssembly, connectionString, settings);
await node.StartAsync();
var api = new GraphQLClient(() => node.BaseAddress);
using (var setupPatience = new CancellationTokenSource(TimeSpan.FromMinutes(2)))
{
    await Setup.PrepareAsync(api, SuiteOptions.DemoPassword, setupPatience.Token);
}

Say("Host up; 24x7 SLA of 1 and 2 minutes and hour banks in place; load starts");

var workload = new Workload(api, SuiteOptions.DemoPassword);
using var stopLoad = new CancellationTokenSource();
var load = workload.RunAsync(stopLoad.Token);

for (var restart = 1; restart <= options.Restarts; restart++)
{
    await Task.Delay(options.Between);
    var immediate = restart % 2 == 0;
    postgres.Interrupt(immediate);
    await Task.Delay(TimeSpan.FromSeconds(1));
    postgres.Resume();
    Say($"PostgreSQL restart {restart}/{options.Restarts} ({(immediate ? "immediate" : "fast")} shutdown); {workload.Acknowledgements.Count} commands acknowledged, {api.Unacknowledged} attempts refused so far");
}

for (var kill = 1; kill <= options.Kills; kill++)
{
    await Task.Delay(options.Between);
    await node.KillAsync();
    await node.StartAsync();
    Say($"Host SIGKILL {kill}/{options.Kills} and restarted; {workload.Acknowledgements.Count} commands acknowledged");
}

await Task.Delay(options.Between);
await stopLoad.CancelAsync();
await load;
var loadEnded = DateTime.UtcNow;
Say($"Load stopped: {workload.Acknowledgements.Count} commands acknowledged after {api.Unacknowledged} refused attempts");
foreach (var (reason, times) in api.Refusals.Take(8))
{
    Say($"  refused {times}x: {reason}");
}

var verification = new Verification(connectionString);
await Settling.UntilQuietAsync(verification, notBefore: loadEnded + Settling.SlaTargetsPlusPolling, Say);
var checks = (await verification.CheckAsync(workload.Acknowledgements, workload.Acknowledgements.Count(a => a.Kind == "submit"))).ToList();
checks.ForEach(check => Say($"{(check.Holds ? "PASS" : "FAIL")}  {check.Guarantee}: expected {check.Expected}, found {check.Found}"));
await node.KillAsync();
checks.Add(await RebuildComparison.CheckAsync(connectionString, settings));

var outcome = new Outcome(options, watch.Elapsed, workload.Acknowledgements, api.Unacknowledged, checks);
outcome.Print();
await outcome.WriteAsync(Path.Combine(repository, "docs"));
return outcome.Passed ? 0 : 1;
