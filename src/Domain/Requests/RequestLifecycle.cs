namespace Milestone.Domain.Requests;

/// <summary>
/// The status machine: SUBMITTED → IN_PROGRESS ⇄ WAITING_ON_CLIENT → COMPLETED, CANCELLED from any open
/// status, and a completed request reopened to IN_PROGRESS. Asking for the status a request already
/// has changes nothing; any other move not drawn here is refused.
/// </summary>
public sealed partial record Request
{
    public DateTimeOffset? CompletedAt { get; init; }

    public bool IsOpen => Status is RequestStatus.Submitted or RequestStatus.InProgress or RequestStatus.WaitingOnClient;

    public IEnumerable<object> StartWork(Actor actor, DateTimeOffset now)
    {
        RequireVisibleTo(actor);
        RequireOperationalStaff(actor, "start work");
        return Status switch
        {
            RequestStatus.InProgress => [],
            RequestStatus.Submitted => [new WorkStarted(Id, ClientId, actor.PersonId, now, actor.Source)],
            RequestStatus.WaitingOnClient => [new WorkResumed(Id, ClientId, actor.PersonId, now, actor.Source)],
            _ => throw IllegalMove("start work on"),
        };
    }

    public IEnumerable<object> WaitOnClient(Actor actor, string reason, DateTimeOffset now)
    {
        RequireVisibleTo(actor);
        RequireOperationalStaff(actor, "wait on the client");
        RequestRules.RequireReason(reason);
        return Status switch
        {
            RequestStatus.WaitingOnClient => [],
            RequestStatus.InProgress => [new WaitingOnClientStarted(Id, ClientId, reason.Trim(), actor.PersonId, now, actor.Source)],
            _ => throw IllegalMove("wait on the client for"),
        };
    }

    public IEnumerable<object> Complete(Actor actor, string? overrideReason, DateTimeOffset now)
    {
        RequireVisibleTo(actor);
        var openWorkItems = OpenWorkItems.Count;
        RequireOperationalStaff(actor, "complete requests");
        RequestRules.RequireAtMost(overrideReason, "overrideReason", RequestRules.ReasonMaxLength);
        if (Status == RequestStatus.Completed)
        {
            return [];
        }

        if (!IsOpen)
        {
            throw IllegalMove("complete");
        }

        if (openWorkItems > 0 && string.IsNullOrWhiteSpace(overrideReason))
        {
            throw new CommandRejected(
                Rejection.Conflict,
                $"{openWorkItems} work item(s) are still open; finish them or give a reason to complete anyway.",
                "overrideReason");
        }

        return [new RequestCompleted(Id, ClientId, actor.PersonId, now, openWorkItems > 0 ? overrideReason!.Trim() : null, actor.Source)];
    }

    public IEnumerable<object> Cancel(Actor actor, string reason, DateTimeOffset now)
    {
        RequireVisibleTo(actor);
        var mayCancel = actor.IsStaff
            || (actor.ClientId == ClientId && (actor.Role == Role.ClientAdmin || actor.PersonId == SubmittedBy));
        if (!mayCancel)
        {
            throw new CommandRejected(Rejection.Forbidden, "Only the submitter, their client admin or staff may cancel a request.");
        }

        RequireNotExecutive(actor, "cancel requests");
        RequestRules.RequireReason(reason);
        return Status switch
        {
            RequestStatus.Cancelled => [],
            _ when IsOpen => [new RequestCancelled(Id, ClientId, reason.Trim(), actor.PersonId, now, actor.Source)],
            _ => throw IllegalMove("cancel"),
        };
    }

    /// <summary>Clients may reopen within <paramref name="clientReopenWindow"/> of completion; staff at any time.</summary>
    public IEnumerable<object> Reopen(Actor actor, string reason, TimeSpan clientReopenWindow, DateTimeOffset now)
    {
        RequireVisibleTo(actor);
        RequireNotExecutive(actor, "reopen requests");
        RequestRules.RequireReason(reason);
        if (Status != RequestStatus.Completed)
        {
            return Status == RequestStatus.InProgress && CompletedAt is not null ? [] : throw IllegalMove("reopen");
        }

        if (!actor.IsStaff && actor.ClientId != ClientId)
        {
            throw new CommandRejected(Rejection.Forbidden, "Only this client's people or staff may reopen it.");
        }

        if (!actor.IsStaff && now > CompletedAt + clientReopenWindow)
        {
            throw new CommandRejected(
                Rejection.Conflict,
                $"This request was completed more than {clientReopenWindow.TotalDays:0.#} days ago; submit a new request instead.");
        }

        return [new RequestReopened(Id, ClientId, reason.Trim(), actor.PersonId, now, actor.Source)];
    }

    private Request EvolveLifecycle(object @event) => @event switch
    {
        WorkStarted or WorkResumed or RequestReopened => this with { Status = RequestStatus.InProgress },
        WaitingOnClientStarted => this with { Status = RequestStatus.WaitingOnClient },
        RequestCompleted completed => this with { Status = RequestStatus.Completed, CompletedAt = completed.CompletedAt },
        RequestCancelled => this with { Status = RequestStatus.Cancelled },
        _ => this,
    };

    private CommandRejected IllegalMove(string what) =>
        new(Rejection.Conflict, $"You cannot {what} a request that is {Status.ToString().ToLowerInvariant()}.");

    private static void RequireOperationalStaff(Actor actor, string what)
    {
        if (!actor.Role.IsOperationalStaff())
        {
            throw new CommandRejected(Rejection.Forbidden, $"Only delivery staff may {what}.");
        }
    }

    private static void RequireNotExecutive(Actor actor, string what)
    {
        if (actor.Role == Role.Executive)
        {
            throw new CommandRejected(Rejection.Forbidden, $"Executives read requests; they do not {what}.");
        }
    }
}
