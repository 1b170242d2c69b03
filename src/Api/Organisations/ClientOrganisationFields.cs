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
            .ResolveAsync(context => context.ChangedAsync((CreateClientOrganisation command) => context.LoadAsync<ClientOrganisationDetails>(command.ClientId)));
    }
}
