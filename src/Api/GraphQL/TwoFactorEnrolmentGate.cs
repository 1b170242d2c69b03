namespace Milestone.Api.GraphQL;

/// <summary>
/// Holds a caller who must turn on two-factor sign-in to the few root fields that get them there. It
/// sits in <see cref="ResolveFieldContextExtensions.Caller"/>, which every resolver that acts for
/// someone goes through, so a new field is held back without doing anything; fields that act for
/// nobody (signIn, refreshSession, resetPassword, …) never ask who the caller is.
/// </summary>
public static class TwoFactorEnrolmentGate
{
    public const string Reason = "TWO_FACTOR_ENROLMENT_REQUIRED";

    public static readonly IReadOnlySet<string> AllowedRootFields = new HashSet<string> { "me", "beginTwoFactorEnrolment", "confirmTwoFactor", "signOut" };

    public static Caller Admit(IResolveFieldContext context, Caller caller) =>
        !caller.MustEnrolTwoFactor || AllowedRootFields.Contains(RootField(context).FieldDefinition.Name)
            ? caller
            : throw Refusal();

    public static CodedError Refusal() => new(
        ErrorCodes.Forbidden,
        "Turn on two-factor sign-in first: your organisation requires it.",
        new Dictionary<string, object?> { ["reason"] = Reason });

    private static IResolveFieldContext RootField(IResolveFieldContext context) => context.Parent is { } parent ? RootField(parent) : context;
}
