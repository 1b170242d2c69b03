namespace Milestone.Api.Tests.HourBanks;

/// <summary>
/// Hour banks stored by an earlier version (before decision 0039 a bank held every debit and no overage owed; before
/// 0042 a month held its lines): a node refuses to serve them until they are rebuilt, and says what to run, rather
/// than quietly answer wrong balances or empty statements.
/// </summary>
/// <remarks>A host of its own: the test restarts it, which the shared hour-bank host's other tests would feel.</remarks>
public sealed class UpgradingHourBanksTests : IAsyncLifetime
{
    private readonly HourBankApp _app = new();

    public Task InitializeAsync() => _app.InitializeAsync();

    public Task DisposeAsync() => _app.DisposeAsync();

    [Theory]
    [InlineData("hourbank", "debits", "{}", "'projections rebuild HourBank', 'projections rebuild BankDebit', 'projections rebuild HourBankMonth' and 'projections rebuild HourBankInstant' (docs/decisions/0039)")]
    [InlineData("hourbankmonth", "lines", "[]", "'projections rebuild HourBankMonth' and 'projections rebuild HourBankInstant' (docs/decisions/0042)")]
    public async Task A_node_will_not_serve_hour_banks_of_an_earlier_version_until_they_are_rebuilt(string table, string member, string value, string commands)
    {
        var scene = await _app.SceneAsync();
        await _app.PurchaseAsync(scene, 600);
        await _app.LogAsync(scene, 90);
        await StoreAsEarlierVersionAsync(table, $"data || '{{\"{member}\": {value}}}'::jsonb");

        var refused = await Assert.ThrowsAnyAsync<Exception>(_app.RestartAsync);

        Assert.Contains("stored by an earlier version", refused.ToString(), StringComparison.Ordinal);
        Assert.Contains(commands, refused.ToString(), StringComparison.Ordinal);

        await StoreAsEarlierVersionAsync(table, $"data - '{member}'");
        await _app.RestartAsync();
        await _app.Host.Scenario(ready => ready.Get.Url("/health/ready"));
    }

    private async Task StoreAsEarlierVersionAsync(string table, string data)
    {
        await using var connection = new NpgsqlConnection(_app.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"update milestone.mt_doc_{table} set data = {data}", connection);
        Assert.True(await command.ExecuteNonQueryAsync() > 0);
    }
}
