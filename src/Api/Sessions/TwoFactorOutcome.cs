namespace Milestone.Api.Sessions;

/// <summary>
/// What an operation guarded by the second factor came to: new recovery codes (when it makes them), or
/// why not. A wrong code is an answer, not an exception, so that the failed attempt it counts commits.
/// </summary>
public sealed record TwoFactorOutcome(IReadOnlyList<string> RecoveryCodes, SessionFailure? Failure)
{
    public static TwoFactorOutcome Succeeded(IEnumerable<string> recoveryCodes) => new([.. recoveryCodes], null);

    public static TwoFactorOutcome Failed(SessionFailure failure) => new([], failure);
}
