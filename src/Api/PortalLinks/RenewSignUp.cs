namespace Milestone.Api.PortalLinks;

/// <summary>Someone signed up again through the same link before verifying: their newest name, password and link count.</summary>
public sealed record RenewSignUp(Guid PersonId, Guid LinkId, string Name, string PasswordHash, Guid VerificationId, string VerificationToken);

public static class RenewSignUpHandler
{
    public static Task<Credentials?> LoadAsync(RenewSignUp command, IQuerySession session, CancellationToken cancellation) =>
        session.LoadAsync<Credentials>(command.PersonId, cancellation);

    public static (Events, OutgoingMessages, IEnumerable<IMartenOp>) Handle(
        RenewSignUp command,
        [WriteAggregate] Person person,
        Credentials credentials,
        Envelope envelope,
        EmailLinks links,
        TimeProvider time)
    {
        var events = person.RenewSignUp(command.Name, command.LinkId, command.VerificationId, time.GetUtcNow()).ToList();
        if (events is not [SignUpRenewed renewed])
        {
            return ([], [], []);
        }

        credentials.PasswordHash = command.PasswordHash;
        credentials.SecurityStamp = Guid.NewGuid().ToString("N");
        return (
            [renewed],
            [SignUpEmail.Verify(person.Email, renewed.Name, person.ClientId, links.EmailVerification(envelope.TenantId, command.VerificationToken), renewed.ExpiresAt)],
            [
                MartenOps.Store(credentials),
                MartenOps.Delete<EmailVerificationToken>(person.JoiningLinkId),
                MartenOps.Insert(new EmailVerificationToken(command.VerificationId, SecretToken.HashOf(command.VerificationToken), person.Id, renewed.ExpiresAt)),
            ]);
    }
}
