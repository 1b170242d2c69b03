namespace Milestone.Api.Sessions;

/// <summary>Turn two-factor sign-in off, with a current authenticator code or a recovery code.</summary>
public sealed record DisableTwoFactor(Actor Actor, string Code) : ICodeConfirmedCommand
{
    public Guid PersonId => Actor.PersonId;
}

public sealed class DisableTwoFactorValidator : CodeConfirmedValidator<DisableTwoFactor>;

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
        return ConfirmedTwoFactorChange.MakeAsync(command, person, person.DisableTwoFactor(now), session, credentialManagers, async (manager, credentials) =>
        {
            await SecondFactor.RemoveAsync(manager, credentials);
            return [];
        }, "Two-factor sign-in was turned off", now);
    }
}
