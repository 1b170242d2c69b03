namespace Milestone.Api.Requests;

/// <summary>
/// A command that moves an existing request along. <see cref="SeenVersion"/> is the version the caller last
/// saw, in their own count (decision 0032), bound from the mutation's <c>version</c> argument; it is not
/// called <c>Version</c>, because Wolverine would take that for the stream's version, which a client's count is not.
/// </summary>
public interface IRequestChange : IActorCommand
{
    Guid RequestId { get; }

    int SeenVersion { get; }
}
