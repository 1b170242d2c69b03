namespace Milestone.Api.Sessions;

/// <summary>
/// Set a new password with the token of a reset link: the link names the person, and <see cref="ResetPassword"/>
/// then checks it and decides.
/// </summary>
public sealed record ResetPasswordByLink(string Token, string NewPassword, string? TwoFactorCode, string? RecoveryCode);

public static class ResetPasswordByLinkHandler
{
    public static async Task<TwoFactorOutcome> Handle(ResetPasswordByLink command, IQuerySession session, IMessageBus bus, CancellationToken cancellation)
    {
        var link = await session.Query<PasswordResetToken>()
            .FirstOrDefaultAsync(token => token.TokenHash == SecretToken.HashOf(command.Token), cancellation)
            ?? throw new CommandRejected(Rejection.Invalid, Person.PasswordResetLinkInvalid, "token");

        return await bus.InvokeAsync<TwoFactorOutcome>(
            new ResetPassword(link.Id, command.Token, command.NewPassword, command.TwoFactorCode, command.RecoveryCode), cancellation);
    }
}
