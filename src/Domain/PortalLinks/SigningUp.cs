namespace Milestone.Domain.PortalLinks;

/// <summary>
/// Whoever holds a link may try to sign up through it with any address; what happened is said only to the address
/// (<see cref="SignUpTurnedAway"/>), so the answer to the caller never tells which addresses are known.
/// </summary>
public sealed partial record PortalLink
{
    /// <summary>
    /// A new address joins (and counts towards the maximum at once, verified or not); the same address signing up
    /// again through this link before verifying renews its sign-up; everyone else is turned away with the reason.
    /// </summary>
    public SignUpOutcome SignUp(Guid personId, string email, string name, KnownAddress? known, Guid verificationId, DateTimeOffset now)
    {
        if (TurnedAway(email, now) is { } closed)
        {
            return new SignUpTurnedAway(closed);
        }

        if (known is not null)
        {
            return known.Status == PersonStatus.PendingVerification && known.SignedUpThrough == Id
                ? new SignUpToRenew(known.PersonId)
                : new SignUpTurnedAway(SignUpRefusal.AddressKnown);
        }

        return new SignedUp(
            new PortalLinkUsed(Id, ClientId, personId, now),
            Person.SignUp(personId, email, name, Role, ClientId, Id, verificationId, now));
    }

    private SignUpRefusal? TurnedAway(string email, DateTimeOffset now) =>
        RevokedAt is not null ? SignUpRefusal.LinkRevoked
        : ExpiresAt is { } expiry && now >= expiry ? SignUpRefusal.LinkExpired
        : MaximumSignUps is { } maximum && SignUps >= maximum ? SignUpRefusal.LinkUsedUp
        : !EmailDomains.Admits(AllowedDomains, email) ? SignUpRefusal.DomainNotAllowed
        : null;
}

/// <summary>Someone who already has the address a sign-up gives.</summary>
public sealed record KnownAddress(Guid PersonId, PersonStatus Status, Guid? SignedUpThrough);

public abstract record SignUpOutcome;

/// <summary>A new person, pending verification, counted on the link.</summary>
public sealed record SignedUp(PortalLinkUsed Used, SignedUpThroughLink Person) : SignUpOutcome;

/// <summary>The person who signed up with this address through this link and has not verified it yet.</summary>
public sealed record SignUpToRenew(Guid PersonId) : SignUpOutcome;

public sealed record SignUpTurnedAway(SignUpRefusal Reason) : SignUpOutcome;

public enum SignUpRefusal
{
    LinkRevoked,
    LinkExpired,
    LinkUsedUp,
    DomainNotAllowed,
    AddressKnown,
}
