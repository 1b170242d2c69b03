using static Milestone.Domain.Tests.Requests.RequestFixture;

namespace Milestone.Domain.Tests.Requests;

public sealed class RequestTextRulesTests
{
    private static readonly string TooLongReason = new('r', RequestRules.ReasonMaxLength + 1);

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void A_move_that_needs_a_reason_is_refused_without_one(string reason)
    {
        AssertInvalid("reason", () => InProgress().WaitOnClient(Agent, reason, Now));
        AssertInvalid("reason", () => InProgress().Cancel(Member, reason, Now));
        AssertInvalid("reason", () => Completed().Reopen(Agent, reason, TimeSpan.FromDays(7), Now));
        AssertInvalid("reason", () => InProgress().ChangeUrgency(Member, Urgency.High, reason, Now));
    }

    [Fact]
    public void A_reason_has_a_limit()
    {
        AssertInvalid("reason", () => InProgress().Cancel(Member, TooLongReason, Now));
        AssertInvalid("overrideReason", () => InProgress().Complete(Agent, TooLongReason, Now));
        Assert.NotEmpty(InProgress().Cancel(Member, new string('r', RequestRules.ReasonMaxLength), Now));
    }

    [Fact]
    public void Rewording_keeps_to_the_title_and_description_limits()
    {
        AssertInvalid("title", () => Submitted().EditDetails(Member, " ", null, Now));
        AssertInvalid("title", () => Submitted().EditDetails(Member, new string('t', RequestRules.TitleMaxLength + 1), null, Now));
        AssertInvalid("description", () => Submitted().EditDetails(Member, "Printer", new string('d', RequestRules.DescriptionMaxLength + 1), Now));
    }

    [Fact]
    public void A_work_item_and_a_category_say_something_within_their_limits()
    {
        AssertInvalid("title", () => InProgress().AddWorkItem(Agent, Guid.NewGuid(), "", null, null, Now));
        AssertInvalid("title", () => InProgress().AddWorkItem(Agent, Guid.NewGuid(), new string('t', Request.WorkItemTitleMaxLength + 1), null, null, Now));
        AssertInvalid("category", () => InProgress().Categorise(Agent, "  ", Now));
        AssertInvalid("category", () => InProgress().Categorise(Agent, new string('c', Request.CategoryMaxLength + 1), Now));
    }

    [Fact]
    public void An_urgency_that_does_not_exist_is_refused()
    {
        AssertInvalid("urgency", () => InProgress().ChangeUrgency(Agent, (Urgency)42, "Because", Now));
    }

    private static void AssertInvalid(string field, Func<IEnumerable<object>> decide)
    {
        var rejected = Assert.Throws<CommandRejected>(() => decide().ToList());
        Assert.Equal((Rejection.Invalid, field), (rejected.Rejection, rejected.Field));
    }

    private static Request InProgress() => Submitted(new WorkStarted(RequestId, Acme, Agent.PersonId, Now));

    private static Request Completed() => Submitted(new WorkStarted(RequestId, Acme, Agent.PersonId, Now), new RequestCompleted(RequestId, Acme, Agent.PersonId, Now, null));

}
