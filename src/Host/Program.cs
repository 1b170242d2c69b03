using JasperFx;
using Microsoft.Extensions.Options;
using Milestone.Host;
using Milestone.Host.Commands;
using Milestone.Host.Seeding;

if (CommandLineHelp.IsFor(args))
{
    CommandLineHelp.Write(Console.Out);
    return 0;
}

var builder = WebApplication.CreateBuilder(args);
var serving = CommandLineHost.Serves(args);

using var startupLogging = LoggerFactory.Create(logging => logging.AddConfiguration(builder.Configuration.GetSection("Logging"))
    .AddConsole(console => console.LogToStandardErrorThreshold = serving ? LogLevel.None : LogLevel.Trace));
var databaseLog = startupLogging.CreateLogger("Milestone.Database");
MartenDatabase database;
try
{
    database = MartenDatabase.Resolve(builder.Configuration, databaseLog);
}
catch (Exception failure)
{
    return StartupErrors.Report(failure, databaseLog);
}

await using var ownedDatabase = database;
var tenantDatabases = TenantDirectory.From(builder.Configuration).Databases.Values.Select(tenant => tenant.ConnectionString);
var databasesToWaitFor = (database.IsEmbedded ? tenantDatabases : tenantDatabases.Prepend(database.ConnectionString)).ToList();
if (databasesToWaitFor.Count > 0 && serving
    && !await WaitingForPostgres.UntilTheyAnswerAsync(args, databasesToWaitFor, builder.Configuration, databaseLog))
{
    return 0;
}

// A command fails at once, in one line, rather than in the stack trace the framework's commands would print.
if (databasesToWaitFor.Count > 0 && !serving && CommandLineHost.NeedsTheDatabase(args)
    && await WaitingForPostgres.WhyNotAnsweringAsync(databasesToWaitFor) is { } notAnswering)
{
    await Console.Error.WriteLineAsync(notAnswering);
    return StartupErrors.FailedExitCode;
}

builder.AddMilestone(database.ConnectionString, CommandLineHost.RoleFor(args));
if (!serving)
{
    builder.ForCommands(args);
}

if (RedactedConfiguration.IsFor(args))
{
    builder.Services.AddSingleton<IConfiguration>(RedactedConfiguration.Of(builder.Configuration));
}

if (DemoClock.IsFor(args))
{
    builder.Services.AddSingleton<DemoClock>();
    builder.Services.AddSingleton<TimeProvider>(services => services.GetRequiredService<DemoClock>());
}

var app = builder.Build();
app.UseMilestone();

if (ProjectionsCommand.IsFor(args))
{
    return await ProjectionsCommand.RunAsync(app.Services, args);
}

// Serving, the usual case, skips JasperFx's search of every assembly for commands: a start-up cost for nothing.
if (args.Length == 0)
{
    try
    {
        await app.ServeAsync();
        return 0;
    }
    catch (StartupFailure failure)
    {
        return StartupErrors.Report(failure, databaseLog);
    }
}

try
{
    if (!serving)
    {
        // Bad settings, said before the command runs: its own failures are printed by the framework, with a stack trace.
        app.Services.GetService<IStartupValidator>()?.Validate();
    }

    return await app.RunJasperFxCommands(args);
}
catch (Exception failure) when (!serving)
{
    return StartupErrors.Report(failure, databaseLog);
}

public partial class Program;
