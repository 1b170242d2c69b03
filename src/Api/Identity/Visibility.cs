using Marten;
using Milestone.Domain.People;
using Milestone.Domain.Requests;
using Milestone.Projections.Organisations;
using Milestone.Projections.People;
using Milestone.Projections.Requests;

namespace Milestone.Api.Identity;

/// <summary>
/// The one place that says what a caller may see. Every read of a read model by a caller starts here,
/// so an id of another client's data finds nothing, exactly like an id that does not exist.
/// </summary>
public static class Visibility
{
    /// <summary>
    /// Client admins see all their organisation's requests; members the ones they submitted or that were
    /// shared with them; staff the requests of the clients in their scope.
    /// </summary>
    public static IQueryable<RequestDetails> RequestsVisibleTo(this IQuerySession session, Caller caller)
    {
        var requests = session.Query<RequestDetails>();
        return caller switch
        {
            { Role: Role.ClientAdmin } => requests.Where(request => request.ClientId == caller.ClientId),
            { Role: Role.ClientMember } => requests.Where(request =>
                request.ClientId == caller.ClientId && (request.SubmittedBy == caller.PersonId || request.SharedWith.Contains(caller.PersonId))),
            { StaffScope: { } scope } => requests.Where(request => scope.Contains(request.ClientId)),
            _ => requests,
        };
    }

    /// <summary>Client users see their organisation's people; staff see all staff and the people of the clients in their scope.</summary>
    public static IQueryable<PersonAccount> PeopleVisibleTo(this IQuerySession session, Caller caller)
    {
        var people = session.Query<PersonAccount>();
        return caller switch
        {
            { IsStaff: false } => people.Where(person => person.ClientId == caller.ClientId),
            { StaffScope: { } scope } => people.Where(person => person.ClientId == null || scope.Contains(person.ClientId.Value)),
            _ => people,
        };
    }

    public static IQueryable<ClientOrganisationDetails> ClientOrganisationsVisibleTo(this IQuerySession session, Caller caller)
    {
        var clients = session.Query<ClientOrganisationDetails>();
        return caller switch
        {
            { IsStaff: false } => clients.Where(client => client.Id == caller.ClientId),
            { StaffScope: { } scope } => clients.Where(client => scope.Contains(client.Id)),
            _ => clients,
        };
    }

    /// <summary>The request's version as the caller counts it: staff the stream's, clients only what they can see.</summary>
    public static int VersionSeenBy(this RequestDetails request, Caller caller) => caller.IsStaff ? request.Version : request.ClientVersion;

    /// <summary>
    /// The stream version a change named by the caller's version expects, or null when the caller has not
    /// seen the request as it stands. A client who has seen every change they can see is up to date,
    /// whatever internal notes came since.
    /// </summary>
    public static int? StreamVersionFor(this RequestDetails request, Caller caller, int seen) =>
        caller.IsStaff ? seen : seen == request.ClientVersion ? request.Version : null;

    /// <summary>Staff see every event on a request they may see; client users never see internal notes or what became of them.</summary>
    public static bool MayBeSeenBy(this IRequestEvent change, Caller caller) => caller.IsStaff || !change.IsStaffOnly();
}
