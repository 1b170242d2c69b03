using Milestone.Api.Identity;

namespace Milestone.Api.GraphQL;

public sealed class MilestoneUserContext(ActingParty? actingParty) : Dictionary<string, object?>
{
    public ActingParty? ActingParty { get; } = actingParty;
}
