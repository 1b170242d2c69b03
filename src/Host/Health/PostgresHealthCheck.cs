using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Milestone.Host.Health;

/// <summary>Ready only when every database answers: the main one and, where tenants are kept apart, each tenant's.</summary>
public sealed class PostgresHealthCheck(IDocumentStore store, MainDatabase main, TenantDirectory tenants) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            // With one database the main one is Marten's, checked below.
            if (tenants.KeepsTenantsApart)
            {
                await AnswersAsync(new NpgsqlConnection(main.ConnectionString), cancellationToken);
            }

            foreach (var database in await store.Storage.AllDatabases())
            {
                await AnswersAsync(database.CreateConnection(), cancellationToken);
            }

            return HealthCheckResult.Healthy();
        }
        catch (Exception exception)
        {
            return HealthCheckResult.Unhealthy("PostgreSQL does not answer.", exception);
        }
    }

    private static async Task AnswersAsync(NpgsqlConnection connection, CancellationToken cancellation)
    {
        await using (connection)
        {
            await connection.OpenAsync(cancellation);
            await using var command = new NpgsqlCommand("select 1", connection);
            await command.ExecuteScalarAsync(cancellation);
        }
    }
}
