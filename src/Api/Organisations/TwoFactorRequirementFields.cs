using GraphQL;
using GraphQL.Types;
using Marten;
using Milestone.Api.GraphQL;
using Milestone.Api.Identity;
using Milestone.Domain.People;
using Milestone.Projections.Organisations;
using Wolverine;

namespace Milestone.Api.Organisations;

public static class TwoFactorRequirementFields
{
    public static void AddTwoFactorRequirementMutation(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<ClientOrganisationType>>("setTwoFactorRequirement")
            .Description("Require (or stop requiring) the client's people to sign in with two factors; until they have, they may do nothing but enrol. Administrators, or a client admin for their own organisation.")
            .Argument<NonNullGraphType<IdGraphType>>("clientId")
            .Argument<NonNullGraphType<BooleanGraphType>>("required")
            .ResolveAsync(async context =>
            {
                var caller = context.Caller();
                var clientId = await context.VisibleClientIdAsync(caller, context.GetArgument<string>("clientId"));
                if (!caller.Role.MayRequireTwoFactor())
                {
                    throw Refusals.Forbidden("require two-factor sign-in");
                }

                await context.Service<IMessageBus>().InvokeAsync(
                    new SetTwoFactorRequirement(clientId, context.GetArgument<bool>("required"), caller.PersonId), context.CancellationToken);

                await using var session = context.OpenQuerySession();
                return await session.LoadAsync<ClientOrganisationDetails>(clientId, context.CancellationToken);
            });
    }
}
