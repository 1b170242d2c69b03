namespace Milestone.Api.Notifications;

/// <summary>
/// Tells every node, within the transaction that writes them, that these feed entries are new: a NOTIFY is delivered
/// on commit and never for a rollback, so a subscriber hears of an entry exactly when it can read it.
/// </summary>
public sealed record AnnounceNotifications(IReadOnlyList<Guid> Ids) : IMartenOp
{
    public const string Channel = "milestone_notifications";

    /// <summary>A NOTIFY payload holds under 8,000 bytes: 200 ids of 37 characters fit.</summary>
    private const int IdsPerNotice = 200;

    public void Execute(IDocumentSession session)
    {
        foreach (var chunk in Ids.Chunk(IdsPerNotice))
        {
            session.QueueSqlCommand("select pg_notify(?, ?)", Channel, string.Join(',', chunk));
        }
    }
}
