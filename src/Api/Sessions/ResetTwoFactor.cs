namespace Milestone.Api.Sessions;

/// <summary>
/// Take away the second factor of someone who lost both their authenticator and their recovery codes.
/// <see cref="ActorSignedInAt"/> is when the actor's own session signed in: the caller's, not an argument.
/// </summary>
public sealed record ResetTwoFactor(Guid PersonId, Actor Actor) : IActorCommand
{
    public DateTimeOffset ActorSignedInAt { get; init; }
}

public static class ResetTwoFactorHandler
{
    public static async Task<(Events, OutgoingMessages)> Handle(
        ResetTwoFactor command,
        [WriteAggregate] Person person,
        IDocumentSession session,
        CredentialManagers credentialManagers,
        TimeProvider time,
        CancellationToken cancellation)
    {
        var now = time.GetUtcNow();
        var reset = person.ResetTwoFactor(command.Actor, command.ActorSignedInAt, now);
        var (manager, credentials) = await credentialManagers.OfAsync(session, person.Id);
        await SecondFactor.RemoveAsync(manager, credentials);
        await SignInSession.EndAllAsync(session, manager, credentials, "Two-factor sign-in was reset by an administrator.", now, cancellation);
        return ([reset], [SecurityNoticeEmail.For(person, "Two-factor sign-in was reset by an administrator", now)]);
    }
}
