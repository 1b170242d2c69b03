using Milestone.Domain.PortalLinks;

namespace Milestone.Api.PortalLinks;

public sealed record RevokePortalLink(Guid Id, Actor Actor) : IActorCommand;

public static class RevokePortalLinkHandler
{
    public static Events Handle(RevokePortalLink command, [WriteAggregate] PortalLink link, TimeProvider time) =>
        [.. link.Revoke(command.Actor, time.GetUtcNow())];
}
