using JasperFx;
using Milestone.Host;
using Milestone.Host.Database;

var builder = WebApplication.CreateBuilder(args);

using var startupLogging = LoggerFactory.Create(logging => logging.AddConfiguration(builder.Configuration.GetSection("Logging")).AddConsole());
await using var database = StartupErrors.ExitOnMissingPostgres(
    () => MartenDatabase.Resolve(builder.Configuration, startupLogging.CreateLogger("Milestone.Database")));

builder.AddMilestone(database.ConnectionString);
var app = builder.Build();
app.UseMilestone();

return await app.RunJasperFxCommands(args);

public partial class Program;
