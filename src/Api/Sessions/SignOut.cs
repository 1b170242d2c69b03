namespace Milestone.Api.Sessions;

public sealed record SignOut(Guid PersonId, Guid SessionId) : IAuditedCommand
{
    Guid? IAuditedCommand.AuditedPersonId => PersonId;
}

public static class SignOutHandler
{
    public static async Task Handle(SignOut command, IDocumentSession session, TimeProvider time, CancellationToken cancellation)
    {
        var signInSession = await session.LoadAsync<SignInSession>(command.SessionId, cancellation);
        if (signInSession is { IsActive: true } && signInSession.PersonId == command.PersonId)
        {
            session.Store(signInSession.Revoke("Signed out.", time.GetUtcNow()));
        }
    }
}
