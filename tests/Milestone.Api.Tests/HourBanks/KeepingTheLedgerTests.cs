namespace Milestone.Api.Tests.HourBanks;

[Collection(Collections.HourBanks)]
public sealed class KeepingTheLedgerTests(HourBankApp app)
{
    private const string Statement = """
        query($c: ID!, $m: String!) {
          hourBankStatement(clientId: $c, month: $m) {
            month opening { remainingMinutes } closing { remainingMinutes consumedMinutes overageMinutes }
            creditedMinutes debitedMinutes reversedMinutes expiredMinutes adjustedMinutes reconciles
            lines { entry minutes overageMinutes loggedMinutes note draws { minutes } }
          }
        }
        """;

    [Fact]
    public async Task A_purchase_sent_again_under_its_credit_id_sells_nothing_twice_and_with_other_terms_is_refused_and_writes_nothing()
    {
        var scene = await app.SceneAsync();
        var creditId = Guid.CreateVersion7().ToString();
        var variables = new { clientId = scene.ClientId, minutes = 600, purchasedOn = app.Today(), expiresOn = (DateOnly?)null, id = creditId };
        (await app.Host.GraphQLAsync(HourBankScenes.Purchase, variables, scene.Admin)).Data("purchaseHourBlock");

        var retried = (await app.Host.GraphQLAsync(HourBankScenes.Purchase, variables, scene.Admin)).Data("purchaseHourBlock");
        var before = await app.CountEventsAsync();
        var otherTerms = await app.Host.GraphQLAsync(HourBankScenes.Purchase, variables with { minutes = 900 }, scene.Admin);

        Assert.Equal(600, retried.GetProperty("purchasedMinutes").GetInt32());
        Assert.Equal(("CONFLICT", "clientCreditId"), (otherTerms.SingleError().Code(), otherTerms.SingleError().GetProperty("extensions").GetProperty("field").GetString()));
        Assert.Equal(before, await app.CountEventsAsync());
    }

    [Fact]
    public async Task Purchases_allocations_and_adjustments_credit_the_bank_and_a_negative_one_draws_what_lapses_first()
    {
        var scene = await app.SceneAsync();
        var firstOfMonth = new DateOnly(app.Today().Year, app.Today().Month, 1);

        await app.PurchaseAsync(scene, 600, expiresOn: app.Today().AddDays(30));
        await app.SettledAsync(() => app.Host.GraphQLAsync(HourBankScenes.Contract, new { clientId = scene.ClientId, minutes = 300, startMonth = firstOfMonth }, scene.Admin));
        (await app.Host.GraphQLAsync(HourBankScenes.Adjust, new { clientId = scene.ClientId, minutes = 45, reason = "Goodwill for the outage" }, scene.Admin)).Data("adjustHours");
        var bank = (await app.Host.GraphQLAsync(HourBankScenes.Adjust, new { clientId = scene.ClientId, minutes = -15, reason = "Duplicate booking" }, scene.Admin)).Data("adjustHours");

        Assert.Equal(600, bank.Minutes("purchasedMinutes"));
        Assert.Equal(300, bank.Minutes("allocatedMinutes"));
        Assert.Equal(30, bank.Minutes("adjustedMinutes"));
        Assert.Equal(930, bank.Minutes("remainingMinutes"));
        Assert.Equal([600, 285, 45], bank.GetProperty("credits").EnumerateArray().Select(credit => credit.Minutes("remainingMinutes")));
        Assert.Equal(app.Today().AddDays(30).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), bank.GetProperty("credits")[0].GetProperty("expiresOn").GetString());
    }

    [Fact]
    public async Task Taking_away_more_than_the_credits_hold_is_a_validation_error_on_minutes_and_writes_nothing()
    {
        var scene = await app.SceneAsync();
        await app.PurchaseAsync(scene, 60);
        var before = await app.CountEventsAsync();

        var error = (await app.Host.GraphQLAsync(HourBankScenes.Adjust, new { clientId = scene.ClientId, minutes = -90, reason = "Block entered twice" }, scene.Admin)).SingleError();

        Assert.Equal(("VALIDATION", "minutes"), (error.Code(), error.Extension("field")));
        Assert.Equal(before, await app.CountEventsAsync());
    }

    [Fact]
    public async Task The_balance_as_of_a_past_instant_counts_only_what_was_entered_by_then()
    {
        var scene = await app.SceneAsync();
        await app.PurchaseAsync(scene, 600);
        var beforeTheWork = app.Clock.GetUtcNow().AddMinutes(30);
        app.Clock.Advance(TimeSpan.FromHours(1));

        await app.LogAsync(scene, 30);

        var then = await app.BankAsync(scene, asOf: beforeTheWork);
        var now = await app.BankAsync(scene);
        var beforeOpening = await app.BankAsync(scene, asOf: beforeTheWork.AddDays(-1));
        Assert.Equal((600, 0), (then.Minutes("remainingMinutes"), then.Minutes("consumedMinutes")));
        Assert.Equal((570, 30), (now.Minutes("remainingMinutes"), now.Minutes("consumedMinutes")));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, beforeOpening.ValueKind);
    }

    [Fact]
    public async Task The_monthly_statement_lists_every_entry_and_reconciles_to_the_minute()
    {
        var scene = await app.SceneAsync();
        await app.PurchaseAsync(scene, 60);
        await app.LogAsync(scene, 50);
        await app.LogAsync(scene, 20);
        await app.PurchaseAsync(scene, 120);

        var statement = (await app.Host.GraphQLAsync(Statement, new { c = scene.ClientId, m = app.BankMonth() }, scene.ClientAdmin))
            .Data("hourBankStatement");

        Assert.True(statement.GetProperty("reconciles").GetBoolean());
        Assert.Equal(0, statement.GetProperty("opening").Minutes("remainingMinutes"));
        Assert.Equal(180, statement.Minutes("creditedMinutes"));
        Assert.Equal(90, statement.Minutes("debitedMinutes"));
        Assert.Equal(90, statement.GetProperty("closing").Minutes("remainingMinutes"));
        Assert.Equal(0, statement.GetProperty("closing").Minutes("overageMinutes"));
        Assert.Equal(
            ["PURCHASE:60/0", "DEBIT:-60/0", "DEBIT:-30/30", "PURCHASE:120/0", "OVERAGE_REPAID:0/-30"],
            statement.GetProperty("lines").EnumerateArray().Select(line => $"{line.GetProperty("entry").GetString()}:{line.Minutes("minutes")}/{line.Minutes("overageMinutes")}"));
    }

    [Fact]
    public async Task The_forecast_shows_the_trailing_burn_rates_and_when_the_bank_runs_dry()
    {
        var scene = await app.SceneAsync();
        await app.PurchaseAsync(scene, 600);
        await app.LogAsync(scene, 60);

        var forecast = (await app.Host.GraphQLAsync(
            "query($c: ID!) { hourBankForecast(clientId: $c) { remainingMinutes trailing30Days { days consumedMinutes minutesPerDay runsDryOn } trailing90Days { minutesPerDay runsDryOn } } }",
            new { c = scene.ClientId }, scene.ClientAdmin)).Data("hourBankForecast");

        Assert.Equal(540, forecast.Minutes("remainingMinutes"));
        Assert.Equal(2m, forecast.GetProperty("trailing30Days").GetProperty("minutesPerDay").GetDecimal());
        Assert.Equal(app.Today().AddDays(270).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), forecast.GetProperty("trailing30Days").GetProperty("runsDryOn").GetString());
        Assert.Equal(0.67m, forecast.GetProperty("trailing90Days").GetProperty("minutesPerDay").GetDecimal());
        Assert.Equal(app.Today().AddDays(810).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), forecast.GetProperty("trailing90Days").GetProperty("runsDryOn").GetString());
    }

    [Fact]
    public async Task Falling_to_the_low_balance_threshold_mails_staff_and_the_clients_admins_once()
    {
        var scene = await app.SceneAsync(threshold: 60);
        await app.PurchaseAsync(scene, 120);

        await app.LogAsync(scene, 70);
        await app.LogAsync(scene, 10);

        var mail = await app.Mail.WaitForAsync(
            received => received.To.Contains(scene.ClientAdmin.Email, StringComparison.OrdinalIgnoreCase) && received.Subject.StartsWith("Hour bank running low"),
            TimeSpan.FromSeconds(30));
        await app.Mail.WaitForAsync(
            received => received.To.Contains(scene.Admin.Email, StringComparison.OrdinalIgnoreCase) && received.TextBody!.Contains("down to 0h 45m"),
            TimeSpan.FromSeconds(30));
        Assert.Contains("0h 45m", mail.TextBody);
        Assert.Single(app.Mail.Received, received => received.To.Contains(scene.ClientAdmin.Email, StringComparison.OrdinalIgnoreCase) && received.Subject.StartsWith("Hour bank running low"));
    }

    [Fact]
    public async Task A_client_asks_for_more_hours_and_staff_get_the_task_while_the_bank_is_not_credited()
    {
        var scene = await app.SceneAsync();
        var note = $"Project go-live {Guid.NewGuid():N}";

        var bank = await app.SettledAsync(async () => (await app.Host.GraphQLAsync(
            HourBankScenes.AskForMore, new { clientId = scene.ClientId, minutes = 1_200, note }, scene.ClientAdmin)).Data("requestMoreHours"));

        Assert.Equal(0, bank.Minutes("remainingMinutes"));
        Assert.Equal((1_200, note), (bank.GetProperty("moreHoursRequests")[0].Minutes("requestedMinutes"), bank.GetProperty("moreHoursRequests")[0].GetProperty("note").GetString()));
        var mail = await app.Mail.WaitForAsync(received => received.TextBody!.Contains(note), TimeSpan.FromSeconds(30));
        Assert.Contains(scene.Admin.Email, mail.To, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(app.Mail.Received, received => received.TextBody!.Contains(note) && received.To.Contains(scene.ClientAdmin.Email, StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData(Role.Agent, "purchaseHourBlock")]
    [InlineData(Role.ClientAdmin, "adjustHours")]
    [InlineData(Role.TeamLead, "changeHourBankTerms")]
    [InlineData(Role.Executive, "requestMoreHours")]
    public async Task Roles_that_may_not_change_the_bank_are_refused_and_nothing_is_written(Role role, string mutation)
    {
        var scene = await app.SceneAsync();
        var caller = await app.InRoleAsync(scene.Admin, role, scene.ClientId);
        var documents = new Dictionary<string, (string Document, object Variables)>
        {
            ["purchaseHourBlock"] = (HourBankScenes.Purchase, new { clientId = scene.ClientId, minutes = 600, purchasedOn = app.Today() }),
            ["adjustHours"] = (HourBankScenes.Adjust, new { clientId = scene.ClientId, minutes = 600, reason = "Free hours" }),
            ["changeHourBankTerms"] = (
                "mutation($c: ID!) { changeHourBankTerms(clientId: $c, terms: { billingIncrementMinutes: 1, overageRatePerHour: 0, lowBalanceThreshold: { measure: MINUTES, value: 0 } }) { bankId } }",
                new { c = scene.ClientId }),
            ["requestMoreHours"] = (HourBankScenes.AskForMore, new { clientId = scene.ClientId, minutes = 60 }),
        };

        await app.AssertForbiddenAndNothingRecordedAsync(() => app.Host.GraphQLAsync(documents[mutation].Document, documents[mutation].Variables, caller));
    }

    [Fact]
    public async Task Only_commercial_staff_open_a_bank_in_the_clients_time_zone_and_a_second_one_is_a_conflict()
    {
        var scene = await app.SceneAsync(open: false);
        var before = await app.CountEventsAsync();

        var byClient = await app.Host.GraphQLAsync(HourBankScenes.Open, new { clientId = scene.ClientId, threshold = 0 }, scene.ClientAdmin);
        Assert.Equal("FORBIDDEN", byClient.SingleError().Code());
        Assert.Equal(before, await app.CountEventsAsync());

        var opened = (await app.Host.GraphQLAsync(HourBankScenes.Open, new { clientId = scene.ClientId, threshold = 0 }, scene.Admin)).Data("openHourBank");
        var again = await app.Host.GraphQLAsync(HourBankScenes.Open, new { clientId = scene.ClientId, threshold = 0 }, scene.Admin);
        Assert.Equal("EUR", opened.GetProperty("currency").GetString());
        Assert.Equal("Europe/London", opened.GetProperty("timeZone").GetString());
        Assert.Equal("CONFLICT", again.SingleError().Code());
    }

    [Fact]
    public async Task A_bank_in_a_currency_that_is_not_an_ISO_4217_code_in_use_is_refused_and_not_opened()
    {
        var scene = await app.SceneAsync(open: false);
        var before = await app.CountEventsAsync();

        var error = (await app.Host.GraphQLAsync(
            """
            mutation($clientId: ID!) {
              openHourBank(clientId: $clientId, currency: "ZZZ", terms: { billingIncrementMinutes: 15, overageRatePerHour: 120, lowBalanceThreshold: { measure: MINUTES, value: 0 } }) { bankId }
            }
            """,
            new { clientId = scene.ClientId },
            scene.Admin)).SingleError();

        Assert.Equal(("VALIDATION", "currency"), (error.Code(), error.Extension("field")));
        Assert.Equal(before, await app.CountEventsAsync());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, (await app.BankAsync(scene)).ValueKind);
    }

    [Fact]
    public async Task Another_clients_bank_is_not_found_and_a_clients_own_is_on_its_organisation()
    {
        var scene = await app.SceneAsync();
        var neighbour = await app.ClientUserAsync(Role.ClientAdmin, "Globex");

        var foreign = await app.Host.GraphQLAsync(HourBankScenes.Bank, new { clientId = scene.ClientId }, neighbour);
        var own = (await app.Host.GraphQLAsync("query($id: ID!) { clientOrganisation(id: $id) { hourBank { bankId remainingMinutes } } }", new { id = scene.ClientId }, scene.ClientAdmin))
            .Data("clientOrganisation");

        Assert.Equal("NOT_FOUND", foreign.SingleError().Code());
        Assert.Equal(0, own.GetProperty("hourBank").Minutes("remainingMinutes"));
    }
}
