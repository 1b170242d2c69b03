using Milestone.Domain.Billing;

namespace Milestone.Api.Notifications;

public static class NotificationRouting
{
    public const string RequestQueue = "request-notifications";

    public const string BankQueue = "bank-notifications";

    public const string InvoiceQueue = "invoice-notifications";

    public const string AppointmentQueue = "appointment-notifications";

    public const string DigestQueue = "notification-digests";

    /// <summary>
    /// The notifier follows request and bank events from queues of its own, in order per request and per bank; digests
    /// run one at a time per person, so two timers for one moment never send two digests.
    /// </summary>
    public static WolverineOptions UseMilestoneNotifications(this WolverineOptions options)
    {
        options.FollowRequests(RequestQueue, typeof(RequestNotificationsHandler));
        options.InOrderQueue(BankQueue);
        options.ForwardToQueue<HourBankLowBalanceReached>(BankQueue, reached => reached.BankId)
            .ForwardToQueue<MoreHoursRequested>(BankQueue, requested => requested.BankId);
        options.InOrderQueue(InvoiceQueue);
        options.ForwardToQueue<InvoiceIssued>(InvoiceQueue, issued => issued.InvoiceId)
            .ForwardToQueue<InvoiceFellOverdue>(InvoiceQueue, overdue => overdue.InvoiceId)
            .ForwardToQueue<BillingMonthClosed>(InvoiceQueue, closed => closed.InvoiceId ?? closed.ClientId);
        options.InOrderQueue(AppointmentQueue);
        options.ForwardToQueue<AppointmentApproved>(AppointmentQueue, approved => approved.AppointmentId)
            .ForwardToQueue<AppointmentDeclined>(AppointmentQueue, declined => declined.AppointmentId)
            .ForwardToQueue<AppointmentRescheduled>(AppointmentQueue, moved => moved.AppointmentId);
        options.MessagePartitioning.ByMessage<SendNotificationDigest>(digest => digest.PersonId.ToString());
        options.PublishMessage<SendNotificationDigest>().ToLocalQueue(DigestQueue);
        options.InOrderQueue(DigestQueue);
        return options;
    }
}
