using Milestone.Domain.HourBanks;

namespace Milestone.Host.Database;

/// <summary>
/// A node will not serve on hour banks stored by an earlier version whose documents mean something else now. Before
/// decision 0039 a bank snapshot held every debit and no overage owed, so a bank that owes overage would read as owing
/// none; before decision 0042 a month held its lines, and no entry documents exist yet, so statements would read empty.
/// Wrong figures served quietly are worse than a node that does not start and says what to run.
/// </summary>
internal sealed class HourBanksOfAnEarlierVersion(IDocumentStore store, TenantDirectory tenants) : IHostedService
{
    private sealed record EarlierShape(Type Document, string Member, string Decision, string[] Rebuilds);

    private static readonly EarlierShape[] EarlierShapes =
    [
        new(typeof(HourBank), "debits", "0039", ["HourBank", "BankDebit", "HourBankMonth", "HourBankInstant"]),
        new(typeof(HourBankMonth), "lines", "0042", ["HourBankMonth", "HourBankInstant"]),
    ];

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var tenantId in tenants.Ids)
        {
            var database = await store.Storage.FindOrCreateDatabase(tenantId);
            await using var connection = database.CreateConnection();
            await connection.OpenAsync(cancellationToken);
            foreach (var shape in EarlierShapes)
            {
                if (await StoredInAsync(connection, shape, cancellationToken))
                {
                    throw new StartupFailure(Refusal(shape, tenantId));
                }
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private string Refusal(EarlierShape shape, string tenantId)
    {
        var where = tenants.KeepsTenantsApart ? $" --tenant {tenantId}" : "";
        var commands = shape.Rebuilds.Select(projection => $"'projections rebuild {projection}{where}'").ToList();
        return $"The hour banks{(tenants.KeepsTenantsApart ? $" of tenant {tenantId}" : "")} were stored by an earlier version of Milestone and must be " +
            $"rebuilt before this one serves them: with the service stopped, run {string.Join(", ", commands[..^1])} and {commands[^1]} " +
            $"(docs/decisions/{shape.Decision}).";
    }

    private async Task<bool> StoredInAsync(NpgsqlConnection connection, EarlierShape shape, CancellationToken cancellationToken)
    {
        var table = store.Options.FindOrResolveDocumentType(shape.Document).TableName.QualifiedName;
        await using var earlier = new NpgsqlCommand($"select exists (select 1 from {table} where data ? '{shape.Member}')", connection);
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
