namespace Milestone.Api.Tests.HourBanks;

/// <summary>The ledger names people and requests by id, and links to them as the caller may see them.</summary>
[Collection(Collections.HourBanks)]
public sealed class LedgerLinksTests(HourBankApp app)
{
    [Fact]
    public async Task A_statement_line_links_to_the_worklogs_request_and_agent_and_a_request_for_hours_to_who_asked()
    {
        var scene = await app.SceneAsync();
        await app.PurchaseAsync(scene, 600);
        await app.LogAsync(scene, 45);
        await app.SettledAsync(async () => (await app.Host.GraphQLAsync(
            HourBankScenes.AskForMore, new { clientId = scene.ClientId, minutes = 120, note = "Go-live" }, scene.ClientAdmin)).Data("requestMoreHours"));

        var statement = (await app.Host.GraphQLAsync(
            "query($c: ID!, $m: String!) { hourBankStatement(clientId: $c, month: $m) { lines { entry request { title } agent { id name } } } }",
            new { c = scene.ClientId, m = app.BankMonth() }, scene.ClientAdmin)).Data("hourBankStatement");
        var bank = (await app.Host.GraphQLAsync(
            "query($c: ID!) { hourBank(clientId: $c) { moreHoursRequests { requester { id name } } } }", new { c = scene.ClientId }, scene.Admin)).Data("hourBank");

        var debit = Assert.Single(statement.GetProperty("lines").EnumerateArray(), line => line.GetProperty("entry").GetString() == "DEBIT");
        Assert.Equal("Printer jams", debit.GetProperty("request").GetProperty("title").GetString());
        Assert.Equal(scene.Agent.PersonId.ToString(), debit.GetProperty("agent").GetProperty("id").GetString());
        var purchase = Assert.Single(statement.GetProperty("lines").EnumerateArray(), line => line.GetProperty("entry").GetString() == "PURCHASE");
        Assert.Equal((System.Text.Json.JsonValueKind.Null, System.Text.Json.JsonValueKind.Null), (purchase.GetProperty("request").ValueKind, purchase.GetProperty("agent").ValueKind));
        Assert.Equal(scene.ClientAdmin.PersonId.ToString(), bank.GetProperty("moreHoursRequests")[0].GetProperty("requester").GetProperty("id").GetString());
    }
}
