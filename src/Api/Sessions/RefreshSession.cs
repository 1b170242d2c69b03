using FluentValidation;

namespace Milestone.Api.Sessions;

public sealed record RefreshSession(string RefreshToken);

public sealed class RefreshSessionValidator : AbstractValidator<RefreshSession>
{
    public RefreshSessionValidator() => RuleFor(command => command.RefreshToken).NotEmpty().MaximumLength(200);
}

public static class RefreshSessionHandler
{
    public static async Task<SessionOutcome> Handle(
        RefreshSession command,
        IDocumentSession session,
        TokenIssuer tokens,
        TimeProvider time,
        CancellationToken cancellation)
    {
        var now = time.GetUtcNow();
        var presented = await session.LoadAsync<RefreshToken>(SecretToken.HashOf(command.RefreshToken), cancellation);
        if (presented is null || presented.ExpiresAt <= now)
        {
            return SessionOutcome.Failed(SessionFailure.SessionEnded);
        }

        var signInSession = await session.LoadAsync<SignInSession>(presented.SessionId, cancellation);
        if (signInSession is not { IsActive: true })
        {
            return SessionOutcome.Failed(SessionFailure.SessionEnded);
        }

        if (presented.UsedAt is not null)
        {
            session.Store(signInSession.Revoke("A refresh token was used twice.", now));
            return SessionOutcome.Failed(SessionFailure.SessionEnded);
        }

        var account = await session.LoadAsync<PersonAccount>(presented.PersonId, cancellation);
        if (account?.Status != PersonStatus.Active)
        {
            return SessionOutcome.Failed(SessionFailure.SessionEnded);
        }

        session.Store(presented with { UsedAt = now });
        return SessionOutcome.Succeeded(tokens.Issue(session, presented.PersonId, presented.SessionId, now));
    }
}
