namespace Milestone.Api.Sessions;

public static class SessionMutations
{
    /// <summary>Root fields that hand out credentials; they may not ride in a batch, so each attempt is one HTTP call.</summary>
    public static readonly IReadOnlySet<string> Unbatchable = new HashSet<string>
    {
        "signIn", "refreshSession", "acceptInvitation", "signUp", "verifyEmail", "changePassword",
        "beginTwoFactorEnrolment", "confirmTwoFactor", "disableTwoFactor", "regenerateRecoveryCodes", "resetPassword",
    };

    public static void AddSessionMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<SessionPayloadType>>("signIn")
            .Description("Sign in with e-mail and password (and the second factor when it is on).")
            .Argument<NonNullGraphType<SignInInputType>>("input")
            .ResolveAsync(IssuedAsync<SignIn>);

        mutation.Field<NonNullGraphType<SessionPayloadType>>("refreshSession")
            .Description("Trade a refresh token for a new access token and refresh token. Using a refresh token twice ends its session.")
            .Argument<NonNullGraphType<StringGraphType>>("refreshToken")
            .ResolveAsync(IssuedAsync<RefreshSession>);

        mutation.Field<NonNullGraphType<BooleanGraphType>>("signOut")
            .Description("End the caller's session: its refresh token and access tokens stop working at once.")
            .ResolveAsync(async context =>
            {
                var caller = context.Caller();
                await context.InvokeAsync(new SignOut(caller.PersonId, caller.SessionId));
                return true;
            });
    }

    /// <summary>Runs a command that opens or renews a session, and answers with the tokens it issued or the reason it refused.</summary>
    private static async Task<object?> IssuedAsync<TCommand>(IResolveFieldContext context) where TCommand : notnull
    {
        var outcome = await context.InvokeAsync<SessionOutcome>(context.Command<TCommand>());
        return outcome.Tokens ?? throw Refused(outcome.Failure!.Value);
    }

    internal static CodedError Refused(SessionFailure failure)
    {
        var (reason, message) = failure switch
        {
            SessionFailure.LockedOut => ("LOCKED_OUT", "Too many failed attempts; try again later or reset your password."),
            SessionFailure.TwoFactorRequired => ("TWO_FACTOR_REQUIRED", "Enter the code from your authenticator app."),
            SessionFailure.InvalidTwoFactorCode => ("INVALID_TWO_FACTOR_CODE", "That code is not right; try the current one."),
            SessionFailure.SessionEnded => ("SESSION_ENDED", "This session has ended; sign in again."),
            _ => ("INVALID_CREDENTIALS", "The e-mail address or password is not right."),
        };
        return new CodedError(ErrorCodes.Unauthenticated, message, new Dictionary<string, object?> { ["reason"] = reason });
    }
}
