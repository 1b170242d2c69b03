using GraphQL.DataLoader;

namespace Milestone.Api.People;

/// <summary>
/// The people other objects name by id, loaded for a whole response at once (decision 0035). A client user
/// meets the MSP's staff through links as a <see cref="StaffMember"/>, a name and no more; everyone else as
/// the Person that people and me show.
/// </summary>
public static class PersonLinks
{
    /// <summary>The person as the caller meets them through a link: a Person, a StaffMember, or null when they may not.</summary>
    public static IDataLoaderResult<object?>? Participant(this IResolveFieldContext context, Guid? personId)
    {
        if (personId is not { } id)
        {
            return null;
        }

        var caller = context.Caller();
        return Loader(context).Then<object?>([id], found => found.GetValueOrDefault(id) is { } person ? AsSeenBy(caller, person) : null);
    }

    /// <summary>The person in full; null when the caller may not see all of them.</summary>
    public static IDataLoaderResult<PersonAccount?>? Person(this IResolveFieldContext context, Guid? personId)
    {
        if (personId is not { } id)
        {
            return null;
        }

        var caller = context.Caller();
        return Loader(context).Then([id], found => found.GetValueOrDefault(id) is { } person && caller.SeesInFull(person) ? person : null);
    }

    /// <summary>The people the caller may see in full, in the order of the ids, leaving out the others.</summary>
    public static IDataLoaderResult<IReadOnlyList<PersonAccount>> People(this IResolveFieldContext context, IReadOnlyCollection<Guid> personIds)
    {
        var caller = context.Caller();
        return Loader(context).Then(personIds, found => (IReadOnlyList<PersonAccount>)[.. personIds.Where(found.ContainsKey).Select(id => found[id]).Where(caller.SeesInFull)]);
    }

    private static object AsSeenBy(Caller caller, PersonAccount person) =>
        caller.SeesInFull(person) ? person : new StaffMember(person.Id, person.Name);

    private static BatchLoader<Guid, PersonAccount> Loader(IResolveFieldContext context) =>
        BatchLoaders.VisibleById<PersonAccount>(
            context,
            "people",
            (session, caller, ids, cancellation) => session.PeopleLinkedFor(caller).Where(person => ids.Contains(person.Id)).ToListAsync(cancellation),
            person => person.Id);
}

/// <summary>Someone of the MSP's staff as a client user meets them through a link: the name to put to a reply or an assignment.</summary>
public sealed record StaffMember(Guid Id, string Name);
