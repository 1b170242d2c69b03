using System.Globalization;
using Milestone.Host.Commands;
using Milestone.Host.Seeding;
using Milestone.Projections.Organisations;

namespace Milestone.Api.Tests.Operability;

/// <summary>A database that `seed bulk` loaded before the host ever started on it.</summary>
public sealed class BulkSeededApp : MilestoneApp
{
    public const int Events = 3_000;

    public const int LedgerDebits = 150;

    public HostCommand Seed { get; private set; } = null!;

    protected override async Task PrepareDatabaseAsync(string connectionString) =>
        Seed = await HostCommand.RunAsync(
            connectionString, "seed", "bulk", "--events", Events.ToString(CultureInfo.InvariantCulture), "--ledgers", LedgerDebits.ToString(CultureInfo.InvariantCulture));
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
    public async Task The_demo_quarter_gives_every_dashboard_tile_of_each_demo_client_a_figure()
    {
        app.Clock.SetUtcNow(DateTimeOffset.UtcNow.AddMinutes(1));
        var admin = await app.SignInAsync(DemoData.AdminEmail, DemoData.Password);
        var clients = (await app.Host.GraphQLAsync("{ clientOrganisations { id name } }", signedIn: admin)).Data("clientOrganisations")
            .EnumerateArray().Where(client => client.GetProperty("name").GetString() is "Acme Corp" or "Globex" or "Initech")
            .ToDictionary(client => client.GetProperty("name").GetString()!, client => client.GetProperty("id").GetString()!);
        var quarter = new { from = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-100)), to = DateOnly.FromDateTime(DateTime.UtcNow) };

        Assert.Equal(3, clients.Count);
        foreach (var (name, clientId) in clients)
        {
            var insights = (await app.Host.GraphQLAsync(DemoInsights, new { quarter.from, quarter.to, clientId }, admin)).Data("insights");
            var flow = insights.GetProperty("flow");
            var sla = insights.GetProperty("sla");
            var hours = insights.GetProperty("hours");
            Assert.True(insights.GetProperty("eventsBehind").GetInt64() == 0, $"{name}: {insights}");
            Assert.All(["opened", "completed", "cancelled", "reopened"], figure => Assert.True(flow.GetProperty(figure).GetInt32() > 0, $"{name} {figure}: {flow}"));
            Assert.InRange(sla.GetProperty("attainmentPercent").GetDouble(), 40, 99.9);
            Assert.All(["loggedMinutes", "billableMinutes", "usedMinutes"], figure => Assert.True(hours.GetProperty(figure).GetInt32() > 0, $"{name} {figure}: {hours}"));
            Assert.True(insights.GetProperty("agents").GetArrayLength() >= 2, $"{name}: {insights}");
            Assert.True(insights.GetProperty("teams").EnumerateArray().Single().GetProperty("handled").GetInt32() > 0, $"{name}: {insights}");
        }

        var acme = (await app.Host.GraphQLAsync(DemoBank, new { clientId = clients["Acme Corp"] }, admin)).Data("hourBankHistory").EnumerateArray().Select(entry => entry.GetProperty("type").GetString()).ToList();
        var globex = (await app.Host.GraphQLAsync(DemoBank, new { clientId = clients["Globex"] }, admin)).Data("hourBankHistory").EnumerateArray().Select(entry => entry.GetProperty("type").GetString()).ToList();
        var open = (await app.Host.GraphQLAsync("{ requestStatusCounts { status count } }", signedIn: admin)).Data("requestStatusCounts");

        Assert.Contains("CreditExpired", acme);
        Assert.Contains("HourBankLowBalanceReached", acme);
        Assert.Contains("MonthlyHoursAllocated", globex);
        Assert.Contains("UnusedHoursRolledOver", globex);
        Assert.True(open.EnumerateArray().Single(line => line.GetProperty("status").GetString() == "IN_PROGRESS").GetProperty("count").GetInt32() > 0, open.ToString());
    }

    private const string DemoInsights = """
        query($from: DateOnly!, $to: DateOnly!, $clientId: ID) {
          insights(from: $from, to: $to, clientId: $clientId) {
            eventsBehind flow { opened completed cancelled reopened } sla { attainmentPercent }
            hours { loggedMinutes billableMinutes usedMinutes } agents { name } teams { handled }
          }
        }
        """;

    private const string DemoBank = "query($clientId: ID!) { hourBankHistory(clientId: $clientId) { type } }";

    [Fact]
    public async Task A_ledger_client_has_a_bank_with_the_debits_asked_for()
    {
        await using var session = app.Store.QuerySession();
        var client = await session.Query<ClientOrganisationDetails>().SingleAsync(client => client.Name == SeededClient.LedgerName(BulkSeededApp.LedgerDebits));

        var ledger = await session.Events.FetchStreamAsync(HourBank.IdFor(client.Id));

        Assert.Equal(BulkSeededApp.LedgerDebits, ledger.Count(entry => entry.Data is WorklogDebited));
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
                    var decided = state!.PostWorklog(known: null, debited.WorklogId, debited.RequestId, debited.AgentId, debited.Category, debited.WorkDate, debited.LoggedMinutes, billable: debited.BilledMinutes > 0, debited.At);
                    Assert.Equal(JsonSerializer.Serialize<object>(debited), JsonSerializer.Serialize<object>(decided.OfType<WorklogDebited>().Single()));
                }

                state = HourBank.Evolve(state, recorded.Data);
            }
        }
    }
}
