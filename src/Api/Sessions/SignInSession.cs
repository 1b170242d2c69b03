using Microsoft.AspNetCore.Identity;

namespace Milestone.Api.Sessions;

/// <summary>
/// One sign-in on one device: the family of refresh tokens that rotate from it. Revoking it ends every
/// token of the family, and the access tokens issued from them, at once.
/// </summary>
public sealed record SignInSession(Guid Id, Guid PersonId, DateTimeOffset StartedAt)
{
    public DateTimeOffset? RevokedAt { get; init; }

    public string? RevokedBecause { get; init; }

    public bool IsActive => RevokedAt is null;

    public SignInSession Revoke(string reason, DateTimeOffset now) => IsActive ? this with { RevokedAt = now, RevokedBecause = reason } : this;

    /// <summary>
    /// Ends every session the person has open and gives them a new security stamp, in the command's own session,
    /// so it commits with the command: after a change to how they sign in, nothing issued before it works (but the
    /// session <c>except</c> names, from which they made the change).
    /// </summary>
    public static async Task EndAllAsync(
        IDocumentSession session,
        UserManager<Credentials> manager,
        Credentials credentials,
        string reason,
        DateTimeOffset now,
        CancellationToken cancellation,
        Guid? except = null)
    {
        await manager.UpdateSecurityStampAsync(credentials);
        var open = await session.Query<SignInSession>()
            .Where(signInSession => signInSession.PersonId == credentials.Id && signInSession.RevokedAt == null)
            .ToListAsync(cancellation);
        foreach (var signInSession in open.Where(signInSession => signInSession.Id != except))
        {
            session.Store(signInSession.Revoke(reason, now));
        }
    }
}
