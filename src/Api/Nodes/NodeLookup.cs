using GraphQL.DataLoader;

namespace Milestone.Api.Nodes;

/// <summary>
/// Finds what bare ids name (decision 0036). Ids carry no type: each is looked for among the requests, messages,
/// worklogs, people, client organisations and teams the caller may see, one query per kind for all the ids of
/// the response, so an id the caller may not see is not found, exactly like one that does not exist.
/// Ids of different kinds never coincide: each is a UUIDv7 minted for its object, or a UUID derived from
/// the request, the caller and their key (decision 0031).
/// </summary>
public static class NodeLookup
{
    public static IDataLoaderResult<IReadOnlyList<object?>> Find(IResolveFieldContext context, IReadOnlyList<string> ids)
    {
        var parsed = ids.Select(id => Guid.TryParse(id, out var guid) ? guid : (Guid?)null).ToList();
        Guid[] keys = [.. parsed.OfType<Guid>().Distinct()];
        var caller = context.Caller();
        IDataLoaderResult<Dictionary<Guid, object>>[] kinds =
        [
            Found(RequestLinks.Loader(context), keys),
            Found(BatchLoaders.VisibleById<MessageView>(context, "messages", (session, who, wanted, cancellation) => session.MessagesVisibleToAsync(who, wanted, cancellation), message => message.Id), keys),
            Found(BatchLoaders.VisibleById<WorklogView>(context, "worklogs", (session, who, wanted, cancellation) => session.WorklogsVisibleToAsync(who, wanted, cancellation), worklog => worklog.Id), keys),
            Found(BatchLoaders.VisibleById<PersonAccount>(
                context,
                "people in full",
                (session, who, wanted, cancellation) => session.PeopleVisibleTo(who).Where(person => wanted.Contains(person.Id)).ToListAsync(cancellation),
                person => person.Id), keys),
            Found(ClientLinks.Loader(context), keys),
            Found(BatchLoaders.VisibleById<Team>(context, "teams", (session, who, wanted, cancellation) => session.TeamsVisibleToAsync(who, wanted, cancellation), team => team.Id), keys),
        ];

        return new Pending<IReadOnlyList<object?>>(async cancellation =>
        {
            var found = new Dictionary<Guid, object>();
            foreach (var kind in kinds)
            {
                foreach (var (id, node) in await kind.GetResultAsync(cancellation))
                {
                    found.TryAdd(id, node);
                }
            }

            return [.. parsed.Select(id => id is { } key ? found.GetValueOrDefault(key) : null)];
        });
    }

    private static IDataLoaderResult<Dictionary<Guid, object>> Found<T>(BatchLoader<Guid, T> loader, Guid[] keys) where T : class =>
        loader.Then(keys, found => keys.Where(found.ContainsKey).ToDictionary(key => key, key => (object)found[key]));
}
