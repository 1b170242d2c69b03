using Marten.Services;

namespace Milestone.Api.Live;

/// <summary>
/// Feeds every committed request event to this node's <see cref="RequestChangeFeed"/> and announces it to
/// the other nodes. It runs after the commit, when the inline read models already show the change, so a
/// subscriber can load them at once.
/// </summary>
public sealed class RequestChangePublisher(RequestChangeFeed feed, ChangeAnnouncements announcements) : DocumentSessionListenerBase
{
    public override Task AfterCommitAsync(IDocumentSession session, IChangeSet commit, CancellationToken token)
    {
        foreach (var committed in commit.GetEvents())
        {
            if (committed.Data is IRequestEvent change)
            {
                feed.Publish(new RequestChange(session.TenantId, change.RequestId, change.ClientId, committed.Version, change));
                announcements.Add(session.TenantId, committed.Sequence);
            }
        }

        return Task.CompletedTask;
    }
}

/// <summary>Registers the publisher on the document store with the node's one feed and its announcements to the others.</summary>
public sealed class PublishRequestChanges(RequestChangeFeed feed, ChangeAnnouncements announcements) : IConfigureMarten
{
    public void Configure(IServiceProvider services, StoreOptions options) => options.Listeners.Add(new RequestChangePublisher(feed, announcements));
}
