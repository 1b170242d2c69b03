namespace Milestone.Api.Tests.Sessions;

/// <summary>Someone who lost both their authenticator and their recovery codes gets their second factor reset by whoever manages them.</summary>
[Collection(Collections.Sessions)]
public sealed class TwoFactorResetTests(MilestoneApp app)
{
    private const string Reset = "mutation Reset($personId: ID!) { resetTwoFactor(personId: $personId) { id twoFactorEnabled } }";
    private const string Require = "mutation Require($clientId: ID!) { setTwoFactorRequirement(clientId: $clientId, required: true) { id } }";
    private const string Refresh = "mutation Refresh($token: String!) { refreshSession(refreshToken: $token) { accessToken } }";

    [Fact]
    public async Task An_administrator_resets_it_the_person_is_told_signed_out_and_enrols_again_where_it_is_required()
    {
        var admin = await app.SharedAdministratorAsync();
        var clientId = await app.ClientOrganisationAsync(admin);
        var member = await app.InvitedAndSignedInAsync(admin, Role.ClientMember, clientId);
        var (key, _) = await app.TurnOnTwoFactorAsync(member);
        (await app.Host.GraphQLAsync(Require, new { clientId }, admin)).Data("setTwoFactorRequirement");

        var reset = (await app.Host.GraphQLAsync(Reset, new { personId = member.PersonId }, admin)).Data("resetTwoFactor");

        Assert.False(reset.GetProperty("twoFactorEnabled").GetBoolean());
        Assert.Equal("UNAUTHENTICATED", (await app.Host.GraphQLAsync("{ me { email } }", signedIn: member)).SingleError().Code());
        await using (var session = app.Store.QuerySession())
        {
            var recorded = Assert.IsType<TwoFactorReset>((await session.Events.FetchStreamAsync(member.PersonId)).Last().Data);
            Assert.Equal(new TwoFactorReset(member.PersonId, clientId, admin.PersonId, app.Clock.GetUtcNow()), recorded);
            var credentials = (await session.LoadAsync<Credentials>(member.PersonId))!;
            Assert.False(credentials.TwoFactorEnabled);
            Assert.Empty(credentials.RecoveryCodes);
        }

        await app.Mail.WaitForAsync(
            mail => mail.To == member.Email && mail.Subject == "Milestone: Two-factor sign-in was reset by an administrator", TimeSpan.FromSeconds(30));
        var signedIn = (await app.SignInWithAsync(member.Email)).AsSignedIn(member);
        var held = await app.Host.GraphQLAsync("{ requests { totalCount } }", signedIn: signedIn);
        var (newKey, _) = await app.TurnOnTwoFactorAsync(signedIn);

        Assert.Equal("TWO_FACTOR_ENROLMENT_REQUIRED", held.SingleError().Extension("reason"));
        Assert.NotEqual(key, newKey);
        Assert.Equal("TWO_FACTOR_REQUIRED", (await app.SignInWithAsync(member.Email)).SingleError().Extension("reason"));
    }

    [Fact]
    public async Task A_client_admin_resets_it_for_their_own_organisation_and_nobody_else_does_for_others_or_themselves()
    {
        var admin = await app.AdministratorAsync();
        var clientId = await app.ClientOrganisationAsync(admin);
        var clientAdmin = await app.InvitedAndSignedInAsync(admin, Role.ClientAdmin, clientId);
        var member = await app.InvitedAndSignedInAsync(admin, Role.ClientMember, clientId);
        var colleague = await app.InvitedAndSignedInAsync(admin, Role.ClientMember, clientId);
        var otherClientAdmin = await app.ClientUserAsync(Role.ClientAdmin, "Globex");
        await app.TurnOnTwoFactorAsync(member);
        await app.TurnOnTwoFactorAsync(admin);

        var byColleague = await app.Host.GraphQLAsync(Reset, new { personId = member.PersonId }, colleague);
        var byOtherClient = await app.Host.GraphQLAsync(Reset, new { personId = member.PersonId }, otherClientAdmin);
        var ofStaff = await app.Host.GraphQLAsync(Reset, new { personId = admin.PersonId }, clientAdmin);
        var ownByAdmin = await app.Host.GraphQLAsync(Reset, new { personId = admin.PersonId }, admin);
        var byClientAdmin = (await app.Host.GraphQLAsync(Reset, new { personId = member.PersonId }, clientAdmin)).Data("resetTwoFactor");
        var again = await app.Host.GraphQLAsync(Reset, new { personId = member.PersonId }, clientAdmin);

        Assert.Equal("FORBIDDEN", byColleague.SingleError().Code());
        Assert.Equal("NOT_FOUND", byOtherClient.SingleError().Code());
        Assert.Equal("NOT_FOUND", ofStaff.SingleError().Code());
        Assert.Equal("VALIDATION", ownByAdmin.SingleError().Code());
        Assert.False(byClientAdmin.GetProperty("twoFactorEnabled").GetBoolean());
        Assert.Equal("CONFLICT", again.SingleError().Code());
    }

    [Fact]
    public async Task It_needs_a_recent_sign_in_of_whoever_resets_it()
    {
        var admin = await app.AdministratorAsync();
        var member = await app.ClientUserAsync();
        await app.TurnOnTwoFactorAsync(member);
        app.Clock.Advance(TimeSpan.FromMinutes(16));
        var refreshed = (await app.Host.GraphQLAsync(Refresh, new { token = admin.RefreshToken })).Data("refreshSession");

        var response = await app.Host.GraphQLAsync(
            Reset, new { personId = member.PersonId }, admin with { AccessToken = refreshed.GetProperty("accessToken").GetString()! });

        Assert.Equal("FORBIDDEN", response.SingleError().Code());
    }
}
