using FluentValidation;
using Marten;
using Milestone.Api.Identity;
using Milestone.Domain.People;
using Wolverine;
using Wolverine.Marten;

namespace Milestone.Api.Sessions;

/// <summary>Turn two-factor sign-in off, with a current authenticator code or a recovery code.</summary>
public sealed record DisableTwoFactor(Guid PersonId, string Code) : IAuditedCommand
{
    Guid? IAuditedCommand.AuditedPersonId => PersonId;
}

public sealed class DisableTwoFactorValidator : AbstractValidator<DisableTwoFactor>
{
    public DisableTwoFactorValidator()
    {
        RuleFor(command => command.PersonId).NotEmpty();
        RuleFor(command => command.Code).NotEmpty().MaximumLength(20);
    }
}

public static class DisableTwoFactorHandler
{
    public static async Task<(TwoFactorOutcome, Events, OutgoingMessages)> Handle(
        DisableTwoFactor command,
        [WriteAggregate] Person person,
        IDocumentSession session,
        CredentialManagers credentialManagers,
        TimeProvider time)
    {
        var now = time.GetUtcNow();
        var disabled = person.DisableTwoFactor(now);
        var manager = credentialManagers.For(session);
        var credentials = (await manager.FindByIdAsync(person.Id.ToString()))!;
        if (await SecondFactor.ConfirmAsync(manager, credentials, command.Code) is { } failure)
        {
            return (TwoFactorOutcome.Failed(failure), [], []);
        }

        await manager.SetTwoFactorEnabledAsync(credentials, false);
        // Nothing of the old second factor stays usable: the key becomes one nobody has, and no recovery codes are left.
        await manager.ResetAuthenticatorKeyAsync(credentials);
        await manager.GenerateNewTwoFactorRecoveryCodesAsync(credentials, 0);
        return (TwoFactorOutcome.Succeeded([]), [disabled], [SecurityNoticeEmail.For(person, "Two-factor sign-in was turned off", now)]);
    }
}
