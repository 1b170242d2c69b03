using Microsoft.AspNetCore.Identity;

namespace Milestone.Api.Identity;

/// <summary>
/// Identity's authenticator (TOTP) codes, each accepted once (ASVS 2.8.4). Identity accepts a code for
/// up to two 30-second steps either side of now, so a code it accepted is refused for longer than that.
/// The codes themselves are still Identity's to compute and check.
/// </summary>
public sealed class SingleUseAuthenticatorTokenProvider(TimeProvider time) : AuthenticatorTokenProvider<Credentials>
{
    private static readonly TimeSpan Remembered = TimeSpan.FromMinutes(5);

    public override async Task<bool> ValidateAsync(string purpose, string token, UserManager<Credentials> manager, Credentials user)
    {
        var now = time.GetUtcNow();
        // Identity parses the code as a number, so "012345" and "12345" would be the same code under two spellings.
        if (token.Length != 6 || !token.All(char.IsAsciiDigit)
            || (user.UsedAuthenticatorCodes.TryGetValue(token, out var usedAt) && now - usedAt < Remembered)
            || !await base.ValidateAsync(purpose, token, manager, user))
        {
            return false;
        }

        user.UsedAuthenticatorCodes = user.UsedAuthenticatorCodes
            .Where(used => now - used.Value < Remembered)
            .Append(new KeyValuePair<string, DateTimeOffset>(token, now))
            .ToDictionary();
        await manager.UpdateAsync(user);
        return true;
    }
}
