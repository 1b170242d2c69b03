namespace Milestone.Host.Cluster;

/// <summary>
/// Says once, at start-up, which node of the cluster this process is: the id Wolverine records in
/// `wolverine_nodes` and `wolverine_node_assignments`, so an operator can tell from the logs which
/// process runs which projection, and which tenants' databases it serves where tenants are kept apart.
/// </summary>
public static partial class NodeIdentity
{
    public static WebApplication LogNodeIdentity(this WebApplication app)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Milestone.Cluster");
        var options = app.Services.GetRequiredService<WolverineOptions>();
        if (options.Durability.Mode != DurabilityMode.Balanced)
        {
            // A command: no node of the cluster.
            return app;
        }

        var node = options.UniqueNodeId;
        var tenants = app.Services.GetRequiredService<TenantDirectory>();
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            LogStarted(logger, node);
            if (tenants.KeepsTenantsApart)
            {
                LogTenants(logger, string.Join(", ", tenants.Ids));
            }
        });
        return app;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Milestone node {Node} started")]
    private static partial void LogStarted(ILogger logger, Guid node);

    [LoggerMessage(Level = LogLevel.Information, Message = "Tenants kept apart, each in its own database: {Tenants}")]
    private static partial void LogTenants(ILogger logger, string tenants);
}
