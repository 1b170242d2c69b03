
namespace Milestone.Domain.Tests.Requests;

public sealed class RequestVersionTests
{
    private static readonly Actor Submitter = new(Guid.Parse("0193a1b2-0000-7000-8000-0000000000d1"), Role.ClientMember, Acme);
    private static readonly Actor Outsider = new(Guid.Parse("0193a1b2-0000-7000-8000-0000000000d2"), Role.ClientMember, Guid.Parse("0193a1b2-0000-7000-8000-0000000000c2"));

    [Fact]
    public void Staff_count_every_event_and_clients_only_those_they_see()
    {
        var request = WithInternalNote();

        Assert.Equal(3, request.VersionSeenBy(Agent));
        Assert.Equal(2, request.VersionSeenBy(Submitter));
    }

    [Fact]
    public void A_client_who_saw_every_change_they_can_see_is_up_to_date_whatever_notes_came_since()
    {
        var request = WithInternalNote();

        Assert.Same(request, request.UpToDateFor(Submitter, 2));
        Assert.Same(request, request.UpToDateFor(Agent, 3));
    }

    [Fact]
    public void A_stale_version_is_refused_with_the_version_to_reload_to_in_the_callers_count()
    {
        var request = WithInternalNote();

        var staff = Assert.Throws<CommandRejected>(() => request.UpToDateFor(Agent, 2));
        var client = Assert.Throws<CommandRejected>(() => request.UpToDateFor(Submitter, 1));

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
        var request = new object[]
        {
            Request.Submit(RequestId, Acme, Submitter.PersonId, "Printer jams", null, Urgency.Normal, Now),
            new WorkStarted(RequestId, Acme, Agent.PersonId, Now),
            new MessagePosted(RequestId, Acme, Guid.NewGuid(), Agent.PersonId, ByStaff: true, Internal: true, "Vendor ticket 42", Now),
        }.Aggregate((Request?)null, Request.Evolve)!;
        request.Version = 3;
        return request;
    }
}
