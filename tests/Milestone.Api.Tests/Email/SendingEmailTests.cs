using Milestone.Api.Email;
using Wolverine.Marten;

namespace Milestone.Api.Tests.Email;

[Collection(Collections.People)]
public sealed class SendingEmailTests(MilestoneApp app)
{
    private static readonly TimeSpan Delivery = TimeSpan.FromSeconds(30);

    // The first retry is due a second after the failure, and the durable inbox looks for due retries every 5 seconds.
    private static readonly TimeSpan Redelivery = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task A_published_email_arrives_over_smtp()
    {
        var email = new SendEmail(
            Guid.NewGuid(),
            "dana@acme.test",
            "You are invited to Milestone",
            "Accept your invitation: https://milestone.test/invitations/42",
            "<p><a href=\"https://milestone.test/invitations/42\">Accept your invitation</a></p>");

        await app.Host.TrackActivity().Timeout(Delivery).PublishMessageAndWaitAsync(email);

        var received = Assert.Single(app.Mail.Received, mail => mail.MessageId == $"{email.EmailId}@tests.invalid");
        Assert.Equal("dana@acme.test", received.To);
        Assert.Equal(MilestoneApp.MailFrom, received.From);
        Assert.Equal("You are invited to Milestone", received.Subject);
        Assert.Equal("Accept your invitation: https://milestone.test/invitations/42", received.TextBody);
        Assert.Equal("<p><a href=\"https://milestone.test/invitations/42\">Accept your invitation</a></p>", received.HtmlBody);
    }

    [Fact]
    public async Task An_email_sent_while_the_smtp_server_is_down_is_delivered_when_it_is_back()
    {
        var email = NewEmail("lee@acme.test");

        await app.Mail.StopAsync();
        try
        {
            await app.Host.TrackActivity()
                .Timeout(Delivery)
                .WaitForCondition(new RescheduledAfterFailure(email.EmailId))
                .PublishMessageAndWaitAsync(email);

            Assert.DoesNotContain(app.Mail.Received, mail => mail.MessageId == MessageIdOf(email));
        }
        finally
        {
            app.Mail.Start();
        }

        var received = await app.Mail.WaitForAsync(mail => mail.MessageId == MessageIdOf(email), Redelivery);
        Assert.Equal(email.Subject, received.Subject);
    }

    [Fact]
    public async Task An_email_in_a_transaction_that_is_not_committed_never_goes_out()
    {
        var abandoned = NewEmail("abandoned@acme.test");
        var committed = NewEmail("committed@acme.test");

        var tracked = await app.Host.TrackActivity().Timeout(Delivery).ExecuteAndWaitAsync(async Task (IMessageContext _) =>
        {
            await PublishInTransactionAsync(abandoned, _ => Task.CompletedTask);
            await PublishInTransactionAsync(committed, session => session.SaveChangesAsync());
        });

        Assert.Contains(app.Mail.Received, mail => mail.MessageId == MessageIdOf(committed));
        Assert.DoesNotContain(app.Mail.Received, mail => mail.MessageId == MessageIdOf(abandoned));
        Assert.DoesNotContain(tracked.AllRecordsInOrder(), record => record.Envelope?.Message is SendEmail { EmailId: var id } && id == abandoned.EmailId);
    }

    private static SendEmail NewEmail(string to) =>
        new(Guid.NewGuid(), to, $"Test {Guid.NewGuid():N}", "Plain text body.");

    private static string MessageIdOf(SendEmail email) => SmtpEmailSender.MessageIdFor(email.EmailId, MilestoneApp.MailFrom);

    private async Task PublishInTransactionAsync(SendEmail email, Func<IDocumentSession, Task> finish)
    {
        await using var scope = app.Host.Services.CreateAsyncScope();
        var outbox = scope.ServiceProvider.GetRequiredService<IMartenOutbox>();
        await using var session = app.Store.LightweightSession();
        outbox.Enroll(session);
        await outbox.PublishAsync(email);
        await finish(session);
    }

    /// <summary>Ends a tracked session once a failed attempt to send the given e-mail is scheduled for a retry.</summary>
    private sealed class RescheduledAfterFailure(Guid emailId) : ITrackedCondition
    {
        private volatile bool _rescheduled;

        public void Record(EnvelopeRecord record)
        {
            if (record is { MessageEventType: MessageEventType.Requeued, Envelope.Message: SendEmail email } && email.EmailId == emailId)
            {
                _rescheduled = true;
            }
        }

        public bool IsCompleted() => _rescheduled;
    }
}
