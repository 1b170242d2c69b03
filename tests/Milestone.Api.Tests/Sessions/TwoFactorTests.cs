namespace Milestone.Api.Tests.Sessions;

[Collection(Collections.Sessions)]
public sealed class TwoFactorTests(MilestoneApp app)
{
    private const string Disable = "mutation Disable($code: String!) { disableTwoFactor(code: $code) }";
    private const string Regenerate = "mutation Regenerate($code: String!) { regenerateRecoveryCodes(code: $code) { codes } }";
    private const string Refresh = "mutation Refresh($token: String!) { refreshSession(refreshToken: $token) { accessToken refreshToken } }";

    [Fact]
    public async Task Enrolling_hands_out_a_key_and_a_uri_for_a_qr_code()
    {
        var person = await app.ClientUserAsync();

        var enrolment = (await app.Host.GraphQLAsync(TwoFactorSteps.Begin, signedIn: person)).Data("beginTwoFactorEnrolment");

        var key = enrolment.GetProperty("sharedKey").GetString()!;
        Assert.Matches("^[A-Z2-7]{32}$", key);
        Assert.Equal(
            $"otpauth://totp/Milestone:{person.Email.Replace("@", "%40")}?secret={key}&issuer=Milestone&digits=6",
            enrolment.GetProperty("otpauthUri").GetString());
    }

    [Fact]
    public async Task Once_it_is_on_sign_in_takes_an_authenticator_code_or_a_recovery_code_that_works_once()
    {
        var person = await app.ClientUserAsync();
        var (key, recoveryCodes) = await app.TurnOnTwoFactorAsync(person);
        (await app.Host.GraphQLAsync("mutation { signOut }", signedIn: person)).Data("signOut");

        var withoutCode = await app.SignInWithAsync(person.Email);
        var wrongCode = await app.SignInWithAsync(person.Email, twoFactorCode: Totp.WrongCode(key));
        var rightCode = await app.SignInWithAsync(person.Email, twoFactorCode: Totp.Code(key, steps: 1));
        var recovery = await app.SignInWithAsync(person.Email, recoveryCode: recoveryCodes[0]);
        var recoveryAgain = await app.SignInWithAsync(person.Email, recoveryCode: recoveryCodes[0]);

        Assert.Equal(10, recoveryCodes.Distinct().Count());
        Assert.Equal("TWO_FACTOR_REQUIRED", withoutCode.SingleError().Extension("reason"));
        Assert.Equal("INVALID_TWO_FACTOR_CODE", wrongCode.SingleError().Extension("reason"));
        Assert.Equal(person.Email, await EmailOf(rightCode.AsSignedIn(person)));
        Assert.Equal(person.Email, await EmailOf(recovery.AsSignedIn(person)));
        Assert.Equal("INVALID_TWO_FACTOR_CODE", recoveryAgain.SingleError().Extension("reason"));
    }

    [Fact]
    public async Task Turning_it_on_is_an_event_on_the_persons_stream_and_the_recovery_codes_are_kept_only_as_salted_hashes()
    {
        var person = await app.ClientUserAsync();

        var (_, recoveryCodes) = await app.TurnOnTwoFactorAsync(person);

        await using var session = app.Store.QuerySession();
        var enabled = Assert.IsType<TwoFactorEnabled>((await session.Events.FetchStreamAsync(person.PersonId)).Last().Data);
        Assert.Equal(new TwoFactorEnabled(person.PersonId, person.ClientId, app.Clock.GetUtcNow()), enabled);
        var stored = (await session.LoadAsync<Credentials>(person.PersonId))!.RecoveryCodes;
        Assert.Equal(10, stored.Distinct().Count());
        Assert.DoesNotContain(stored, hash => recoveryCodes.Any(code => hash.Contains(code, StringComparison.OrdinalIgnoreCase)));
        Assert.True((await app.Host.GraphQLAsync("{ me { twoFactorEnabled } }", signedIn: person)).Data("me").GetProperty("twoFactorEnabled").GetBoolean());
    }

    [Fact]
    public async Task An_authenticator_code_is_accepted_once()
    {
        var person = await app.ClientUserAsync();
        var (key, _) = await app.TurnOnTwoFactorAsync(person);
        var code = Totp.Code(key, steps: 1);

        var first = await app.SignInWithAsync(person.Email, twoFactorCode: code);
        var replayed = await app.SignInWithAsync(person.Email, twoFactorCode: code);

        first.Data("signIn");
        Assert.Equal("INVALID_TWO_FACTOR_CODE", replayed.SingleError().Extension("reason"));
    }

    [Fact]
    public async Task A_wrong_code_does_not_turn_it_on_and_writes_nothing()
    {
        var person = await app.ClientUserAsync();
        var key = (await app.Host.GraphQLAsync(TwoFactorSteps.Begin, signedIn: person)).Data("beginTwoFactorEnrolment").GetProperty("sharedKey").GetString()!;
        var before = await app.CountEventsAsync();

        var response = await app.Host.GraphQLAsync(TwoFactorSteps.Confirm, new { code = Totp.WrongCode(key) }, person);

        Assert.Equal("VALIDATION", response.SingleError().Code());
        Assert.Equal("code", response.SingleError().Extension("field"));
        Assert.Equal(before, await app.CountEventsAsync());
        (await app.SignInWithAsync(person.Email)).Data("signIn");
    }

    [Fact]
    public async Task An_authenticator_that_is_on_is_not_replaced_without_turning_it_off_first()
    {
        var person = await app.ClientUserAsync();
        var (key, _) = await app.TurnOnTwoFactorAsync(person);

        var again = await app.Host.GraphQLAsync(TwoFactorSteps.Begin, signedIn: person);

        Assert.Equal("CONFLICT", again.SingleError().Code());
        (await app.SignInWithAsync(person.Email, twoFactorCode: Totp.Code(key, steps: 1))).Data("signIn");
    }

    [Fact]
    public async Task Setting_it_up_needs_a_recent_sign_in()
    {
        var person = await app.ClientUserAsync();
        app.Clock.Advance(TimeSpan.FromMinutes(16));
        var refreshed = (await app.Host.GraphQLAsync(Refresh, new { token = person.RefreshToken })).Data("refreshSession");

        var response = await app.Host.GraphQLAsync(TwoFactorSteps.Begin, signedIn: person with { AccessToken = refreshed.GetProperty("accessToken").GetString()! });

        Assert.Equal("FORBIDDEN", response.SingleError().Code());
    }

    [Fact]
    public async Task Turning_it_off_with_a_recovery_code_leaves_sign_in_with_the_password_alone()
    {
        var person = await app.ClientUserAsync();
        var (_, recoveryCodes) = await app.TurnOnTwoFactorAsync(person);

        var disabled = await app.Host.GraphQLAsync(Disable, new { code = recoveryCodes[3] }, person);

        Assert.True(disabled.Data("disableTwoFactor").GetBoolean());
        (await app.SignInWithAsync(person.Email)).Data("signIn");
        Assert.Equal("CONFLICT", (await app.Host.GraphQLAsync(Disable, new { code = recoveryCodes[4] }, person)).SingleError().Code());
    }

    [Fact]
    public async Task Turning_it_off_with_an_authenticator_code_is_told_by_email()
    {
        var person = await app.ClientUserAsync();
        var (key, _) = await app.TurnOnTwoFactorAsync(person);

        (await app.Host.GraphQLAsync(Disable, new { code = Totp.Code(key, steps: 1) }, person)).Data("disableTwoFactor");

        await app.Mail.WaitForAsync(mail => mail.To == person.Email && mail.Subject == "Milestone: Two-factor sign-in was turned on", TimeSpan.FromSeconds(30));
        await app.Mail.WaitForAsync(mail => mail.To == person.Email && mail.Subject == "Milestone: Two-factor sign-in was turned off", TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task Wrong_codes_when_turning_it_off_count_towards_lockout()
    {
        var person = await app.ClientUserAsync();
        var (key, _) = await app.TurnOnTwoFactorAsync(person);
        var before = await app.CountEventsAsync();

        var wrong = await app.Host.GraphQLAsync(Disable, new { code = Totp.WrongCode(key) }, person);
        for (var attempt = 1; attempt < 5; attempt++)
        {
            await app.Host.GraphQLAsync(Disable, new { code = Totp.WrongCode(key) }, person);
        }

        var rightCodeWhileLockedOut = await app.Host.GraphQLAsync(Disable, new { code = Totp.Code(key, steps: 1) }, person);

        Assert.Equal("VALIDATION", wrong.SingleError().Code());
        Assert.Equal("code", wrong.SingleError().Extension("field"));
        Assert.Equal("LOCKED_OUT", rightCodeWhileLockedOut.SingleError().Extension("reason"));
        Assert.Equal(before, await app.CountEventsAsync());
    }

    [Fact]
    public async Task New_recovery_codes_replace_the_old_ones()
    {
        var person = await app.ClientUserAsync();
        var (key, oldCodes) = await app.TurnOnTwoFactorAsync(person);

        var newCodes = (await app.Host.GraphQLAsync(Regenerate, new { code = Totp.Code(key, steps: 1) }, person)).Data("regenerateRecoveryCodes")
            .GetProperty("codes").EnumerateArray().Select(code => code.GetString()!).ToArray();

        Assert.Equal(10, newCodes.Length);
        Assert.Empty(newCodes.Intersect(oldCodes));
        Assert.Equal("INVALID_TWO_FACTOR_CODE", (await app.SignInWithAsync(person.Email, recoveryCode: oldCodes[0])).SingleError().Extension("reason"));
        (await app.SignInWithAsync(person.Email, recoveryCode: newCodes[0].ToLowerInvariant())).Data("signIn");
    }

    [Fact]
    public async Task Nobody_signed_in_cannot_enrol()
    {
        Assert.Equal("UNAUTHENTICATED", (await app.Host.GraphQLAsync(TwoFactorSteps.Begin)).SingleError().Code());
    }

    private async Task<string?> EmailOf(SignedIn person) =>
        (await app.Host.GraphQLAsync("{ me { email } }", signedIn: person)).Data("me").GetProperty("email").GetString();
}
