namespace Milestone.Host.Database;

/// <summary>The database the host was started on: Marten's only one, or, where tenants are kept apart, the nodes' own.</summary>
public sealed record MainDatabase(string ConnectionString);

public static class TenantDatabases
{
    /// <summary>
    /// One database for everything, or one per tenant (docs/decisions/0024): Marten then opens every session on
    /// the database of the tenant it is opened for, and keeps each database's schema and projections apart.
    /// </summary>
    public static void UseDatabases(this StoreOptions options, string mainConnectionString, TenantDirectory tenants)
    {
        if (!tenants.KeepsTenantsApart)
        {
            options.Connection(mainConnectionString);
            return;
        }

        options.MultiTenantedDatabases(databases =>
        {
            foreach (var (tenantId, database) in tenants.Databases)
            {
                databases.AddSingleTenantDatabase(database.ConnectionString, tenantId);
            }
        });
    }
}
