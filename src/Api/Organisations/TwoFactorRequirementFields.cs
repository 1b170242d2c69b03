namespace Milestone.Api.Organisations;

public static class TwoFactorRequirementFields
{
    public static void AddTwoFactorRequirementMutation(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<ClientOrganisationType>>("setTwoFactorRequirement")
            .Description("Require (or stop requiring) the client's people to sign in with two factors; until they have, they may do nothing but enrol. Administrators, or a client admin for their own organisation.")
            .Argument<NonNullGraphType<IdGraphType>>("clientId")
            .Argument<NonNullGraphType<BooleanGraphType>>("required")
            .ResolveAsync(context => context.ChangedAsync((SetTwoFactorRequirement command) => context.LoadAsync<ClientOrganisationDetails>(command.ClientId)));
    }
}
