using FluentValidation;
using Marten;
using Milestone.Api.Identity;
using Milestone.Domain.People;
using Milestone.Domain.Rules;
using Wolverine;
using Wolverine.Marten;

namespace Milestone.Api.Sessions;

/// <summary>
/// Take away the second factor of someone who lost both their authenticator and their recovery codes.
/// <see cref="ActorSignedInAt"/> is when the actor's own session signed in.
/// </summary>
public sealed record ResetTwoFactor(Guid PersonId, Actor Actor, DateTimeOffset ActorSignedInAt) : IActorCommand;

public sealed class ResetTwoFactorValidator : AbstractValidator<ResetTwoFactor>
{
    public ResetTwoFactorValidator() => RuleFor(command => command.PersonId).NotEmpty();
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
        // A session stolen from an administrator must not be enough to strip someone's second factor.
        if (now - command.ActorSignedInAt > BeginTwoFactorEnrolmentHandler.RecentSignIn)
        {
            throw new CommandRejected(Rejection.Forbidden, "Sign in again first: resetting two-factor sign-in needs a sign-in from the last 15 minutes.");
        }

        var reset = person.ResetTwoFactor(command.Actor, now);
        var manager = credentialManagers.For(session);
        var credentials = (await manager.FindByIdAsync(person.Id.ToString()))!;
        await manager.SetTwoFactorEnabledAsync(credentials, false);
        // As when it is turned off: the key becomes one nobody has, and no recovery codes are left.
        await manager.ResetAuthenticatorKeyAsync(credentials);
        await manager.GenerateNewTwoFactorRecoveryCodesAsync(credentials, 0);
        await manager.UpdateSecurityStampAsync(credentials);
        await SignInSession.EndAllAsync(session, person.Id, "Two-factor sign-in was reset by an administrator.", now, cancellation);
        return ([reset], [SecurityNoticeEmail.For(person, "Two-factor sign-in was reset by an administrator", now)]);
    }
}
