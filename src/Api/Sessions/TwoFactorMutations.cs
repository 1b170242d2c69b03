namespace Milestone.Api.Sessions;

public static class TwoFactorMutations
{
    public static void AddTwoFactorMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<TwoFactorEnrolmentType>>("beginTwoFactorEnrolment")
            .Description("Make a new authenticator key for the caller. Needs a sign-in from the last 15 minutes (else FORBIDDEN); CONFLICT when two-factor sign-in is already on.")
            .ResolveAsync(async context =>
            {
                var caller = context.Caller();
                return await context.InvokeAsync<TwoFactorEnrolment>(new BeginTwoFactorEnrolment(caller.PersonId, caller.SignedInAt));
            });

        mutation.Field<NonNullGraphType<RecoveryCodesType>>("confirmTwoFactor")
            .Description("Turn two-factor sign-in on with a code from the authenticator app, and get recovery codes.")
            .Argument<NonNullGraphType<StringGraphType>>("code", argument => argument.Description = "The 6-digit code the authenticator app shows now.")
            .ResolveAsync(async context =>
            {
                return await context.InvokeAsync<TwoFactorOutcome>(context.Command<ConfirmTwoFactor>());
            });

        mutation.Field<NonNullGraphType<BooleanGraphType>>("disableTwoFactor")
            .Description("Turn two-factor sign-in off. Wrong codes count towards lockout, as at sign-in.")
            .Argument<NonNullGraphType<StringGraphType>>("code", argument => argument.Description = "A current authenticator code or a recovery code.")
            .ResolveAsync(async context =>
            {
                await ConfirmedAsync<DisableTwoFactor>(context);
                return true;
            });

        mutation.Field<NonNullGraphType<RecoveryCodesType>>("regenerateRecoveryCodes")
            .Description("Replace all recovery codes with new ones. Wrong codes count towards lockout, as at sign-in.")
            .Argument<NonNullGraphType<StringGraphType>>("code", argument => argument.Description = "A current authenticator code or a recovery code.")
            .ResolveAsync(async context => await ConfirmedAsync<RegenerateRecoveryCodes>(context));
    }

    /// <summary>Runs a change confirmed with a current code, refused when the code is wrong or the person is locked out.</summary>
    private static async Task<TwoFactorOutcome> ConfirmedAsync<TCommand>(IResolveFieldContext context) where TCommand : notnull
    {
        var outcome = await context.InvokeAsync<TwoFactorOutcome>(context.Command<TCommand>());
        return outcome.Failure is { } failure ? throw Refused(failure) : outcome;
    }

    private static CodedError Refused(SessionFailure failure) => failure == SessionFailure.LockedOut
        ? new CodedError(ErrorCodes.Forbidden, "Too many wrong codes; try again later.", new Dictionary<string, object?> { ["reason"] = "LOCKED_OUT" })
        : Refusals.Invalid("code", "That code is not right; try the current one or a recovery code.");
}
