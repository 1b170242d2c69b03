using JasperFx.Events;
using Wolverine.Runtime.Routing;

namespace Milestone.Api.Tests.HourBanks;

/// <summary>
/// The worklog events Marten forwards from the request streams reach the bank through one partitioned queue,
/// so a bank's postings run one after another instead of racing for its stream (decision 0023).
/// </summary>
[Collection(Collections.HourBanks)]
public sealed class HourBankRoutingTests(HourBankApp app)
{
    [Theory]
    [InlineData(typeof(WorkLogged))]
    [InlineData(typeof(WorklogCorrected))]
    [InlineData(typeof(WorklogDeleted))]
    public void Forwarded_worklog_events_go_to_the_hour_bank_postings_queue_only(Type worklogEvent)
    {
        var forwarded = typeof(Event<>).MakeGenericType(worklogEvent);

        var routes = app.Host.GetRuntime().RoutingFor(forwarded).Routes;

        Assert.Equal([new Uri($"local://{HourBankRouting.QueueName}")], routes.OfType<MessageRoute>().Select(route => route.Sender.Destination));
    }
}
