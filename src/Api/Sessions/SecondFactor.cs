using Microsoft.AspNetCore.Identity;

namespace Milestone.Api.Sessions;

/// <summary>Checks someone's second factor: a code from their authenticator app, or one of their one-time recovery codes.</summary>
public static class SecondFactor
{
    /// <summary>Longer than any authenticator or recovery code, so a longer one is not a code at all.</summary>
    public const int CodeMaxLength = 20;

    /// <summary>Null when the second factor is right. A recovery code is used up only when the caller's changes commit.</summary>
    public static async Task<SessionFailure?> CheckAsync(UserManager<Credentials> manager, Credentials credentials, string? authenticatorCode, string? recoveryCode)
    {
        if (!string.IsNullOrWhiteSpace(recoveryCode))
        {
            var redeemed = await manager.RedeemTwoFactorRecoveryCodeAsync(credentials, recoveryCode.Trim());
            return redeemed.Succeeded ? null : SessionFailure.InvalidTwoFactorCode;
        }

        if (string.IsNullOrWhiteSpace(authenticatorCode))
        {
            return SessionFailure.TwoFactorRequired;
        }

        var valid = await manager.VerifyTwoFactorTokenAsync(credentials, manager.Options.Tokens.AuthenticatorTokenProvider, Compact(authenticatorCode));
        return valid ? null : SessionFailure.InvalidTwoFactorCode;
    }

    /// <summary>
    /// For a signed-in person changing their second factor, with one code of either kind (authenticator
    /// codes are six digits, recovery codes never are). Wrong codes count towards lockout as they do at
    /// sign-in, so a stolen session cannot guess its way to changing it.
    /// </summary>
    public static async Task<SessionFailure?> ConfirmAsync(UserManager<Credentials> manager, Credentials credentials, string code)
    {
        if (await manager.IsLockedOutAsync(credentials))
        {
            return SessionFailure.LockedOut;
        }

        var failure = Compact(code) is { Length: 6 } digits && digits.All(char.IsAsciiDigit)
            ? await CheckAsync(manager, credentials, digits, null)
            : await CheckAsync(manager, credentials, null, code);
        if (failure is null)
        {
            await manager.ResetAccessFailedCountAsync(credentials);
            return null;
        }

        await manager.AccessFailedAsync(credentials);
        return await manager.IsLockedOutAsync(credentials) ? SessionFailure.LockedOut : failure;
    }

    /// <summary>Nothing of the second factor stays usable: the key becomes one nobody has, and no recovery codes are left.</summary>
    public static async Task RemoveAsync(UserManager<Credentials> manager, Credentials credentials)
    {
        await manager.SetTwoFactorEnabledAsync(credentials, false);
        await manager.ResetAuthenticatorKeyAsync(credentials);
        await manager.GenerateNewTwoFactorRecoveryCodesAsync(credentials, 0);
    }

    private static string Compact(string code) => code.Replace(" ", string.Empty);
}
