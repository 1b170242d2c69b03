namespace Milestone.Domain.Requests;

/// <summary>
/// The version a caller names when they change a request, counted as they count it (decision 0032): staff
/// count every event of the stream, the client's people only the events they can see.
/// </summary>
public sealed partial record Request
{
    /// <summary>Events of the stream the client's people never see (<see cref="RequestEventAudience.IsStaffOnly"/>).</summary>
    public int StaffOnlyEvents { get; init; }

    public int VersionSeenBy(Actor actor) => actor.IsStaff ? Version : Version - StaffOnlyEvents;

    /// <summary>
    /// The request, once it is clear the actor decides on the request as it stands: they may see it, and the
    /// version they name is the one they would see now. A client who has seen every change they can see is
    /// up to date, whatever internal notes came since. Anything else is stale, and the refusal names the
    /// version to reload to.
    /// </summary>
    public Request UpToDateFor(Actor actor, int seenVersion)
    {
        RequireVisibleTo(actor);
        var current = VersionSeenBy(actor);
        return seenVersion == current
            ? this
            : throw new CommandRejected(Rejection.Conflict, "The request changed since you loaded it; reload it and try again.")
            {
                Details = new Dictionary<string, object?> { ["currentVersion"] = current },
            };
    }

    private Request EvolveAudience(object @event) =>
        @event is IRequestEvent change && change.IsStaffOnly() ? this with { StaffOnlyEvents = StaffOnlyEvents + 1 } : this;
}
