using System.Collections.Concurrent;
using System.Threading.Channels;

namespace Milestone.Api.Live;

/// <summary>
/// The sequence numbers of request events this node has committed and not yet announced to the other
/// nodes, per tenant database, packed into NOTIFY payloads of the form <c>node:sequence,sequence,…</c>.
/// </summary>
public sealed class ChangeAnnouncements
{
    // NOTIFY payloads must stay under 8000 bytes.
    private const int MaximumPayloadLength = 7000;

    private readonly ConcurrentDictionary<string, Channel<long>> _pending = new(StringComparer.Ordinal);

    public string Node { get; } = Guid.NewGuid().ToString("N");

    public void Add(string tenantId, long sequence) => Pending(tenantId).Writer.TryWrite(sequence);

    public ValueTask<bool> WaitAsync(string tenantId, CancellationToken stopping) => Pending(tenantId).Reader.WaitToReadAsync(stopping);

    public string? TakePayload(string tenantId)
    {
        var pending = Pending(tenantId).Reader;
        var payload = new StringBuilder(Node);
        var sequences = 0;
        while (payload.Length < MaximumPayloadLength && pending.TryRead(out var sequence))
        {
            payload.Append(sequences++ == 0 ? ':' : ',').Append(sequence);
        }

        return sequences == 0 ? null : payload.ToString();
    }

    /// <summary>The sequences another node announced, or none for this node's own announcements.</summary>
    public long[] FromOtherNodes(string payload)
    {
        var separator = payload.IndexOf(':');
        return separator < 0 || payload.AsSpan(0, separator).SequenceEqual(Node)
            ? []
            : payload[(separator + 1)..].Split(',').Select(long.Parse).ToArray();
    }

    private Channel<long> Pending(string tenantId) =>
        _pending.GetOrAdd(tenantId, _ => Channel.CreateUnbounded<long>(new UnboundedChannelOptions { SingleReader = true }));
}
