using GraphQL.DataLoader;

namespace Milestone.Api.GraphQL;

/// <summary>
/// Loads what the fields of one response ask for by key with one query per round instead of one per row.
/// Each field asks for its keys and gets a pending result; the first pending result awaited loads every key
/// asked for so far. GraphQL.NET resolves every field of one level before it awaits any pending result, so a
/// page of fifty requests asking for their clients costs one query, as does a page of five.
/// </summary>
public sealed class BatchLoader<TKey, TValue>(Func<IReadOnlyCollection<TKey>, CancellationToken, Task<IReadOnlyList<TValue>>> load, Func<TValue, TKey> keyOf)
    where TKey : notnull
    where TValue : class
{
    private readonly HashSet<TKey> _asked = [];
    private readonly HashSet<TKey> _loaded = [];
    private readonly Dictionary<TKey, TValue> _found = [];
    private readonly SemaphoreSlim _loading = new(1, 1);

    /// <summary>
    /// The loader of this name for the whole execution, created on first use. The name keeps apart loaders
    /// of the same types that load differently (say, people seen in full and people seen by name).
    /// </summary>
    public static BatchLoader<TKey, TValue> For(
        IResolveFieldContext context, string name, Func<IReadOnlyCollection<TKey>, CancellationToken, Task<IReadOnlyList<TValue>>> load, Func<TValue, TKey> keyOf) =>
        ((MilestoneUserContext)context.UserContext).Shared(name, () => new BatchLoader<TKey, TValue>(load, keyOf));

    /// <summary>The value of the key, or null when the load found none (missing, or not for this caller).</summary>
    public IDataLoaderResult<TValue?> Load(TKey key) => Then([key], found => found.GetValueOrDefault(key));

    /// <summary>Something made of the values of the keys, once they are loaded.</summary>
    public IDataLoaderResult<TResult> Then<TResult>(IReadOnlyCollection<TKey> keys, Func<IReadOnlyDictionary<TKey, TValue>, TResult> make)
    {
        lock (_asked)
        {
            _asked.UnionWith(keys);
        }

        return new Pending<TResult>(cancellation => LoadedAsync(keys, make, cancellation));
    }

    private async Task<TResult> LoadedAsync<TResult>(IReadOnlyCollection<TKey> keys, Func<IReadOnlyDictionary<TKey, TValue>, TResult> make, CancellationToken cancellation)
    {
        // Pending results may be awaited in parallel; one loads while the others wait, then finds its keys loaded.
        await _loading.WaitAsync(cancellation);
        try
        {
            if (!keys.All(_loaded.Contains))
            {
                TKey[] batch;
                lock (_asked)
                {
                    batch = [.. _asked.Where(key => !_loaded.Contains(key))];
                }

                foreach (var value in await load(batch, cancellation))
                {
                    _found[keyOf(value)] = value;
                }

                _loaded.UnionWith(batch);
            }

            return make(_found);
        }
        finally
        {
            _loading.Release();
        }
    }
}

/// <summary>A result GraphQL.NET awaits only after it has resolved every field of the level, so loaders see all their keys first.</summary>
public sealed class Pending<T>(Func<CancellationToken, Task<T>> result) : IDataLoaderResult<T>
{
    public Task<T> GetResultAsync(CancellationToken cancellationToken = default) => result(cancellationToken);

    async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await result(cancellationToken);
}

public static class BatchLoaders
{
    /// <summary>
    /// The loader of one kind of thing by id as the caller may see it: each round opens a session of its own,
    /// since sibling fields resolve in parallel, and asks <paramref name="visible"/> for the ids asked so far.
    /// </summary>
    public static BatchLoader<Guid, T> VisibleById<T>(
        IResolveFieldContext context, string name, Func<IQuerySession, Caller, Guid[], CancellationToken, Task<IReadOnlyList<T>>> visible, Func<T, Guid> idOf)
        where T : class
    {
        var services = context.RequestServices!;
        var caller = context.Caller();
        return BatchLoader<Guid, T>.For(context, name, async (ids, cancellation) =>
        {
            await using var session = services.OpenTenantQuerySession();
            return await visible(session, caller, [.. ids], cancellation);
        }, idOf);
    }

    /// <summary>Something made of a pending result once it is there, still pending until then.</summary>
    public static IDataLoaderResult<TResult> Then<T, TResult>(this IDataLoaderResult<T> pending, Func<T, TResult> make) =>
        new Pending<TResult>(async cancellation => make(await pending.GetResultAsync(cancellation)));
}
