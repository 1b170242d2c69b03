using System.Collections.Immutable;
using Milestone.Domain.People;
using Milestone.Domain.Rules;

namespace Milestone.Domain.Requests;

/// <summary>Work items: child tasks that must be finished (or knowingly left) before the request completes.</summary>
public sealed partial record Request
{
    public const int WorkItemTitleMaxLength = 200;

    public ImmutableHashSet<Guid> OpenWorkItems { get; init; } = [];

    public ImmutableHashSet<Guid> DoneWorkItems { get; init; } = [];

    public IEnumerable<object> AddWorkItem(Actor actor, Guid workItemId, string title, Guid? assigneeId, DateTimeOffset now)
    {
        RequireOperationalStaff(actor, "add work items");
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
