using GraphQL.Types;

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
    }
}
