namespace Milestone.Projections.History;

/// <summary>
/// Chains every event to the one before it in its stream: a trigger on the events table stores
/// <c>sha256(previous hash | stream | version | type | data | actor | time)</c> in the event's headers
/// as it is inserted. Being in the database, it covers every writer; appends to one stream are
/// serialised by the stream's row and its unique versions, so the previous hash is always the committed one.
/// </summary>
public static class HistoryChain
{
    public const string HashHeader = "hash";

    /// <summary>The hash of one link, given the previous link's; used by the trigger and by verification alike.</summary>
    public const string HashFunction = Storage.SchemaName + ".history_hash";

    public static StoreOptions AddHistoryChain(this StoreOptions options)
    {
        options.Events.MetadataConfig.HeadersEnabled = true;
        options.Events.MetadataConfig.UserNameEnabled = true;
        options.Storage.Add(new HistoryChainSchema(options.Advanced.Migrator));
        options.Schema.For<HistoryVerification>();
        return options;
    }
}
