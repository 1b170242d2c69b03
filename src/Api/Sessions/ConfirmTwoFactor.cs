namespace Milestone.Api.Sessions;

/// <summary>Turn two-factor sign-in on with a code from the authenticator app set up by <see cref="BeginTwoFactorEnrolment"/>.</summary>
public sealed record ConfirmTwoFactor(Actor Actor, string Code) : ICodeConfirmedCommand
{
    public Guid PersonId => Actor.PersonId;
}

public sealed class ConfirmTwoFactorValidator : CodeConfirmedValidator<ConfirmTwoFactor>;

public static class ConfirmTwoFactorHandler
{
    public const int RecoveryCodeCount = 10;

    public static async Task<(TwoFactorOutcome, Events, OutgoingMessages)> Handle(
        ConfirmTwoFactor command,
        [WriteAggregate] Person person,
        IDocumentSession session,
        CredentialManagers credentialManagers,
        TimeProvider time)
    {
        var now = time.GetUtcNow();
        var (manager, credentials) = await credentialManagers.OfAsync(session, person.Id);
        var enabled = person.EnableTwoFactor(await SecondFactor.CheckAsync(manager, credentials, command.Code, recoveryCode: null) is null, now);
        await manager.SetTwoFactorEnabledAsync(credentials, true);
        var recoveryCodes = await manager.GenerateNewTwoFactorRecoveryCodesAsync(credentials, RecoveryCodeCount);
        return (TwoFactorOutcome.Succeeded(recoveryCodes!), [enabled], [SecurityNoticeEmail.For(person, "Two-factor sign-in was turned on", now)]);
    }
}
