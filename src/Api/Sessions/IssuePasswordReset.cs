namespace Milestone.Api.Sessions;

/// <summary>The second half of <see cref="RequestPasswordReset"/>: a link for the person with that address, if anyone active has it.</summary>
public sealed record IssuePasswordReset(string Email);

public static class IssuePasswordResetHandler
{
    public static Task<PersonAccount?> LoadAsync(IssuePasswordReset message, IQuerySession session, CancellationToken cancellation) =>
        session.Query<PersonAccount>().FirstOrDefaultAsync(
            account => account.NormalizedEmail == PersonAccount.Normalize(message.Email), cancellation);

    public static (IEnumerable<IMartenOp>, OutgoingMessages) Handle(
        IssuePasswordReset message,
        PersonAccount? account,
        Envelope envelope,
        EmailLinks links,
        TimeProvider time)
    {
        if (account is not { Status: PersonStatus.Active })
        {
            return ([], []);
        }

        var token = SecretToken.New();
        var expiresAt = time.GetUtcNow() + PasswordResetToken.Lifetime;
        return (
            [MartenOps.Store(new PasswordResetToken(account.Id, SecretToken.HashOf(token), expiresAt))],
            [PasswordResetEmail.For(account.Email, account.Name, links.PasswordReset(envelope.TenantId, token), expiresAt)]);
    }
}
