namespace Milestone.Api.Tests.HourBanks;

/// <summary>Burn multipliers, validity windows and back-dated contracts through the host, on banks billed in 15-minute increments.</summary>
[Collection(Collections.HourBanks)]
public sealed class HourBankRatesTests(HourBankApp app)
{
    private const string SetRates = """
        mutation($clientId: ID!, $rates: BurnRatesInput!) {
          setHourBankBurnRates(clientId: $clientId, rates: $rates) { burnRates { teams { teamId multiplier } workTypes { category multiplier } } }
        }
        """;

    private const string Statement = """
        query($c: ID!, $m: String!) { hourBankStatement(clientId: $c, month: $m) { reconciles lines { entry minutes loggedMinutes multiplier } } }
        """;

    /// <summary>A senior engineer's 45 minutes at 1.5 are 67.5, so 68 minutes, billed as 75.</summary>
    [Fact]
    public async Task A_senior_engineers_hour_draws_the_multiplier_the_bank_sets_and_the_statement_shows_both()
    {
        var scene = await app.SceneAsync();
        var team = (await app.Host.GraphQLAsync("mutation { createTeam(name: \"Senior engineers\") { id } }", signedIn: scene.Admin)).Data("createTeam").GetProperty("id").GetString();
        await app.Host.GraphQLAsync("mutation($t: ID!, $p: ID!) { addTeamMember(teamId: $t, personId: $p) { id } }", new { t = team, p = scene.Agent.PersonId }, scene.Admin);
        var rates = new { teams = new[] { new { teamId = team, multiplier = 1.5m } }, workTypes = new[] { new { category = "After hours", multiplier = 2m } } };
        var set = (await app.Host.GraphQLAsync(SetRates, new { clientId = scene.ClientId, rates }, scene.Admin)).Data("setHourBankBurnRates");
        await app.PurchaseAsync(scene, 600);

        await app.LogAsync(scene, 45);

        Assert.Equal(1.5m, set.GetProperty("burnRates").GetProperty("teams")[0].GetProperty("multiplier").GetDecimal());
        Assert.Equal(75, (await app.BankAsync(scene)).Minutes("consumedMinutes"));
        var statement = (await app.Host.GraphQLAsync(Statement, new { c = scene.ClientId, m = app.BankMonth() }, scene.Admin)).Data("hourBankStatement");
        var debit = statement.GetProperty("lines").EnumerateArray().Single(line => line.GetProperty("entry").GetString() == "DEBIT");
        Assert.Equal((-75, 45, 1.5m), (debit.Minutes("minutes"), debit.Minutes("loggedMinutes"), debit.GetProperty("multiplier").GetDecimal()));
        Assert.True(statement.GetProperty("reconciles").GetBoolean());
    }

    [Fact]
    public async Task Only_administrators_and_account_managers_set_burn_rates_and_a_refusal_writes_nothing()
    {
        var scene = await app.SceneAsync();
        var rates = new { teams = Array.Empty<object>(), workTypes = new[] { new { category = "After hours", multiplier = 2m } } };
        var before = await app.CountEventsAsync();

        var byClient = await app.Host.GraphQLAsync(SetRates, new { clientId = scene.ClientId, rates }, scene.ClientAdmin);
        var byAgent = await app.Host.GraphQLAsync(SetRates, new { clientId = scene.ClientId, rates }, scene.Agent);
        var unknownTeam = await app.Host.GraphQLAsync(
            SetRates, new { clientId = scene.ClientId, rates = new { teams = new[] { new { teamId = Guid.NewGuid().ToString(), multiplier = 1.5m } }, workTypes = Array.Empty<object>() } }, scene.Admin);
        var tooMuch = await app.Host.GraphQLAsync(
            SetRates, new { clientId = scene.ClientId, rates = new { teams = Array.Empty<object>(), workTypes = new[] { new { category = "After hours", multiplier = 12m } } } }, scene.Admin);

        Assert.Equal(
            ["FORBIDDEN", "FORBIDDEN", "NOT_FOUND", "VALIDATION"],
            new[] { byClient, byAgent, unknownTeam, tooMuch }.Select(response => response.SingleError().Code()));
        Assert.Equal(before, await app.CountEventsAsync());
    }

    /// <summary>A block for work from tomorrow on leaves today's 30 minutes to overage, though it holds 600.</summary>
    [Fact]
    public async Task Work_dated_before_a_blocks_window_does_not_draw_it()
    {
        var scene = await app.SceneAsync();
        var purchase = """
            mutation($clientId: ID!, $purchasedOn: DateOnly!, $validFrom: DateOnly!, $expiresOn: DateOnly!) {
              purchaseHourBlock(clientId: $clientId, input: { minutes: 600, price: 900, currency: "EUR", purchasedOn: $purchasedOn, validFrom: $validFrom, expiresOn: $expiresOn }) {
                credits { validFrom expiresOn }
              }
            }
            """;
        var bought = (await app.Host.GraphQLAsync(
            purchase, new { clientId = scene.ClientId, purchasedOn = app.Today(), validFrom = app.Today().AddDays(1), expiresOn = app.Today().AddDays(30) }, scene.Admin)).Data("purchaseHourBlock");

        await app.LogAsync(scene, 30);

        var bank = await app.BankAsync(scene);
        Assert.Equal(app.Today().AddDays(1).ToString("yyyy-MM-dd"), bought.GetProperty("credits")[0].GetProperty("validFrom").GetString());
        Assert.Equal((30, 600), (bank.Minutes("overageMinutes"), bank.GetProperty("credits")[0].Minutes("remainingMinutes")));
    }

    [Fact]
    public async Task A_contract_cannot_start_before_the_bank_opened()
    {
        var scene = await app.SceneAsync();
        var lastMonth = new DateOnly(app.Today().Year, app.Today().Month, 1).AddMonths(-1);
        var before = await app.CountEventsAsync();

        var refused = await app.Host.GraphQLAsync(HourBankScenes.Contract, new { clientId = scene.ClientId, minutes = 600, startMonth = lastMonth }, scene.Admin);

        Assert.Equal(("VALIDATION", "startMonth"), (refused.SingleError().Code(), refused.SingleError().Extension("field")));
        Assert.Equal(before, await app.CountEventsAsync());
    }
}
