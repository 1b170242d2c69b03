using Npgsql;
using JasperFx;
using Marten.Exceptions;
using Wolverine.ErrorHandling;

namespace Milestone.Api.Requests;

/// <summary>
/// For commands that add to a request without depending on what came just before (a message, a
/// worklog): when another writer got in first, decide again on the new state after a short, growing pause.
/// Another writer starting the same stream first (an SLA clock started by two request events handled at
/// once) is the same conflict: decided again, the stream is found and appended to.
/// </summary>
public static class BusyStreamRetries
{
    /// <summary>
    /// For handlers fed from the durable outbox (a clock or a ledger following other streams): retry
    /// at once a few times, then keep the message and try again later, so a crowd of writers on one
    /// stream slows an entry down but never drops it into the dead letters.
    /// </summary>
    public static void RetryConcurrentAppendsDurably(this HandlerChain chain) =>
        chain.OnException<ConcurrencyException>().Or<ExistingStreamIdCollisionException>()
            .RetryWithCooldown(
                TimeSpan.FromMilliseconds(5),
                TimeSpan.FromMilliseconds(20),
                TimeSpan.FromMilliseconds(50),
                TimeSpan.FromMilliseconds(100),
                TimeSpan.FromMilliseconds(200),
                TimeSpan.FromMilliseconds(400),
                TimeSpan.FromMilliseconds(800))
            .Then.ScheduleRetry(
                TimeSpan.FromSeconds(1),
                TimeSpan.FromSeconds(2),
                TimeSpan.FromSeconds(5),
                TimeSpan.FromSeconds(10),
                TimeSpan.FromSeconds(30),
                TimeSpan.FromMinutes(1),
                TimeSpan.FromMinutes(5));

    public static void RetryConcurrentAppends(this HandlerChain chain) =>
        chain.OnException<ConcurrencyException>().Or<ExistingStreamIdCollisionException>().RetryWithCooldown(
            TimeSpan.FromMilliseconds(5),
            TimeSpan.FromMilliseconds(20),
            TimeSpan.FromMilliseconds(50),
            TimeSpan.FromMilliseconds(100),
            TimeSpan.FromMilliseconds(200),
            TimeSpan.FromMilliseconds(400));

    /// <summary>
    /// For a stream every caller of a command appends to (the invoice numbering): each round of a crowd lets one
    /// writer through, so the others keep trying for longer, with growing pauses, before the caller hears CONFLICT.
    /// </summary>
    /// <summary>
    /// For a command whose decision checked that a name, tag or address was free: when another command took it in the
    /// meantime, a unique index refuses the commit, and deciding again finds it taken and says so.
    /// </summary>
    public static void DecideAgainWhenTaken(this HandlerChain chain) =>
        chain.OnException(failure => failure is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation }
                || failure.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
            .RetryWithCooldown(TimeSpan.FromMilliseconds(50), TimeSpan.FromMilliseconds(250), TimeSpan.FromSeconds(1));

    public static void RetryConcurrentAppendsToASharedStream(this HandlerChain chain) =>
        chain.OnException<ConcurrencyException>().Or<ExistingStreamIdCollisionException>().RetryWithCooldown(
            TimeSpan.FromMilliseconds(5),
            TimeSpan.FromMilliseconds(10),
            TimeSpan.FromMilliseconds(20),
            TimeSpan.FromMilliseconds(40),
            TimeSpan.FromMilliseconds(80),
            TimeSpan.FromMilliseconds(120),
            TimeSpan.FromMilliseconds(160),
            TimeSpan.FromMilliseconds(250),
            TimeSpan.FromMilliseconds(250),
            TimeSpan.FromMilliseconds(500),
            TimeSpan.FromMilliseconds(500),
            TimeSpan.FromMilliseconds(1000),
            TimeSpan.FromMilliseconds(1000),
            TimeSpan.FromMilliseconds(1000));
}
