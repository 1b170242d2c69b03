using JasperFx;
using JasperFx.CodeGeneration;
using Milestone.Api;
using Milestone.Api.GraphQL.Transport;
using Milestone.Api.HourBanks;
using Milestone.Api.Jira;
using Milestone.Api.Notifications;
using Milestone.Api.Sla;
using Milestone.Host.Benchmarking;
using Milestone.Host.Cluster;
using Milestone.Host.Email;
using Milestone.Host.Health;
using Milestone.Host.Http;
using Milestone.Host.Telemetry;
using Milestone.Projections;
using Milestone.Projections.History;
using Weasel.Core;
using Wolverine.Http;
using Wolverine.Marten;

namespace Milestone.Host;

public static class MilestoneHost
{
    public const string SchemaName = Storage.SchemaName;

    public static WebApplicationBuilder AddMilestone(this WebApplicationBuilder builder, string connectionString, HostRole role = HostRole.Node)
    {
        builder.Services.AddSingleton(TimeProvider.System);

        builder.Services.CritterStackDefaults(defaults =>
        {
            defaults.Development.GeneratedCodeMode = TypeLoadMode.Dynamic;
            defaults.Production.GeneratedCodeMode = TypeLoadMode.Auto;
        });

        var tenants = TenantDirectory.From(builder.Configuration);
        builder.Services.AddSingleton(tenants);
        builder.Services.AddSingleton(new MainDatabase(connectionString));
        builder.Services.AddMarten(options =>
            {
                options.UseDatabases(connectionString, tenants);
                options.DatabaseSchemaName = SchemaName;

                // Aggregates are immutable records, so the one fetched for a decision can be the one the inline
                // projection applies the new events to, instead of loading it a second time.
                options.Events.UseIdentityMapForAggregates = true;

                // The asynchronous projections (reporting, SLA compliance) hear of new events at once instead
                // of at the daemon's next poll, up to a second later; polling stays as the safety net.
                options.Events.UseListenNotifyForEventAppends = true;
                options.UseSystemTextJsonForSerialization(EnumStorage.AsString, Casing.CamelCase);
                options.AutoCreateSchemaObjects = AutoCreate.CreateOrUpdate;
                options.AddMilestoneProjections();
                options.AddApiDocuments();
                options.AddHistoryChain();
            })
            .UseLightweightSessions()
            .ApplyAllDatabaseChangesOnStartup()
            .IntegrateWithWolverine(integration =>
            {
                // With a database per tenant, the nodes' own tables (who runs which agent) live in the main database.
                integration.MainDatabaseConnectionString = tenants.KeepsTenantsApart ? connectionString : null;
                // A command has no local queues: an event it forwarded would be stored for an endpoint where no node has
                // the follower, and dead-lettered. It forwards nothing and catches followers up itself where it writes
                // events they follow (the demo loader does); followers read the streams, so a node's next forward would too.
                integration.UseFastEventForwarding = role == HostRole.Node;
                integration.UseWolverineManagedEventSubscriptionDistribution = true;
            });

        // Events are stamped by the same clock the decisions read, so an event's timestamp and the times it carries agree.
        builder.Services.ConfigureMarten((services, options) =>
            options.Events.TimeProvider = new MicrosecondTimeProvider(services.GetRequiredService<TimeProvider>()));

        builder.Host.UseWolverine(options =>
        {
            // How often scheduled messages (SLA deadlines) are looked for in the database; a deadline fires at most this late.
            options.Durability.ScheduledJobPollingTime = builder.Configuration.GetValue("Milestone:ScheduledMessagePolling", TimeSpan.FromSeconds(5));
            options.UseMilestoneCluster(builder.Configuration.GetSection(ClusterSettings.Section).Get<ClusterSettings>() ?? new ClusterSettings(), role);
            options.UseRuntimeCompilation();

            // Each handler of a message runs on its own, with its own retries and dead letters (Wolverine 7's only way);
            // the assertion makes a return to combined handlers fail at start-up instead of logging a warning.
            options.MultipleHandlerBehavior = MultipleHandlerBehavior.Separated;
            options.AssertNoCombinedHandlers();
            options.Policies.AutoApplyTransactions();
            options.Policies.UseDurableLocalQueues();
            options.Policies.UseDurableInboxOnAllListeners();
            options.Policies.UseDurableOutboxOnAllSendingEndpoints();
            options.UseMilestoneCommands(builder.Configuration.GetSection(DatabaseOutageRetries.ScheduleSetting).Get<TimeSpan[]>());
            options.UseMilestoneHourBanks();
            options.UseMilestoneNotifications();
            options.UseMilestoneSlaClocks();
            options.LogSlaDeadlineDeliveries(builder.Configuration[SlaDeadlineDeliveryLog.Setting]);
            options.UseMilestoneJira(builder.Configuration.GetSection(JiraSettings.Section).Get<JiraSettings>() ?? new JiraSettings());
        });

        if (role == HostRole.Node)
        {
            builder.Services.AddHostedService<HourBanksOfAnEarlierVersion>();
        }

        BrowserOrigins.AddTo(builder);
        builder.AddMilestoneEmail();
        builder.Services.AddWolverineHttp();
        builder.Services.AddMilestoneApi(builder.Configuration);
        builder.Services.AddMilestoneHealth();
        builder.Services.AddCodedProblems();
        builder.Services.AddMilestoneTelemetry(builder.Configuration);
        return builder;
    }

    public static WebApplication UseMilestone(this WebApplication app)
    {
        app.UseCodedProblems();

        // Before the tenant is resolved: a browser's preflight carries none of the caller's headers.
        app.UseCors();
        app.Use(DatabaseOutage.AnswerOutagesAsync);
        app.Use(TenantResolution.ResolveAsync);
        app.UseAuthentication();
        app.UseWebSockets(new WebSocketOptions { KeepAliveInterval = TimeSpan.FromSeconds(30) });
        app.MapGraphQL();
        app.MapWolverineEndpoints(http => http.MapOnlyWhenConfigured(app.Configuration));
        app.MapMilestoneHealth();
        app.LogNodeIdentity();
        return app;
    }

    /// <summary>
    /// Runs the service until it is told to stop, then disposes it. Marten's LISTEN connection, which wakes the projection
    /// daemon when events are appended, outlives the host; closed here, once nothing waits on it, it no longer ends in a
    /// warning that the server went away when an embedded PostgreSQL stops after the host.
    /// </summary>
    public static async Task ServeAsync(this WebApplication app)
    {
        var projections = ((StoreOptions)app.Services.GetRequiredService<IDocumentStore>().Options).Projections;
        await app.RunAsync();
        await app.DisposeAsync();
        (projections.Wakeup as IDisposable)?.Dispose();
    }
}
