namespace Milestone.Api.Sessions;

public static class PasswordResetMutations
{
    public static void AddPasswordResetMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<BooleanGraphType>>("requestPasswordReset")
            .Description("E-mail a link for choosing a new password (valid for an hour, once) to whoever has this address. Always true, whether anyone has it or not.")
            .Argument<NonNullGraphType<StringGraphType>>("email")
            .ResolveAsync(async context =>
            {
                await context.InvokeAsync(context.Command<RequestPasswordReset>());
                return true;
            });

        mutation.Field<NonNullGraphType<BooleanGraphType>>("resetPassword")
            .Description("Choose a new password with the token from a reset link (and the second factor when it is on). Ends every session of the person; then sign in.")
            .Argument<NonNullGraphType<ResetPasswordInputType>>("input")
            .ResolveAsync(async context =>
            {
                var outcome = await context.InvokeAsync<TwoFactorOutcome>(context.Command<ResetPasswordByLink>());
                return outcome.Failure is { } failure ? throw SessionMutations.Refused(failure) : true;
            });
    }
}
