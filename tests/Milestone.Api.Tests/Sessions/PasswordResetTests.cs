using Milestone.Api.Email;
using Milestone.Api.Sessions;
using Milestone.Host.Email;

namespace Milestone.Api.Tests.Sessions;

[Collection(Collections.Sessions)]
public sealed partial class PasswordResetTests(MilestoneApp app)
{
    private const string NewPassword = "a brand new password for milestone";
    private const string Request = "mutation Request($email: String!) { requestPasswordReset(email: $email) }";
    private const string Reset = "mutation Reset($input: ResetPasswordInput!) { resetPassword(input: $input) }";
    private const string Refresh = "mutation Refresh($token: String!) { refreshSession(refreshToken: $token) { accessToken } }";

    [Fact]
    public async Task The_email_carries_a_link_that_works_once()
    {
        var person = await app.ClientUserAsync();

        var answer = await app.Host.GraphQLAsync(Request, new { email = person.Email.ToUpperInvariant() });
        var link = await LinkSentToAsync(person.Email);
        var token = TokenOf(link);
        var first = await app.Host.GraphQLAsync(Reset, new { input = new { token, newPassword = NewPassword } });
        var again = await app.Host.GraphQLAsync(Reset, new { input = new { token, newPassword = "yet another new password" } });

        Assert.True(answer.Data("requestPasswordReset").GetBoolean());
        Assert.StartsWith("http://localhost:5080/password/reset?token=", link);
        Assert.True(first.Data("resetPassword").GetBoolean());
        Assert.Equal("VALIDATION", again.SingleError().Code());
        Assert.Equal("token", again.SingleError().Extension("field"));
        await app.SignInAsync(person.Email, NewPassword);
        Assert.Equal("INVALID_CREDENTIALS", (await app.SignInWithAsync(person.Email)).SingleError().Extension("reason"));
        await app.Mail.WaitForAsync(mail => mail.To == person.Email && mail.Subject == "Milestone: Your password was reset", TimeSpan.FromSeconds(30));
        await using var session = app.Store.QuerySession();
        Assert.Equal(
            new PasswordReset(person.PersonId, person.ClientId, app.Clock.GetUtcNow()),
            (await session.Events.FetchStreamAsync(person.PersonId)).Last().Data);
    }

    [Fact]
    public async Task An_unknown_address_gets_the_same_answer_and_no_email()
    {
        var person = await app.ClientUserAsync();
        var unknown = $"nobody-{Guid.NewGuid():N}@client.test";

        var (knownAnswer, known) = await RequestAndWaitAsync(person.Email);
        var (unknownAnswer, nobody) = await RequestAndWaitAsync(unknown);

        Assert.Equal(knownAnswer.ToString(), unknownAnswer.ToString());
        Assert.Single(known.Sent.MessagesOf<SendEmail>(), email => email.To == person.Email);
        Assert.Single(nobody.Executed.MessagesOf<IssuePasswordReset>());
        Assert.Empty(nobody.Sent.MessagesOf<SendEmail>());
        Assert.DoesNotContain(app.Mail.Received, mail => mail.To == unknown);
    }

    [Fact]
    public async Task A_link_expires_after_an_hour()
    {
        var person = await app.ClientUserAsync();
        await app.Host.GraphQLAsync(Request, new { email = person.Email });
        var token = TokenOf(await LinkSentToAsync(person.Email));

        app.Clock.Advance(TimeSpan.FromHours(1));
        var response = await app.Host.GraphQLAsync(Reset, new { input = new { token, newPassword = NewPassword } });

        Assert.Equal("VALIDATION", response.SingleError().Code());
        Assert.Equal("token", response.SingleError().Extension("field"));
    }

    [Fact]
    public async Task A_new_request_ends_the_previous_link()
    {
        var person = await app.ClientUserAsync();
        await app.Host.GraphQLAsync(Request, new { email = person.Email });
        var oldToken = TokenOf(await LinkSentToAsync(person.Email));
        await app.Host.GraphQLAsync(Request, new { email = person.Email });
        var newToken = TokenOf(await LinkSentToAsync(person.Email, nth: 2));

        var withOld = await app.Host.GraphQLAsync(Reset, new { input = new { token = oldToken, newPassword = NewPassword } });
        var withNew = await app.Host.GraphQLAsync(Reset, new { input = new { token = newToken, newPassword = NewPassword } });

        Assert.Equal("token", withOld.SingleError().Extension("field"));
        Assert.True(withNew.Data("resetPassword").GetBoolean());
    }

    [Fact]
    public async Task A_reset_ends_every_session_and_the_lockout_and_rotates_the_security_stamp()
    {
        var laptop = await app.ClientUserAsync();
        var phone = await app.SignInAsync(laptop.Email);
        for (var attempt = 0; attempt < 5; attempt++)
        {
            await app.SignInWithAsync(laptop.Email, password: $"wrong password {attempt}");
        }

        var stampBefore = await SecurityStampOf(laptop);

        await app.Host.GraphQLAsync(Request, new { email = laptop.Email });
        var token = TokenOf(await LinkSentToAsync(laptop.Email));
        (await app.Host.GraphQLAsync(Reset, new { input = new { token, newPassword = NewPassword } })).Data("resetPassword");

        Assert.Equal("UNAUTHENTICATED", (await app.Host.GraphQLAsync("{ me { id } }", signedIn: laptop)).SingleError().Code());
        Assert.Equal("SESSION_ENDED", (await app.Host.GraphQLAsync(Refresh, new { token = phone.RefreshToken })).SingleError().Extension("reason"));
        Assert.NotEqual(stampBefore, await SecurityStampOf(laptop));
        await app.SignInAsync(laptop.Email, NewPassword);
    }

    [Theory]
    [InlineData("short pass")]
    [InlineData("passwordpassword")]
    public async Task A_weak_password_is_refused_and_writes_nothing(string newPassword)
    {
        var person = await app.ClientUserAsync();
        await app.Host.GraphQLAsync(Request, new { email = person.Email });
        var token = TokenOf(await LinkSentToAsync(person.Email));
        var before = await app.CountEventsAsync();

        var response = await app.Host.GraphQLAsync(Reset, new { input = new { token, newPassword } });

        Assert.Equal("VALIDATION", response.SingleError().Code());
        Assert.Equal("newPassword", response.SingleError().Extension("field"));
        Assert.Equal(before, await app.CountEventsAsync());
        (await app.Host.GraphQLAsync(Reset, new { input = new { token, newPassword = NewPassword } })).Data("resetPassword");
    }

    [Fact]
    public async Task With_two_factor_sign_in_on_a_reset_needs_the_second_factor_too()
    {
        var person = await app.ClientUserAsync();
        var (key, recoveryCodes) = await app.TurnOnTwoFactorAsync(person);
        await app.Host.GraphQLAsync(Request, new { email = person.Email });
        var token = TokenOf(await LinkSentToAsync(person.Email));
        var before = await app.CountEventsAsync();

        var withoutCode = await app.Host.GraphQLAsync(Reset, new { input = new { token, newPassword = NewPassword } });
        var eventsAfterRefusal = await app.CountEventsAsync();
        var oldPasswordStillWorks = await app.SignInWithAsync(person.Email, recoveryCode: recoveryCodes[0]);
        var withCode = await app.Host.GraphQLAsync(Reset, new { input = new { token, newPassword = NewPassword, twoFactorCode = Totp.Code(key, steps: 1) } });

        Assert.Equal("UNAUTHENTICATED", withoutCode.SingleError().Code());
        Assert.Equal("TWO_FACTOR_REQUIRED", withoutCode.SingleError().Extension("reason"));
        Assert.Equal(before, eventsAfterRefusal);
        oldPasswordStillWorks.Data("signIn");
        Assert.True(withCode.Data("resetPassword").GetBoolean());
        Assert.Equal("TWO_FACTOR_REQUIRED", (await app.SignInWithAsync(person.Email, password: NewPassword)).SingleError().Extension("reason"));
        (await app.SignInWithAsync(person.Email, recoveryCode: recoveryCodes[1], password: NewPassword)).Data("signIn");
    }

    [Fact]
    public async Task Five_wrong_codes_end_the_link()
    {
        var person = await app.ClientUserAsync();
        var (key, _) = await app.TurnOnTwoFactorAsync(person);
        await app.Host.GraphQLAsync(Request, new { email = person.Email });
        var token = TokenOf(await LinkSentToAsync(person.Email));

        for (var attempt = 0; attempt < PasswordResetToken.MaxWrongCodes; attempt++)
        {
            var wrong = await app.Host.GraphQLAsync(Reset, new { input = new { token, newPassword = NewPassword, twoFactorCode = Totp.WrongCode(key) } });
            Assert.Equal("INVALID_TWO_FACTOR_CODE", wrong.SingleError().Extension("reason"));
        }

        var right = await app.Host.GraphQLAsync(Reset, new { input = new { token, newPassword = NewPassword, twoFactorCode = Totp.Code(key, steps: 1) } });

        Assert.Equal("token", right.SingleError().Extension("field"));
    }

    private async Task<(JsonElement Answer, ITrackedSession Tracked)> RequestAndWaitAsync(string email)
    {
        JsonElement answer = default;
        var tracked = await app.Host.TrackActivity().Timeout(TimeSpan.FromSeconds(30)).ExecuteAndWaitAsync(async Task (IMessageContext _) =>
            answer = await app.Host.GraphQLAsync(Request, new { email }));
        return (answer, tracked);
    }

    private async Task<string> SecurityStampOf(SignedIn person)
    {
        await using var session = app.Store.QuerySession();
        return (await session.LoadAsync<Credentials>(person.PersonId))!.SecurityStamp;
    }

    private async Task<string> LinkSentToAsync(string email, int nth = 1)
    {
        bool IsLink(ReceivedEmail mail) => mail.To == email && mail.Subject == PasswordResetEmail.Subject;
        await app.Mail.WaitForAsync(mail => IsLink(mail) && app.Mail.Received.Count(IsLink) >= nth, TimeSpan.FromSeconds(30));
        return LinkInBody().Match(app.Mail.Received.Where(IsLink).ElementAt(nth - 1).TextBody!).Value;
    }

    private static string TokenOf(string link) => Uri.UnescapeDataString(link[(link.IndexOf("token=", StringComparison.Ordinal) + "token=".Length)..]);

    [GeneratedRegex(@"http\S+/password/reset\?token=\S+")]
    private static partial Regex LinkInBody();
}
