using Milestone.Domain.PortalLinks;
using Npgsql;
using Wolverine.ErrorHandling;

namespace Milestone.Api.PortalLinks;

/// <summary>
/// The second half of <see cref="SignUp"/>: the link decides on the address, and the address hears what it decided.
/// <see cref="VerificationToken"/> is the secret of the verification link; only its hash is stored.
/// </summary>
public sealed record JoinThroughLink(Guid LinkId, string Email, string Name, string PasswordHash)
{
    public Guid PersonId { get; init; } = Guid.CreateVersion7();

    public Guid VerificationId { get; init; } = Guid.NewGuid();

    public string VerificationToken { get; init; } = SecretToken.New();
}

public static class JoinThroughLinkHandler
{
    /// <summary>
    /// Two sign-ups through one link at once: the second decides again on the link as the first left it, so a maximum
    /// holds. Two with one address at once: the second finds the address taken when it decides again.
    /// </summary>
    public static void Configure(HandlerChain chain)
    {
        chain.RetryConcurrentAppendsDurably();
        chain.DecideAgainWhenTaken();
    }

    public static async Task<KnownAddress?> LoadAsync(JoinThroughLink command, IQuerySession session, CancellationToken cancellation) =>
        await session.Query<PersonAccount>().FirstOrDefaultAsync(account => account.NormalizedEmail == PersonAccount.Normalize(command.Email), cancellation) is { } account
            ? new KnownAddress(account.Id, account.Status, account.SignedUpThrough)
            : null;

    public static (Events, OutgoingMessages, IEnumerable<IMartenOp>) Handle(
        JoinThroughLink command,
        [WriteAggregate(nameof(JoinThroughLink.LinkId))] PortalLink link,
        KnownAddress? known,
        Envelope envelope,
        EmailLinks links,
        TimeProvider time)
    {
        var outcome = link.SignUp(command.PersonId, command.Email, command.Name, known, command.VerificationId, time.GetUtcNow());
        switch (outcome)
        {
            case SignedUp signedUp:
                var person = signedUp.Person;
                var credentials = new Credentials
                {
                    Id = person.PersonId, Email = person.Email, NormalizedEmail = PersonAccount.Normalize(person.Email), PasswordHash = command.PasswordHash,
                };
                return (
                    [signedUp.Used],
                    [SignUpEmail.Verify(person.Email, person.Name, link.ClientId, links.EmailVerification(envelope.TenantId, command.VerificationToken), person.ExpiresAt)],
                    [
                        MartenOps.StartStream<Person>(person.PersonId, person),
                        MartenOps.Insert(credentials),
                        MartenOps.Insert(new EmailVerificationToken(person.VerificationId, SecretToken.HashOf(command.VerificationToken), person.PersonId, person.ExpiresAt)),
                    ]);
            case SignUpToRenew renew:
                return ([], [new RenewSignUp(renew.PersonId, link.Id, command.Name, command.PasswordHash, command.VerificationId, command.VerificationToken)], []);
            default:
                return ([], [SignUpEmail.TurnedAway(command.Email, link.ClientId, ((SignUpTurnedAway)outcome).Reason)], []);
        }
    }
}
