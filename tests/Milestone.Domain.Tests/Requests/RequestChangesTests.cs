using static Milestone.Domain.Tests.Requests.RequestFixture;

namespace Milestone.Domain.Tests.Requests;

public sealed class RequestChangesTests
{
    [Fact]
    public void Assigning_and_reassigning_keep_who_had_it_before()
    {
        var assigned = Submitted(new RequestAssigned(RequestId, Acme, Agent.PersonId, null, Agent.PersonId, Now));

        Assert.Equal([new RequestAssigned(RequestId, Acme, Agent.PersonId, null, Agent.PersonId, Now)], Submitted().Assign(Agent, Agent.PersonId, Named(Agent), Now));
        Assert.Equal(
            [new RequestAssigned(RequestId, Acme, OtherAgent.PersonId, Agent.PersonId, Agent.PersonId, Now)],
            assigned.Assign(Agent, OtherAgent.PersonId, Named(OtherAgent), Now));
        Assert.Empty(assigned.Assign(Agent, Agent.PersonId, Named(Agent), Now));
        Assert.Equal([new RequestUnassigned(RequestId, Acme, Agent.PersonId, Agent.PersonId, Now)], assigned.Assign(Agent, null, null, Now));
        Assert.Empty(Submitted().Assign(Agent, null, null, Now));
    }

    [Fact]
    public void Clients_and_executives_do_not_assign()
    {
        AssertRejected(Rejection.Forbidden, () => Submitted().Assign(ClientAdmin, Agent.PersonId, Named(Agent), Now));
        AssertRejected(Rejection.Forbidden, () => Submitted().Assign(Executive, Agent.PersonId, Named(Agent), Now));
    }

    [Fact]
    public void A_closed_request_is_not_assigned()
    {
        AssertRejected(Rejection.Conflict, () => Submitted(new RequestCancelled(RequestId, Acme, "No", Member.PersonId, Now)).Assign(Agent, Agent.PersonId, Named(Agent), Now));
    }

    [Fact]
    public void An_urgency_change_says_who_and_why()
    {
        var events = Submitted().ChangeUrgency(Member, Urgency.Critical, " Whole office down ", Now);

        Assert.Equal([new UrgencyChanged(RequestId, Acme, Urgency.Normal, Urgency.Critical, "Whole office down", Member.PersonId, Now)], events);
        Assert.Empty(Submitted().ChangeUrgency(Agent, Urgency.Normal, "Same", Now));
    }

    [Fact]
    public void Another_client_does_not_even_see_the_request_to_change_its_urgency()
    {
        AssertRejected(Rejection.NotFound, () => Submitted().ChangeUrgency(Outsider, Urgency.Low, "Mine", Now));
    }

    [Fact]
    public void A_category_is_set_once_until_it_changes()
    {
        var categorised = Submitted(new RequestCategorised(RequestId, Acme, "Hardware", Agent.PersonId, Now));

        Assert.Equal([new RequestCategorised(RequestId, Acme, "Hardware", Agent.PersonId, Now)], Submitted().Categorise(Agent, " Hardware ", Now));
        Assert.Empty(categorised.Categorise(Agent, "Hardware", Now));
    }

    [Fact]
    public void The_submitter_rewords_a_request_before_work_begins()
    {
        var events = Submitted().EditDetails(Member, "Printer on floor 3 jams", "Since Monday", Now);

        Assert.Equal([new RequestDetailsEdited(RequestId, Acme, "Printer on floor 3 jams", "Since Monday", Member.PersonId, Now)], events);
    }

    [Fact]
    public void Nobody_else_rewords_it_and_not_after_work_began()
    {
        var started = Submitted(new WorkStarted(RequestId, Acme, Agent.PersonId, Now));

        AssertRejected(Rejection.NotFound, () => Submitted().EditDetails(Colleague, "Mine", null, Now));
        AssertRejected(Rejection.Forbidden, () => Submitted(new RequestShared(RequestId, Acme, Colleague.PersonId, Member.PersonId, Now)).EditDetails(Colleague, "Mine", null, Now));
        AssertRejected(Rejection.Forbidden, () => Submitted().EditDetails(Agent, "Mine", null, Now));
        AssertRejected(Rejection.Conflict, () => started.EditDetails(Member, "Too late", null, Now));
    }

    [Fact]
    public void Sharing_with_a_colleague_once()
    {
        var shared = Submitted(new RequestShared(RequestId, Acme, Colleague.PersonId, Member.PersonId, Now));

        Assert.Equal([new RequestShared(RequestId, Acme, Colleague.PersonId, Member.PersonId, Now)], Submitted().Share(Member, Colleague.PersonId, Named(Colleague), Now));
        Assert.Empty(shared.Share(ClientAdmin, Colleague.PersonId, Named(Colleague), Now));
        Assert.Empty(Submitted().Share(Member, Member.PersonId, Named(Member), Now));
        Assert.Equal([new RequestUnshared(RequestId, Acme, Colleague.PersonId, Agent.PersonId, Now)], shared.Unshare(Agent, Colleague.PersonId, Named(Colleague), Now));
        Assert.Empty(Submitted().Unshare(Agent, Colleague.PersonId, Named(Colleague), Now));
    }

    [Fact]
    public void A_colleague_it_was_shared_with_does_not_share_it_further()
    {
        var shared = Submitted(new RequestShared(RequestId, Acme, Colleague.PersonId, Member.PersonId, Now));

        AssertRejected(Rejection.Forbidden, () => shared.Share(Colleague, ClientAdmin.PersonId, Named(ClientAdmin), Now));
    }

    private static void AssertRejected(Rejection expected, Func<IEnumerable<object>> decide) =>
        Assert.Equal(expected, Assert.Throws<CommandRejected>(() => decide().ToList()).Rejection);

}
