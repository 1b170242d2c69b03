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
        options.InOrderQueue(QueueName);
        return options
            .ForwardToQueue<WorkLogged>(QueueName, logged => logged.ClientId)
            .ForwardToQueue<WorklogCorrected>(QueueName, corrected => corrected.ClientId)
            .ForwardToQueue<WorklogDeleted>(QueueName, deleted => deleted.ClientId);
    }
}
