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
                var command = context.Command<SetTwoFactorRequirement>();
                await context.InvokeAsync(command);
                return await context.ClientOrganisationAsync(command.ClientId);
            });
    }
}
