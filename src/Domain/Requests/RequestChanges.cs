namespace Milestone.Domain.Requests;

/// <summary>Changes to an open request other than its status: owner, urgency, category, wording, who follows it.</summary>
public sealed partial record Request
{
    public const int CategoryMaxLength = 100;

    public Guid? AssigneeId { get; init; }

    public string? Category { get; init; }

    public ImmutableHashSet<Guid> SharedWith { get; init; } = [];

    /// <summary>Assigning to nobody unassigns; otherwise the assignee is the person the handler found under that id.</summary>
    public IEnumerable<object> Assign(Actor actor, Guid? assigneeId, NamedPerson? assignee, DateTimeOffset now)
    {
        RequireVisibleTo(actor);
        RequireOperationalStaff(actor, "assign requests");
        RequireAssignable(actor, assigneeId, assignee);
        RequireOpen("assign");
        return assigneeId switch
        {
            _ when assigneeId == AssigneeId => [],
            null => [new RequestUnassigned(Id, ClientId, AssigneeId!.Value, actor.PersonId, now)],
            { } to => [new RequestAssigned(Id, ClientId, to, AssigneeId, actor.PersonId, now)],
        };
    }

    public IEnumerable<object> ChangeUrgency(Actor actor, Urgency to, string reason, DateTimeOffset now)
    {
        RequireVisibleTo(actor);
        RequireStaffOrThisClient(actor, "change the urgency of");
        RequestRules.RequireKnown(to);
        RequestRules.RequireReason(reason);
        RequireOpen("change the urgency of");
        return to == Urgency ? [] : [new UrgencyChanged(Id, ClientId, Urgency, to, reason.Trim(), actor.PersonId, now)];
    }

    public IEnumerable<object> Categorise(Actor actor, string category, DateTimeOffset now)
    {
        RequireVisibleTo(actor);
        RequireStaffOrThisClient(actor, "categorise");
        RequestRules.RequireText(category, "category", CategoryMaxLength, "Category is required.");
        RequireOpen("categorise");
        var trimmed = category.Trim();
        return trimmed == Category ? [] : [new RequestCategorised(Id, ClientId, trimmed, actor.PersonId, now)];
    }

    /// <summary>Only the submitter rewords a request, and only while nobody has started on it.</summary>
    public IEnumerable<object> EditDetails(Actor actor, string title, string? description, DateTimeOffset now)
    {
        RequireVisibleTo(actor);
        if (actor.PersonId != SubmittedBy)
        {
            throw new CommandRejected(Rejection.Forbidden, "Only the person who submitted a request may reword it.");
        }

        if (Status != RequestStatus.Submitted)
        {
            throw new CommandRejected(Rejection.Conflict, "Work has begun; add a message instead of rewording the request.");
        }

        RequestRules.RequireTitle(title, RequestRules.TitleMaxLength);
        RequestRules.RequireAtMost(description, "description", RequestRules.DescriptionMaxLength);

        var (newTitle, newDescription) = (title.Trim(), description?.Trim() ?? string.Empty);
        return newTitle == Title && newDescription == Description ? [] : [new RequestDetailsEdited(Id, ClientId, newTitle, newDescription, actor.PersonId, now)];
    }

    /// <summary>Share with a person of the same client: the person the handler found under that id.</summary>
    public IEnumerable<object> Share(Actor actor, Guid personId, NamedPerson? person, DateTimeOffset now)
    {
        RequireMayShare(actor, personId, person);
        return personId == SubmittedBy || SharedWith.Contains(personId) ? [] : [new RequestShared(Id, ClientId, personId, actor.PersonId, now)];
    }

    public IEnumerable<object> Unshare(Actor actor, Guid personId, NamedPerson? person, DateTimeOffset now)
    {
        RequireMayShare(actor, personId, person);
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

    private void RequireMayShare(Actor actor, Guid personId, NamedPerson? person)
    {
        RequireVisibleTo(actor);
        RequireNotExecutive(actor, "share requests");
        var mayShare = actor.IsStaff || (actor.ClientId == ClientId && (actor.Role == Role.ClientAdmin || actor.PersonId == SubmittedBy));
        if (!mayShare)
        {
            throw new CommandRejected(Rejection.Forbidden, "Only the submitter, their client admin or staff may share a request.");
        }

        if (person?.Id != personId || !person.IsVisibleTo(actor) || person.ClientId != ClientId)
        {
            throw NoSuchPerson();
        }
    }

    /// <summary>Work goes to active delivery staff who work for this client; a person the actor cannot know of is not there.</summary>
    private void RequireAssignable(Actor actor, Guid? assigneeId, NamedPerson? assignee)
    {
        if (assigneeId is not { } id)
        {
            return;
        }

        if (assignee?.Id != id || !assignee.IsVisibleTo(actor))
        {
            throw NoSuchPerson();
        }

        if (!assignee.MayWorkFor(ClientId))
        {
            throw new CommandRejected(Rejection.Invalid, "Assign requests to active delivery staff who work for this client.", "assigneeId");
        }
    }

    private static CommandRejected NoSuchPerson() => new(Rejection.NotFound, "There is no such person.");
}
