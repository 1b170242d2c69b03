using FluentValidation;
using Marten;
using Milestone.Api.Identity;
using Milestone.Domain.People;
using Wolverine;
using Wolverine.Marten;

namespace Milestone.Api.Sessions;

/// <summary>Replace all recovery codes with new ones, confirmed with a current authenticator code or a recovery code.</summary>
public sealed record RegenerateRecoveryCodes(Guid PersonId, string Code) : IAuditedCommand
{
    Guid? IAuditedCommand.AuditedPersonId => PersonId;
}

public sealed class RegenerateRecoveryCodesValidator : AbstractValidator<RegenerateRecoveryCodes>
{
    public RegenerateRecoveryCodesValidator()
    {
        RuleFor(command => command.PersonId).NotEmpty();
        RuleFor(command => command.Code).NotEmpty().MaximumLength(20);
    }
}

public static class RegenerateRecoveryCodesHandler
{
    public static async Task<(TwoFactorOutcome, Events, OutgoingMessages)> Handle(
        RegenerateRecoveryCodes command,
        [WriteAggregate] Person person,
        IDocumentSession session,
        CredentialManagers credentialManagers,
        TimeProvider time)
    {
        var now = time.GetUtcNow();
        var regenerated = person.RegenerateRecoveryCodes(now);
        var manager = credentialManagers.For(session);
        var credentials = (await manager.FindByIdAsync(person.Id.ToString()))!;
        if (await SecondFactor.ConfirmAsync(manager, credentials, command.Code) is { } failure)
        {
            return (TwoFactorOutcome.Failed(failure), [], []);
        }

        var recoveryCodes = await manager.GenerateNewTwoFactorRecoveryCodesAsync(credentials, ConfirmTwoFactorHandler.RecoveryCodeCount);
        return (
            TwoFactorOutcome.Succeeded(recoveryCodes!),
            [regenerated],
            [SecurityNoticeEmail.For(person, "New recovery codes were made and the old ones stopped working", now)]);
    }
}
