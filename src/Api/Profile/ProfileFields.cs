namespace Milestone.Api.Profile;

/// <summary>What every signed-in person changes for themselves: their name, time zone and password.</summary>
public static class ProfileFields
{
    public static void AddProfileMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<PersonType>>("updateProfile")
            .Description("Change the caller's own name and time zone (an IANA zone such as Europe/London; null: their client's, or UTC for staff).")
            .Argument<NonNullGraphType<UpdateProfileInputType>>("input")
            .ResolveAsync(context => context.ChangedAsync((UpdateProfile command) => context.LoadAsync<PersonAccount>(command.PersonId)));

        mutation.Field<NonNullGraphType<BooleanGraphType>>("changePassword")
            .Description("Choose a new password, giving the current one. A wrong current password counts towards lockout. "
                + "Every other session of the caller ends; this one goes on. An e-mail tells them of the change.")
            .Argument<NonNullGraphType<ChangePasswordInputType>>("input")
            .ResolveAsync(async context =>
            {
                var caller = context.Caller();
                var input = context.Command<ChangePasswordInput>();
                await context.InvokeAsync(new ChangePassword(input.CurrentPassword, input.NewPassword, caller.AsActor(), caller.SessionId));
                return true;
            });
    }
}

public sealed record UpdateProfileInput(string Name, string? TimeZone);

public sealed class UpdateProfileInputType : InputObjectGraphType<UpdateProfileInput>
{
    public UpdateProfileInputType()
    {
        Name = "UpdateProfileInput";
        Field(input => input.Name);
        Field(input => input.TimeZone, nullable: true).Description("An IANA time zone such as Europe/London; null for the client's (or UTC for staff).");
    }
}

public sealed record ChangePasswordInput(string CurrentPassword, string NewPassword);

public sealed class ChangePasswordInputType : InputObjectGraphType<ChangePasswordInput>
{
    public ChangePasswordInputType()
    {
        Name = "ChangePasswordInput";
        Field(input => input.CurrentPassword);
        Field(input => input.NewPassword).Description("At least 12 characters; no other rules, but common passwords are refused.");
    }
}
