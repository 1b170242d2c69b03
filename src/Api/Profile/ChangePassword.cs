using FluentValidation;
using Milestone.Api.Sessions;

namespace Milestone.Api.Profile;

/// <summary>
/// The caller chooses a new password, giving their current one. A wrong current password counts towards lockout, as
/// at sign-in; a right one ends every other session of theirs and tells them by e-mail.
/// </summary>
public sealed record ChangePassword(string CurrentPassword, string NewPassword, Actor Actor, Guid SessionId) : IActorCommand
{
    public Guid PersonId => Actor.PersonId;
}

public sealed class ChangePasswordValidator : AbstractValidator<ChangePassword>
{
    public ChangePasswordValidator(PasswordPolicy policy)
    {
        RuleFor(command => command.CurrentPassword).NotEmpty().MaximumLength(PasswordPolicy.MaximumLength * 4);
        RuleFor(command => command.NewPassword).Custom((password, context) =>
        {
            if (policy.Problem(password) is { } problem)
            {
                context.AddFailure(nameof(ChangePassword.NewPassword), problem);
            }
        });
    }
}

public static class ChangePasswordHandler
{
    public const string CurrentPasswordWrong = "That is not your current password.";

    public static async Task<(Events, OutgoingMessages)> Handle(
        ChangePassword command,
        [WriteAggregate] Person person,
        IDocumentSession session,
        CredentialManagers credentialManagers,
        TimeProvider time,
        CancellationToken cancellation)
    {
        var now = time.GetUtcNow();
        var changed = person.ChangePassword(command.Actor, now);
        var (manager, credentials) = await credentialManagers.OfAsync(session, person.Id);
        if (await manager.IsLockedOutAsync(credentials))
        {
            throw SessionMutations.Refused(SessionFailure.LockedOut);
        }

        if (!await manager.CheckPasswordAsync(credentials, command.CurrentPassword))
        {
            // The wrong guess must count even though the command is refused, so it is saved on its own.
            await manager.AccessFailedAsync(credentials);
            await session.SaveChangesAsync(cancellation);
            throw new CommandRejected(Rejection.Invalid, CurrentPasswordWrong, "currentPassword");
        }

        credentials.PasswordHash = manager.PasswordHasher.HashPassword(credentials, command.NewPassword);
        await manager.ResetAccessFailedCountAsync(credentials);
        await SignInSession.EndAllAsync(session, manager, credentials, "The password was changed.", now, cancellation, except: command.SessionId);
        return ([changed], [SecurityNoticeEmail.For(person, "Your password was changed", now)]);
    }
}
