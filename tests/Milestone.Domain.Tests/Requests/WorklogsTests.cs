using Milestone.Domain.People;
using Milestone.Domain.Requests;
using Milestone.Domain.Rules;

namespace Milestone.Domain.Tests.Requests;

public sealed class WorklogsTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2026, 11, 26);
    private static readonly Guid RequestId = Guid.Parse("0193a1b2-0000-7000-8000-000000000001");
    private static readonly Guid Acme = Guid.Parse("0193a1b2-0000-7000-8000-0000000000c1");
    private static readonly Guid WorklogId = Guid.Parse("0193a1b2-0000-7000-8000-0000000000f1");
    private static readonly Actor Member = new(Guid.Parse("0193a1b2-0000-7000-8000-0000000000d1"), Role.ClientMember, Acme);
    private static readonly Actor Agent = new(Guid.Parse("0193a1b2-0000-7000-8000-0000000000a1"), Role.Agent, null);
    private static readonly Actor OtherAgent = new(Guid.Parse("0193a1b2-0000-7000-8000-0000000000a2"), Role.Agent, null);
    private static readonly Actor TeamLead = new(Guid.Parse("0193a1b2-0000-7000-8000-0000000000a3"), Role.TeamLead, null);

    [Fact]
    public void An_agent_logs_time_with_everything_the_hour_bank_groups_by()
    {
        var events = Open().LogWork(Agent, WorklogId, Today, 45, billable: true, " Replaced the fuser ", Now);

        Assert.Equal([new WorkLogged(RequestId, Acme, WorklogId, Agent.PersonId, Today, 45, true, "Replaced the fuser", Agent.PersonId, Now)], events);
    }

    [Fact]
    public void Logging_the_same_worklog_again_changes_nothing()
    {
        Assert.Empty(Given(Logged()).LogWork(Agent, WorklogId, Today, 45, true, null, Now));
    }

    [Theory]
    [InlineData(0, "minutes")]
    [InlineData(1441, "minutes")]
    public void Implausible_durations_are_refused(int minutes, string field)
    {
        var rejected = Assert.Throws<CommandRejected>(() => Open().LogWork(Agent, WorklogId, Today, minutes, true, null, Now).ToList());

        Assert.Equal(field, rejected.Field);
    }

    [Fact]
    public void Work_is_not_logged_for_the_future()
    {
        var rejected = Assert.Throws<CommandRejected>(() => Open().LogWork(Agent, WorklogId, Today.AddDays(2), 30, true, null, Now).ToList());

        Assert.Equal("workDate", rejected.Field);
    }

    [Fact]
    public void Clients_do_not_log_time()
    {
        Assert.Equal(Rejection.Forbidden, Assert.Throws<CommandRejected>(() => Open().LogWork(Member, WorklogId, Today, 30, true, null, Now).ToList()).Rejection);
    }

    [Fact]
    public void A_correction_carries_what_it_replaces()
    {
        var events = Given(Logged()).CorrectWorklog(Agent, WorklogId, Today, 30, billable: false, "Half was training", Now);

        Assert.Equal(
            [new WorklogCorrected(RequestId, Acme, WorklogId, Agent.PersonId, Today, 30, false, "Half was training", Today, 45, true, Agent.PersonId, Now)],
            events);
    }

    [Fact]
    public void A_correction_to_the_same_values_changes_nothing()
    {
        Assert.Empty(Given(Logged()).CorrectWorklog(Agent, WorklogId, Today, 45, true, "Replaced the fuser", Now));
    }

    [Fact]
    public void Deleting_carries_what_is_withdrawn_and_happens_once()
    {
        var deleted = Given(Logged(), new WorklogDeleted(RequestId, Acme, WorklogId, Agent.PersonId, Today, 45, true, Agent.PersonId, Now));

        Assert.Equal(
            [new WorklogDeleted(RequestId, Acme, WorklogId, Agent.PersonId, Today, 45, true, TeamLead.PersonId, Now)],
            Given(Logged()).DeleteWorklog(TeamLead, WorklogId, Now));
        Assert.Empty(deleted.DeleteWorklog(Agent, WorklogId, Now));
        Assert.Equal(Rejection.NotFound, Assert.Throws<CommandRejected>(() => deleted.CorrectWorklog(Agent, WorklogId, Today, 10, true, null, Now).ToList()).Rejection);
    }

    [Fact]
    public void Another_agent_cannot_change_someone_elses_time()
    {
        Assert.Equal(Rejection.Forbidden, Assert.Throws<CommandRejected>(() => Given(Logged()).DeleteWorklog(OtherAgent, WorklogId, Now).ToList()).Rejection);
    }

    [Fact]
    public void An_unknown_worklog_is_not_found()
    {
        Assert.Equal(Rejection.NotFound, Assert.Throws<CommandRejected>(() => Open().DeleteWorklog(Agent, WorklogId, Now).ToList()).Rejection);
    }

    private static WorkLogged Logged() => new(RequestId, Acme, WorklogId, Agent.PersonId, Today, 45, true, "Replaced the fuser", Agent.PersonId, Now);

    private static Request Open() => Given();

    private static Request Given(params object[] events) =>
        new object[] { Request.Submit(RequestId, Acme, Member.PersonId, "Printer jams", null, Urgency.Normal, Now.AddHours(-2)) }
            .Concat(events)
            .Aggregate((Request?)null, Request.Evolve)!;
}
