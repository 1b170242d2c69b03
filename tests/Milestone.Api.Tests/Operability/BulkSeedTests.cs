using Milestone.Host.Commands;

namespace Milestone.Api.Tests.Operability;

/// <summary>A database that `seed bulk` loaded before the host ever started on it.</summary>
public sealed class BulkSeededApp : MilestoneApp
{
    public const int Events = 3_000;

    public HostCommand Seed { get; private set; } = null!;

    protected override async Task PrepareDatabaseAsync(string connectionString) =>
        Seed = await HostCommand.RunAsync(connectionString, "seed", "bulk", "--events", Events.ToString(System.Globalization.CultureInfo.InvariantCulture));
}

// A host of its own: its database is bulk-seeded by the command line before the host starts.
[Trait(TestKinds.Trait, TestKinds.Process)]
public sealed class BulkSeedTests(BulkSeededApp app) : IClassFixture<BulkSeededApp>
{
    private const string Queue = """
        query Queue { requests(first: 50) { totalCount edges { node { id clientId title status loggedMinutes sla { standing } } } } }
        """;

    private const string Bank = """
        query Bank($clientId: ID!) { hourBank(clientId: $clientId) { purchasedMinutes consumedMinutes remainingMinutes overageMinutes } }
        """;

    [Fact]
    public async Task Seeded_history_is_served_by_the_host_from_the_rebuilt_read_models()
    {
        Assert.True(app.Seed.ExitCode == 0, app.Seed.Output + app.Seed.Errors);
        // The history was generated up to the real present, which the test clock starts before.
        app.Clock.SetUtcNow(DateTimeOffset.UtcNow.AddMinutes(1));
        var admin = await app.SignInAsync(DemoData.AdminEmail, DemoData.Password);

        var queue = (await app.Host.GraphQLAsync(Queue, signedIn: admin)).Data("requests");

        Assert.True(queue.GetProperty("totalCount").GetInt32() > BulkSeededApp.Events / 20);
        var seeded = queue.GetProperty("edges").EnumerateArray().Select(edge => edge.GetProperty("node"))
            .First(node => node.GetProperty("title").GetString() != null && node.GetProperty("status").GetString() == "COMPLETED");
        Assert.True(seeded.GetProperty("loggedMinutes").GetInt32() > 0);
        Assert.Equal("MET", seeded.GetProperty("sla").GetProperty("standing").GetString());

        var bank = (await app.Host.GraphQLAsync(Bank, new { clientId = seeded.GetProperty("clientId").GetString() }, admin)).Data("hourBank");
        Assert.True(bank.GetProperty("consumedMinutes").GetInt32() > 0);
        Assert.Equal(bank.GetProperty("purchasedMinutes").GetInt32() - bank.GetProperty("consumedMinutes").GetInt32(), bank.GetProperty("remainingMinutes").GetInt32());
        Assert.Equal(0, bank.GetProperty("overageMinutes").GetInt32());
    }

    [Fact]
    public async Task Seeded_history_keeps_an_intact_hash_chain()
    {
        var verify = await HostCommand.RunAsync(app.ConnectionString, "history", "verify");

        Assert.True(verify.ExitCode == 0, verify.Output + verify.Errors);
        Assert.Contains("every hash chain is intact", verify.Output);
    }

    [Fact]
    public async Task Every_seeded_hour_bank_posting_is_what_the_domain_decides_for_that_worklog()
    {
        await using var session = app.Store.QuerySession();
        var banks = await session.Query<HourBank>().Select(bank => bank.Id).ToListAsync();
        Assert.NotEmpty(banks);
        foreach (var bankId in banks)
        {
            HourBank? state = null;
            foreach (var recorded in await session.Events.FetchStreamAsync(bankId))
            {
                if (recorded.Data is WorklogDebited debited)
                {
                    var decided = state!.PostWorklog(debited.WorklogId, debited.RequestId, debited.AgentId, debited.Category, debited.WorkDate, debited.LoggedMinutes, billable: true, debited.At);
                    Assert.Equal(JsonSerializer.Serialize<object>(debited), JsonSerializer.Serialize(decided.Single()));
                }

                state = HourBank.Evolve(state, recorded.Data);
            }
        }
    }
}
