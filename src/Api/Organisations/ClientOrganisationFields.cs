using GraphQL;
using GraphQL.Types;
using Marten;
using Milestone.Api.GraphQL;
using Milestone.Api.Identity;
using Milestone.Domain.People;
using Milestone.Projections.Organisations;
using Wolverine;

namespace Milestone.Api.Organisations;

public static class ClientOrganisationFields
{
    public static void AddClientOrganisationQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ClientOrganisationType>>>>("clientOrganisations").ListSize(50)
            .Description("The client organisations the caller may see, by name.")
            .ResolveAsync(async context =>
            {
                var caller = context.Caller();
                await using var session = context.OpenQuerySession();
                return await session.ClientOrganisationsVisibleTo(caller).OrderBy(client => client.Name).ToListAsync(context.CancellationToken);
            });

        query.Field<ClientOrganisationType>("clientOrganisation")
            .Description("One client organisation the caller may see; NOT_FOUND otherwise.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async context =>
            {
                var caller = context.Caller();
                var id = context.GuidArgument("id");
                await using var session = context.OpenQuerySession();
                return await session.ClientOrganisationsVisibleTo(caller).FirstOrDefaultAsync(client => client.Id == id, context.CancellationToken)
                    ?? throw Refusals.NotFound("client");
            });
    }

    public static void AddClientOrganisationMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<ClientOrganisationType>>("createClientOrganisation")
            .Description("Take on a new client (administrators only).")
            .Argument<NonNullGraphType<CreateClientOrganisationInputType>>("input")
            .ResolveAsync(async context =>
            {
                var caller = context.Caller();
                if (!caller.Role.MayManageClientOrganisations())
                {
                    throw Refusals.Forbidden("create client organisations");
                }

                var input = context.GetArgument<CreateClientOrganisationInput>("input");
                var clientId = Guid.CreateVersion7(context.Now());
                await context.Service<IMessageBus>().InvokeAsync(
                    new CreateClientOrganisation(clientId, input.Name, input.TimeZone, input.Locations ?? [], caller.PersonId), context.CancellationToken);

                await using var session = context.OpenQuerySession();
                return await session.LoadAsync<ClientOrganisationDetails>(clientId, context.CancellationToken);
            });
    }
}
