namespace Milestone.Domain.Requests;

/// <summary>Work items: child tasks that must be finished (or knowingly left) before the request completes.</summary>
public sealed partial record Request
{
    public const int WorkItemTitleMaxLength = 200;

    public ImmutableHashSet<Guid> OpenWorkItems { get; init; } = [];

    public ImmutableHashSet<Guid> DoneWorkItems { get; init; } = [];

    /// <summary>The work item's assignee, when one is named, is the person the handler found under that id.</summary>
    public IEnumerable<object> AddWorkItem(Actor actor, Guid workItemId, string title, Guid? assigneeId, NamedPerson? assignee, DateTimeOffset now)
    {
        RequireVisibleTo(actor);
        RequireOperationalStaff(actor, "add work items");
        RequestRules.RequireTitle(title, WorkItemTitleMaxLength);
        RequireAssignable(actor, assigneeId, assignee);
        if (OpenWorkItems.Contains(workItemId) || DoneWorkItems.Contains(workItemId))
        {
            return [];
        }

        return IsOpen
            ? [new WorkItemAdded(Id, ClientId, workItemId, title.Trim(), assigneeId, actor.PersonId, now)]
            : throw IllegalMove("add work items to");
    }

    public IEnumerable<object> CompleteWorkItem(Actor actor, Guid workItemId, DateTimeOffset now)
    {
        RequireVisibleTo(actor);
        RequireOperationalStaff(actor, "complete work items");
        if (DoneWorkItems.Contains(workItemId))
        {
            return [];
        }

        return OpenWorkItems.Contains(workItemId)
            ? [new WorkItemCompleted(Id, ClientId, workItemId, actor.PersonId, now)]
            : throw new CommandRejected(Rejection.NotFound, "This request has no such work item.", "workItemId");
    }

    private Request EvolveWorkItems(object @event) => @event switch
    {
        WorkItemAdded added => this with { OpenWorkItems = OpenWorkItems.Add(added.WorkItemId) },
        WorkItemCompleted completed => this with
        {
            OpenWorkItems = OpenWorkItems.Remove(completed.WorkItemId),
            DoneWorkItems = DoneWorkItems.Add(completed.WorkItemId),
        },
        _ => this,
    };
}
