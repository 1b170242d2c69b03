using Wolverine.Configuration;
using Wolverine.Transports.Local;

namespace Milestone.Api;

public static class InOrderQueues
{
    /// <summary>
    /// A durable local queue that runs the messages of one partition (a request, a bank) one at a time, in the order
    /// they were queued, and different partitions side by side; <c>MessagePartitioning</c> says what a message's partition is.
    /// </summary>
    public static LocalQueueConfiguration InOrderQueue(this WolverineOptions options, string name) =>
        options.LocalQueue(name).UseDurableInbox().PartitionProcessingByGroupId(PartitionSlots.Five);
}
