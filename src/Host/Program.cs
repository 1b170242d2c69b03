using JasperFx;
using Milestone.Host;
using Milestone.Host.Commands;
using Milestone.Host.Seeding;

var builder = WebApplication.CreateBuilder(args);

using var startupLogging = LoggerFactory.Create(logging => logging.AddConfiguration(builder.Configuration.GetSection("Logging")).AddConsole());
var databaseLog = startupLogging.CreateLogger("Milestone.Database");
await using var database = StartupErrors.ExitOnMissingPostgres(() => MartenDatabase.Resolve(builder.Configuration, databaseLog));
var tenantDatabases = TenantDirectory.From(builder.Configuration).Databases.Values.Select(tenant => tenant.ConnectionString);
var databasesToWaitFor = (database.IsEmbedded ? tenantDatabases : tenantDatabases.Prepend(database.ConnectionString)).ToList();
if (databasesToWaitFor.Count > 0 && WaitingForPostgres.AppliesTo(args)
    && !await WaitingForPostgres.UntilTheyAnswerAsync(args, databasesToWaitFor, builder.Configuration, databaseLog))
{
    return 0;
}

builder.AddMilestone(database.ConnectionString);
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

// Serving, the usual case, skips JasperFx's search of every assembly for commands: a start-up cost for nothing.
if (args.Length == 0)
{
    await app.RunAsync();
    return 0;
}

return await app.RunJasperFxCommands(args);

public partial class Program;
