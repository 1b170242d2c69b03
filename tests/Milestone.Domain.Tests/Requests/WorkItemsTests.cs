using static Milestone.Domain.Tests.Requests.RequestFixture;

namespace Milestone.Domain.Tests.Requests;

public sealed class WorkItemsTests
{
    private static readonly Guid WorkItem = Guid.Parse("0193a1b2-0000-7000-8000-0000000000f1");

    [Fact]
    public void Staff_add_a_work_item_with_an_assignee()
    {
        var events = Open().AddWorkItem(Agent, WorkItem, " Order the part ", Agent.PersonId, Named(Agent), Now);

        Assert.Equal([new WorkItemAdded(RequestId, Acme, WorkItem, "Order the part", Agent.PersonId, Agent.PersonId, Now)], events);
    }

    [Fact]
    public void Adding_the_same_work_item_again_changes_nothing()
    {
        var request = Given(OpenEvents().Append(Added()));

        Assert.Empty(request.AddWorkItem(Agent, WorkItem, "Order the part", null, null, Now));
    }

    [Fact]
    public void Clients_do_not_add_work_items()
    {
        Assert.Equal(Rejection.Forbidden, Assert.Throws<CommandRejected>(() => Open().AddWorkItem(Member, WorkItem, "Mine", null, null, Now)).Rejection);
    }

    [Fact]
    public void A_closed_request_takes_no_more_work_items()
    {
        var completed = Given(OpenEvents().Append(new RequestCompleted(RequestId, Acme, Agent.PersonId, Now, null)));

        Assert.Equal(Rejection.Conflict, Assert.Throws<CommandRejected>(() => completed.AddWorkItem(Agent, WorkItem, "Late", null, null, Now)).Rejection);
    }

    [Fact]
    public void Completing_a_work_item_once_and_again()
    {
        var request = Given(OpenEvents().Append(Added()));
        var done = Given(OpenEvents().Append(Added()).Append(new WorkItemCompleted(RequestId, Acme, WorkItem, Agent.PersonId, Now)));

        Assert.Equal([new WorkItemCompleted(RequestId, Acme, WorkItem, Agent.PersonId, Now)], request.CompleteWorkItem(Agent, WorkItem, Now));
        Assert.Empty(done.CompleteWorkItem(Agent, WorkItem, Now));
        Assert.Empty(done.OpenWorkItems);
    }

    [Fact]
    public void An_unknown_work_item_is_not_found()
    {
        var rejected = Assert.Throws<CommandRejected>(() => Open().CompleteWorkItem(Agent, WorkItem, Now));

        Assert.Equal(Rejection.NotFound, rejected.Rejection);
    }

    private static WorkItemAdded Added() => new(RequestId, Acme, WorkItem, "Order the part", null, Agent.PersonId, Now);

    private static IEnumerable<object> OpenEvents() =>
    [
        Request.Submit(RequestId, Acme, Member.PersonId, "New laptop", null, Urgency.Normal, Now.AddHours(-1)),
        new WorkStarted(RequestId, Acme, Agent.PersonId, Now),
    ];

    private static Request Open() => Given(OpenEvents());

}
