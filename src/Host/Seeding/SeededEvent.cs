namespace Milestone.Host.Seeding;

/// <summary>One event of a generated history, before it has a place in the store's global sequence.</summary>
public sealed record SeededEvent(Guid StreamId, long Version, object Data, DateTimeOffset Timestamp, Guid? Actor);

/// <summary>A stream of a generated history: its aggregate, and how many events it holds from when to when.</summary>
public sealed record SeededStream(Guid Id, Type Aggregate, long Version, DateTimeOffset Created, DateTimeOffset LastChanged);

/// <summary>One client's generated history, streams and events in the order they happened within each stream.</summary>
public sealed record ClientHistory(IReadOnlyList<SeededEvent> Events, IReadOnlyList<SeededStream> Streams, IReadOnlyList<(Guid RequestId, long Version)> Requests);
