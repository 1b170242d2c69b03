using Milestone.Api.Identity;

namespace Milestone.Api.Tests.Infrastructure;

/// <summary>A client organisation and one of its people, as the temporary acting-party headers name them.</summary>
public sealed record Client(Guid ClientId, Guid UserId)
{
    public static Client New() => new(Guid.NewGuid(), Guid.NewGuid());

    public ActingParty AsActingParty => new(ClientId, UserId);
}
