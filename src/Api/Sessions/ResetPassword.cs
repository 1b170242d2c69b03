using FluentValidation;

namespace Milestone.Api.Sessions;

/// <summary>Set a new password with the token of a reset link, and the second factor when it is on.</summary>
public sealed record ResetPassword(Guid PersonId, string Token, string NewPassword, string? TwoFactorCode, string? RecoveryCode) : IAuditedCommand
{
    Guid? IAuditedCommand.AuditedPersonId => PersonId;
}

public sealed class ResetPasswordValidator : AbstractValidator<ResetPassword>
{
    public ResetPasswordValidator(PasswordPolicy policy)
    {
        RuleFor(command => command.PersonId).NotEmpty();
        RuleFor(command => command.Token).NotEmpty().MaximumLength(200);
        RuleFor(command => command.NewPassword).Custom((password, context) =>
        {
            if (policy.Problem(password) is { } problem)
            {
                context.AddFailure(nameof(ResetPassword.NewPassword), problem);
            }
        });
        RuleFor(command => command.TwoFactorCode).MaximumLength(20);
        RuleFor(command => command.RecoveryCode).MaximumLength(20);
    }
}

public static class ResetPasswordHandler
{
    public static async Task<(TwoFactorOutcome, Events, OutgoingMessages)> Handle(
        ResetPassword command,
        [WriteAggregate] Person person,
        IDocumentSession session,
        CredentialManagers credentialManagers,
        TimeProvider time,
        CancellationToken cancellation)
    {
        var now = time.GetUtcNow();
        var link = await session.LoadAsync<PasswordResetToken>(person.Id, cancellation);
        if (link is null || !link.Opens(command.Token, now))
        {
            throw new CommandRejected(Rejection.Invalid, Person.PasswordResetLinkInvalid, "token");
        }

        var reset = person.ResetPassword(now);
        var (manager, credentials) = await credentialManagers.OfAsync(session, person.Id);
        // A reset link proves the mailbox, not the person: it never stands in for the second factor.
        if (credentials.TwoFactorEnabled && await SecondFactor.CheckAsync(manager, credentials, command.TwoFactorCode, command.RecoveryCode) is { } failure)
        {
            if (failure == SessionFailure.InvalidTwoFactorCode)
            {
                CountWrongCode(session, link);
            }

            return (TwoFactorOutcome.Failed(failure), [], []);
        }

        credentials.PasswordHash = manager.PasswordHasher.HashPassword(credentials, command.NewPassword);
        await manager.SetLockoutEndDateAsync(credentials, null);
        await manager.ResetAccessFailedCountAsync(credentials);
        await SignInSession.EndAllAsync(session, manager, credentials, "The password was reset.", now, cancellation);

        session.Delete(link);
        return (TwoFactorOutcome.Succeeded([]), [reset], [SecurityNoticeEmail.For(person, "Your password was reset", now)]);
    }

    private static void CountWrongCode(IDocumentSession session, PasswordResetToken link)
    {
        var counted = link with { WrongCodes = link.WrongCodes + 1 };
        if (counted.WrongCodes >= PasswordResetToken.MaxWrongCodes)
        {
            session.Delete(link);
        }
        else
        {
            session.Store(counted);
        }
    }
}
