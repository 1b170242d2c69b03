namespace Milestone.Api.PortalLinks;

/// <summary>Verify the address one signed up with, which makes one a member; the person's decision judges the link.</summary>
public sealed record VerifyEmail(Guid PersonId, Guid VerificationId);

public static class VerifyEmailHandler
{
    public static (Events, IMartenOp) Handle(VerifyEmail command, [WriteAggregate] Person person, TimeProvider time) =>
        ([.. person.VerifyEmail(command.VerificationId, time.GetUtcNow())], MartenOps.Delete<EmailVerificationToken>(command.VerificationId));
}

/// <summary>Verify with the token of the link: it names the person and the verification, and <see cref="VerifyEmail"/> decides.</summary>
public sealed record VerifyEmailByLink(string Token);

public static class VerifyEmailByLinkHandler
{
    /// <summary>The person who verified.</summary>
    public static async Task<Guid> Handle(VerifyEmailByLink command, IQuerySession session, IMessageBus bus, CancellationToken cancellation)
    {
        var verification = await session.Query<EmailVerificationToken>()
            .FirstOrDefaultAsync(token => token.TokenHash == SecretToken.HashOf(command.Token), cancellation)
            ?? throw new CommandRejected(Rejection.Invalid, Person.VerificationLinkInvalid, "token");

        await bus.InvokeAsync(new VerifyEmail(verification.PersonId, verification.Id), cancellation);
        return verification.PersonId;
    }
}
