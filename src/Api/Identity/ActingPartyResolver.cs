using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;

namespace Milestone.Api.Identity;

public sealed class ActingPartyResolver(IConfiguration configuration)
{
    public const string ClientHeader = "X-Milestone-Client";
    public const string UserHeader = "X-Milestone-User";

    public ActingParty? Resolve(HttpContext http)
    {
        var clientId = Read(http, ClientHeader, "Milestone:ActingParty:ClientId");
        var userId = Read(http, UserHeader, "Milestone:ActingParty:UserId");
        return clientId is { } client && userId is { } user ? new ActingParty(client, user) : null;
    }

    private Guid? Read(HttpContext http, string header, string configurationKey)
    {
        var raw = http.Request.Headers.TryGetValue(header, out var values) ? values.ToString() : configuration[configurationKey];
        return Guid.TryParse(raw, out var id) && id != Guid.Empty ? id : null;
    }
}
