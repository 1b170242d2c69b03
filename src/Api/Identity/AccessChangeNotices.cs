using Marten.Services;
using Milestone.Api.Sessions;

namespace Milestone.Api.Identity;

/// <summary>
/// Tells every node when a commit changes what an authenticated call is decided on: a person's account, a
/// sign-in session, or a client's two-factor requirement. The NOTIFY is queued into the committing transaction,
/// so the other nodes hear of it exactly when the change is visible; this node forgets its own cached callers
/// after the commit, before the command's answer leaves.
/// </summary>
public sealed class AccessChangeNotices(CallerCache callers) : DocumentSessionListenerBase
{
    public const string Channel = "milestone_access_changes";

    // NOTIFY payloads must stay under 8000 bytes; a commit touching more accounts than fit tells everyone.
    private const int MaximumPayloadLength = 7000;

    public override Task BeforeSaveChangesAsync(IDocumentSession session, CancellationToken token)
    {
        var changes = ChangesIn((IChangeSet)session.PendingChanges);
        if (changes.Count > 0)
        {
            var payload = string.Join(',', changes);
            session.QueueSqlCommand("SELECT pg_notify(?, ?)", Channel, payload.Length <= MaximumPayloadLength ? payload : AccessChange.Everyone.ToString());
        }

        return Task.CompletedTask;
    }

    public override Task AfterCommitAsync(IDocumentSession session, IChangeSet commit, CancellationToken token)
    {
        foreach (var change in ChangesIn(commit))
        {
            callers.Forget(session.TenantId, change);
        }

        return Task.CompletedTask;
    }

    private static List<AccessChange> ChangesIn(IChangeSet changes) =>
        changes.Updated.Concat(changes.Inserted)
            .Select(document => document switch
            {
                PersonAccount account => AccessChange.Person(account.Id),
                SignInSession signInSession => AccessChange.Session(signInSession.Id),
                ClientOrganisationDetails client => AccessChange.Client(client.Id),
                _ => null,
            })
            .OfType<AccessChange>()
            .Distinct()
            .ToList();
}

/// <summary>Registers the notices on the document store with the node's one cache of callers.</summary>
public sealed class NoticeAccessChanges(CallerCache callers) : IConfigureMarten
{
    public void Configure(IServiceProvider services, StoreOptions options) => options.Listeners.Add(new AccessChangeNotices(callers));
}
