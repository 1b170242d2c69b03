using Marten;
using Milestone.Domain.People;
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
    /// <summary>Client admins see all their organisation's requests; members see the ones they submitted; staff see every client's.</summary>
    public static IQueryable<RequestDetails> RequestsVisibleTo(this IQuerySession session, Caller caller) => caller.Role switch
    {
        Role.ClientAdmin => session.Query<RequestDetails>().Where(request => request.ClientId == caller.ClientId),
        Role.ClientMember => session.Query<RequestDetails>().Where(request => request.ClientId == caller.ClientId && request.SubmittedBy == caller.PersonId),
        _ => session.Query<RequestDetails>(),
    };

    public static IQueryable<PersonAccount> PeopleVisibleTo(this IQuerySession session, Caller caller) => caller.IsStaff
        ? session.Query<PersonAccount>()
        : session.Query<PersonAccount>().Where(person => person.ClientId == caller.ClientId);

    public static IQueryable<ClientOrganisationDetails> ClientOrganisationsVisibleTo(this IQuerySession session, Caller caller) => caller.IsStaff
        ? session.Query<ClientOrganisationDetails>()
        : session.Query<ClientOrganisationDetails>().Where(client => client.Id == caller.ClientId);
}
