using System.Security.Cryptography;
using Milestone.Api;
using Milestone.Host.Database;

namespace Milestone.FaultSuite;

/// <summary>
/// One run of the suite, whichever scenario: its databases, the settings every node shares, the load on each
/// database, and what the checks found. The scenarios decide only which faults strike when.
/// </summary>
public sealed class SuiteRun(SuiteOptions options, string hostAssembly, Action<string> say)
{
    private static readonly TimeSpan SetupPatience = TimeSpan.FromMinutes(2);

    public SuiteOptions Options => options;

    public List<Check> Checks { get; } = [];

    public List<string> Notes { get; } = [];

    public OutageWindows Outages { get; } = new();

    public List<(Site Site, GraphQLClient Api, Workload Workload)> Loads { get; } = [];

    public string Main { get; private set; } = "";

    public IReadOnlyList<Site> Sites { get; private set; } = [];

    /// <summary>What every node and the suite's own host share: tokens signed with one key, fast timers, short retries, and the tenants.</summary>
    public Dictionary<string, string> Settings { get; } = new()
    {
        ["ASPNETCORE_ENVIRONMENT"] = "Development",
        ["Milestone:Auth:SigningKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(48)),
        ["Milestone:ScheduledMessagePolling"] = "00:00:01",

        // About a minute of durable retries instead of an hour: a failure that never clears reaches the dead letters before the checks.
        [$"{DatabaseOutageRetries.ScheduleSetting}:0"] = "00:00:05",
        [$"{DatabaseOutageRetries.ScheduleSetting}:1"] = "00:00:10",
        [$"{DatabaseOutageRetries.ScheduleSetting}:2"] = "00:00:20",
        [$"{DatabaseOutageRetries.ScheduleSetting}:3"] = "00:00:30",
    };

    public void Say(string line) => say(line);

    /// <summary>The main database, and with tenants one database for each of north and south; the demo MSP seeded in each that holds data.</summary>
    public async Task PrepareDatabasesAsync(EmbeddedPostgres postgres)
    {
        Main = await Database.CreateAsync(postgres, "faults");
        Sites = options.Tenants
            ? [new Site("north", await Database.CreateAsync(postgres, "faults_north")), new Site("south", await Database.CreateAsync(postgres, "faults_south"))]
            : [new Site(null, Main)];
        foreach (var tenant in Sites.Where(site => site.Tenant is not null))
        {
            Settings[$"Milestone:Tenants:{tenant.Tenant}:ConnectionString"] = tenant.ConnectionString;
        }

        Say($"PostgreSQL on port {postgres.Port}, {Sites.Count} database{(Sites.Count > 1 ? "s" : "")} to load");
        foreach (var site in Sites)
        {
            await HostCommandLine.RunAsync(hostAssembly, Main, Settings, site.Tenant is null ? ["seed", "demo"] : ["seed", "demo", "--tenant", site.Tenant]);
        }

        Say("Demo MSP seeded");
    }

    public HostNode Node(string filesPrefix) => new(hostAssembly, Main, Settings, filesPrefix);

    /// <summary>Sets each database up (a 24×7 SLA of one and two minutes, hours on every bank) and starts its load, every call through <paramref name="node"/>.</summary>
    public async Task<Task> StartLoadsAsync(Func<Uri> node, CancellationToken stop)
    {
        foreach (var site in Sites)
        {
            var api = new GraphQLClient(node, site.Tenant);
            using var setupPatience = new CancellationTokenSource(SetupPatience);
            await Setup.PrepareAsync(api, SuiteOptions.DemoPassword, setupPatience.Token);
            Loads.Add((site, api, new Workload(api, SuiteOptions.DemoPassword)));
        }

        Say("24x7 SLA of 1 and 2 minutes and hour banks in place; load starts");
        return Task.WhenAll(Loads.Select(load => load.Workload.RunAsync(stop)));
    }

    public string Acknowledged => $"{Loads.Sum(load => load.Workload.Acknowledgements.Count)} commands acknowledged";

    /// <summary>Once the load is over and everything owed has fallen due: every check of every database, but the rebuild.</summary>
    public async Task VerifyAsync(DateTime loadEnded, IReadOnlyList<string> deliveryLogs)
    {
        foreach (var (site, _, workload) in Loads)
        {
            var verification = new Verification(site.ConnectionString, Main);
            await Settling.UntilQuietAsync(verification, notBefore: loadEnded + Settling.SlaTargetsPlusPolling, Say);
            var checks = new List<Check>();
            checks.AddRange(await verification.CheckAsync(workload.Acknowledgements));
            checks.AddRange(await SlaFollowingChecks.CheckAsync(verification));
            var commandChecks = new CommandChecks(verification);
            checks.AddRange(await commandChecks.CheckAsync(workload.Acknowledgements, workload.Abandonments));
            Notes.Add($"{(site.Tenant is null ? "" : $"tenant {site.Tenant}: ")}{commandChecks.CommittedUnanswered} commands were committed by an attempt that went unanswered (a timeout or a dropped connection) and acknowledged on a retry with the same key");
            checks.AddRange(await new DeadlineChecks(verification, deliveryLogs, Outages).CheckAsync(workload.Acknowledgements.Count(a => a.Kind == "submit"), workload.Answers));
            Checks.AddRange(site.Name(checks));
        }

        Checks.ForEach(check => Say($"{(check.Holds ? "PASS" : "FAIL")}  {check.Guarantee}: expected {check.Expected}, found {check.Found}"));
    }

    public async Task CompareWithRebuildAsync() => Checks.AddRange(await RebuildComparison.CheckAsync(Main, Settings, Sites));
}
