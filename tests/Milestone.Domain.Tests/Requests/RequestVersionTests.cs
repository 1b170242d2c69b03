using static Milestone.Domain.Tests.Requests.RequestFixture;

namespace Milestone.Domain.Tests.Requests;

public sealed class RequestVersionTests
{
    [Fact]
    public void Staff_count_every_event_and_clients_only_those_they_see()
    {
        var request = WithInternalNote();

        Assert.Equal(3, request.VersionSeenBy(Agent));
        Assert.Equal(2, request.VersionSeenBy(Member));
    }

    [Fact]
    public void A_client_who_saw_every_change_they_can_see_is_up_to_date_whatever_notes_came_since()
    {
        var request = WithInternalNote();

        Assert.Same(request, request.UpToDateFor(Member, 2));
        Assert.Same(request, request.UpToDateFor(Agent, 3));
    }

    [Fact]
    public void A_stale_version_is_refused_with_the_version_to_reload_to_in_the_callers_count()
    {
        var request = WithInternalNote();

        var staff = Assert.Throws<CommandRejected>(() => request.UpToDateFor(Agent, 2));
        var client = Assert.Throws<CommandRejected>(() => request.UpToDateFor(Member, 1));

        Assert.Equal((Rejection.Conflict, 3), (staff.Rejection, staff.Details["currentVersion"]));
        Assert.Equal((Rejection.Conflict, 2), (client.Rejection, client.Details["currentVersion"]));
    }

    [Fact]
    public void Who_may_not_see_the_request_learns_nothing_of_its_version()
    {
        var rejected = Assert.Throws<CommandRejected>(() => WithInternalNote().UpToDateFor(Outsider, 1));

        Assert.Equal(Rejection.NotFound, rejected.Rejection);
        Assert.Empty(rejected.Details);
    }

    private static Request WithInternalNote()
    {
        var request = Submitted(
            new WorkStarted(RequestId, Acme, Agent.PersonId, Now),
            new MessagePosted(RequestId, Acme, Guid.NewGuid(), Agent.PersonId, ByStaff: true, Internal: true, "Vendor ticket 42", Now));
        request.Version = 3;
        return request;
    }
}
