namespace Milestone.Api.Jira;

public sealed class JiraConnectionType : ObjectGraphType<JiraConnection>
{
    public JiraConnectionType()
    {
        Name = "JiraConnection";
        Description = "The Jira Cloud site Milestone syncs with. The API token and webhook secret are never shown.";
        Field<NonNullGraphType<StringGraphType>>("siteUrl").Resolve(context => context.Source.SiteUrl.ToString());
        Field(connection => connection.AccountEmail);
        Field<NonNullGraphType<StringGraphType>>("webhookPath")
            .Description("Append to Milestone's public address and enter as the webhook URL in Jira, with the same secret.")
            .Resolve(_ => JiraWebhookEndpoint.Path);
        Field(connection => connection.ChangedAt);
    }
}

public sealed class JiraClientMappingType : ObjectGraphType<JiraClientMapping>
{
    public JiraClientMappingType()
    {
        Name = "JiraClientMapping";
        Field(mapping => mapping.ClientId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(mapping => mapping.ProjectKey);
        Field(mapping => mapping.IssueType);
        Field(mapping => mapping.SubtaskIssueType);
        Field(mapping => mapping.WorklogsBillable).Description("Whether worklogs from Jira draw the client's hour bank.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<JiraPriorityMappingType>>>>("priorities")
            .Resolve(context => context.Source.Priorities.Select(pair => new JiraPriorityMapping { Urgency = pair.Key, Priority = pair.Value }).ToList());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<JiraStatusMappingType>>>>("statuses")
            .Resolve(context => context.Source.Statuses.Select(pair => new JiraStatusMapping { Status = pair.Key, JiraStatus = pair.Value }).ToList());
    }
}

public sealed class JiraPriorityMapping
{
    public Urgency Urgency { get; set; }

    public string Priority { get; set; } = string.Empty;
}

public sealed class JiraStatusMapping
{
    public RequestStatus Status { get; set; }

    public string JiraStatus { get; set; } = string.Empty;
}

public sealed class JiraPriorityMappingType : ObjectGraphType<JiraPriorityMapping>
{
    public JiraPriorityMappingType()
    {
        Name = "JiraPriorityMapping";
        Field(mapping => mapping.Urgency, type: typeof(NonNullGraphType<UrgencyType>));
        Field(mapping => mapping.Priority).Description("The Jira priority name, e.g. Highest.");
    }
}

public sealed class JiraStatusMappingType : ObjectGraphType<JiraStatusMapping>
{
    public JiraStatusMappingType()
    {
        Name = "JiraStatusMapping";
        Field(mapping => mapping.Status, type: typeof(NonNullGraphType<RequestStatusType>));
        Field(mapping => mapping.JiraStatus).Description("The Jira status name this Milestone status moves the issue to.");
    }
}

public sealed class JiraAccountLinkType : ObjectGraphType<JiraAccountLink>
{
    public JiraAccountLinkType()
    {
        Name = "JiraAccountLink";
        Field(link => link.AccountId);
        Field(link => link.PersonId, type: typeof(NonNullGraphType<IdGraphType>));
    }
}

public sealed class JiraCorrectionKindType : EnumerationGraphType<JiraCorrectionKind>;

public sealed class JiraCorrectionType : ObjectGraphType<JiraCorrection>
{
    public JiraCorrectionType()
    {
        Name = "JiraCorrection";
        Description = "What the sync had to correct: a change healed (found by reconciliation, missed by webhooks) or refused (Milestone's state stood), an issue deleted in Jira and unlinked, a duplicate issue found, or a move Jira's workflow would not take (not moved).";
        Field(correction => correction.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(correction => correction.Kind, type: typeof(NonNullGraphType<JiraCorrectionKindType>));
        Field(correction => correction.RequestId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(correction => correction.IssueKey);
        Field(correction => correction.What);
        Field(correction => correction.At);
    }
}

public sealed class JiraConnectionProblemType : EnumerationGraphType<JiraConnectionProblem>;

public sealed class JiraConnectionCheckType : ObjectGraphType<JiraConnectionCheck>
{
    public JiraConnectionCheckType()
    {
        Name = "JiraConnectionCheck";
        Field(check => check.Ok);
        Field(check => check.Problem, type: typeof(NonNullGraphType<JiraConnectionProblemType>))
            .Description("NONE, or the first thing wrong: NOT_CONFIGURED, UNREACHABLE (site URL), AUTHENTICATION_FAILED (e-mail or API token), PERMISSION_DENIED, PROJECT_NOT_FOUND.");
        Field(check => check.Message);
        Field(check => check.AccountName, nullable: true).Description("The Jira account Milestone calls as, when it could sign in.");
    }
}

public sealed class JiraConnectionInput
{
    public string SiteUrl { get; set; } = string.Empty;

    public string AccountEmail { get; set; } = string.Empty;

    public string ApiToken { get; set; } = string.Empty;

    public string WebhookSecret { get; set; } = string.Empty;
}

public sealed class JiraConnectionInputType : InputObjectGraphType<JiraConnectionInput>
{
    public JiraConnectionInputType()
    {
        Name = "JiraConnectionInput";
        Field(input => input.SiteUrl).Description("e.g. https://your-company.atlassian.net");
        Field(input => input.AccountEmail).Description("The Atlassian account the sync calls Jira as.");
        Field(input => input.ApiToken).Description("An API token of that account (id.atlassian.com → Security → API tokens).");
        Field(input => input.WebhookSecret).Description("At least 16 characters; enter the same secret on Jira's webhook.");
    }
}

public sealed class JiraClientMappingInput
{
    public string ProjectKey { get; set; } = string.Empty;

    public string IssueType { get; set; } = "Task";

    public string SubtaskIssueType { get; set; } = "Subtask";

    public bool WorklogsBillable { get; set; } = true;

    public List<JiraPriorityMapping>? Priorities { get; set; }

    public List<JiraStatusMapping>? Statuses { get; set; }
}

public sealed class JiraClientMappingInputType : InputObjectGraphType<JiraClientMappingInput>
{
    public JiraClientMappingInputType()
    {
        Name = "JiraClientMappingInput";
        Field(input => input.ProjectKey);
        Field(input => input.IssueType, nullable: true).DefaultValue("Task");
        Field(input => input.SubtaskIssueType, nullable: true).DefaultValue("Subtask");
        Field(input => input.WorklogsBillable, nullable: true).DefaultValue(true).Description("Whether this client's worklogs from Jira draw its hour bank.");
        Field(input => input.Priorities, type: typeof(ListGraphType<NonNullGraphType<JiraPriorityMappingInputType>>)).Description("Urgencies left out set no priority.");
        Field(input => input.Statuses, type: typeof(ListGraphType<NonNullGraphType<JiraStatusMappingInputType>>))
            .Description("Statuses left out move the issue to any status of the matching Jira category (To Do, In Progress, Done).");
    }
}

public sealed class JiraPriorityMappingInputType : InputObjectGraphType<JiraPriorityMapping>
{
    public JiraPriorityMappingInputType()
    {
        Name = "JiraPriorityMappingInput";
        Field(mapping => mapping.Urgency, type: typeof(NonNullGraphType<UrgencyType>));
        Field(mapping => mapping.Priority);
    }
}

public sealed class JiraStatusMappingInputType : InputObjectGraphType<JiraStatusMapping>
{
    public JiraStatusMappingInputType()
    {
        Name = "JiraStatusMappingInput";
        Field(mapping => mapping.Status, type: typeof(NonNullGraphType<RequestStatusType>));
        Field(mapping => mapping.JiraStatus);
    }
}
