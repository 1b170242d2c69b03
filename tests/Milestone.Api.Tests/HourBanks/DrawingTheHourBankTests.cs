namespace Milestone.Api.Tests.HourBanks;

[Collection(Collections.HourBanks)]
public sealed class DrawingTheHourBankTests(HourBankApp app)
{
    private const string Correct = """
        mutation($r: ID!, $w: ID!, $m: Int!, $d: DateOnly!, $b: Boolean!) { correctWorklog(requestId: $r, worklogId: $w, minutes: $m, workDate: $d, billable: $b) { id } }
        """;

    [Fact]
    public async Task A_billable_worklog_draws_the_bank_rounded_up_to_the_increment_and_non_billable_time_does_not()
    {
        var scene = await app.SceneAsync();
        await app.PurchaseAsync(scene, 600);

        await app.LogAsync(scene, 7);
        await app.LogAsync(scene, 16);
        await app.LogAsync(scene, 45, billable: false);

        var bank = await app.BankAsync(scene);
        Assert.Equal(15 + 30, bank.Minutes("consumedMinutes"));
        Assert.Equal(600 - 45, bank.Minutes("remainingMinutes"));
        Assert.Equal(600 - 45, bank.GetProperty("credits")[0].Minutes("remainingMinutes"));
    }

    [Fact]
    public async Task A_corrected_or_deleted_worklog_is_compensated_not_rewritten()
    {
        var scene = await app.SceneAsync();
        await app.PurchaseAsync(scene, 600);
        var corrected = await app.LogAsync(scene, 20);
        var deleted = await app.LogAsync(scene, 50);

        await app.SettledAsync(() => app.Host.GraphQLAsync(Correct, new { r = scene.RequestId, w = corrected, m = 40, d = app.Today(), b = true }, scene.Agent));
        await app.SettledAsync(() => app.Host.GraphQLAsync("mutation($r: ID!, $w: ID!) { deleteWorklog(requestId: $r, worklogId: $w) { id } }", new { r = scene.RequestId, w = deleted }, scene.Agent));

        var bank = await app.BankAsync(scene);
        Assert.Equal(45, bank.Minutes("consumedMinutes"));
        Assert.Equal(555, bank.Minutes("remainingMinutes"));
        var lines = (await app.Host.GraphQLAsync(
            "query($c: ID!, $m: String!) { hourBankStatement(clientId: $c, month: $m) { lines { entry minutes note } reconciles } }",
            new { c = scene.ClientId, m = app.BankMonth() }, scene.Admin)).Data("hourBankStatement");
        Assert.Equal(
            ["PURCHASE:600", "DEBIT:-30", "DEBIT:-60", "REVERSAL:30", "DEBIT:-45", "REVERSAL:60"],
            lines.GetProperty("lines").EnumerateArray().Select(line => $"{line.GetProperty("entry").GetString()}:{line.Minutes("minutes")}"));
        Assert.True(lines.GetProperty("reconciles").GetBoolean());
    }

    [Fact]
    public async Task Time_beyond_the_credits_is_overage_at_the_overage_rate_and_a_purchase_repays_it()
    {
        var scene = await app.SceneAsync();
        await app.PurchaseAsync(scene, 60);

        await app.LogAsync(scene, 90);
        var inOverage = await app.BankAsync(scene);
        var toppedUp = await app.PurchaseAsync(scene, 600);

        Assert.Equal(-30, inOverage.Minutes("remainingMinutes"));
        Assert.Equal(30, inOverage.Minutes("overageMinutes"));
        Assert.Equal(60m, inOverage.GetProperty("overageAmount").GetDecimal());
        Assert.Equal(0, toppedUp.Minutes("overageMinutes"));
        Assert.Equal(570, toppedUp.Minutes("remainingMinutes"));
    }

    [Fact]
    public async Task Sixteen_worklogs_logged_at_once_on_one_client_are_each_drawn_exactly_once()
    {
        var scene = await app.SceneAsync();
        await app.PurchaseAsync(scene, 6_000);
        var requests = new List<string> { scene.RequestId };
        for (var index = 0; index < 3; index++)
        {
            requests.Add((await app.Host.GraphQLAsync(
                Requests.RequestDocuments.Submit, new { input = new { title = $"Laptop {index}" } }, scene.ClientAdmin)).Data("submitRequest").GetProperty("request").GetProperty("id").GetString()!);
        }

        var minutes = Enumerable.Range(1, 16).ToList();
        var refusals = await app.SettledAsync(() => Task.WhenAll(minutes.Select(logged =>
        {
            var idempotencyKey = Guid.NewGuid().ToString();
            return CarefulClient.UntilAcceptedAsync(() => app.Host.GraphQLAsync(
                HourBankScenes.Log, new { requestId = requests[logged % requests.Count], minutes = logged, workDate = app.Today(), billable = true, idempotencyKey }, scene.Agent));
        })));

        Assert.All(refusals.SelectMany(codes => codes), code => Assert.Equal("CONFLICT", code));

        var bank = await app.BankAsync(scene);
        var statement = (await app.Host.GraphQLAsync(
            "query($c: ID!, $m: String!) { hourBankStatement(clientId: $c, month: $m) { debitedMinutes lines { entry worklogId } reconciles } }",
            new { c = scene.ClientId, m = app.BankMonth() }, scene.Admin)).Data("hourBankStatement");
        var debits = statement.GetProperty("lines").EnumerateArray().Where(line => line.GetProperty("entry").GetString() == "DEBIT").ToList();
        Assert.Equal(16, debits.Count);
        Assert.Equal(16, debits.Select(line => line.GetProperty("worklogId").GetString()).Distinct().Count());
        var billed = minutes.Sum(logged => (logged + 14) / 15 * 15);
        Assert.Equal(billed, bank.Minutes("consumedMinutes"));
        Assert.Equal(6_000 - billed, bank.Minutes("remainingMinutes"));
        Assert.True(statement.GetProperty("reconciles").GetBoolean());
    }

    [Fact]
    public async Task A_client_without_a_bank_logs_time_on_requests_and_nothing_is_posted()
    {
        var scene = await app.SceneAsync(open: false);

        await app.LogAsync(scene, 30);

        Assert.Equal(System.Text.Json.JsonValueKind.Null, (await app.BankAsync(scene)).ValueKind);
    }

    [Fact]
    public async Task Time_logged_before_the_bank_opened_is_not_billed_when_it_is_corrected_or_deleted_later()
    {
        var scene = await app.SceneAsync(open: false);
        var logged = await app.LogAsync(scene, 30);
        app.Clock.Advance(TimeSpan.FromMinutes(5));
        (await app.Host.GraphQLAsync(HourBankScenes.Open, new { clientId = scene.ClientId, threshold = 0 }, scene.Admin)).Data("openHourBank");
        await app.PurchaseAsync(scene, 600);

        await app.SettledAsync(() => app.Host.GraphQLAsync(Correct, new { r = scene.RequestId, w = logged, m = 45, d = app.Today(), b = true }, scene.Agent));
        var corrected = await app.BankAsync(scene);
        await app.SettledAsync(() => app.Host.GraphQLAsync("mutation($r: ID!, $w: ID!) { deleteWorklog(requestId: $r, worklogId: $w) { id } }", new { r = scene.RequestId, w = logged }, scene.Agent));
        var deleted = await app.BankAsync(scene);

        Assert.Equal((600, 0), (corrected.Minutes("remainingMinutes"), corrected.Minutes("consumedMinutes")));
        Assert.Equal((600, 0), (deleted.Minutes("remainingMinutes"), deleted.Minutes("consumedMinutes")));
    }

    [Fact]
    public async Task Usage_groups_billable_time_by_request_category_agent_and_month()
    {
        var scene = await app.SceneAsync();
        await app.PurchaseAsync(scene, 600);
        var version = (await app.Host.GraphQLAsync("query($id: ID!) { request(id: $id) { version } }", new { id = scene.RequestId }, scene.Agent))
            .Data("request").GetProperty("version").GetInt32();
        (await app.Host.GraphQLAsync(
            "mutation($id: ID!, $v: Int!) { categoriseRequest(requestId: $id, version: $v, category: \"Printing\") { id } }",
            new { id = scene.RequestId, v = version }, scene.Agent)).Data("categoriseRequest");
        var colleague = await app.InvitedAndSignedInAsync(scene.Admin, Role.Agent, null);
        await app.LogAsync(scene, 20);
        await app.LogAsync(scene with { Agent = colleague }, 50);
        await app.LogAsync(scene, 10, billable: false);

        async Task<string> UsageAsync(string groupBy) => string.Join(",", (await app.Host.GraphQLAsync(
            "query($c: ID!, $f: DateOnly!, $t: DateOnly!, $g: HourBankUsageGrouping!) { hourBankUsage(clientId: $c, from: $f, to: $t, groupBy: $g) { key loggedMinutes billedMinutes worklogs } }",
            new { c = scene.ClientId, f = app.Today().AddDays(-7), t = app.Today(), g = groupBy }, scene.ClientAdmin)).Data("hourBankUsage").EnumerateArray()
            .Select(group => $"{group.GetProperty("key").GetString()}:{group.Minutes("loggedMinutes")}/{group.Minutes("billedMinutes")}/{group.Minutes("worklogs")}"));

        Assert.Equal("Printing:70/90/2", await UsageAsync("CATEGORY"));
        Assert.Equal($"{scene.RequestId}:70/90/2", await UsageAsync("REQUEST"));
        Assert.Equal($"{colleague.PersonId}:50/60/1,{scene.Agent.PersonId}:20/30/1", await UsageAsync("AGENT"));
        Assert.Equal($"{app.Today():yyyy-MM}:70/90/2", await UsageAsync("MONTH"));
    }
}
