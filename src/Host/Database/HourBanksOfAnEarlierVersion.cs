using Milestone.Domain.HourBanks;

namespace Milestone.Host.Database;

/// <summary>
/// A node will not serve on hour banks stored by a version before decision 0039: those snapshots hold every debit and
/// no overage owed, so a bank that owes overage would read as owing none, and its debits and months have no documents
/// yet. Wrong balances served quietly are worse than a node that does not start and says what to run.
/// </summary>
internal sealed class HourBanksOfAnEarlierVersion(IDocumentStore store, TenantDirectory tenants) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var table = store.Options.FindOrResolveDocumentType(typeof(HourBank)).TableName.QualifiedName;
        foreach (var tenantId in tenants.Ids)
        {
            var database = await store.Storage.FindOrCreateDatabase(tenantId);
            await using var connection = database.CreateConnection();
            await connection.OpenAsync(cancellationToken);
            if (await StoredByAnEarlierVersionAsync(connection, table, cancellationToken))
            {
                var where = tenants.KeepsTenantsApart ? $" --tenant {tenantId}" : "";
                throw new StartupFailure(
                    $"The hour banks{(tenants.KeepsTenantsApart ? $" of tenant {tenantId}" : "")} were stored by an earlier version of Milestone and must be " +
                    $"rebuilt before this one serves them: with the service stopped, run 'projections rebuild HourBank{where}', " +
                    $"'projections rebuild BankDebit{where}' and 'projections rebuild HourBankMonth{where}' (docs/decisions/0039).");
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static async Task<bool> StoredByAnEarlierVersionAsync(NpgsqlConnection connection, string table, CancellationToken cancellationToken)
    {
        await using var earlier = new NpgsqlCommand($"select exists (select 1 from {table} where data ? 'debits')", connection);
        try
        {
            return await earlier.ExecuteScalarAsync(cancellationToken) is true;
        }
        catch (PostgresException missing) when (missing.SqlState == PostgresErrorCodes.UndefinedTable)
        {
            return false;
        }
    }
}
