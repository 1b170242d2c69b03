namespace Milestone.Api.People;

public static class PeopleMutations
{
    public static void AddPeopleMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<PersonType>>("invitePerson")
            .Description("Invite someone by e-mail. Administrators invite anyone; a client admin invites into their own organisation.")
            .Argument<NonNullGraphType<InvitePersonInputType>>("input")
            .ResolveAsync(context => context.ChangedAsync((InvitePerson command) => context.LoadAsync<PersonAccount>(command.PersonId)));

        mutation.Field<NonNullGraphType<PersonType>>("resendInvitation")
            .Description("Send a new invitation link; the previous link stops working.")
            .Argument<NonNullGraphType<IdGraphType>>("personId")
            .ResolveAsync(context => context.ChangedAsync((ResendInvitation command) => context.LoadAsync<PersonAccount>(command.PersonId)));

        mutation.Field<NonNullGraphType<PersonType>>("deactivatePerson")
            .Description("Stop someone from signing in; their sessions end at once. Administrators, or a client admin for their organisation.")
            .Argument<NonNullGraphType<IdGraphType>>("personId")
            .ResolveAsync(context => context.ChangedAsync((DeactivatePerson command) => context.LoadAsync<PersonAccount>(command.PersonId)));

        mutation.Field<NonNullGraphType<PersonType>>("resetTwoFactor")
            .Description(
                "Take away the second factor of someone who lost both their authenticator and their recovery codes: their sessions end, " +
                "they are told by e-mail and enrol again where two-factor sign-in is required. Administrators, or a client admin for their " +
                "organisation; never one's own. Needs a sign-in from the last 15 minutes (else FORBIDDEN); CONFLICT when it is not on.")
            .Argument<NonNullGraphType<IdGraphType>>("personId")
            .ResolveAsync(async context =>
            {
                var command = context.Command<ResetTwoFactor>() with { ActorSignedInAt = context.Caller().SignedInAt };
                await context.InvokeAsync(command);
                return await context.LoadAsync<PersonAccount>(command.PersonId);
            });

        mutation.Field<NonNullGraphType<PersonType>>("changeRole")
            .Description("Give someone another role: staff roles among staff, client roles among client users.")
            .Argument<NonNullGraphType<IdGraphType>>("personId")
            .Argument<NonNullGraphType<RoleType>>("role")
            .ResolveAsync(context => context.ChangedAsync((ChangeRole command) => context.LoadAsync<PersonAccount>(command.PersonId)));

        mutation.Field<NonNullGraphType<PersonType>>("scopeStaffToClients")
            .Description("Limit a staff member to some clients (an account manager's book, a team's clients); null lifts the limit. Administrators only.")
            .Argument<NonNullGraphType<IdGraphType>>("personId")
            .Argument<ListGraphType<NonNullGraphType<IdGraphType>>>("clientIds")
            .ResolveAsync(context => context.ChangedAsync((ScopeStaffToClients command) => context.LoadAsync<PersonAccount>(command.PersonId)));

        mutation.Field<NonNullGraphType<PersonType>>("acceptInvitation")
            .Description("Accept an invitation with the token from its link, and set a password. Then sign in.")
            .Argument<NonNullGraphType<AcceptInvitationInputType>>("input")
            .ResolveAsync(async context =>
            {
                var personId = await context.InvokeAsync<Guid>(context.Command<AcceptInvitationByLink>());
                return await context.LoadAsync<PersonAccount>(personId);
            });
    }
}
