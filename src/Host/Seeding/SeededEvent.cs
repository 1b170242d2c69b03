namespace Milestone.Host.Seeding;

/// <summary>One event of a generated history, before it has a place in the store's global sequence.</summary>
public sealed record SeededEvent(Guid StreamId, long Version, object Data, DateTimeOffset Timestamp, Guid? Actor);

/// <summary>A stream of a generated history: its aggregate, and how many events it holds from when to when.</summary>
public sealed record SeededStream(Guid Id, Type Aggregate, long Version, DateTimeOffset Created, DateTimeOffset LastChanged);

/// <summary>One client's generated history, streams and events in the order they happened within each stream.</summary>
public sealed record ClientHistory(IReadOnlyList<SeededEvent> Events, IReadOnlyList<SeededStream> Streams, IReadOnlyList<(Guid RequestId, long Version)> Requests);

/// <summary>
/// One generated client: its number, name, how many requests it submits, and how many worklogs they bring between
/// them (each one a debit on its bank). A ledger client has one long ledger: its requests bring a hundred worklogs each.
/// </summary>
public sealed record SeededClient(int Number, string Name, int Requests, int WorklogsPerRequest, int Worklogs)
{
    private const int WorklogsPerLedgerRequest = 100;

    public static SeededClient Ordinary(int number, int requests) => new(number, $"Client {number:D5}", requests, 2, requests * 2);

    public static SeededClient Ledger(int number, int debits) =>
        new(number, LedgerName(debits), (debits + WorklogsPerLedgerRequest - 1) / WorklogsPerLedgerRequest, WorklogsPerLedgerRequest, debits);

    /// <summary>What bench/run finds a ledger client by.</summary>
    public static string LedgerName(int debits) => $"Ledger of {debits} debits";

    public int WorklogsOf(int request) => Math.Min(WorklogsPerRequest, Worklogs - (request * WorklogsPerRequest));
}
