using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Http.Features;

namespace Milestone.Host.Commands;

/// <summary>
/// A command runs beside the service, not as another node of it: it listens on no port, and Wolverine neither
/// registers it as a node nor runs agents (projections, leadership, scheduled jobs) in it. Messages its handlers
/// send or schedule (e-mail, SLA clocks) are written to the database's inbox and outbox, owned by any node, where
/// a running service picks them up.
/// </summary>
public static class CommandLineHost
{
    /// <summary>Serving the API, rather than running a command: no arguments, <c>run</c>, or only flags.</summary>
    public static bool Serves(string[] args) => args.Length == 0 || args[0] == "run" || args[0].StartsWith('-');

    /// <summary>Commands that read or change the schema, or describe the host, see it configured as the service is: they start nothing.</summary>
    public static bool DescribesTheService(string[] args) => args[0].StartsWith("db-", StringComparison.Ordinal) || args[0] is "describe" or "codegen";

    /// <summary>Commands that never open the database, and so run while it is down.</summary>
    public static bool NeedsTheDatabase(string[] args) => args[0] is not ("describe" or "codegen" or "graphql-schema");

    /// <summary>
    /// Commands that load data through the API's handlers. The lean mode addresses every message they send to
    /// Wolverine's one default durable queue, where the service has no handler for the request events its
    /// followers (SLA clocks, Jira) hear on queues of their own: those were dead-lettered and the demo's clocks
    /// never followed its requests (the fault suite found it). They run as a node of the cluster while they load.
    /// </summary>
    public static bool SendsThroughTheServicesQueues(string[] args) => args[0] is "seed";

    public static WebApplicationBuilder ForCommands(this WebApplicationBuilder builder, string[] args)
    {
        builder.Services.AddSingleton<IServer, NoServer>();
        // The lean durability mode would also change the message tables the schema commands compare and apply.
        if (!DescribesTheService(args) && !SendsThroughTheServicesQueues(args))
        {
            builder.Services.ConfigureWolverine(options => options.Durability.Mode = DurabilityMode.ServerlessWithOutbox);
        }

        return builder;
    }

    /// <summary>Stands in for Kestrel: the host starts and stops as usual, and nothing listens.</summary>
    private sealed class NoServer : IServer
    {
        public IFeatureCollection Features { get; } = new FeatureCollection();

        public Task StartAsync<TContext>(IHttpApplication<TContext> application, CancellationToken cancellationToken)
            where TContext : notnull => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public void Dispose()
        {
        }
    }
}
