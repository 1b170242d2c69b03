using static Milestone.Domain.Tests.Requests.RequestFixture;

namespace Milestone.Domain.Tests.Requests;

/// <summary>The people an assignment or a share names, as the handler found their accounts.</summary>
public sealed class NamedPeopleTests
{
    private static readonly NamedPerson Colleague = new(Guid.Parse("0193a1b2-0000-7000-8000-0000000000d2"), Role.ClientMember, Acme, PersonStatus.Active, null);
    private static readonly NamedPerson OtherAgent = new(Guid.Parse("0193a1b2-0000-7000-8000-0000000000a2"), Role.Agent, null, PersonStatus.Active, null);

    [Fact]
    public void Work_goes_to_active_delivery_staff_who_work_for_the_client()
    {
        Assert.Single(Submitted().Assign(Agent, OtherAgent.Id, OtherAgent, Now));
        Assert.Single(Submitted().AddWorkItem(Agent, Guid.NewGuid(), "Order toner", OtherAgent.Id, OtherAgent, Now));
    }

    public static TheoryData<NamedPerson> NotAssignable => new()
    {
        Colleague,
        OtherAgent with { Role = Role.Executive },
        OtherAgent with { Status = PersonStatus.Deactivated },
        OtherAgent with { Status = PersonStatus.Invited },
        OtherAgent with { ClientScope = [Globex] },
    };

    [Theory]
    [MemberData(nameof(NotAssignable))]
    public void Nobody_else_is_given_the_work(NamedPerson person)
    {
        AssertRejected(Rejection.Invalid, () => Submitted().Assign(Agent, person.Id, person, Now), "assigneeId");
        AssertRejected(Rejection.Invalid, () => Submitted().AddWorkItem(Agent, Guid.NewGuid(), "Order toner", person.Id, person, Now), "assigneeId");
    }

    [Fact]
    public void A_person_who_is_not_there_or_not_known_to_the_actor_is_not_found()
    {
        var scopedAgent = Agent with { StaffScope = [Acme] };
        var ofGlobex = Colleague with { ClientId = Globex };

        AssertRejected(Rejection.NotFound, () => Submitted().Assign(Agent, OtherAgent.Id, null, Now));
        AssertRejected(Rejection.NotFound, () => Submitted().Assign(scopedAgent, ofGlobex.Id, ofGlobex, Now));
        AssertRejected(Rejection.NotFound, () => Submitted().Share(Agent, Colleague.Id, null, Now));
    }

    [Fact]
    public void A_request_is_shared_only_with_people_of_its_client()
    {
        var ofGlobex = Colleague with { ClientId = Globex };

        Assert.Single(Submitted().Share(Member, Colleague.Id, Colleague, Now));
        AssertRejected(Rejection.NotFound, () => Submitted().Share(Agent, ofGlobex.Id, ofGlobex, Now));
        AssertRejected(Rejection.NotFound, () => Submitted().Unshare(Agent, ofGlobex.Id, ofGlobex, Now));
        AssertRejected(Rejection.NotFound, () => Submitted().Share(Agent, OtherAgent.Id, OtherAgent, Now));
    }

    private static void AssertRejected(Rejection expected, Func<IEnumerable<object>> decide, string? field = null)
    {
        var rejected = Assert.Throws<CommandRejected>(() => decide().ToList());
        Assert.Equal((expected, field), (rejected.Rejection, rejected.Field));
    }

}
