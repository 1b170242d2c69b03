namespace Milestone.Api.Tests.Tenancy;

/// <summary>
/// The host with a database per tenant: <c>north</c>, reached by its header, and <c>south</c>, reached by its header or
/// its host name, with a portal address of its own; the main database holds only the nodes' own tables.
/// </summary>
public sealed class TenantedApp : MilestoneApp
{
    public const string North = "north";
    public const string South = "south";
    public const string SouthHostName = "south.milestone.test";
    public const string SouthPortal = "https://south.milestone.test";

    public string NorthDatabase { get; private set; } = null!;

    public string SouthDatabase { get; private set; } = null!;

    protected override async Task PrepareDatabaseAsync(string connectionString)
    {
        NorthDatabase = await TestDatabaseServer.CreateDatabaseAsync();
        SouthDatabase = await TestDatabaseServer.CreateDatabaseAsync();
    }

    protected override IEnumerable<(string Key, string Value)> Settings =>
        [.. TenantSettings(NorthDatabase, SouthDatabase), ("Milestone:ScheduledMessagePolling", "00:00:01")];

    public static IEnumerable<(string Key, string Value)> TenantSettings(string northDatabase, string southDatabase) =>
    [
        ($"Milestone:Tenants:{North}:ConnectionString", northDatabase),
        ($"Milestone:Tenants:{South}:ConnectionString", southDatabase),
        ($"Milestone:Tenants:{South}:HostNames:0", SouthHostName),
        ($"Milestone:Tenants:{South}:PortalUrl", SouthPortal),
    ];
}
