using Milestone.Projections.Activity;

namespace Milestone.Api.Identity;

/// <summary>
/// The one place that says what a caller may see. Every read of a read model by a caller starts here,
/// so an id of another client's data finds nothing, exactly like an id that does not exist.
/// </summary>
public static class Visibility
{
    /// <summary>
    /// Client admins see all their organisation's requests (limited to some locations, those of their locations and
    /// the ones they submitted or that were shared with them); members the ones they submitted or that were shared
    /// with them; staff the requests of the clients in their scope.
    /// </summary>
    public static IQueryable<RequestDetails> RequestsVisibleTo(this IQuerySession session, Caller caller)
    {
        var requests = session.Query<RequestDetails>();
        return caller switch
        {
            { Role: Role.ClientAdmin, LocationScope: { } scope } => AtTheirLocations(requests, caller, [.. scope.Select(id => (Guid?)id)]),
            { Role: Role.ClientAdmin } => requests.Where(request => request.ClientId == caller.ClientId),
            { Role: Role.ClientMember } => requests.Where(request =>
                request.ClientId == caller.ClientId && (request.SubmittedBy == caller.PersonId || request.SharedWith.Contains(caller.PersonId))),
            { StaffScope: { } scope } => requests.Where(request => scope.Contains(request.ClientId)),
            _ => requests,
        };
    }

    private static IQueryable<RequestDetails> AtTheirLocations(IQueryable<RequestDetails> requests, Caller caller, Guid?[] locations) =>
        requests.Where(request =>
            request.ClientId == caller.ClientId
            && (request.LocationId.IsOneOf(locations) || request.SubmittedBy == caller.PersonId || request.SharedWith.Contains(caller.PersonId)));

    /// <summary>
    /// The activity on the requests the caller may see (<see cref="RequestsVisibleTo"/>), filtered on the entry's own
    /// client wherever visibility goes by client, so a feed reads its page by time instead of first fetching the id of
    /// every request the caller may see. Only a client member, who sees a few requests of their own, and a client admin
    /// limited to some locations go by id.
    /// </summary>
    public static async Task<IQueryable<ActivityEntry>> ActivityVisibleToAsync(this IQuerySession session, Caller caller, CancellationToken cancellation)
    {
        var entries = session.Query<ActivityEntry>();
        switch (caller)
        {
            case { Role: Role.ClientMember } or { LocationScope: not null }:
                var theirs = await session.RequestsVisibleTo(caller).Select(request => request.Id).ToListAsync(cancellation);
                return entries.Where(entry => theirs.Contains(entry.RequestId));
            case { Role: Role.ClientAdmin }:
                return entries.Where(entry => entry.ClientId == caller.ClientId);
            case { StaffScope: { } scope }:
                return entries.Where(entry => scope.Contains(entry.ClientId));
            default:
                return entries;
        }
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

    /// <summary>
    /// People a caller meets through a link from something they may see: a request's submitter or assignee, a
    /// message's author, the actor of an event. Staff meet the people they may see. Client users meet their own
    /// organisation's people and the MSP's staff as well, whom they see by name only (<see cref="SeesInFull"/>):
    /// a reply or an assignment needs a name, and nothing else about staff is theirs to read.
    /// </summary>
    public static IQueryable<PersonAccount> PeopleLinkedFor(this IQuerySession session, Caller caller) =>
        caller.IsStaff
            ? session.PeopleVisibleTo(caller)
            : session.Query<PersonAccount>().Where(person => person.ClientId == caller.ClientId || person.ClientId == null);

    /// <summary>Whether the caller sees all of a person they met, as people and me show them, rather than their name alone.</summary>
    public static bool SeesInFull(this Caller caller, PersonAccount person) => caller.IsStaff || person.ClientId == caller.ClientId;

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

    /// <summary>The messages of these requests the caller may read: client users never see internal notes.</summary>
    public static IQueryable<MessageView> MessagesVisibleTo(this IQuerySession session, Caller caller, IReadOnlyCollection<Guid> requestIds)
    {
        var messages = session.Query<MessageView>().Where(message => requestIds.Contains(message.RequestId));
        return caller.IsStaff ? messages : messages.Where(message => !message.Internal);
    }

    /// <summary>The messages with these ids the caller may read: on requests they may see, and no internal notes for client users.</summary>
    public static async Task<IReadOnlyList<MessageView>> MessagesVisibleToAsync(
        this IQuerySession session, Caller caller, Guid[] messageIds, CancellationToken cancellation)
    {
        var requestIds = await session.VisibleRequestIdsAsync(
            caller, await session.Query<MessageView>().Where(message => messageIds.Contains(message.Id)).Select(message => message.RequestId).ToListAsync(cancellation), cancellation);
        return requestIds.Count == 0
            ? []
            : await session.MessagesVisibleTo(caller, requestIds).Where(message => messageIds.Contains(message.Id)).ToListAsync(cancellation);
    }

    /// <summary>
    /// The worklogs with these ids the caller may see: staff only, on requests they may see. Client users see the
    /// minutes on their hour-bank statement, never the worklogs themselves.
    /// </summary>
    public static async Task<IReadOnlyList<WorklogView>> WorklogsVisibleToAsync(
        this IQuerySession session, Caller caller, Guid[] worklogIds, CancellationToken cancellation)
    {
        if (!caller.IsStaff)
        {
            return [];
        }

        var worklogs = await session.Query<WorklogView>().Where(worklog => worklogIds.Contains(worklog.Id)).ToListAsync(cancellation);
        var requestIds = await session.VisibleRequestIdsAsync(caller, worklogs.Select(worklog => worklog.RequestId), cancellation);
        return [.. worklogs.Where(worklog => requestIds.Contains(worklog.RequestId))];
    }

    /// <summary>Teams are the MSP's own arrangement: staff see every team, client users none.</summary>
    public static async Task<IReadOnlyList<Team>> TeamsVisibleToAsync(this IQuerySession session, Caller caller, Guid[] teamIds, CancellationToken cancellation) =>
        caller.IsStaff ? await session.LoadManyAsync<Team>(cancellation, teamIds) : [];

    private static async Task<IReadOnlyList<Guid>> VisibleRequestIdsAsync(this IQuerySession session, Caller caller, IEnumerable<Guid> candidates, CancellationToken cancellation)
    {
        Guid[] requestIds = [.. candidates.Distinct()];
        return requestIds.Length == 0
            ? []
            : await session.RequestsVisibleTo(caller).Where(request => requestIds.Contains(request.Id)).Select(request => request.Id).ToListAsync(cancellation);
    }

    /// <summary>The request's version as the caller counts it: staff the stream's, clients only what they can see.</summary>
    public static int VersionSeenBy(this RequestDetails request, Caller caller) => caller.IsStaff ? request.Version : request.ClientVersion;

    /// <summary>Staff see every event on a request they may see; client users never see internal notes or what became of them.</summary>
    public static bool MayBeSeenBy(this IRequestEvent change, Caller caller) => caller.IsStaff || !change.IsStaffOnly();
}
