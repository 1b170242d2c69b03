using System.Text.Json;
using Milestone.Host.Seeding;
using Milestone.Projections.People;

namespace Milestone.Host.Commands;

public sealed class SeedInput : TenantInput
{
    [Description("The data set to load: demo, or bulk (demo first, then --events of generated history)")]
    public string DataSet { get; set; } = string.Empty;

    [Description("bulk: how many events of history to generate (default 10,000,000)")]
    [FlagAlias("events", 'e')]
    public long EventsFlag { get; set; } = 10_000_000;

    [Description("bulk: at most this many clients share the requests (default 1,000)")]
    [FlagAlias("clients", 'c')]
    public int ClientsFlag { get; set; } = 1_000;

    [Description("bulk: also one client per number given (comma-separated) whose hour bank holds that many debits, e.g. 100,100000")]
    [FlagAlias("ledgers")]
    public string LedgersFlag { get; set; } = string.Empty;

    [Description("bulk: load the events only, leaving the projections to 'projections rebuild'")]
    [FlagAlias("skip-rebuild")]
    public bool SkipRebuildFlag { get; set; }

    [Description("bulk: write what was loaded and how long each part took to this JSON file")]
    [FlagAlias("report", 'r')]
    public string ReportFlag { get; set; } = string.Empty;
}

[Description(
    "Loads a data set: 'seed demo' adds an MSP team, three clients with their people, hour banks and SLAs, and a quarter of their work; " +
    "'seed bulk --events N' adds N events of realistic history for benchmarks and demos, with the service stopped.",
    Name = "seed")]
public sealed class SeedCommand : MilestoneCommand<SeedInput>
{
    protected override async Task<bool> RunAsync(SeedInput input)
    {
        var bulk = input.DataSet.Equals("bulk", StringComparison.OrdinalIgnoreCase);
        if (!bulk && !input.DataSet.Equals("demo", StringComparison.OrdinalIgnoreCase))
        {
            Console.Error.WriteLine($"There is no data set called '{input.DataSet}'; try: seed demo, or seed bulk --events 1000000");
            return false;
        }

        if (!TryReadLedgers(input.LedgersFlag, out var ledgers))
        {
            Console.Error.WriteLine($"--ledgers takes whole numbers of debits above zero, separated by commas (such as 100,100000), not '{input.LedgersFlag}'.");
            return false;
        }

        using var host = input.BuildHost();
        if (input.OneTenant(host.Services) is not { } tenant)
        {
            return false;
        }

        if (bulk && await ServingNodes.CountAsync(host.Services) is > 0 and var serving)
        {
            await Console.Error.WriteLineAsync(
                $"{ServingNodes.Say(serving)} serving this database. The bulk loader writes events without coordinating with other writers and rebuilds every projection: stop the service first.");
            return false;
        }

        await LoadDemoAsync(host, tenant);
        if (bulk)
        {
            var report = await new BulkSeed(host.Services.GetRequiredService<IDocumentStore>(), tenant, host.Services.GetRequiredService<TimeProvider>(), Console.Out)
                .LoadAsync(input.EventsFlag, input.ClientsFlag, ledgers, rebuild: !input.SkipRebuildFlag, CancellationToken.None);
            if (input.ReportFlag.Length > 0)
            {
                await File.WriteAllTextAsync(input.ReportFlag, JsonSerializer.Serialize(report, new JsonSerializerOptions { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase }));
            }
        }

        DemoData.PrintSignIns();
        return true;
    }

    private static bool TryReadLedgers(string text, out IReadOnlyList<int> ledgers)
    {
        var parts = text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var debits = parts.Select(part => int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : 0).ToList();
        ledgers = debits;
        return debits.All(number => number > 0);
    }

    /// <summary>Through the same commands the API sends, so the host runs while it loads; it is stopped before any bulk load.</summary>
    private static async Task LoadDemoAsync(IHost host, string tenant)
    {
        await using var started = await host.StartedAsync();
        await using (var session = host.Services.GetRequiredService<IDocumentStore>().QuerySession(tenant))
        {
            if (await session.Query<PersonAccount>().AnyAsync(person => person.NormalizedEmail == PersonAccount.Normalize(DemoData.AdminEmail)))
            {
                Console.WriteLine("The demo data set is already loaded.");
                return;
            }
        }

        using var scope = host.Services.CreateScope();
        scope.ServiceProvider.EnterTenant(tenant);
        await new DemoData(scope.ServiceProvider).LoadAsync();
        Console.WriteLine("Loaded the demo data set.");
    }
}
