namespace Milestone.Api.Tests.Infrastructure;

/// <summary>Two-factor sign-in the way a person sets it up: a key from the API, a code from the authenticator app (<see cref="Totp"/>).</summary>
public static class TwoFactorSteps
{
    public const string Begin = "mutation { beginTwoFactorEnrolment { sharedKey otpauthUri } }";

    public const string Confirm = "mutation Confirm($code: String!) { confirmTwoFactor(code: $code) { codes } }";

    public const string SignIn = """
        mutation SignIn($input: SignInInput!) { signIn(input: $input) { personId accessToken refreshToken } }
        """;

    /// <summary>Turns two-factor sign-in on with the code of the current step; returns the key and the recovery codes.</summary>
    public static async Task<(string Key, string[] RecoveryCodes)> TurnOnTwoFactorAsync(this MilestoneApp app, SignedIn person)
    {
        var key = (await app.Host.GraphQLAsync(Begin, signedIn: person)).Data("beginTwoFactorEnrolment").GetProperty("sharedKey").GetString()!;
        var codes = (await app.Host.GraphQLAsync(Confirm, new { code = Totp.Code(key) }, person)).Data("confirmTwoFactor").GetProperty("codes");
        return (key, codes.EnumerateArray().Select(code => code.GetString()!).ToArray());
    }

    public static Task<JsonElement> SignInWithAsync(this MilestoneApp app, string email, string? twoFactorCode = null, string? recoveryCode = null, string password = Identities.Password) =>
        app.Host.GraphQLAsync(SignIn, new { input = new { email, password, twoFactorCode, recoveryCode } });

    public static SignedIn AsSignedIn(this JsonElement signIn, SignedIn person)
    {
        var session = signIn.Data("signIn");
        return person with { AccessToken = session.GetProperty("accessToken").GetString()!, RefreshToken = session.GetProperty("refreshToken").GetString()! };
    }
}
