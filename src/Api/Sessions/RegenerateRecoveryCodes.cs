using FluentValidation;

namespace Milestone.Api.Sessions;

/// <summary>Replace all recovery codes with new ones, confirmed with a current authenticator code or a recovery code.</summary>
public sealed record RegenerateRecoveryCodes(Actor Actor, string Code) : IActorCommand
{
    public Guid PersonId => Actor.PersonId;
}

public sealed class RegenerateRecoveryCodesValidator : AbstractValidator<RegenerateRecoveryCodes>
{
    public RegenerateRecoveryCodesValidator() => RuleFor(command => command.Code).NotEmpty().MaximumLength(SecondFactor.CodeMaxLength);
}

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
        var manager = credentialManagers.For(session);
        return ConfirmedTwoFactorChange.MakeAsync(
            person,
            person.RegenerateRecoveryCodes(now),
            command.Code,
            manager,
            async credentials => (await manager.GenerateNewTwoFactorRecoveryCodesAsync(credentials, ConfirmTwoFactorHandler.RecoveryCodeCount))!,
            "New recovery codes were made and the old ones stopped working",
            now);
    }
}
