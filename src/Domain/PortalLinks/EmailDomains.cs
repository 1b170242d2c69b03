using System.Text.RegularExpressions;

namespace Milestone.Domain.PortalLinks;

/// <summary>The e-mail domains a link is limited to: lower case, without a leading @, each a plain host name.</summary>
public static partial class EmailDomains
{
    public static IReadOnlyList<string> Normalised(IReadOnlyList<string> domains)
    {
        if (domains.Count > PortalLink.MaxDomains)
        {
            throw new CommandRejected(Rejection.Invalid, $"At most {PortalLink.MaxDomains} domains.", "allowedDomains");
        }

        var normalised = domains.Select(domain => domain.Trim().TrimStart('@').ToLowerInvariant()).Distinct().Order(StringComparer.Ordinal).ToList();
        return normalised.All(domain => HostName().IsMatch(domain))
            ? normalised
            : throw new CommandRejected(Rejection.Invalid, "A domain is a host name such as acme.com.", "allowedDomains");
    }

    /// <summary>No domains means any address; otherwise the address's own domain must be one of them exactly.</summary>
    public static bool Admits(IReadOnlyList<string> domains, string email)
    {
        var at = email.LastIndexOf('@');
        return domains.Count == 0 || at > 0 && domains.Contains(email[(at + 1)..].Trim().ToLowerInvariant(), StringComparer.Ordinal);
    }

    [GeneratedRegex("^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)+$")]
    private static partial Regex HostName();
}
