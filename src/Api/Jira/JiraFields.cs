namespace Milestone.Api.Jira;

/// <summary>The Admin Console's Jira settings. Administrators only.</summary>
public static class JiraFields
{
    public static void AddJiraQueries(this ObjectGraphType query)
    {
        query.Field<JiraConnectionType>("jiraConnection")
            .Description("The Jira Cloud site Milestone syncs with, if set. Administrators only.")
            .PermittedTo(caller => caller.Role.MayManageIntegrations(), "read the Jira settings")
            .ResolveAsync(async context => await context.LoadAsync<JiraConnection>(JiraConnection.Key));

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<JiraClientMappingType>>>>("jiraClientMappings")
            .Description("Which clients sync to which Jira projects. Administrators only.")
            .PermittedTo(caller => caller.Role.MayManageIntegrations(), "read the Jira settings")
            .ResolveAsync(async context =>
            {
                await using var session = context.OpenQuerySession();
                return await session.Query<JiraClientMapping>().OrderBy(mapping => mapping.ProjectKey).ToListAsync(context.CancellationToken);
            });

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<JiraAccountLinkType>>>>("jiraAccountLinks")
            .Description("Which Jira accounts are which people. Administrators only.")
            .PermittedTo(caller => caller.Role.MayManageIntegrations(), "read the Jira settings")
            .ResolveAsync(async context =>
            {
                await using var session = context.OpenQuerySession();
                return await session.Query<JiraAccountLink>().ToListAsync(context.CancellationToken);
            });

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<JiraCorrectionType>>>>("jiraCorrections")
            .Description("What the sync healed, refused, unlinked (issues deleted in Jira) or found duplicated, newest first. Administrators only.")
            .Argument<IntGraphType>("last", argument => argument.DefaultValue = 50)
            .PermittedTo(caller => caller.Role.MayManageIntegrations(), "read the Jira sync's corrections")
            .ResolveAsync(async context =>
            {
                await using var session = context.OpenQuerySession();
                return await session.Query<JiraCorrection>().OrderByDescending(correction => correction.At)
                    .Take(Math.Clamp(context.GetArgument<int>("last"), 1, 500)).ToListAsync(context.CancellationToken);
            });
    }

    public static void AddJiraMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<JiraConnectionType>>("setJiraConnection")
            .Description("Connect to a Jira Cloud site, or change the connection. Administrators only.")
            .Argument<NonNullGraphType<JiraConnectionInputType>>("input")
            .ResolveAsync(context => context.ChangedAsync((SetJiraConnection _) => context.LoadAsync<JiraConnection>(JiraConnection.Key)));

        mutation.Field<NonNullGraphType<JiraClientMappingType>>("mapClientToJira")
            .Description("Sync a client's requests to a Jira project. Administrators only.")
            .Argument<NonNullGraphType<IdGraphType>>("clientId")
            .Argument<NonNullGraphType<JiraClientMappingInputType>>("input")
            .ResolveAsync(context => context.ChangedAsync((MapClientToJira command) => context.LoadAsync<JiraClientMapping>(command.ClientId)));

        mutation.Field<NonNullGraphType<JiraAccountLinkType>>("linkJiraAccount")
            .Description("Count a Jira account's worklogs and changes as this staff member's. Administrators only.")
            .Argument<NonNullGraphType<StringGraphType>>("accountId")
            .Argument<NonNullGraphType<IdGraphType>>("personId")
            .ResolveAsync(context => context.ChangedAsync((LinkJiraAccount command) => context.LoadAsync<JiraAccountLink>(command.AccountId.Trim())));

        mutation.Field<NonNullGraphType<JiraConnectionCheckType>>("testJiraConnection")
            .Description("Call Jira with the saved connection and say what is wrong, if anything; with a clientId, also check the account's permissions in that client's project. Administrators only.")
            .Argument<IdGraphType>("clientId")
            .PermittedTo(caller => caller.Role.MayManageIntegrations(), "test the Jira connection")
            .ResolveAsync(async context =>
            {
                await using var session = context.OpenQuerySession();
                return await JiraConnectionCheck.RunAsync(session, context.Service<JiraClient>(), context.GuidArgument("clientId"), context.CancellationToken);
            });

        mutation.Field<NonNullGraphType<BooleanGraphType>>("reconcileJira")
            .Description("Pull recent changes from Jira now instead of at the next scheduled run; see jiraCorrections for what it healed. Administrators only.")
            .PermittedTo(caller => caller.Role.MayManageIntegrations(), "reconcile with Jira")
            .ResolveAsync(async context =>
            {
                await context.Service<IMessageBus>().InvokeAsync(new ReconcileJira(null), context.CancellationToken);
                return true;
            });
    }

}
