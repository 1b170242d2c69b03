using Milestone.Domain.PortalLinks;

namespace Milestone.Api.PortalLinks;

/// <summary>
/// Make a sign-up link: to a client's portal, or without a client to the Delivery App for staff. <see cref="Token"/>
/// is the link's secret; only its hash is stored.
/// </summary>
public sealed record CreatePortalLink(
    [NewId] Guid LinkId, Guid? ClientId, Role? Role, IReadOnlyList<string>? AllowedDomains, DateTimeOffset? ExpiresAt, int? MaximumSignUps, Actor Actor)
    : IActorCommand
{
    public string Token { get; init; } = SecretToken.New();
}

/// <summary>Whether the client the link would join people to exists; NOT_FOUND alike for one that does not and one the actor may not see.</summary>
public sealed record PortalLinkClient(bool Exists);

public static class CreatePortalLinkHandler
{
    public static async Task<PortalLinkClient> LoadAsync(CreatePortalLink command, IQuerySession session, CancellationToken cancellation) =>
        new(command.ClientId is { } clientId && await session.LoadAsync<ClientOrganisationDetails>(clientId, cancellation) is not null);

    public static IStartStream Handle(CreatePortalLink command, PortalLinkClient client, TimeProvider time) =>
        MartenOps.StartStream<PortalLink>(
            command.LinkId,
            PortalLink.Create(
                command.LinkId,
                command.ClientId,
                client.Exists,
                command.Role,
                command.AllowedDomains,
                command.ExpiresAt,
                command.MaximumSignUps,
                SecretToken.HashOf(command.Token),
                command.Actor,
                time.GetUtcNow()));
}
