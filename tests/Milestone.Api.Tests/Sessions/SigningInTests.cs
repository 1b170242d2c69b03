namespace Milestone.Api.Tests.Sessions;

[Collection(Collections.Sessions)]
public sealed class SigningInTests(MilestoneApp app)
{
    private const string Me = "{ me { id email role status clientId } }";
    private const string Refresh = "mutation Refresh($token: String!) { refreshSession(refreshToken: $token) { accessToken refreshToken } }";

    [Fact]
    public async Task An_invited_person_accepts_signs_in_and_is_recognised()
    {
        var admin = await app.SharedAdministratorAsync();
        var clientId = await app.ClientOrganisationAsync(admin);

        var member = await app.InvitedAndSignedInAsync(admin, Role.ClientMember, clientId);

        var me = (await app.Host.GraphQLAsync(Me, signedIn: member)).Data("me");
        Assert.Equal(member.Email, me.GetProperty("email").GetString());
        Assert.Equal("CLIENT_MEMBER", me.GetProperty("role").GetString());
        Assert.Equal("ACTIVE", me.GetProperty("status").GetString());
        Assert.Equal(clientId, me.GetProperty("clientId").GetGuid());
    }

    [Fact]
    public async Task A_refresh_token_is_traded_for_a_new_pair_once()
    {
        var person = await app.ClientUserAsync();

        var refreshed = (await app.Host.GraphQLAsync(Refresh, new { token = person.RefreshToken })).Data("refreshSession");
        var second = person with { AccessToken = refreshed.GetProperty("accessToken").GetString()!, RefreshToken = refreshed.GetProperty("refreshToken").GetString()! };

        Assert.NotEqual(person.RefreshToken, second.RefreshToken);
        Assert.Equal(person.Email, (await app.Host.GraphQLAsync(Me, signedIn: second)).Data("me").GetProperty("email").GetString());
    }

    [Fact]
    public async Task Reusing_a_refresh_token_ends_the_whole_session()
    {
        var person = await app.ClientUserAsync();
        var refreshed = (await app.Host.GraphQLAsync(Refresh, new { token = person.RefreshToken })).Data("refreshSession");

        var replay = await app.Host.GraphQLAsync(Refresh, new { token = person.RefreshToken });
        var successor = await app.Host.GraphQLAsync(Refresh, new { token = refreshed.GetProperty("refreshToken").GetString() });
        var me = await app.Host.GraphQLAsync(Me, signedIn: person with { AccessToken = refreshed.GetProperty("accessToken").GetString()! });

        Assert.Equal("SESSION_ENDED", replay.SingleError().Extension("reason"));
        Assert.Equal("SESSION_ENDED", successor.SingleError().Extension("reason"));
        Assert.Equal(("UNAUTHENTICATED", "SESSION_ENDED"), (me.SingleError().Code(), me.SingleError().Extension("reason")));
    }

    [Fact]
    public async Task Signing_out_ends_the_access_and_refresh_tokens_at_once()
    {
        var person = await app.ClientUserAsync();

        (await app.Host.GraphQLAsync("mutation { signOut }", signedIn: person)).Data("signOut");

        Assert.Equal("UNAUTHENTICATED", (await app.Host.GraphQLAsync(Me, signedIn: person)).SingleError().Code());
        Assert.Equal("SESSION_ENDED", (await app.Host.GraphQLAsync(Refresh, new { token = person.RefreshToken })).SingleError().Extension("reason"));
    }

    [Fact]
    public async Task Other_sessions_of_the_same_person_survive_a_sign_out()
    {
        var laptop = await app.ClientUserAsync();
        var phone = await app.SignInAsync(laptop.Email);

        (await app.Host.GraphQLAsync("mutation { signOut }", signedIn: laptop)).Data("signOut");

        Assert.Equal(phone.Email, (await app.Host.GraphQLAsync(Me, signedIn: phone)).Data("me").GetProperty("email").GetString());
    }

    [Fact]
    public async Task A_call_without_a_token_is_told_to_send_one()
    {
        var refused = (await app.Host.GraphQLAsync(Me)).SingleError();

        Assert.Equal(("UNAUTHENTICATED", "TOKEN_MISSING"), (refused.Code(), refused.Extension("reason")));
    }

    [Fact]
    public async Task A_wrong_password_and_an_unknown_email_get_the_same_answer()
    {
        var person = await app.ClientUserAsync();

        var wrongPassword = await app.Host.GraphQLAsync(Identities.SignIn, new { input = new { email = person.Email, password = "not the password at all" } });
        var unknownEmail = await app.Host.GraphQLAsync(Identities.SignIn, new { input = new { email = "nobody@nowhere.test", password = "not the password at all" } });

        Assert.Equal(wrongPassword.SingleError().GetProperty("message").GetString(), unknownEmail.SingleError().GetProperty("message").GetString());
        Assert.Equal("INVALID_CREDENTIALS", wrongPassword.SingleError().Extension("reason"));
        Assert.Equal("INVALID_CREDENTIALS", unknownEmail.SingleError().Extension("reason"));
    }

    [Fact]
    public async Task Five_failed_attempts_lock_the_account_even_against_the_right_password()
    {
        var person = await app.ClientUserAsync();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            await app.Host.GraphQLAsync(Identities.SignIn, new { input = new { email = person.Email, password = $"wrong password {attempt}" } });
        }

        var rightPassword = await app.Host.GraphQLAsync(Identities.SignIn, new { input = new { email = person.Email, password = Identities.Password } });

        Assert.Equal("LOCKED_OUT", rightPassword.SingleError().Extension("reason"));
    }

    [Fact]
    public async Task A_token_that_was_not_signed_by_us_is_not_accepted()
    {
        var person = await app.ClientUserAsync();
        var parts = person.AccessToken.Split('.');
        var forged = person with { AccessToken = $"{parts[0]}.{parts[1]}.{new string('A', parts[2].Length)}" };

        var refused = (await app.Host.GraphQLAsync(Me, signedIn: forged)).SingleError();
        Assert.Equal(("UNAUTHENTICATED", "TOKEN_INVALID"), (refused.Code(), refused.Extension("reason")));
    }

    [Fact]
    public async Task An_access_token_stops_working_when_it_expires()
    {
        var person = await app.ClientUserAsync();

        app.Clock.Advance(TimeSpan.FromMinutes(16));

        var refused = (await app.Host.GraphQLAsync(Me, signedIn: person)).SingleError();
        Assert.Equal(("UNAUTHENTICATED", "TOKEN_EXPIRED"), (refused.Code(), refused.Extension("reason")));
    }

    [Fact]
    public async Task Sign_in_cannot_be_repeated_under_aliases()
    {
        var guesses = string.Join(" ", Enumerable.Range(1, 3).Select(guess =>
            $"g{guess}: signIn(input: {{email: \"a@b.test\", password: \"guess number {guess} here\"}}) {{ accessToken }}"));

        var response = await app.Host.GraphQLAsync($"mutation {{ {guesses} }}", expectedStatus: 400);

        Assert.Equal("BAD_REQUEST", response.SingleError().Code());
    }

    [Fact]
    public async Task Sign_in_cannot_ride_in_a_batch()
    {
        var batch = """[{"query":"mutation { signIn(input: {email: \"a@b.test\", password: \"whatever whatever\"}) { accessToken } }"},{"query":"{ __typename }"}]""";

        var response = await app.Host.PostAsync(batch);

        var first = response.Body.EnumerateArray().First();
        Assert.Equal("BAD_REQUEST", first.SingleError().Code());
        Assert.False(first.TryGetProperty("data", out _));
    }
}
