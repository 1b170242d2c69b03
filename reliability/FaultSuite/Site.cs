namespace Milestone.FaultSuite;

/// <summary>A database the run writes to and checks: the only one, or one tenant's.</summary>
public sealed record Site(string? Tenant, string ConnectionString)
{
    public string DatabaseName => new Npgsql.NpgsqlConnectionStringBuilder(ConnectionString).Database!;

    /// <summary>The checks as this site's: with tenants, each guarantee says whose database it is about.</summary>
    public IEnumerable<Check> Name(IEnumerable<Check> checks) =>
        Tenant is null ? checks : checks.Select(check => check with { Guarantee = $"tenant {Tenant}: {check.Guarantee}" });
}
