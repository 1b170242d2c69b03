using System.Text.RegularExpressions;
using JasperFx;
using Microsoft.Extensions.Configuration;

namespace Milestone.Api.Tenancy;

/// <summary>
/// The MSP's tenants that keep their data in a database of their own (<c>Milestone:Tenants:{id}</c>), and the
/// host names their users reach the service by. With none configured the service keeps one database and every
/// call belongs to Marten's default tenant, as before tenants existed.
/// </summary>
public sealed partial class TenantDirectory
{
    public const string Section = "Milestone:Tenants";

    private readonly Dictionary<string, TenantDatabase> _databases;

    private TenantDirectory(Dictionary<string, TenantDatabase> databases) => _databases = databases;

    /// <summary>Whether tenants are configured; when not, the one database holds everything.</summary>
    public bool KeepsTenantsApart => _databases.Count > 0;

    /// <summary>The tenants to visit when work is done for all of them: every configured one, or the default tenant.</summary>
    public IReadOnlyList<string> Ids => KeepsTenantsApart ? [.. _databases.Keys.Order(StringComparer.Ordinal)] : [StorageConstants.DefaultTenantId];

    public IReadOnlyDictionary<string, TenantDatabase> Databases => _databases;

    public static TenantDirectory From(IConfiguration configuration)
    {
        var databases = new Dictionary<string, TenantDatabase>(StringComparer.Ordinal);
        foreach (var tenant in configuration.GetSection(Section).GetChildren())
        {
            if (!TenantIdPattern().IsMatch(tenant.Key))
            {
                throw new InvalidOperationException(
                    $"{Section}:{tenant.Key}: a tenant id is 1 to 63 lower-case letters, digits and hyphens, starting with a letter or digit.");
            }

            var database = tenant.Get<TenantDatabase>() ?? new TenantDatabase();
            if (string.IsNullOrWhiteSpace(database.ConnectionString))
            {
                throw new InvalidOperationException($"{Section}:{tenant.Key}:ConnectionString is missing; every tenant names its own database.");
            }

            databases.Add(tenant.Key, database);
        }

        if (databases.SelectMany(tenant => tenant.Value.HostNames).GroupBy(host => host, StringComparer.OrdinalIgnoreCase).FirstOrDefault(host => host.Count() > 1) is { } shared)
        {
            throw new InvalidOperationException($"{Section}: the host name {shared.Key} is claimed by more than one tenant.");
        }

        return new TenantDirectory(databases);
    }

    public bool IsKnown(string tenantId) => _databases.ContainsKey(tenantId);

    /// <summary>The tenant whose users reach the service by this host name, if one claims it.</summary>
    public string? ForHost(string hostName) =>
        _databases.FirstOrDefault(tenant => tenant.Value.HostNames.Contains(hostName, StringComparer.OrdinalIgnoreCase)).Key;

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,62}$")]
    private static partial Regex TenantIdPattern();
}

public sealed class TenantDatabase
{
    public string ConnectionString { get; set; } = "";

    /// <summary>Host names (no port) that select this tenant, such as <c>acme.milestone.example</c>.</summary>
    public string[] HostNames { get; set; } = [];

    /// <summary>The tenant's own portal address for links in its e-mails; without one they go to the shared portal, naming the tenant.</summary>
    public string? PortalUrl { get; set; }
}
