using JasperFx;
using Milestone.Host;
using Milestone.Host.Database;

var builder = WebApplication.CreateBuilder(args);

using var startupLogging = LoggerFactory.Create(logging => logging.AddConfiguration(builder.Configuration.GetSection("Logging")).AddConsole());
var databaseLog = startupLogging.CreateLogger("Milestone.Database");
await using var database = StartupErrors.ExitOnMissingPostgres(() => MartenDatabase.Resolve(builder.Configuration, databaseLog));
if (!database.IsEmbedded && WaitingForPostgres.AppliesTo(args)
    && !await WaitingForPostgres.UntilItAnswersAsync(args, database.ConnectionString, builder.Configuration, databaseLog))
{
    return 0;
}

builder.AddMilestone(database.ConnectionString);
var app = builder.Build();
app.UseMilestone();

return await app.RunJasperFxCommands(args);

public partial class Program;
