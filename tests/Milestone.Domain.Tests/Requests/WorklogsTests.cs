using static Milestone.Domain.Tests.Requests.RequestFixture;

namespace Milestone.Domain.Tests.Requests;

public sealed class WorklogsTests
{
    private static readonly DateOnly Today = new(2026, 11, 26);
    private const string Key = "retry-key-1";
    private static readonly Guid WorklogId = CallerKeys.WorklogId(RequestId, Agent, Key);

    [Fact]
    public void An_agent_logs_time_with_everything_the_hour_bank_groups_by()
    {
        var events = Submitted().LogWork(Agent, Key, Today, 45, billable: true, " Replaced the fuser ", Now);

        Assert.Equal([new WorkLogged(RequestId, Acme, WorklogId, Agent.PersonId, Today, 45, true, "Replaced the fuser", Agent.PersonId, Now)], events);
    }

    [Fact]
    public void Logging_again_under_the_same_key_changes_nothing()
    {
        Assert.Empty(Submitted(Logged()).LogWork(Agent, Key, Today, 45, true, "Replaced the fuser", Now));
    }

    [Fact]
    public void A_retry_after_a_correction_still_changes_nothing()
    {
        var corrected = Submitted(Logged(), new WorklogCorrected(RequestId, Acme, WorklogId, Agent.PersonId, Today, 30, true, "Shorter", Today, 45, true, Agent.PersonId, Now));

        Assert.Empty(corrected.LogWork(Agent, Key, Today, 45, true, " Replaced the fuser ", Now));
    }

    [Fact]
    public void The_same_key_with_other_values_is_refused()
    {
        var rejected = Assert.Throws<CommandRejected>(() => Submitted(Logged()).LogWork(Agent, Key, Today, 90, true, "Replaced the fuser", Now).ToList());

        Assert.Equal((Rejection.Conflict, "idempotencyKey"), (rejected.Rejection, rejected.Field));
    }

    [Fact]
    public void Another_agent_using_the_same_key_logs_a_worklog_of_their_own()
    {
        var logged = Assert.IsType<WorkLogged>(Assert.Single(Submitted(Logged()).LogWork(OtherAgent, Key, Today, 90, true, null, Now)));

        Assert.NotEqual(WorklogId, logged.WorklogId);
    }

    [Fact]
    public void A_key_names_a_worklog_of_its_own_request_only()
    {
        var otherRequest = Guid.Parse("0193a1b2-0000-7000-8000-000000000002");

        Assert.NotEqual(CallerKeys.WorklogId(RequestId, Agent, Key), CallerKeys.WorklogId(otherRequest, Agent, Key));
        Assert.NotEqual(Key, WorklogId.ToString());
    }

    [Fact]
    public void Another_requests_worklog_id_used_as_a_key_reaches_nothing_of_it()
    {
        var logged = Assert.IsType<WorkLogged>(Assert.Single(Submitted(Logged()).LogWork(Agent, WorklogId.ToString(), Today, 10, true, null, Now)));

        Assert.NotEqual(WorklogId, logged.WorklogId);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void An_empty_key_is_refused(string key)
    {
        Assert.Equal("idempotencyKey", Assert.Throws<CommandRejected>(() => Submitted().LogWork(Agent, key, Today, 30, true, null, Now).ToList()).Field);
        Assert.Equal("idempotencyKey", Assert.Throws<CommandRejected>(() => Submitted().LogWork(Agent, new string('k', CallerKeys.MaxLength + 1), Today, 30, true, null, Now).ToList()).Field);
    }

    [Fact]
    public void A_note_longer_than_the_limit_is_refused_whoever_sends_it()
    {
        var fromJira = Agent with { Source = ChangeSource.Jira };
        var note = new string('n', Request.WorklogNoteMaxLength + 1);

        Assert.Equal("note", Assert.Throws<CommandRejected>(() => Submitted().LogWork(fromJira, "10001", Today, 30, true, note, Now).ToList()).Field);
        Assert.Equal("note", Assert.Throws<CommandRejected>(() => Submitted(Logged()).CorrectWorklog(Agent, WorklogId, Today, 30, true, note, Now).ToList()).Field);
    }

    [Theory]
    [InlineData(0, "minutes")]
    [InlineData(1441, "minutes")]
    public void Implausible_durations_are_refused(int minutes, string field)
    {
        var rejected = Assert.Throws<CommandRejected>(() => Submitted().LogWork(Agent, Key, Today, minutes, true, null, Now).ToList());

        Assert.Equal(field, rejected.Field);
    }

    [Fact]
    public void Work_is_not_logged_for_the_future()
    {
        var rejected = Assert.Throws<CommandRejected>(() => Submitted().LogWork(Agent, Key, Today.AddDays(2), 30, true, null, Now).ToList());

        Assert.Equal("workDate", rejected.Field);
    }

    [Fact]
    public void Clients_do_not_log_time()
    {
        Assert.Equal(Rejection.Forbidden, Assert.Throws<CommandRejected>(() => Submitted().LogWork(Member, Key, Today, 30, true, null, Now).ToList()).Rejection);
    }

    [Fact]
    public void Staff_limited_to_other_clients_find_no_such_request_to_log_time_on()
    {
        var elsewhere = Agent with { StaffScope = [Guid.Parse("0193a1b2-0000-7000-8000-0000000000c2")] };

        Assert.Equal(Rejection.NotFound, Assert.Throws<CommandRejected>(() => Submitted().LogWork(elsewhere, Key, Today, 30, true, null, Now).ToList()).Rejection);
    }

    [Fact]
    public void A_worklog_of_a_request_out_of_sight_cannot_be_withdrawn()
    {
        var elsewhere = Agent with { StaffScope = [Guid.Parse("0193a1b2-0000-7000-8000-0000000000c2")] };

        Assert.Equal(Rejection.NotFound, Assert.Throws<CommandRejected>(() => Submitted(Logged()).DeleteWorklog(elsewhere, WorklogId, Now).ToList()).Rejection);
    }

    [Fact]
    public void A_correction_carries_what_it_replaces()
    {
        var events = Submitted(Logged()).CorrectWorklog(Agent, WorklogId, Today, 30, billable: false, "Half was training", Now);

        Assert.Equal(
            [new WorklogCorrected(RequestId, Acme, WorklogId, Agent.PersonId, Today, 30, false, "Half was training", Today, 45, true, Agent.PersonId, Now)],
            events);
    }

    [Fact]
    public void A_correction_to_the_same_values_changes_nothing()
    {
        Assert.Empty(Submitted(Logged()).CorrectWorklog(Agent, WorklogId, Today, 45, true, "Replaced the fuser", Now));
    }

    [Fact]
    public void Deleting_carries_what_is_withdrawn_and_happens_once()
    {
        var deleted = Submitted(Logged(), new WorklogDeleted(RequestId, Acme, WorklogId, Agent.PersonId, Today, 45, true, Agent.PersonId, Now));

        Assert.Equal(
            [new WorklogDeleted(RequestId, Acme, WorklogId, Agent.PersonId, Today, 45, true, TeamLead.PersonId, Now)],
            Submitted(Logged()).DeleteWorklog(TeamLead, WorklogId, Now));
        Assert.Empty(deleted.DeleteWorklog(Agent, WorklogId, Now));
        Assert.Equal(Rejection.NotFound, Assert.Throws<CommandRejected>(() => deleted.CorrectWorklog(Agent, WorklogId, Today, 10, true, null, Now).ToList()).Rejection);
    }

    [Fact]
    public void Another_agent_cannot_change_someone_elses_time()
    {
        Assert.Equal(Rejection.Forbidden, Assert.Throws<CommandRejected>(() => Submitted(Logged()).DeleteWorklog(OtherAgent, WorklogId, Now).ToList()).Rejection);
    }

    [Fact]
    public void An_unknown_worklog_is_not_found()
    {
        Assert.Equal(Rejection.NotFound, Assert.Throws<CommandRejected>(() => Submitted().DeleteWorklog(Agent, WorklogId, Now).ToList()).Rejection);
    }

    private static WorkLogged Logged() => new(RequestId, Acme, WorklogId, Agent.PersonId, Today, 45, true, "Replaced the fuser", Agent.PersonId, Now);

}
