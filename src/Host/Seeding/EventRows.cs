using System.Security.Cryptography;

namespace Milestone.Host.Seeding;

/// <summary>A seeded event as its row in the events table, with its link in the stream's hash chain.</summary>
public sealed record EventRow(Guid Id, Guid StreamId, long Version, string Data, string Type, string DotNetType, DateTimeOffset Timestamp, string? UserName, string Hash);

/// <summary>
/// Turns generated events into rows as Marten would store them: its serializer, its event type names, and
/// the hash the history trigger would have chained them with (decision 0017), computed here instead of
/// row by row in the database, on the same text: <c>previous|stream|version|type|data|actor|epoch</c>.
/// </summary>
public sealed class EventRows(StoreOptions options)
{
    private readonly ISerializer _serializer = options.Serializer();
    private readonly Dictionary<Type, (string Name, string DotNet)> _types = [];
    private readonly Lock _typesLock = new();

    public IReadOnlyList<EventRow> For(IReadOnlyList<SeededEvent> events)
    {
        var rows = new List<EventRow>(events.Count);
        var previous = new Dictionary<Guid, string>();
        foreach (var seeded in events)
        {
            var (name, dotNet) = TypeOf(seeded.Data.GetType());
            var data = JsonbText.Canonical(Encoding.UTF8.GetBytes(_serializer.ToJson(seeded.Data)));
            var userName = seeded.Actor?.ToString();
            var hash = Hash(previous.GetValueOrDefault(seeded.StreamId), seeded.StreamId, seeded.Version, name, data, userName, seeded.Timestamp);
            previous[seeded.StreamId] = hash;
            rows.Add(new EventRow(Guid.CreateVersion7(seeded.Timestamp), seeded.StreamId, seeded.Version, data, name, dotNet, seeded.Timestamp, userName, hash));
        }

        return rows;
    }

    public string StreamTypeOf(Type aggregate) => ((Marten.Events.EventGraph)options.Events).AggregateAliasFor(aggregate);

    /// <summary>The text <c>milestone.history_hash</c> hashes, built as PostgreSQL prints each part.</summary>
    public static string Hash(string? previous, Guid streamId, long version, string type, string data, string? userName, DateTimeOffset timestamp)
    {
        var epochMicroseconds = (timestamp.UtcTicks - DateTime.UnixEpoch.Ticks) / TimeSpan.TicksPerMicrosecond;
        var epoch = (epochMicroseconds / 1_000_000m).ToString("0.000000", CultureInfo.InvariantCulture);
        var text = string.Join('|', previous ?? string.Empty, streamId.ToString(), version.ToString(CultureInfo.InvariantCulture), type, data, userName ?? string.Empty, epoch);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    private (string Name, string DotNet) TypeOf(Type type)
    {
        lock (_typesLock)
        {
            if (!_types.TryGetValue(type, out var names))
            {
                var mapping = ((Marten.Events.EventGraph)options.Events).EventMappingFor(type);
                names = (mapping.EventTypeName, mapping.DotNetTypeName);
                _types[type] = names;
            }

            return names;
        }
    }
}
