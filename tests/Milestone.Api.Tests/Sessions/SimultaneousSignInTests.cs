namespace Milestone.Api.Tests.Sessions;

/// <summary>A second factor presented by several sign-ins at the same moment lets exactly one of them in.</summary>
[Collection(Collections.Sessions)]
public sealed class SimultaneousSignInTests(MilestoneApp app)
{
    private const int AtOnce = 8;

    [Fact]
    public async Task An_authenticator_code_presented_by_simultaneous_sign_ins_lets_one_in()
    {
        var person = await app.ClientUserAsync();
        var (key, _) = await app.TurnOnTwoFactorAsync(person);
        var code = Totp.Code(key, steps: 1);

        var answers = await Task.WhenAll(Enumerable.Range(0, AtOnce).Select(_ => Task.Run(() => app.SignInWithAsync(person.Email, twoFactorCode: code))));

        AssertExactlyOneSignedIn(answers);
    }

    [Fact]
    public async Task A_recovery_code_presented_by_simultaneous_sign_ins_lets_one_in()
    {
        var person = await app.ClientUserAsync();
        var (_, recoveryCodes) = await app.TurnOnTwoFactorAsync(person);

        var answers = await Task.WhenAll(Enumerable.Range(0, AtOnce).Select(_ => Task.Run(() => app.SignInWithAsync(person.Email, recoveryCode: recoveryCodes[0]))));

        AssertExactlyOneSignedIn(answers);
    }

    private static void AssertExactlyOneSignedIn(JsonElement[] answers)
    {
        var signedIn = answers.Where(answer => !answer.TryGetProperty("errors", out _)).ToList();
        Assert.True(signedIn.Count == 1, $"{signedIn.Count} of {answers.Length} sign-ins got in");
        Assert.All(answers.Except(signedIn), refused => Assert.Contains(refused.SingleError().Code(), new[] { "CONFLICT", "UNAUTHENTICATED" }));
    }
}
