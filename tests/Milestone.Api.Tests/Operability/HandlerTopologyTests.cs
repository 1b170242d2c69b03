using JasperFx.Core.Reflection;
using JasperFx.Events;
using Milestone.Api.Notifications;
using Milestone.Api.Sla;
using Wolverine.Runtime.Routing;

namespace Milestone.Api.Tests.Operability;

/// <summary>
/// Every handler of a message runs on its own, with its own retries and its own dead letters: an SLA clock
/// retried after a concurrent append must not call Jira again, and a dead-lettered clock step must not take a
/// Jira call with it (Wolverine 6's combined handlers did both, and 7.0 removes them). Each follower of a
/// request's (or a bank's) events takes them from its own queue, where a request's events run one at a time.
/// </summary>
[Collection(Collections.GraphQL)]
public sealed class HandlerTopologyTests(MilestoneApp app)
{
    [Fact]
    public void No_message_type_has_handlers_of_two_classes_combined_into_one()
    {
        var combined = app.Host.GetRuntime().Handlers.Chains
            .Where(chain => chain.Handlers.Select(handler => handler.HandlerType).Distinct().Count() > 1)
            .Select(chain => chain.MessageType.FullNameInCode());

        Assert.Empty(combined);
    }

    private const string Notifications = NotificationRouting.RequestQueue;

    public static TheoryData<Type, string[]> Followers => new()
    {
        { typeof(RequestSubmitted), [SlaRouting.QueueName, JiraRouting.SyncQueueName] },
        { typeof(WaitingOnClientStarted), [SlaRouting.QueueName, JiraRouting.SyncQueueName, Notifications] },
        { typeof(WorkResumed), [SlaRouting.QueueName, JiraRouting.SyncQueueName, Notifications] },
        { typeof(RequestCompleted), [SlaRouting.QueueName, JiraRouting.SyncQueueName, Notifications] },
        { typeof(RequestCancelled), [SlaRouting.QueueName, JiraRouting.SyncQueueName, Notifications] },
        { typeof(RequestReopened), [SlaRouting.QueueName, JiraRouting.SyncQueueName, Notifications] },
        { typeof(MessagePosted), [SlaRouting.QueueName, Notifications] },
        { typeof(UrgencyChanged), [SlaRouting.QueueName] },
        { typeof(WorkItemAdded), [JiraRouting.SyncQueueName] },
        { typeof(WorkStarted), [JiraRouting.SyncQueueName, Notifications] },
        { typeof(RequestAssigned), [Notifications] },
        { typeof(SlaAtRisk), [Notifications] },
        { typeof(SlaBreached), [Notifications] },
        { typeof(WorkLogged), [HourBankRouting.QueueName] },
        { typeof(HourBankLowBalanceReached), [NotificationRouting.BankQueue] },
        { typeof(Milestone.Domain.Billing.InvoiceIssued), [NotificationRouting.InvoiceQueue] },
        { typeof(Milestone.Domain.Billing.InvoiceFellOverdue), [NotificationRouting.InvoiceQueue] },
    };

    [Theory]
    [MemberData(nameof(Followers))]
    public void A_forwarded_request_event_reaches_each_follower_on_the_follower_s_own_queue(Type requestEvent, string[] queues)
    {
        var runtime = app.Host.GetRuntime();
        var forwarded = typeof(Event<>).MakeGenericType(requestEvent);
        var chain = runtime.Handlers.ChainFor(typeof(IEvent<>).MakeGenericType(requestEvent))!;

        var routes = runtime.RoutingFor(forwarded).Routes.OfType<MessageRoute>().Select(route => route.Sender.Destination).ToList();
        var handlerAt = routes.ToDictionary(
            queue => queue.Host!,
            queue => (chain.ByEndpoint.SingleOrDefault(sticky => sticky.Endpoints.Any(endpoint => endpoint.Uri == queue)) ?? chain).Handlers.Single().HandlerType);

        var expected = new Dictionary<string, Type>
        {
            [SlaRouting.QueueName] = typeof(FollowRequestHandler),
            [JiraRouting.SyncQueueName] = typeof(SyncRequestsToJiraHandler),
            [HourBankRouting.QueueName] = typeof(PostWorklogsToHourBankHandler),
            [NotificationRouting.RequestQueue] = typeof(RequestNotificationsHandler),
            [NotificationRouting.BankQueue] = typeof(BankNotificationsHandler),
            [NotificationRouting.InvoiceQueue] = typeof(InvoiceNotificationsHandler),
        };
        Assert.Equal(queues.Order(), handlerAt.Keys.Order());
        Assert.All(handlerAt, pair => Assert.Equal(expected[pair.Key], pair.Value));
    }

    [Theory]
    [InlineData(typeof(ApplyJiraIssue))]
    [InlineData(typeof(ApplyJiraWorklog))]
    [InlineData(typeof(ApplyJiraComment))]
    [InlineData(typeof(UnlinkDeletedJiraIssue))]
    public void What_Jira_tells_of_a_request_is_applied_from_the_jira_changes_queue(Type change)
    {
        var routes = app.Host.GetRuntime().RoutingFor(change).Routes;

        Assert.Equal([new Uri($"local://{JiraRouting.ChangesQueueName}")], routes.OfType<MessageRoute>().Select(route => route.Sender.Destination));
    }
}
