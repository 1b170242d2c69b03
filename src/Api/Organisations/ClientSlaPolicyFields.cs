namespace Milestone.Api.Organisations;

public static class ClientSlaPolicyFields
{
    public static void AddClientSlaPolicyMutation(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<ClientOrganisationType>>("chooseClientSlaPolicy")
            .Description("Give a client an SLA policy of its own, or leave policyId out to return it to the default. New requests count under it; running clocks keep theirs. Administrators only.")
            .Argument<NonNullGraphType<IdGraphType>>("clientId")
            .Argument<IdGraphType>("policyId")
            .ResolveAsync(context => context.ChangedAsync((ChooseClientSlaPolicy command) => context.LoadAsync<ClientOrganisationDetails>(command.ClientId)));
    }
}
