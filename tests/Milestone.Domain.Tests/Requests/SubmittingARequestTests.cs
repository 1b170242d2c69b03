
namespace Milestone.Domain.Tests.Requests;

public sealed class SubmittingARequestTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 9, 30, 0, TimeSpan.Zero);
    private static readonly Guid ClientId = Guid.Parse("0193a1b2-0000-7000-8000-0000000000c1");
    private static readonly Guid SubmitterId = Guid.Parse("0193a1b2-0000-7000-8000-0000000000a1");

    [Fact]
    public void A_submission_records_who_submitted_what_and_when()
    {
        var submitted = Request.Submit(RequestId, ClientId, SubmitterId, "Reports page is blank", "Since the update.", Urgency.High, Now);

        Assert.Equal(
            new RequestSubmitted(RequestId, ClientId, SubmitterId, "Reports page is blank", "Since the update.", Urgency.High, Now),
            submitted);
    }

    [Fact]
    public void Surrounding_whitespace_is_not_part_of_the_title_or_description()
    {
        var submitted = Request.Submit(RequestId, ClientId, SubmitterId, "  Printer offline \n", "\tThird floor  ", Urgency.Low, Now);

        Assert.Equal("Printer offline", submitted.Title);
        Assert.Equal("Third floor", submitted.Description);
    }

    [Fact]
    public void A_missing_description_is_recorded_as_empty()
    {
        var submitted = Request.Submit(RequestId, ClientId, SubmitterId, "Printer offline", null, Urgency.Low, Now);

        Assert.Equal(string.Empty, submitted.Description);
    }

    [Fact]
    public void A_submitted_request_starts_in_the_submitted_status()
    {
        var request = Request.Evolve(null, Request.Submit(RequestId, ClientId, SubmitterId, "Printer offline", null, Urgency.Critical, Now));

        Assert.Equal(
            new Request(RequestId, ClientId, SubmitterId, "Printer offline", string.Empty, Urgency.Critical, RequestStatus.Submitted, Now),
            request);
    }

    private static readonly Actor Member = new(SubmitterId, Role.ClientMember, ClientId);
    private static readonly Actor Agent = new(Guid.Parse("0193a1b2-0000-7000-8000-0000000000a9"), Role.Agent, null);

    [Fact]
    public void Client_users_submit_for_their_own_organisation_and_staff_for_the_client_they_name()
    {
        Assert.Equal(ClientId, Submit(Member, clientId: null).ClientId);
        Assert.Equal(ClientId, Submit(Member, ClientId).ClientId);
        Assert.Equal(Globex, Submit(Agent, Globex).ClientId);
    }

    [Fact]
    public void Executives_do_not_submit()
    {
        AssertRejected(Rejection.Forbidden, () => Submit(new Actor(Guid.NewGuid(), Role.Executive, null), ClientId));
    }

    [Fact]
    public void A_client_the_submitter_may_not_act_for_is_not_there()
    {
        AssertRejected(Rejection.NotFound, () => Submit(Member, Globex));
        AssertRejected(Rejection.NotFound, () => Submit(Agent with { StaffScope = [ClientId] }, Globex));
        AssertRejected(Rejection.NotFound, () => Submit(Agent, Globex, clientExists: false));
    }

    [Fact]
    public void Staff_name_the_client()
    {
        AssertRejected(Rejection.Invalid, () => Submit(Agent, clientId: null), "clientId");
    }

    [Theory]
    [InlineData("", null, "title")]
    [InlineData("  ", null, "title")]
    [InlineData(null, null, "title")]
    public void A_submission_says_what_it_is_about(string? title, string? description, string field)
    {
        AssertRejected(Rejection.Invalid, () => Submit(Member, null, title: title!, description: description), field);
    }

    [Fact]
    public void A_submission_keeps_to_the_limits()
    {
        AssertRejected(Rejection.Invalid, () => Submit(Member, null, title: new string('t', RequestRules.TitleMaxLength + 1)), "title");
        AssertRejected(Rejection.Invalid, () => Submit(Member, null, description: new string('d', RequestRules.DescriptionMaxLength + 1)), "description");
        AssertRejected(Rejection.Invalid, () => Submit(Member, null, urgency: (Urgency)9), "urgency");
    }

    private static RequestSubmitted Submit(
        Actor actor, Guid? clientId, bool clientExists = true, string title = "Printer offline", string? description = null, Urgency urgency = Urgency.Normal) =>
        Request.Submit(actor, RequestId, clientId, clientExists, title, description, urgency, Now);

    private static void AssertRejected(Rejection expected, Func<RequestSubmitted> submit, string? field = null)
    {
        var rejected = Assert.Throws<CommandRejected>(() => submit());
        Assert.Equal((expected, field), (rejected.Rejection, rejected.Field));
    }
}
