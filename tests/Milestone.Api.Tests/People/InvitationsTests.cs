namespace Milestone.Api.Tests.People;

[Collection(Collections.People)]
public sealed class InvitationsTests(MilestoneApp app)
{
    private const string Resend = "mutation Resend($id: ID!) { resendInvitation(personId: $id) { id invitationExpiresAt } }";

    [Fact]
    public async Task The_invitation_link_opens_a_page_that_finishes_the_invitation_until_a_portal_is_connected()
    {
        var admin = await app.SharedAdministratorAsync();
        var email = await app.InviteAsync(admin, Role.Agent, null);
        var token = await app.InvitationTokenSentToAsync(email);

        var page = await app.Host.Scenario(scenario =>
        {
            scenario.Get.Url($"/invitations/accept?token={token}");
            scenario.StatusCodeShouldBe(HttpStatusCode.OK);
            scenario.Header("Cache-Control").SingleValueShouldEqual("no-store");
        });
        var crafted = await app.Host.Scenario(scenario =>
        {
            scenario.Get.Url("/invitations/accept?token=" + Uri.EscapeDataString("x'; rm -rf ~; echo '"));
            scenario.StatusCodeShouldBe(HttpStatusCode.BadRequest);
        });

        var text = await page.ReadAsTextAsync();
        Assert.Contains("acceptInvitation", text);
        Assert.Contains(token, text);
        Assert.DoesNotContain("rm -rf", await crafted.ReadAsTextAsync());
    }

    [Fact]
    public async Task The_invitation_email_carries_a_link_that_works_once()
    {
        var admin = await app.SharedAdministratorAsync();
        var email = await app.InviteAsync(admin, Role.Agent, null);
        var token = await app.InvitationTokenSentToAsync(email);

        var first = await app.Host.GraphQLAsync(Identities.AcceptInvitation, new { input = new { token, password = Identities.Password } });
        var again = await app.Host.GraphQLAsync(Identities.AcceptInvitation, new { input = new { token, password = "another long password" } });

        Assert.Equal("ACTIVE", first.Data("acceptInvitation").GetProperty("status").GetString());
        Assert.Equal("VALIDATION", again.SingleError().Code());
        Assert.Equal("token", again.SingleError().Extension("field"));
        await app.SignInAsync(email);
    }

    [Fact]
    public async Task Inviting_an_email_that_is_already_invited_is_a_conflict_and_writes_nothing()
    {
        var admin = await app.SharedAdministratorAsync();
        var email = await app.InviteAsync(admin, Role.Agent, null);
        var before = await app.CountEventsAsync();

        var response = await app.Host.GraphQLAsync(
            Identities.Invite, new { input = new { email = email.ToUpperInvariant(), name = "Twin", role = "AGENT" } }, admin);

        Assert.Equal("CONFLICT", response.SingleError().Code());
        Assert.Equal(before, await app.CountEventsAsync());
    }

    [Fact]
    public async Task Resending_an_invitation_makes_the_old_link_stop_working()
    {
        var admin = await app.SharedAdministratorAsync();
        var email = await app.InviteAsync(admin, Role.Agent, null);
        var oldToken = await app.InvitationTokenSentToAsync(email);
        var person = (await app.Host.GraphQLAsync("{ people { id email } }", signedIn: admin)).Data("people")
            .EnumerateArray().Single(p => p.GetProperty("email").GetString() == email);

        (await app.Host.GraphQLAsync(Resend, new { id = person.GetProperty("id").GetString() }, admin)).Data("resendInvitation");
        var newToken = await app.InvitationTokenSentToAsync(email, nth: 2);

        var withOld = await app.Host.GraphQLAsync(Identities.AcceptInvitation, new { input = new { token = oldToken, password = Identities.Password } });
        var withNew = await app.Host.GraphQLAsync(Identities.AcceptInvitation, new { input = new { token = newToken, password = Identities.Password } });

        Assert.Equal("VALIDATION", withOld.SingleError().Code());
        Assert.Equal("ACTIVE", withNew.Data("acceptInvitation").GetProperty("status").GetString());
    }

    [Fact]
    public async Task An_invitation_expires_after_72_hours()
    {
        var admin = await app.SharedAdministratorAsync();
        var email = await app.InviteAsync(admin, Role.Agent, null);
        var token = await app.InvitationTokenSentToAsync(email);

        app.Clock.Advance(TimeSpan.FromHours(72));
        var response = await app.Host.GraphQLAsync(Identities.AcceptInvitation, new { input = new { token, password = Identities.Password } });

        Assert.Equal("VALIDATION", response.SingleError().Code());
        Assert.Equal("token", response.SingleError().Extension("field"));
    }

    [Theory]
    [InlineData("short pass")]
    [InlineData("123456789012")]
    [InlineData("QwertyAsdfgh")]
    [InlineData("passwordpassword")]
    [InlineData("aaaaaaaaaaaaaaaa")]
    public async Task A_short_or_common_password_is_refused_and_writes_nothing(string password)
    {
        var admin = await app.SharedAdministratorAsync();
        var email = await app.InviteAsync(admin, Role.Agent, null);
        var token = await app.InvitationTokenSentToAsync(email);
        var before = await app.CountEventsAsync();

        var response = await app.Host.GraphQLAsync(Identities.AcceptInvitation, new { input = new { token, password } });

        Assert.Equal("VALIDATION", response.SingleError().Code());
        Assert.Equal("password", response.SingleError().Extension("field"));
        Assert.Equal(before, await app.CountEventsAsync());
    }

    [Fact]
    public async Task A_long_password_without_digits_or_symbols_is_fine()
    {
        var admin = await app.SharedAdministratorAsync();
        var email = await app.InviteAsync(admin, Role.Agent, null);
        var token = await app.InvitationTokenSentToAsync(email);

        var response = await app.Host.GraphQLAsync(Identities.AcceptInvitation, new { input = new { token, password = "purple elephants dance quietly" } });

        Assert.Equal("ACTIVE", response.Data("acceptInvitation").GetProperty("status").GetString());
    }
}
