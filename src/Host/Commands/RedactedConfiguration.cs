using System.Data.Common;
using Microsoft.Extensions.Primitives;

namespace Milestone.Host.Commands;

/// <summary>
/// The settings as <c>describe</c> shows them: the same keys, values and providers (and so the same overrides), with
/// secrets redacted. JasperFx's describe prints every value of the host's <see cref="IConfiguration"/>, database
/// passwords, the signing key and the SMTP password included, and offers no hook but that service.
/// </summary>
public static class RedactedConfiguration
{
    public static bool IsFor(string[] args) => args is ["describe", ..];

    public static IConfigurationRoot Of(IConfigurationRoot configuration) =>
        new ConfigurationRoot(configuration.Providers.Select(IConfigurationProvider (provider) => new RedactedProvider(provider)).ToList());

    private sealed class RedactedProvider(IConfigurationProvider inner) : IConfigurationProvider
    {
        public bool TryGet(string key, out string? value)
        {
            var found = inner.TryGet(key, out value);
            value = SecretSettings.Shown(key, value);
            return found;
        }

        public void Set(string key, string? value)
        {
        }

        public IChangeToken GetReloadToken() => inner.GetReloadToken();

        // Already loaded for the host; loading again could read files that changed since.
        public void Load()
        {
        }

        public IEnumerable<string> GetChildKeys(IEnumerable<string> earlierKeys, string? parentPath) => inner.GetChildKeys(earlierKeys, parentPath);

        public override string? ToString() => inner.ToString();
    }
}

/// <summary>Which settings hold secrets, and how they are shown where settings are listed.</summary>
public static class SecretSettings
{
    public const string Redacted = "(redacted)";

    private static readonly string[] SecretWords = ["password", "pwd", "secret", "signingkey", "apikey", "apitoken", "token"];

    public static string? Shown(string path, string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return value;
        }

        var key = path.Split(':')[^1];
        if (path.StartsWith("ConnectionStrings:", StringComparison.OrdinalIgnoreCase) || key.EndsWith("ConnectionString", StringComparison.OrdinalIgnoreCase))
        {
            return WithoutPassword(value);
        }

        return SecretWords.Any(word => key.Contains(word, StringComparison.OrdinalIgnoreCase)) ? Redacted : value;
    }

    private static string WithoutPassword(string connectionString)
    {
        try
        {
            var parts = new DbConnectionStringBuilder { ConnectionString = connectionString };
            foreach (var key in parts.Keys.Cast<string>().Where(key => SecretWords.Any(word => key.Contains(word, StringComparison.OrdinalIgnoreCase))).ToList())
            {
                parts[key] = Redacted;
            }

            return parts.ConnectionString;
        }
        catch (ArgumentException)
        {
            return Redacted;
        }
    }
}
