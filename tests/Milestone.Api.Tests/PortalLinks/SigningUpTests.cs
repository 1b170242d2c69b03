using Milestone.Api.PortalLinks;
using Milestone.Api.Tests.Requests;
using Milestone.Projections.People;
using Milestone.Host.Email;

namespace Milestone.Api.Tests.PortalLinks;

/// <summary>People signing themselves up through portal links, with the e-mails read from the SMTP sink as people read them.</summary>
[Collection(Collections.People)]
public sealed partial class SigningUpTests(MilestoneApp app)
{
    private const string NewPassword = "a sign-up password for milestone";

    private const string Create = "mutation($input: CreatePortalLinkInput!) { createPortalLink(input: $input) { url link { id } } }";

    private const string SignUp = "mutation($input: SignUpInput!) { signUp(input: $input) }";

    private const string Verify = "mutation($token: String!) { verifyEmail(token: $token) { id email name role clientId status } }";

    private const string Link = "query($clientId: ID!) { portalLinks(clientId: $clientId) { id signUps opens } }";

    [Fact]
    public async Task A_new_person_at_the_links_domain_verifies_their_address_and_then_sees_their_clients_requests_in_the_links_role_and_nothing_else()
    {
        var admin = await app.SharedAdministratorAsync();
        var acme = await app.ClientUserAsync(clientName: "Sign-up Acme");
        var globex = await app.ClientUserAsync(clientName: "Sign-up Globex");
        var acmeRequest = await SubmitAsync(acme);
        await SubmitAsync(globex);
        var token = await LinkTokenAsync(admin, new { clientId = acme.ClientId, role = "CLIENT_ADMIN", allowedDomains = new[] { "acme.test" } });
        var email = $"ann-{Guid.NewGuid():N}@ACME.test";

        var answer = await app.Host.GraphQLAsync(SignUp, new { input = new { token, email, name = "Ann Archer", password = NewPassword } });
        var verificationToken = await VerificationTokenSentToAsync(email);
        var beforeVerifying = await app.SignInWithAsync(email, password: NewPassword);
        var verified = (await app.Host.GraphQLAsync(Verify, new { token = verificationToken })).Data("verifyEmail");
        var ann = await app.SignInAsync(email, NewPassword);

        Assert.True(answer.Data("signUp").GetBoolean());
        Assert.Equal("INVALID_CREDENTIALS", beforeVerifying.SingleError().Extension("reason"));
        Assert.Equal(("Ann Archer", "CLIENT_ADMIN", acme.ClientId.ToString(), "ACTIVE"), (
            verified.GetProperty("name").GetString(),
            verified.GetProperty("role").GetString(),
            verified.GetProperty("clientId").GetString(),
            verified.GetProperty("status").GetString()));
        Assert.Equal(acme.ClientId, ann.ClientId);
        var visible = (await app.Host.GraphQLAsync(RequestDocuments.Page, new { first = 50 }, ann)).Data("requests").GetProperty("edges");
        Assert.Equal([acmeRequest], visible.EnumerateArray().Select(edge => edge.GetProperty("node").GetProperty("id").GetString()));
        var link = (await app.Host.GraphQLAsync(Link, new { clientId = acme.ClientId }, admin)).Data("portalLinks")[0];
        Assert.Equal(1, link.GetProperty("signUps").GetInt32());
        await using var session = app.Store.QuerySession();
        Assert.Equal(
            [typeof(SignedUpThroughLink), typeof(EmailVerified)],
            (await session.Events.FetchStreamAsync(ann.PersonId)).Select(stored => stored.Data.GetType()));
    }

    [Fact]
    public async Task A_staff_sign_up_link_makes_a_member_of_staff_in_its_role()
    {
        var admin = await app.SharedAdministratorAsync();
        var token = await LinkTokenAsync(admin, new { role = "TEAM_LEAD" });
        var email = $"tess-{Guid.NewGuid():N}@msp.test";

        await app.Host.GraphQLAsync(SignUp, new { input = new { token, email, name = "Tess Lead", password = NewPassword } });
        var verified = (await app.Host.GraphQLAsync(Verify, new { token = await VerificationTokenSentToAsync(email) })).Data("verifyEmail");

        Assert.Equal("TEAM_LEAD", verified.GetProperty("role").GetString());
        Assert.Equal(JsonValueKind.Null, verified.GetProperty("clientId").ValueKind);
        Assert.Null((await app.SignInAsync(email, NewPassword)).ClientId);
    }

    [Fact]
    public async Task A_wrong_domain_a_revoked_link_and_a_known_address_get_the_same_answer_and_an_email_saying_what_happened()
    {
        var admin = await app.SharedAdministratorAsync();
        var member = await app.ClientUserAsync(clientName: "Sign-up Refusals");
        var token = await LinkTokenAsync(admin, new { clientId = member.ClientId, allowedDomains = new[] { "acme.test" } });
        var anyAddressToken = await LinkTokenAsync(admin, new { clientId = member.ClientId });
        var revokedToken = await LinkTokenAsync(admin, new { clientId = member.ClientId }, revoke: true);
        var outsider = $"eve-{Guid.NewGuid():N}@elsewhere.test";
        var known = $"kim-{Guid.NewGuid():N}@acme.test";
        await app.Host.GraphQLAsync(SignUp, new { input = new { token, email = known, name = "Kim", password = NewPassword } });
        await app.Host.GraphQLAsync(Verify, new { token = await VerificationTokenSentToAsync(known) });
        var late = $"lou-{Guid.NewGuid():N}@acme.test";

        var answers = new[]
        {
            await app.Host.GraphQLAsync(SignUp, new { input = new { token, email = outsider, name = "Eve", password = NewPassword } }),
            await app.Host.GraphQLAsync(SignUp, new { input = new { token = revokedToken, email = late, name = "Lou", password = NewPassword } }),
            await app.Host.GraphQLAsync(SignUp, new { input = new { token = anyAddressToken, email = member.Email, name = "Again", password = NewPassword } }),
            await app.Host.GraphQLAsync(SignUp, new { input = new { token, email = known, name = "Kim again", password = NewPassword } }),
            await app.Host.GraphQLAsync(SignUp, new { input = new { token = "no-such-link", email = late, name = "Lou", password = NewPassword } }),
        };

        Assert.All(answers, answer => Assert.Equal(answers[0].ToString(), answer.ToString()));
        Assert.Contains("only for addresses at your company's own domains", await TurnedAwayMailAsync(outsider));
        Assert.Contains("has been withdrawn", await TurnedAwayMailAsync(late));
        Assert.Contains("already has an account", await TurnedAwayMailAsync(member.Email));
        Assert.Contains("already has an account", await TurnedAwayMailAsync(known));
        Assert.Empty(await AccountsOfAsync(outsider, late));
        await app.SignInAsync(known, NewPassword);
    }

    [Fact]
    public async Task A_verification_link_works_once()
    {
        var admin = await app.SharedAdministratorAsync();
        var member = await app.ClientUserAsync(clientName: "Sign-up Once");
        var token = await LinkTokenAsync(admin, new { clientId = member.ClientId });
        var email = $"una-{Guid.NewGuid():N}@acme.test";
        await app.Host.GraphQLAsync(SignUp, new { input = new { token, email, name = "Una", password = NewPassword } });
        var verificationToken = await VerificationTokenSentToAsync(email);

        (await app.Host.GraphQLAsync(Verify, new { token = verificationToken })).Data("verifyEmail");
        var before = await app.CountEventsAsync();
        var again = await app.Host.GraphQLAsync(Verify, new { token = verificationToken });

        Assert.Equal("VALIDATION", again.SingleError().Code());
        Assert.Equal("token", again.SingleError().Extension("field"));
        Assert.Equal(before, await app.CountEventsAsync());
    }

    [Fact]
    public async Task A_verification_link_expires_after_a_day_and_signing_up_again_sends_a_new_one_for_the_newest_password()
    {
        var admin = await app.SharedAdministratorAsync();
        var member = await app.ClientUserAsync(clientName: "Sign-up Again");
        var token = await LinkTokenAsync(admin, new { clientId = member.ClientId });
        var email = $"val-{Guid.NewGuid():N}@acme.test";
        await app.Host.GraphQLAsync(SignUp, new { input = new { token, email, name = "Val", password = "the first password I chose" } });
        var first = await VerificationTokenSentToAsync(email);

        app.Clock.Advance(TimeSpan.FromHours(24));
        var expired = await app.Host.GraphQLAsync(Verify, new { token = first });
        await app.Host.GraphQLAsync(SignUp, new { input = new { token, email, name = "Val Vance", password = NewPassword } });
        var second = await VerificationTokenSentToAsync(email, nth: 2);
        var verified = (await app.Host.GraphQLAsync(Verify, new { token = second })).Data("verifyEmail");

        Assert.Equal("token", expired.SingleError().Extension("field"));
        Assert.Equal("Val Vance", verified.GetProperty("name").GetString());
        Assert.Equal("INVALID_CREDENTIALS", (await app.SignInWithAsync(email, password: "the first password I chose")).SingleError().Extension("reason"));
        await app.SignInAsync(email, NewPassword);
        Assert.Equal(1, (await app.Host.GraphQLAsync(Link, new { clientId = member.ClientId }, await app.SharedAdministratorAsync())).Data("portalLinks")[0].GetProperty("signUps").GetInt32());
    }

    [Fact]
    public async Task A_link_for_one_sign_up_takes_exactly_one_of_two_people_signing_up_at_once()
    {
        var admin = await app.SharedAdministratorAsync();
        var member = await app.ClientUserAsync(clientName: "Sign-up Race");
        var token = await LinkTokenAsync(admin, new { clientId = member.ClientId, maximumSignUps = 1 });
        var emails = new[] { $"ada-{Guid.NewGuid():N}@acme.test", $"bea-{Guid.NewGuid():N}@acme.test" };

        await Task.WhenAll(emails.Select(email => app.Host.GraphQLAsync(SignUp, new { input = new { token, email, name = "Racer", password = NewPassword } })));
        var mails = await Task.WhenAll(emails.Select(email => app.Mail.WaitForAsync(mail => mail.To == email, TimeSpan.FromSeconds(30))));

        Assert.Equal(
            [SignUpEmail.VerifySubject, SignUpEmail.TurnedAwaySubject],
            mails.Select(mail => mail.Subject).Order(StringComparer.Ordinal));
        Assert.Contains("as many people as the link allows", mails.Single(mail => mail.Subject == SignUpEmail.TurnedAwaySubject).TextBody);
        var link = (await app.Host.GraphQLAsync(Link, new { clientId = member.ClientId }, admin)).Data("portalLinks")[0];
        Assert.Equal((1, false), (link.GetProperty("signUps").GetInt32(), link.GetProperty("opens").GetBoolean()));
    }

    [Fact]
    public async Task While_no_portal_is_connected_the_links_open_pages_with_the_mutations_that_finish_them()
    {
        var admin = await app.SharedAdministratorAsync();
        var member = await app.ClientUserAsync(clientName: "Sign-up Pages");
        var token = await LinkTokenAsync(admin, new { clientId = member.ClientId });
        var email = $"pia-{Guid.NewGuid():N}@acme.test";
        await app.Host.GraphQLAsync(SignUp, new { input = new { token, email, name = "Pia", password = NewPassword } });
        var verificationToken = await VerificationTokenSentToAsync(email);

        var signUpPage = await app.Host.Scenario(scenario =>
        {
            scenario.Get.Url($"/sign-up?token={Uri.EscapeDataString(token)}");
            scenario.Header("Cache-Control").SingleValueShouldEqual("no-store");
        });
        var verifyPage = await app.Host.Scenario(scenario => scenario.Get.Url($"/email/verify?token={Uri.EscapeDataString(verificationToken)}"));

        Assert.Contains($"signUp(input: {{token: &quot;{token}&quot;", await signUpPage.ReadAsTextAsync());
        Assert.Contains($"verifyEmail(token: &quot;{verificationToken}&quot;)", await verifyPage.ReadAsTextAsync());
    }

    [Theory]
    [InlineData("short pass")]
    [InlineData("passwordpassword")]
    public async Task A_weak_password_is_refused_at_once_and_writes_nothing(string password)
    {
        var admin = await app.SharedAdministratorAsync();
        var member = await app.ClientUserAsync(clientName: "Sign-up Weak");
        var token = await LinkTokenAsync(admin, new { clientId = member.ClientId });
        var before = await app.CountEventsAsync();

        var response = await app.Host.GraphQLAsync(SignUp, new { input = new { token, email = $"wes-{Guid.NewGuid():N}@acme.test", name = "Wes", password } });

        Assert.Equal("VALIDATION", response.SingleError().Code());
        Assert.Equal("password", response.SingleError().Extension("field"));
        Assert.Equal(before, await app.CountEventsAsync());
    }

    private async Task<string> LinkTokenAsync(SignedIn admin, object input, bool revoke = false)
    {
        var created = (await app.Host.GraphQLAsync(Create, new { input }, admin)).Data("createPortalLink");
        if (revoke)
        {
            (await app.Host.GraphQLAsync("mutation($id: ID!) { revokePortalLink(id: $id) { id } }", new { id = created.GetProperty("link").GetProperty("id").GetString() }, admin))
                .Data("revokePortalLink");
        }

        var url = created.GetProperty("url").GetString()!;
        return Uri.UnescapeDataString(url[(url.IndexOf("token=", StringComparison.Ordinal) + "token=".Length)..]);
    }

    private async Task<string> SubmitAsync(SignedIn member) =>
        (await app.Host.GraphQLAsync(RequestDocuments.Submit, new { input = new { title = "Printer jams" } }, member))
            .Data("submitRequest").GetProperty("request").GetProperty("id").GetString()!;

    private async Task<string> VerificationTokenSentToAsync(string email, int nth = 1)
    {
        bool IsVerification(ReceivedEmail mail) => mail.To.Equals(email, StringComparison.OrdinalIgnoreCase) && mail.Subject == SignUpEmail.VerifySubject;
        await app.Mail.WaitForAsync(mail => IsVerification(mail) && app.Mail.Received.Count(IsVerification) >= nth, TimeSpan.FromSeconds(30));
        var link = VerificationLink().Match(app.Mail.Received.Where(IsVerification).ElementAt(nth - 1).TextBody!);
        return Uri.UnescapeDataString(link.Groups["token"].Value);
    }

    private async Task<string> TurnedAwayMailAsync(string email) =>
        (await app.Mail.WaitForAsync(mail => mail.To.Equals(email, StringComparison.OrdinalIgnoreCase) && mail.Subject == SignUpEmail.TurnedAwaySubject, TimeSpan.FromSeconds(30)))
            .TextBody!.ReplaceLineEndings(" ");

    private async Task<IReadOnlyList<PersonAccount>> AccountsOfAsync(params string[] emails)
    {
        var normalised = emails.Select(PersonAccount.Normalize).ToList();
        await using var session = app.Store.QuerySession();
        return await session.Query<PersonAccount>().Where(account => normalised.Contains(account.NormalizedEmail)).ToListAsync();
    }

    [GeneratedRegex(@"http\S+/email/verify\?token=(?<token>\S+)")]
    private static partial Regex VerificationLink();
}
