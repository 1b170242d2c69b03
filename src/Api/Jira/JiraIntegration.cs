namespace Milestone.Api.Jira;

/// <summary>Who a change from Jira is made by, and the ids and labels that tie Jira's records to ours.</summary>
public static class JiraIntegration
{
    /// <summary>
    /// The service identity for changes from Jira by an account no administrator has linked to a person
    /// (and for reconciliation, which cannot tell who changed an issue). It acts as an administrator.
    /// </summary>
    public static readonly Guid ServicePersonId = Guid.Parse("4a1f7e0c-2d3b-5c6a-9e8f-7a6b5c4d3e2f");

    public const string Label = "milestone";

    private static readonly Guid DuplicateNamespace = Guid.Parse("d2a85f3e-7b14-4c09-9e6d-41f0c8b2a573");

    public static Actor ServiceActor => new(ServicePersonId, Role.Admin, null) { Source = ChangeSource.Jira };

    private const string RequestLabelPrefix = $"{Label}-";

    private const string WorkItemLabelPrefix = $"{Label}-item-";

    /// <summary>The label that finds a request's issue again, so a retried create makes no second issue.</summary>
    public static string LabelFor(Guid requestId) => $"{RequestLabelPrefix}{requestId:N}";

    public static string WorkItemLabelFor(Guid workItemId) => $"{WorkItemLabelPrefix}{workItemId:N}";

    /// <summary>The request an issue was made for, read back from its label.</summary>
    public static Guid? RequestIdIn(IEnumerable<string>? labels) => IdIn(labels, RequestLabelPrefix);

    /// <summary>The work item a sub-task was made for, read back from its label.</summary>
    public static Guid? WorkItemIdIn(IEnumerable<string>? labels) => IdIn(labels, WorkItemLabelPrefix);

    private static Guid? IdIn(IEnumerable<string>? labels, string prefix) =>
        (labels ?? []).Select(label => label.StartsWith(prefix, StringComparison.Ordinal) && Guid.TryParseExact(label[prefix.Length..], "N", out var id) ? id : (Guid?)null)
            .FirstOrDefault(id => id is not null);

    /// <summary>The correction reporting a duplicate issue, derived from its id so every reconciliation that sees it reports it once.</summary>
    public static Guid DuplicateCorrectionIdFor(string issueId) => NameBasedGuid.Create(DuplicateNamespace, issueId);

    /// <summary>The linked person if they are active delivery staff, otherwise the service identity; either way marked as from Jira.</summary>
    public static async Task<Actor> ActorForAsync(this IQuerySession session, string? accountId, CancellationToken cancellation)
    {
        var link = string.IsNullOrEmpty(accountId) ? null : await session.LoadAsync<JiraAccountLink>(accountId, cancellation);
        var person = link is null ? null : await session.LoadAsync<PersonAccount>(link.PersonId, cancellation);
        return person is { Status: PersonStatus.Active } && person.Role.IsOperationalStaff()
            ? new Actor(person.Id, person.Role, person.ClientId) { Source = ChangeSource.Jira }
            : ServiceActor;
    }
}
