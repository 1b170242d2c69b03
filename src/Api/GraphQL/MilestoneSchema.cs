using GraphQL.Types;

namespace Milestone.Api.GraphQL;

public sealed class MilestoneSchema : Schema
{
    public MilestoneSchema(IServiceProvider services, MilestoneQuery query, MilestoneMutation mutation)
        : base(services)
    {
        Query = query;
        Mutation = mutation;
        Description = "Milestone: service delivery for managed service providers.";
    }
}
