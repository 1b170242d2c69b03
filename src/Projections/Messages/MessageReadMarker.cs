namespace Milestone.Projections.Messages;

/// <summary>Up to when a person has read a request's conversation; everything posted later by others is unread.</summary>
public sealed record MessageReadMarker(string Id, Guid PersonId, Guid RequestId, DateTimeOffset ReadUpTo)
{
    public static string IdFor(Guid personId, Guid requestId) => $"{personId:N}:{requestId:N}";
}
