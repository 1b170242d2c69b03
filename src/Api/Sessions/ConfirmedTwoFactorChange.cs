using FluentValidation;
using Microsoft.AspNetCore.Identity;

namespace Milestone.Api.Sessions;

/// <summary>A change the caller makes to their own second factor, confirmed by a code from it.</summary>
public interface ICodeConfirmedCommand : IActorCommand
{
    string Code { get; }
}

/// <summary>Only the shape of the code: whether it is right is for the second factor to say.</summary>
public abstract class CodeConfirmedValidator<TCommand> : AbstractValidator<TCommand> where TCommand : ICodeConfirmedCommand
{
    protected CodeConfirmedValidator() => RuleFor(command => command.Code).NotEmpty().MaximumLength(SecondFactor.CodeMaxLength);
}

/// <summary>
/// A change to one's own second factor that a current code must confirm first. A wrong code is an outcome, not an
/// exception, so that the failed attempt it counts towards lockout commits; only a confirmed change records the
/// decision and tells the person by e-mail.
/// </summary>
public static class ConfirmedTwoFactorChange
{
    public static async Task<(TwoFactorOutcome, Events, OutgoingMessages)> MakeAsync(
        ICodeConfirmedCommand command,
        Person person,
        object decided,
        IDocumentSession session,
        CredentialManagers credentialManagers,
        Func<UserManager<Credentials>, Credentials, Task<IEnumerable<string>>> change,
        string notice,
        DateTimeOffset now)
    {
        var (manager, credentials) = await credentialManagers.OfAsync(session, person.Id);
        if (await SecondFactor.ConfirmAsync(manager, credentials, command.Code) is { } failure)
        {
            return (TwoFactorOutcome.Failed(failure), [], []);
        }

        var recoveryCodes = await change(manager, credentials);
        return (TwoFactorOutcome.Succeeded(recoveryCodes), [decided], [SecurityNoticeEmail.For(person, notice, now)]);
    }
}
