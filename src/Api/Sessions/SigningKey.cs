using System.Security.Cryptography;
using Microsoft.Extensions.Hosting;
using Microsoft.IdentityModel.Tokens;

namespace Milestone.Api.Sessions;

/// <summary>The key that signs and checks access tokens.</summary>
public sealed class SigningKey
{
    private const int MinimumBytes = 32;

    public SigningKey(IOptions<AuthSettings> settings, IHostEnvironment environment, ILogger<SigningKey> logger)
    {
        if (settings.Value.SigningKey is { Length: > 0 } configured)
        {
            var bytes = Convert.FromBase64String(configured);
            if (bytes.Length < MinimumBytes)
            {
                throw new InvalidOperationException($"{AuthSettings.Section}:SigningKey must decode to at least {MinimumBytes} bytes.");
            }

            Key = new SymmetricSecurityKey(bytes);
        }
        else if (environment.IsDevelopment())
        {
            logger.LogWarning("No {Section}:SigningKey configured; using a random key, so tokens do not survive a restart", AuthSettings.Section);
            Key = new SymmetricSecurityKey(RandomNumberGenerator.GetBytes(64));
        }
        else
        {
            throw new InvalidOperationException($"Configure {AuthSettings.Section}:SigningKey (base64 of 32+ random bytes, the same on every node).");
        }
    }

    public SymmetricSecurityKey Key { get; }
}
