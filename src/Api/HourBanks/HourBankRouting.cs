using JasperFx.Events;

namespace Milestone.Api.HourBanks;

public static class HourBankRouting
{
    public const string QueueName = "hour-bank-postings";

    /// <summary>
    /// Every worklog of a client lands on the client's one bank stream. Handled as they came, sixteen agents
    /// logging time for one client made sixteen handlers race for that stream, all but one lost the
    /// optimistic check, and each retry waited longer (docs/performance.md). Postings for one bank now run one
    /// at a time, in order, from one durable queue, while different banks still run side by side.
    /// </summary>
    public static WolverineOptions UseMilestoneHourBanks(this WolverineOptions options)
    {
        options.PublishMessage<IEvent<WorkLogged>>().ToLocalQueue(QueueName);
        options.PublishMessage<IEvent<WorklogCorrected>>().ToLocalQueue(QueueName);
        options.PublishMessage<IEvent<WorklogDeleted>>().ToLocalQueue(QueueName);
        options.MessagePartitioning.ByMessage<IEvent<WorkLogged>>(e => e.Data.ClientId.ToString());
        options.MessagePartitioning.ByMessage<IEvent<WorklogCorrected>>(e => e.Data.ClientId.ToString());
        options.MessagePartitioning.ByMessage<IEvent<WorklogDeleted>>(e => e.Data.ClientId.ToString());
        options.InOrderQueue(QueueName);
        return options;
    }
}
