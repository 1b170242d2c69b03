using FluentValidation;

namespace Milestone.Api.Sessions;

/// <summary>Turn two-factor sign-in off, with a current authenticator code or a recovery code.</summary>
public sealed record DisableTwoFactor(Actor Actor, string Code) : IActorCommand
{
    public Guid PersonId => Actor.PersonId;
}

public sealed class DisableTwoFactorValidator : AbstractValidator<DisableTwoFactor>
{
    public DisableTwoFactorValidator() => RuleFor(command => command.Code).NotEmpty().MaximumLength(SecondFactor.CodeMaxLength);
}

public static class DisableTwoFactorHandler
{
    public static Task<(TwoFactorOutcome, Events, OutgoingMessages)> Handle(
        DisableTwoFactor command,
        [WriteAggregate] Person person,
        IDocumentSession session,
        CredentialManagers credentialManagers,
        TimeProvider time)
    {
        var now = time.GetUtcNow();
        var manager = credentialManagers.For(session);
        return ConfirmedTwoFactorChange.MakeAsync(person, person.DisableTwoFactor(now), command.Code, manager, async credentials =>
        {
            await manager.SetTwoFactorEnabledAsync(credentials, false);
            // Nothing of the old second factor stays usable: the key becomes one nobody has, and no recovery codes are left.
            await manager.ResetAuthenticatorKeyAsync(credentials);
            await manager.GenerateNewTwoFactorRecoveryCodesAsync(credentials, 0);
            return [];
        }, "Two-factor sign-in was turned off", now);
    }
}
