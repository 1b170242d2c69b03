using System.Text;
using System.Threading.Channels;

namespace Milestone.Api.Live;

/// <summary>
/// The sequence numbers of request events this node has committed and not yet announced to the other
/// nodes, packed into NOTIFY payloads of the form <c>node:sequence,sequence,…</c>.
/// </summary>
public sealed class ChangeAnnouncements
{
    // NOTIFY payloads must stay under 8000 bytes.
    private const int MaximumPayloadLength = 7000;

    private readonly Channel<long> _pending = Channel.CreateUnbounded<long>(new UnboundedChannelOptions { SingleReader = true });

    public string Node { get; } = Guid.NewGuid().ToString("N");

    public void Add(long sequence) => _pending.Writer.TryWrite(sequence);

    public ValueTask<bool> WaitAsync(CancellationToken stopping) => _pending.Reader.WaitToReadAsync(stopping);

    public string? TakePayload()
    {
        var payload = new StringBuilder(Node);
        var sequences = 0;
        while (payload.Length < MaximumPayloadLength && _pending.Reader.TryRead(out var sequence))
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
}
