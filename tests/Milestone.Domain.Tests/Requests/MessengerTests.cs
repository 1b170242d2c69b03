using static Milestone.Domain.Tests.Requests.RequestFixture;

namespace Milestone.Domain.Tests.Requests;

public sealed class MessengerTests
{
    private static readonly Guid MessageId = Guid.Parse("0193a1b2-0000-7000-8000-0000000000e1");
    private const string Key = "retry-key-1";

    [Fact]
    public void Staff_reply_in_public()
    {
        var events = Open().PostMessage(Agent, Key, " Which printer? ", internalNote: false, Now);

        Assert.Equal([new MessagePosted(RequestId, Acme, MessageIdOf(Agent), Agent.PersonId, true, false, "Which printer?", Now)], events);
    }

    [Fact]
    public void Staff_leave_internal_notes()
    {
        var posted = Assert.IsType<MessagePosted>(Assert.Single(Open().PostMessage(Agent, Key, "Known driver bug", internalNote: true, Now)));

        Assert.True(posted.Internal);
    }

    [Fact]
    public void Clients_cannot_write_internal_notes()
    {
        var rejected = Assert.Throws<CommandRejected>(() => Open().PostMessage(Member, Key, "Sneaky", internalNote: true, Now).ToList());

        Assert.Equal(Rejection.Forbidden, rejected.Rejection);
    }

    [Fact]
    public void Another_client_finds_no_such_request_and_executives_cannot_write()
    {
        Assert.Equal(Rejection.NotFound, Assert.Throws<CommandRejected>(() => Open().PostMessage(Outsider, Key, "Hello", false, Now).ToList()).Rejection);
        Assert.Equal(Rejection.Forbidden, Assert.Throws<CommandRejected>(() => Open().PostMessage(Executive, Key, "Hello", false, Now).ToList()).Rejection);
    }

    [Fact]
    public void A_member_the_request_is_not_shared_with_finds_no_such_request_to_write_on()
    {
        var colleague = Member with { PersonId = Guid.Parse("0193a1b2-0000-7000-8000-0000000000d5") };

        Assert.Equal(Rejection.NotFound, Assert.Throws<CommandRejected>(() => Open().PostMessage(colleague, Key, "Hello", false, Now).ToList()).Rejection);
        Assert.Single(Given(new RequestShared(RequestId, Acme, colleague.PersonId, Member.PersonId, Now)).PostMessage(colleague, Key, "Hello", false, Now));
    }

    [Fact]
    public void A_client_reply_resumes_work_that_waited_on_them()
    {
        var waiting = Given(new WaitingOnClientStarted(RequestId, Acme, "Which printer?", Agent.PersonId, Now));

        var events = waiting.PostMessage(Member, Key, "The one on floor 3", false, Now.AddHours(1));

        Assert.Equal(
            [
                new MessagePosted(RequestId, Acme, MessageIdOf(Member), Member.PersonId, false, false, "The one on floor 3", Now.AddHours(1)),
                new WorkResumed(RequestId, Acme, Member.PersonId, Now.AddHours(1)),
            ],
            events);
    }

    [Fact]
    public void Posting_again_under_the_same_key_changes_nothing_even_after_an_edit()
    {
        var posted = Given(new MessagePosted(RequestId, Acme, MessageIdOf(Member), Member.PersonId, false, false, "Hello", Now));
        var edited = Given(
            new MessagePosted(RequestId, Acme, MessageIdOf(Member), Member.PersonId, false, false, "Hello", Now),
            new MessageEdited(RequestId, Acme, MessageIdOf(Member), false, "Hello again", Member.PersonId, Now));

        Assert.Empty(posted.PostMessage(Member, Key, " Hello ", false, Now));
        Assert.Empty(edited.PostMessage(Member, Key, "Hello", false, Now));
    }

    [Fact]
    public void The_same_key_with_another_text_is_refused()
    {
        var posted = Given(new MessagePosted(RequestId, Acme, MessageIdOf(Member), Member.PersonId, false, false, "Hello", Now));

        var rejected = Assert.Throws<CommandRejected>(() => posted.PostMessage(Member, Key, "Goodbye", false, Now).ToList());

        Assert.Equal((Rejection.Conflict, "idempotencyKey"), (rejected.Rejection, rejected.Field));
    }

    [Fact]
    public void A_key_never_reaches_another_callers_message()
    {
        var posted = Given(new MessagePosted(RequestId, Acme, MessageIdOf(Member), Member.PersonId, false, false, "Hello", Now));

        var reply = Assert.IsType<MessagePosted>(Assert.Single(posted.PostMessage(Agent, Key, "Hi there", false, Now)));
        var replyUnderTheMessagesId = Assert.IsType<MessagePosted>(Assert.Single(posted.PostMessage(Agent, MessageIdOf(Member).ToString(), "Hi", false, Now)));

        Assert.DoesNotContain(MessageIdOf(Member), new[] { reply.MessageId, replyUnderTheMessagesId.MessageId });
    }

    [Theory]
    [InlineData("   ")]
    [InlineData(null)]
    public void Empty_and_overlong_messages_are_refused_whoever_sends_them(string? blank)
    {
        var fromJira = Agent with { Source = ChangeSource.Jira };

        Assert.Equal("body", Assert.Throws<CommandRejected>(() => Open().PostMessage(Agent, Key, blank ?? new string('m', Request.MessageMaxLength + 1), false, Now).ToList()).Field);
        Assert.Equal("body", Assert.Throws<CommandRejected>(() => Open().PostMessage(fromJira, "40001", blank ?? new string('m', Request.MessageMaxLength + 1), false, Now).ToList()).Field);
    }

    [Fact]
    public void Nobody_writes_on_a_cancelled_request()
    {
        var cancelled = Given(new RequestCancelled(RequestId, Acme, "Not needed", Member.PersonId, Now));

        Assert.Equal(Rejection.Conflict, Assert.Throws<CommandRejected>(() => cancelled.PostMessage(Agent, Key, "Hi", false, Now).ToList()).Rejection);
    }

    [Fact]
    public void The_author_edits_and_deletes_their_message_once()
    {
        var posted = Given(Posted(Member));
        var deleted = Given(Posted(Member), new MessageDeleted(RequestId, Acme, MessageId, false, Member.PersonId, Now));

        Assert.Equal([new MessageEdited(RequestId, Acme, MessageId, false, "Hello again", Member.PersonId, Now)], posted.EditMessage(Member, MessageId, "Hello again", Now));
        Assert.Empty(posted.EditMessage(Member, MessageId, "Hello", Now));
        Assert.Equal([new MessageDeleted(RequestId, Acme, MessageId, false, Member.PersonId, Now)], posted.DeleteMessage(Member, MessageId, Now));
        Assert.Empty(deleted.DeleteMessage(Member, MessageId, Now));
        Assert.Equal(Rejection.Conflict, Assert.Throws<CommandRejected>(() => deleted.EditMessage(Member, MessageId, "Back", Now).ToList()).Rejection);
    }

    [Fact]
    public void Nobody_else_changes_a_message()
    {
        var posted = Given(Posted(Agent));

        Assert.Equal(Rejection.Forbidden, Assert.Throws<CommandRejected>(() => posted.EditMessage(OtherAgent, MessageId, "Mine", Now).ToList()).Rejection);
        Assert.Equal(Rejection.Forbidden, Assert.Throws<CommandRejected>(() => posted.DeleteMessage(Member, MessageId, Now).ToList()).Rejection);
    }

    [Fact]
    public void To_a_client_an_internal_note_does_not_exist()
    {
        var noted = Given(new MessagePosted(RequestId, Acme, MessageId, Agent.PersonId, true, true, "Internal", Now));

        Assert.Equal(Rejection.NotFound, Assert.Throws<CommandRejected>(() => noted.DeleteMessage(Member, MessageId, Now).ToList()).Rejection);
    }

    private static Guid MessageIdOf(Actor author) => CallerKeys.MessageId(RequestId, author, Key);

    private static MessagePosted Posted(Actor author) => new(RequestId, Acme, MessageId, author.PersonId, author.IsStaff, false, "Hello", Now);

    private static Request Open() => Given();

    private static Request Given(params object[] events) => Submitted([new WorkStarted(RequestId, Acme, Agent.PersonId, Now.AddHours(-1)), .. events]);
}
