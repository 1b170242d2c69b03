using System.Diagnostics;
using System.Security.Cryptography;
using Microsoft.Extensions.Logging.Abstractions;
using Milestone.Api;
using Milestone.Api.Sla;
using Milestone.FaultSuite;
using Milestone.Host.Database;

var options = SuiteOptions.Parse(args);
var repository = SuiteOptions.RepositoryRoot();
var hostAssembly = Path.Combine(repository, "src", "Host", "bin", "Release", "net10.0", "Milestone.Host.dll");
var watch = Stopwatch.StartNew();
void Say(string line) => Console.WriteLine($"[{watch.Elapsed:mm\\:ss}] {line}");

var revision = await Revision.OfAsync(repository);
var checks = new List<Check>();
var notes = new List<string>();
var outages = new OutageWindows();
var killsInFlight = 0;
GraphQLClient? api = null;
Workload? workload = null;
try
{
    var dataDirectory = Path.Combine(Path.GetTempPath(), "milestone-faults", $"pg-{Environment.ProcessId}");
    await using var postgres = EmbeddedPostgres.Start(dataDirectory, NullLogger.Instance);
    var connectionString = await Database.CreateAsync(postgres);
    Say($"PostgreSQL on port {postgres.Port}, database ready");

    await HostCommandLine.RunAsync(hostAssembly, connectionString, "seed", "demo");
    Say("Demo MSP seeded");

    var deadlineDeliveries = dataDirectory + "-sla-deadline-deliveries.log";
    var settings = new Dictionary<string, string>
    {
        [SlaDeadlineDeliveryLog.Setting] = deadlineDeliveries,
        ["ASPNETCORE_ENVIRONMENT"] = "Development",
        ["Milestone:Auth:SigningKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(48)),
        ["Milestone:ScheduledMessagePolling"] = "00:00:01",

        // About a minute of durable retries instead of an hour: a failure that never clears reaches the dead letters before the checks.
        [$"{DatabaseOutageRetries.ScheduleSetting}:0"] = "00:00:05",
        [$"{DatabaseOutageRetries.ScheduleSetting}:1"] = "00:00:10",
        [$"{DatabaseOutageRetries.ScheduleSetting}:2"] = "00:00:20",
        [$"{DatabaseOutageRetries.ScheduleSetting}:3"] = "00:00:30",
    };
    await using var node = new HostNode(hostAssembly, connectionString, settings);
    await node.StartAsync();
    api = new GraphQLClient(() => node.BaseAddress);
    using (var setupPatience = new CancellationTokenSource(TimeSpan.FromMinutes(2)))
    {
        await Setup.PrepareAsync(api, SuiteOptions.DemoPassword, setupPatience.Token);
    }

    Say("Host up; 24x7 SLA of 1 and 2 minutes and hour banks in place; load starts");

    workload = new Workload(api, SuiteOptions.DemoPassword);
    using var stopLoad = new CancellationTokenSource();
    var load = workload.RunAsync(stopLoad.Token);

    for (var restart = 1; restart <= options.Restarts; restart++)
    {
        await Task.Delay(options.Between);
        var immediate = restart % 2 == 0;
        var down = DateTimeOffset.UtcNow;
        postgres.Interrupt(immediate);
        await Task.Delay(TimeSpan.FromSeconds(1));
        postgres.Resume();
        outages.Add(down, DateTimeOffset.UtcNow);
        Say($"PostgreSQL restart {restart}/{options.Restarts} ({(immediate ? "immediate" : "fast")} shutdown); {workload.Acknowledgements.Count} commands acknowledged, {api.Unacknowledged} attempts refused so far");
    }

    for (var kill = 1; kill <= options.Kills; kill++)
    {
        var busy = await KillPoint.AwaitAsync(new Verification(connectionString), options.Between);
        var killed = DateTimeOffset.UtcNow;
        await node.KillAsync();
        await node.StartAsync();
        outages.Add(killed, DateTimeOffset.UtcNow + OutageWindows.KilledNodeDeclaredDead);
        killsInFlight += busy ? 1 : 0;
        Say($"Host SIGKILL {kill}/{options.Kills} ({(busy ? "holding agents and unhandled messages" : "NOT busy within 30 s")}) and restarted; {workload.Acknowledgements.Count} commands acknowledged");
    }

    await Task.Delay(options.Between);
    await stopLoad.CancelAsync();
    await load;
    var loadEnded = DateTime.UtcNow;
    Say($"Load stopped: {workload.Acknowledgements.Count} commands acknowledged after {api.Unacknowledged} refused attempts");

    var verification = new Verification(connectionString);
    await Settling.UntilQuietAsync(verification, notBefore: loadEnded + Settling.SlaTargetsPlusPolling, Say);
    checks.AddRange(await verification.CheckAsync(workload.Acknowledgements));
    checks.AddRange(await SlaFollowingChecks.CheckAsync(verification));
    var commandChecks = new CommandChecks(verification);
    checks.AddRange(await commandChecks.CheckAsync(workload.Acknowledgements, workload.Abandonments));
    notes.Add($"{commandChecks.CommittedUnanswered} commands were committed by an attempt that went unanswered (a timeout or a dropped connection) and acknowledged on a retry with the same key");
    checks.AddRange(await new DeadlineChecks(verification, deadlineDeliveries, outages).CheckAsync(workload.Acknowledgements.Count(a => a.Kind == "submit"), workload.Answers));
    checks.ForEach(check => Say($"{(check.Holds ? "PASS" : "FAIL")}  {check.Guarantee}: expected {check.Expected}, found {check.Found}"));
    await node.KillAsync();
    checks.AddRange(await RebuildComparison.CheckAsync(connectionString, settings));
}
catch (Exception crash)
{
    checks.Add(new("the suite ran to the end", 0, 1, crash.ToString().Split('\n')[0]));
    Say($"Crashed: {crash}");
}
finally
{
    notes.Add($"{killsInFlight} of {options.Kills} SIGKILLs hit a host holding agents and incoming messages it had not yet handled");
    var outcome = new Outcome(options, revision, watch.Elapsed, workload?.Acknowledgements ?? [], api?.Unacknowledged ?? 0, api?.Refusals.ToList() ?? [], notes, checks);
    outcome.Print();
    await outcome.WriteAsync(Path.Combine(repository, "docs"));
    Environment.ExitCode = outcome.Passed ? 0 : 1;
}
