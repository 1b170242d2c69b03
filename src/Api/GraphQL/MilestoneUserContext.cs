using Milestone.Api.Identity;

namespace Milestone.Api.GraphQL;

public sealed class MilestoneUserContext(Caller? caller) : Dictionary<string, object?>
{
    public Caller? Caller { get; } = caller;
}
