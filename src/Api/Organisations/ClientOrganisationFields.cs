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
            .ResolveAsync(ChangedAsync<CreateClientOrganisation>);

        mutation.Field<NonNullGraphType<ClientOrganisationType>>("setTwoFactorRequirement")
            .Description("Require (or stop requiring) the client's people to sign in with two factors; until they have, they may do nothing but enrol. Administrators, or a client admin for their own organisation.")
            .Argument<NonNullGraphType<IdGraphType>>("clientId")
            .Argument<NonNullGraphType<BooleanGraphType>>("required")
            .ResolveAsync(ChangedAsync<SetTwoFactorRequirement>);

        mutation.Field<NonNullGraphType<ClientOrganisationType>>("chooseClientSlaPolicy")
            .Description("Give a client an SLA policy of its own, or leave policyId out to return it to the default. New requests count under it; running clocks keep theirs. Administrators only.")
            .Argument<NonNullGraphType<IdGraphType>>("clientId")
            .Argument<IdGraphType>("policyId")
            .ResolveAsync(ChangedAsync<ChooseClientSlaPolicy>);
    }

    /// <summary>Binds and runs the command, and answers with the client organisation as the command left it.</summary>
    private static Task<object?> ChangedAsync<TCommand>(IResolveFieldContext context) where TCommand : IClientOrganisationChange =>
        context.ChangedAsync((TCommand command) => context.LoadAsync<ClientOrganisationDetails>(command.ClientId));
}
