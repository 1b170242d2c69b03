namespace Milestone.Api.GraphQL;

public sealed class MilestoneSchema : Schema
{
    public MilestoneSchema(IServiceProvider services, MilestoneQuery query, MilestoneMutation mutation, MilestoneSubscription subscription)
        : base(services)
    {
        Query = query;
        Mutation = mutation;
        Subscription = subscription;
        Description = "Milestone: service delivery for managed service providers. "
            + $"A document may cost {CostModel.MaxCost}: leaf fields cost 0, objects 1, and a list counts per item — its first or last, "
            + $"else its @listSize, else {CostModel.AssumedListSize}. Send the header 'GraphQL-Cost: report' to get a call's cost in extensions.cost.";

        // Arguments renamed for clarity keep their old names for a while, marked deprecated where tools can see it.
        Features.DeprecationOfInputValues = true;
        Directives.Register(new ListSizeDirective());

        // Tools ask every directive whether it is repeatable (graphql-js's standard introspection query does).
        Features.RepeatableDirectives = true;

        // No field returns a StaffMember by name: links return a Participant, which is one for client users meeting staff.
        RegisterType(typeof(StaffMemberType));
    }

    protected override void OnBeforeInitializeType(IGraphType graphType)
    {
        IntrospectionAsSpecified.Complete(graphType);
        ReadPermissions.Enforce(graphType);
    }
}
