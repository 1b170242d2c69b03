namespace Milestone.Domain.Requests;

/// <summary>Who may see a request at all; to anyone else it is not there, exactly like an id that does not exist.</summary>
public sealed partial record Request
{
    /// <summary>
    /// Client admins see their organisation's requests (limited to some locations, those of their locations); members,
    /// and admins beyond their locations, the ones they submitted or that were shared with them; staff the requests of
    /// the clients they work for.
    /// </summary>
    public bool IsVisibleTo(Actor actor) => actor.Role switch
    {
        Role.ClientMember => IsTheirsOrShared(actor),
        Role.ClientAdmin when !actor.WorksAt(LocationId) => IsTheirsOrShared(actor),
        _ => actor.WorksWith(ClientId),
    };

    private bool IsTheirsOrShared(Actor actor) => actor.ClientId == ClientId && (SubmittedBy == actor.PersonId || SharedWith.Contains(actor.PersonId));

    /// <summary>Reading is no decision of the request's, but it is refused alike: marking a request read that one may not see.</summary>
    public void ConfirmVisibleTo(Actor actor) => RequireVisibleTo(actor);

    public static CommandRejected NoSuchRequest() => new(Rejection.NotFound, "There is no such request.");

    private void RequireVisibleTo(Actor actor)
    {
        if (!IsVisibleTo(actor))
        {
            throw NoSuchRequest();
        }
    }
}
