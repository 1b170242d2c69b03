using Microsoft.AspNetCore.Identity;

namespace Milestone.Api.Identity;

/// <summary>
/// ASP.NET Core Identity's store over Marten documents. It only stages changes in the session it is
/// given; whoever owns the session commits them, together with any events of the same command.
/// </summary>
public sealed class MartenCredentialStore(IDocumentSession session) :
    IUserPasswordStore<Credentials>,
    IUserEmailStore<Credentials>,
    IUserLockoutStore<Credentials>,
    IUserSecurityStampStore<Credentials>,
    IUserTwoFactorStore<Credentials>,
    IUserAuthenticatorKeyStore<Credentials>,
    IUserTwoFactorRecoveryCodeStore<Credentials>
{
    public void Dispose()
    {
    }

    public Task<string> GetUserIdAsync(Credentials user, CancellationToken cancellationToken) => Task.FromResult(user.Id.ToString());

    public Task<string?> GetUserNameAsync(Credentials user, CancellationToken cancellationToken) => Task.FromResult<string?>(user.Email);

    public Task SetUserNameAsync(Credentials user, string? userName, CancellationToken cancellationToken) => Stage(user, () => user.Email = userName ?? user.Email);

    public Task<string?> GetNormalizedUserNameAsync(Credentials user, CancellationToken cancellationToken) => Task.FromResult<string?>(user.NormalizedEmail);

    public Task SetNormalizedUserNameAsync(Credentials user, string? normalizedName, CancellationToken cancellationToken) =>
        Stage(user, () => user.NormalizedEmail = normalizedName ?? user.NormalizedEmail);

    public Task<IdentityResult> CreateAsync(Credentials user, CancellationToken cancellationToken)
    {
        session.Insert(user);
        return Task.FromResult(IdentityResult.Success);
    }

    public Task<IdentityResult> UpdateAsync(Credentials user, CancellationToken cancellationToken)
    {
        session.Store(user);
        return Task.FromResult(IdentityResult.Success);
    }

    public Task<IdentityResult> DeleteAsync(Credentials user, CancellationToken cancellationToken)
    {
        session.Delete(user);
        return Task.FromResult(IdentityResult.Success);
    }

    public async Task<Credentials?> FindByIdAsync(string userId, CancellationToken cancellationToken) =>
        Guid.TryParse(userId, out var id) ? await session.LoadAsync<Credentials>(id, cancellationToken) : null;

    public Task<Credentials?> FindByNameAsync(string normalizedUserName, CancellationToken cancellationToken) =>
        FindByEmailAsync(normalizedUserName, cancellationToken);

    public Task<Credentials?> FindByEmailAsync(string normalizedEmail, CancellationToken cancellationToken) =>
        session.Query<Credentials>().FirstOrDefaultAsync(credentials => credentials.NormalizedEmail == normalizedEmail, cancellationToken);

    public Task SetPasswordHashAsync(Credentials user, string? passwordHash, CancellationToken cancellationToken) =>
        Stage(user, () => user.PasswordHash = passwordHash);

    public Task<string?> GetPasswordHashAsync(Credentials user, CancellationToken cancellationToken) => Task.FromResult(user.PasswordHash);

    public Task<bool> HasPasswordAsync(Credentials user, CancellationToken cancellationToken) => Task.FromResult(user.PasswordHash is not null);

    public Task SetEmailAsync(Credentials user, string? email, CancellationToken cancellationToken) => Stage(user, () => user.Email = email ?? user.Email);

    public Task<string?> GetEmailAsync(Credentials user, CancellationToken cancellationToken) => Task.FromResult<string?>(user.Email);

    public Task<bool> GetEmailConfirmedAsync(Credentials user, CancellationToken cancellationToken) => Task.FromResult(true);

    public Task SetEmailConfirmedAsync(Credentials user, bool confirmed, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<string?> GetNormalizedEmailAsync(Credentials user, CancellationToken cancellationToken) => Task.FromResult<string?>(user.NormalizedEmail);

    public Task SetNormalizedEmailAsync(Credentials user, string? normalizedEmail, CancellationToken cancellationToken) =>
        Stage(user, () => user.NormalizedEmail = normalizedEmail ?? user.NormalizedEmail);

    public Task<DateTimeOffset?> GetLockoutEndDateAsync(Credentials user, CancellationToken cancellationToken) => Task.FromResult(user.LockoutEnd);

    public Task SetLockoutEndDateAsync(Credentials user, DateTimeOffset? lockoutEnd, CancellationToken cancellationToken) =>
        Stage(user, () => user.LockoutEnd = lockoutEnd);

    public Task<int> IncrementAccessFailedCountAsync(Credentials user, CancellationToken cancellationToken)
    {
        user.AccessFailedCount++;
        session.Store(user);
        return Task.FromResult(user.AccessFailedCount);
    }

    public Task ResetAccessFailedCountAsync(Credentials user, CancellationToken cancellationToken) => Stage(user, () => user.AccessFailedCount = 0);

    public Task<int> GetAccessFailedCountAsync(Credentials user, CancellationToken cancellationToken) => Task.FromResult(user.AccessFailedCount);

    public Task<bool> GetLockoutEnabledAsync(Credentials user, CancellationToken cancellationToken) => Task.FromResult(user.LockoutEnabled);

    public Task SetLockoutEnabledAsync(Credentials user, bool enabled, CancellationToken cancellationToken) => Stage(user, () => user.LockoutEnabled = enabled);

    public Task SetSecurityStampAsync(Credentials user, string stamp, CancellationToken cancellationToken) => Stage(user, () => user.SecurityStamp = stamp);

    public Task<string?> GetSecurityStampAsync(Credentials user, CancellationToken cancellationToken) => Task.FromResult<string?>(user.SecurityStamp);

    public Task SetTwoFactorEnabledAsync(Credentials user, bool enabled, CancellationToken cancellationToken) => Stage(user, () => user.TwoFactorEnabled = enabled);

    public Task<bool> GetTwoFactorEnabledAsync(Credentials user, CancellationToken cancellationToken) => Task.FromResult(user.TwoFactorEnabled);

    public Task SetAuthenticatorKeyAsync(Credentials user, string key, CancellationToken cancellationToken) => Stage(user, () => user.AuthenticatorKey = key);

    public Task<string?> GetAuthenticatorKeyAsync(Credentials user, CancellationToken cancellationToken) => Task.FromResult(user.AuthenticatorKey);

    public Task ReplaceCodesAsync(Credentials user, IEnumerable<string> recoveryCodes, CancellationToken cancellationToken) =>
        Stage(user, () => user.RecoveryCodes = recoveryCodes.Select(RecoveryCodeHashes.Hash).ToList());

    public Task<bool> RedeemCodeAsync(Credentials user, string code, CancellationToken cancellationToken)
    {
        var redeemed = user.RecoveryCodes.FirstOrDefault(stored => RecoveryCodeHashes.Matches(stored, code));
        if (redeemed is not null)
        {
            user.RecoveryCodes.Remove(redeemed);
            session.Store(user);
        }

        return Task.FromResult(redeemed is not null);
    }

    public Task<int> CountCodesAsync(Credentials user, CancellationToken cancellationToken) => Task.FromResult(user.RecoveryCodes.Count);

    private Task Stage(Credentials user, Action change)
    {
        change();
        session.Store(user);
        return Task.CompletedTask;
    }
}
