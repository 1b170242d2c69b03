using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging.Console;
using Spectre.Console;

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

    private static bool DescribesTheService(string[] args) => args[0].StartsWith("db-", StringComparison.Ordinal) || args[0] is "describe" or "codegen";

    /// <summary>Commands that never open the database, and so run while it is down.</summary>
    public static bool NeedsTheDatabase(string[] args) => args[0] is not ("describe" or "codegen" or "graphql-schema");

    /// <summary>Commands that read or change the schema, or describe the host, see the nodes' configuration; the rest run as a command.</summary>
    public static HostRole RoleFor(string[] args) => Serves(args) || DescribesTheService(args) ? HostRole.Node : HostRole.Command;

    /// <summary>
    /// Standard output carries only what the command prints (an export piped into a JSON tool, a schema): the log goes
    /// to standard error, without the host's start and stop lines, and the framework does not announce its search for commands.
    /// </summary>
    public static WebApplicationBuilder ForCommands(this WebApplicationBuilder builder, string[] args)
    {
        builder.Services.AddSingleton<IServer, NoServer>();
        builder.Logging.AddFilter("Microsoft.Hosting.Lifetime", LogLevel.Warning);
        builder.Services.Configure<ConsoleLoggerOptions>(console => console.LogToStandardErrorThreshold = LogLevel.Trace);

        // JasperFx prints "Searching '…' for commands" until some factory has applied the extensions it found; Milestone has none.
        new CommandFactory().ApplyExtensions(new ServiceCollection());
        if (RoleFor(args) == HostRole.Command)
        {
            // Milestone's commands print with Console; what the framework still writes around them (a blank line) is not theirs.
            AnsiConsole.Console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
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
