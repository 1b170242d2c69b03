using GraphQL.Types;
using Milestone.Api.People;

namespace Milestone.Api.GraphQL;

public sealed class MilestoneSchema : Schema
{
    public MilestoneSchema(IServiceProvider services, MilestoneQuery query, MilestoneMutation mutation, MilestoneSubscription subscription)
        : base(services)
    {
        Query = query;
        Mutation = mutation;
        Subscription = subscription;
        Description = "Milestone: service delivery for managed service providers.";

        // Arguments renamed for clarity keep their old names for a while, marked deprecated where tools can see it.
        Features.DeprecationOfInputValues = true;

        // No field returns a StaffMember by name: links return a Participant, which is one for client users meeting staff.
        RegisterType(typeof(StaffMemberType));
    }
}
