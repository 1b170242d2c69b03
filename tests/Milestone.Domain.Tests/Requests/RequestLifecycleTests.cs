using static Milestone.Domain.Tests.Requests.RequestFixture;

namespace Milestone.Domain.Tests.Requests;

public sealed class RequestLifecycleTests
{
    private static readonly TimeSpan ReopenWindow = TimeSpan.FromDays(7);
    private static readonly Actor Outsider = new(Guid.Parse("0193a1b2-0000-7000-8000-0000000000d4"), Role.ClientAdmin, Globex);
    private static readonly Actor ScopedElsewhere = new(Guid.Parse("0193a1b2-0000-7000-8000-0000000000a3"), Role.Agent, null) { StaffScope = [Globex] };

    [Fact]
    public void Staff_start_work_on_a_submitted_request()
    {
        Assert.Equal([new WorkStarted(RequestId, Acme, Agent.PersonId, Now)], Submitted().StartWork(Agent, Now));
    }

    [Fact]
    public void Starting_work_that_is_in_progress_changes_nothing()
    {
        Assert.Empty(InProgress().StartWork(Agent, Now));
    }

    [Fact]
    public void Staff_wait_on_the_client_and_then_resume()
    {
        var waiting = Given(InProgressEvents().Append(new WaitingOnClientStarted(RequestId, Acme, "Need the error text", Agent.PersonId, Now)));

        Assert.Equal(RequestStatus.WaitingOnClient, waiting.Status);
        Assert.Equal([new WorkResumed(RequestId, Acme, Agent.PersonId, Now)], waiting.StartWork(Agent, Now));
        Assert.Empty(waiting.WaitOnClient(Agent, "again", Now));
    }

    [Fact]
    public void A_submitted_request_cannot_wait_on_the_client()
    {
        AssertRejected(Rejection.Conflict, () => Submitted().WaitOnClient(Agent, "why", Now));
    }

    [Theory]
    [InlineData(Role.ClientMember)]
    [InlineData(Role.ClientAdmin)]
    [InlineData(Role.Executive)]
    public void Only_delivery_staff_move_work_along(Role role)
    {
        var actor = new Actor(role == Role.ClientMember ? Member.PersonId : Guid.NewGuid(), role, role.IsStaff() ? null : Acme);

        AssertRejected(Rejection.Forbidden, () => Submitted().StartWork(actor, Now));
        AssertRejected(Rejection.Forbidden, () => InProgress().WaitOnClient(actor, "why", Now));
        AssertRejected(Rejection.Forbidden, () => InProgress().Complete(actor, null, Now));
    }

    [Fact]
    public void Completing_records_who_and_when()
    {
        Assert.Equal([new RequestCompleted(RequestId, Acme, Agent.PersonId, Now, null)], InProgress().Complete(Agent, null, Now));
    }

    [Fact]
    public void Open_work_items_block_completion_without_a_reason()
    {
        var rejected = AssertRejected(Rejection.Conflict, () => WithTwoOpenWorkItems().Complete(Agent, null, Now));

        Assert.Equal("overrideReason", rejected.Field);
    }

    [Fact]
    public void Staff_may_complete_over_open_work_items_with_a_reason()
    {
        var events = WithTwoOpenWorkItems().Complete(Agent, " Client accepted the workaround ", Now);

        Assert.Equal([new RequestCompleted(RequestId, Acme, Agent.PersonId, Now, "Client accepted the workaround")], events);
    }

    [Fact]
    public void Finished_work_items_do_not_block_completion()
    {
        var workItem = Guid.NewGuid();
        var request = Given(InProgressEvents().Concat(
        [
            new WorkItemAdded(RequestId, Acme, workItem, "Order part", null, Agent.PersonId, Now),
            new WorkItemCompleted(RequestId, Acme, workItem, Agent.PersonId, Now),
        ]));

        Assert.Equal([new RequestCompleted(RequestId, Acme, Agent.PersonId, Now, null)], request.Complete(Agent, null, Now));
    }

    [Fact]
    public void Completing_twice_changes_nothing()
    {
        Assert.Empty(Completed().Complete(Agent, null, Now.AddMinutes(1)));
    }

    [Theory]
    [MemberData(nameof(WhoMayCancel))]
    public void The_submitter_their_client_admin_and_staff_may_cancel(Actor actor)
    {
        Assert.Equal([new RequestCancelled(RequestId, Acme, "No longer needed", actor.PersonId, Now)], InProgress().Cancel(actor, " No longer needed ", Now));
    }

    public static TheoryData<Actor> WhoMayCancel => new() { Member, ClientAdmin, Agent };

    [Theory]
    [MemberData(nameof(WhoMayNotCancel))]
    public void Others_may_not_cancel(Actor actor)
    {
        AssertRejected(Rejection.Forbidden, () => SharedWithColleague(InProgressEvents()).Cancel(actor, "Because", Now));
    }

    public static TheoryData<Actor> WhoMayNotCancel => new() { Colleague, Executive };

    [Theory]
    [MemberData(nameof(WhoCannotSeeIt))]
    public void Who_cannot_see_the_request_does_not_find_it(Actor actor)
    {
        AssertRejected(Rejection.NotFound, () => InProgress().Cancel(actor, "Because", Now));
        AssertRejected(Rejection.NotFound, () => Completed().Reopen(actor, "Because", ReopenWindow, Now));
    }

    public static TheoryData<Actor> WhoCannotSeeIt => new() { Outsider, Colleague with { PersonId = Guid.Parse("0193a1b2-0000-7000-8000-0000000000d9") }, ScopedElsewhere };

    [Fact]
    public void A_completed_request_cannot_be_cancelled()
    {
        AssertRejected(Rejection.Conflict, () => Completed().Cancel(Agent, "Too late", Now));
    }

    [Fact]
    public void Cancelling_twice_changes_nothing()
    {
        var cancelled = Given(InProgressEvents().Append(new RequestCancelled(RequestId, Acme, "No longer needed", Member.PersonId, Now)));

        Assert.Empty(cancelled.Cancel(Member, "Again", Now));
    }

    [Theory]
    [InlineData(RequestStatus.Cancelled)]
    [InlineData(RequestStatus.Completed)]
    public void A_closed_request_does_not_move_to_work(RequestStatus status)
    {
        var closed = status == RequestStatus.Completed
            ? Completed()
            : Given(InProgressEvents().Append(new RequestCancelled(RequestId, Acme, "No", Agent.PersonId, Now)));

        AssertRejected(Rejection.Conflict, () => closed.StartWork(Agent, Now));
        AssertRejected(Rejection.Conflict, () => closed.WaitOnClient(Agent, "why", Now));
    }

    [Fact]
    public void The_client_reopens_within_the_window()
    {
        var events = Completed().Reopen(Member, "Still broken", ReopenWindow, Now.AddDays(6));

        Assert.Equal([new RequestReopened(RequestId, Acme, "Still broken", Member.PersonId, Now.AddDays(6))], events);
    }

    [Fact]
    public void The_client_cannot_reopen_after_the_window()
    {
        AssertRejected(Rejection.Conflict, () => Completed().Reopen(Member, "Still broken", ReopenWindow, Now.AddDays(8)));
    }

    [Fact]
    public void Staff_reopen_at_any_time()
    {
        Assert.Single(Completed().Reopen(Agent, "Regression", ReopenWindow, Now.AddDays(90)));
    }

    [Fact]
    public void Another_client_cannot_reopen()
    {
        AssertRejected(Rejection.NotFound, () => Completed().Reopen(Outsider, "Mine now", ReopenWindow, Now));
    }

    [Fact]
    public void A_reopened_request_is_in_progress_and_reopening_again_changes_nothing()
    {
        var reopened = Given(CompletedEvents().Append(new RequestReopened(RequestId, Acme, "Still broken", Member.PersonId, Now)));

        Assert.Equal(RequestStatus.InProgress, reopened.Status);
        Assert.Empty(reopened.Reopen(Member, "Still broken", ReopenWindow, Now));
    }

    [Fact]
    public void Only_a_completed_request_is_reopened()
    {
        AssertRejected(Rejection.Conflict, () => Submitted().Reopen(Agent, "What", ReopenWindow, Now));
    }

    private static CommandRejected AssertRejected(Rejection expected, Func<IEnumerable<object>> decide)
    {
        var rejected = Assert.Throws<CommandRejected>(() => decide().ToList());
        Assert.Equal(expected, rejected.Rejection);
        return rejected;
    }

    private static IEnumerable<object> SubmittedEvents() =>
        [Request.Submit(RequestId, Acme, Member.PersonId, "VPN drops", null, Urgency.High, Now.AddHours(-2))];

    private static IEnumerable<object> InProgressEvents() => SubmittedEvents().Append(new WorkStarted(RequestId, Acme, Agent.PersonId, Now.AddHours(-1)));

    private static IEnumerable<object> CompletedEvents() => InProgressEvents().Append(new RequestCompleted(RequestId, Acme, Agent.PersonId, Now, null));

    private static Request Submitted() => Given(SubmittedEvents());

    private static Request WithTwoOpenWorkItems() => Given(InProgressEvents().Concat(
    [
        new WorkItemAdded(RequestId, Acme, Guid.NewGuid(), "Order part", null, Agent.PersonId, Now),
        new WorkItemAdded(RequestId, Acme, Guid.NewGuid(), "Fit part", null, Agent.PersonId, Now),
    ]));

    private static Request InProgress() => Given(InProgressEvents());

    private static Request Completed() => Given(CompletedEvents());

    private static Request SharedWithColleague(IEnumerable<object> events) =>
        Given(events.Append(new RequestShared(RequestId, Acme, Colleague.PersonId, Member.PersonId, Now.AddMinutes(-1))));

}
