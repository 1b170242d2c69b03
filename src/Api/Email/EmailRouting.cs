namespace Milestone.Api.Email;

public static class EmailRouting
{
    public const string QueueName = "email";

    /// <summary>
    /// Sends every <see cref="SendEmail"/> through one durable local queue, so a mail published in a
    /// transaction is stored with it and survives restarts and SMTP outages until it is delivered.
    /// </summary>
    public static WolverineOptions UseMilestoneEmail(this WolverineOptions options)
    {
        options.PublishMessage<SendEmail>().ToLocalQueue(QueueName);
        options.LocalQueue(QueueName).UseDurableInbox();
        return options;
    }
}
