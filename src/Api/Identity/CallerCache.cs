using System.Collections.Concurrent;

namespace Milestone.Api.Identity;

/// <summary>
/// The callers this node has authenticated, per tenant and sign-in session, so an access token does not cost
/// an account and session read on every call (decision 0043). An entry goes the moment anything that decides it
/// changes: on this node in the committing session itself, on every other node when the commit's notice arrives
/// (<see cref="AccessChangeListener"/>). A tenant's entries are used only while this node is listening for that
/// tenant's notices; while it is not, every call reads the store, and a reconnect starts from an empty cache.
/// </summary>
public sealed class CallerCache(TimeProvider time)
{
    /// <summary>A backstop for changes made outside the service (a hand edit in SQL) that send no notice.</summary>
    public static readonly TimeSpan MaximumAge = TimeSpan.FromSeconds(60);

    private readonly ConcurrentDictionary<string, TenantCallers> _tenants = new(StringComparer.Ordinal);

    /// <summary>
    /// The cached caller for this session, or the caller read by <paramref name="read"/>, kept only if nothing
    /// that could change it was noticed while it was being read.
    /// </summary>
    public async Task<Caller?> GetOrReadAsync(string tenantId, Guid sessionId, Func<Task<Caller?>> read)
    {
        var tenant = Tenant(tenantId);
        if (!tenant.Listening)
        {
            return await read();
        }

        if (tenant.Callers.TryGetValue(sessionId, out var cached) && cached.ExpiresAt > time.GetUtcNow())
        {
            return cached.Caller;
        }

        var generation = tenant.Generation;
        var caller = await read();
        if (caller is not null)
        {
            tenant.KeepIfUnchangedSince(generation, caller, time.GetUtcNow() + MaximumAge);
        }

        return caller;
    }

    public void Forget(string tenantId, AccessChange change) => Tenant(tenantId).Forget(change);

    /// <summary>This node hears the tenant's notices from now on, so its cached callers can be trusted.</summary>
    public void StartedListening(string tenantId) => Tenant(tenantId).Listening = true;

    /// <summary>Notices may be missed from now on: nothing cached is trusted until listening starts again.</summary>
    public void StoppedListening(string tenantId)
    {
        var tenant = Tenant(tenantId);
        tenant.Listening = false;
        tenant.Forget(AccessChange.Everyone);
    }

    private TenantCallers Tenant(string tenantId) => _tenants.GetOrAdd(tenantId, _ => new TenantCallers());

    private sealed record Entry(Caller Caller, DateTimeOffset ExpiresAt);

    private sealed class TenantCallers
    {
        private long _generation;

        public ConcurrentDictionary<Guid, Entry> Callers { get; } = new();

        public volatile bool Listening;

        public long Generation => Interlocked.Read(ref _generation);

        public void KeepIfUnchangedSince(long generation, Caller caller, DateTimeOffset expiresAt)
        {
            Callers[caller.SessionId] = new Entry(caller, expiresAt);

            // A change noticed during the read may have been missed by it: the entry is taken back, whichever came first.
            if (Generation != generation)
            {
                Callers.TryRemove(caller.SessionId, out _);
            }
        }

        public void Forget(AccessChange change)
        {
            Interlocked.Increment(ref _generation);

            // Entries are kept by session, so a session's change goes straight to its entry; the rest are looked for.
            if (change.Kind == 's')
            {
                Callers.TryRemove(change.Id, out _);
                return;
            }

            foreach (var (sessionId, entry) in Callers)
            {
                if (change.Covers(entry.Caller))
                {
                    Callers.TryRemove(sessionId, out _);
                }
            }
        }
    }
}
