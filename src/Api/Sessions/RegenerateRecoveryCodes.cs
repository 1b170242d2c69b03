namespace Milestone.Api.Sessions;

/// <summary>Replace all recovery codes with new ones, confirmed with a current authenticator code or a recovery code.</summary>
public sealed record RegenerateRecoveryCodes(Actor Actor, string Code) : ICodeConfirmedCommand
{
    public Guid PersonId => Actor.PersonId;
}

public sealed class RegenerateRecoveryCodesValidator : CodeConfirmedValidator<RegenerateRecoveryCodes>;

public static class RegenerateRecoveryCodesHandler
{
    public static Task<(TwoFactorOutcome, Events, OutgoingMessages)> Handle(
        RegenerateRecoveryCodes command,
        [WriteAggregate] Person person,
        IDocumentSession session,
        CredentialManagers credentialManagers,
        TimeProvider time)
    {
        var now = time.GetUtcNow();
        return ConfirmedTwoFactorChange.MakeAsync(
            command,
            person,
            person.RegenerateRecoveryCodes(now),
            session,
            credentialManagers,
            async (manager, credentials) => (await manager.GenerateNewTwoFactorRecoveryCodesAsync(credentials, ConfirmTwoFactorHandler.RecoveryCodeCount))!,
            "New recovery codes were made and the old ones stopped working",
            now);
    }
}
