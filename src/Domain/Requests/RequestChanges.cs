using System.Collections.Immutable;
using Milestone.Domain.People;
using Milestone.Domain.Rules;

namespace Milestone.Domain.Requests;

/// <summary>Changes to an open request other than its status: owner, urgency, category, wording, who follows it.</summary>
public sealed partial record Request
{
    public const int CategoryMaxLength = 100;

    public Guid? AssigneeId { get; init; }

    public string? Category { get; init; }

    public ImmutableHashSet<Guid> SharedWith { get; init; } = [];

    public IEnumerable<object> Assign(Actor actor, Guid? assigneeId, DateTimeOffset now)
    {
        RequireOperationalStaff(actor, "assign requests");
        RequireOpen("assign");
        return assigneeId switch
        {
            _ when assigneeId == AssigneeId => [],
            null => [new RequestUnassigned(Id, ClientId, AssigneeId!.Value, actor.PersonId, now)],
            { } assignee => [new RequestAssigned(Id, ClientId, assignee, AssigneeId, actor.PersonId, now)],
        };
    }

    public IEnumerable<object> ChangeUrgency(Actor actor, Urgency to, string reason, DateTimeOffset now)
    {
        RequireStaffOrThisClient(actor, "change the urgency of");
        RequireOpen("change the urgency of");
        return to == Urgency ? [] : [new UrgencyChanged(Id, ClientId, Urgency, to, reason.Trim(), actor.PersonId, now)];
    }

    public IEnumerable<object> Categorise(Actor actor, string category, DateTimeOffset now)
    {
        RequireStaffOrThisClient(actor, "categorise");
        RequireOpen("categorise");
        var trimmed = category.Trim();
        return trimmed == Category ? [] : [new RequestCategorised(Id, ClientId, trimmed, actor.PersonId, now)];
    }

    /// <summary>Only the submitter rewords a request, and only while nobody has started on it.</summary>
    public IEnumerable<object> EditDetails(Actor actor, string title, string? description, DateTimeOffset now)
    {
        if (actor.PersonId != SubmittedBy)
        {
            throw new CommandRejected(Rejection.Forbidden, "Only the person who submitted a request may reword it.");
        }

        if (Status != RequestStatus.Submitted)
        {
            throw new CommandRejected(Rejection.Conflict, "Work has begun; add a message instead of rewording the request.");
        }

        var (newTitle, newDescription) = (title.Trim(), description?.Trim() ?? string.Empty);
        return newTitle == Title && newDescription == Description ? [] : [new RequestDetailsEdited(Id, ClientId, newTitle, newDescription, actor.PersonId, now)];
    }

    /// <summary>Share with a person of the same client; the caller has checked that they are one.</summary>
    public IEnumerable<object> Share(Actor actor, Guid personId, DateTimeOffset now)
    {
        RequireMayShare(actor);
        return personId == SubmittedBy || SharedWith.Contains(personId) ? [] : [new RequestShared(Id, ClientId, personId, actor.PersonId, now)];
    }

    public IEnumerable<object> Unshare(Actor actor, Guid personId, DateTimeOffset now)
    {
        RequireMayShare(actor);
        return SharedWith.Contains(personId) ? [new RequestUnshared(Id, ClientId, personId, actor.PersonId, now)] : [];
    }

    private Request EvolveChanges(object @event) => @event switch
    {
        RequestAssigned assigned => this with { AssigneeId = assigned.AssigneeId },
        RequestUnassigned => this with { AssigneeId = null },
        UrgencyChanged changed => this with { Urgency = changed.To },
        RequestCategorised categorised => this with { Category = categorised.Category },
        RequestDetailsEdited edited => this with { Title = edited.Title, Description = edited.Description },
        RequestShared shared => this with { SharedWith = SharedWith.Add(shared.PersonId) },
        RequestUnshared unshared => this with { SharedWith = SharedWith.Remove(unshared.PersonId) },
        _ => this,
    };

    private void RequireOpen(string what)
    {
        if (!IsOpen)
        {
            throw IllegalMove(what);
        }
    }

    private void RequireStaffOrThisClient(Actor actor, string what)
    {
        RequireNotExecutive(actor, what);
        if (!actor.IsStaff && actor.ClientId != ClientId)
        {
            throw new CommandRejected(Rejection.Forbidden, $"Only staff or this client's people may {what} this request.");
        }
    }

    private void RequireMayShare(Actor actor)
    {
        RequireNotExecutive(actor, "share requests");
        var mayShare = actor.IsStaff || (actor.ClientId == ClientId && (actor.Role == Role.ClientAdmin || actor.PersonId == SubmittedBy));
        if (!mayShare)
        {
            throw new CommandRejected(Rejection.Forbidden, "Only the submitter, their client admin or staff may share a request.");
        }
    }
}
