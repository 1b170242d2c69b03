using GraphQL;
using GraphQL.Types;
using Marten;
using Milestone.Api.GraphQL;
using Milestone.Domain.People;
using Milestone.Projections.Organisations;
using Wolverine;

namespace Milestone.Api.Organisations;

public static class ClientSlaPolicyFields
{
    public static void AddClientSlaPolicyMutation(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<ClientOrganisationType>>("chooseClientSlaPolicy")
            .Description("Give a client an SLA policy of its own, or leave policyId out to return it to the default. New requests count under it; running clocks keep theirs. Administrators only.")
            .Argument<NonNullGraphType<IdGraphType>>("clientId")
            .Argument<IdGraphType>("policyId")
            .ResolveAsync(async context =>
            {
                var caller = context.Caller();
                var clientId = await context.VisibleClientIdAsync(caller, context.GetArgument<string>("clientId"));
                if (!caller.Role.MayManageClientOrganisations())
                {
                    throw Refusals.Forbidden("choose a client's SLA policy");
                }

                var policyId = context.GetArgument<string?>("policyId") is null
                    ? (Guid?)null
                    : context.GuidArgument("policyId") ?? throw Refusals.NotFound("SLA policy");
                await context.Service<IMessageBus>().InvokeAsync(new ChooseClientSlaPolicy(clientId, policyId, caller.PersonId), context.CancellationToken);

                await using var session = context.OpenQuerySession();
                return await session.LoadAsync<ClientOrganisationDetails>(clientId, context.CancellationToken);
            });
    }
}
