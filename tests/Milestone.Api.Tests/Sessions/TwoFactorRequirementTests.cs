using Milestone.Domain.Organisations;

namespace Milestone.Api.Tests.Sessions;

[Collection(Collections.Sessions)]
public sealed class TwoFactorRequirementTests(MilestoneApp app)
{
    private const string Require = """
        mutation Require($clientId: ID!, $required: Boolean!) { setTwoFactorRequirement(clientId: $clientId, required: $required) { id twoFactorRequired } }
        """;

    private const string Requests = "{ requests { totalCount } }";

    [Fact]
    public async Task A_member_of_an_organisation_that_requires_it_may_only_enrol_until_they_have()
    {
        var admin = await app.SharedAdministratorAsync();
        var clientId = await app.ClientOrganisationAsync(admin);
        var member = await app.InvitedAndSignedInAsync(admin, Role.ClientMember, clientId);

        var required = (await app.Host.GraphQLAsync(Require, new { clientId, required = true }, admin)).Data("setTwoFactorRequirement");
        var beforeEnrolling = await app.Host.GraphQLAsync(Requests, signedIn: member);
        var submit = await app.Host.GraphQLAsync("mutation { submitRequest(input: {title: \"Printer\"}) { request { id } } }", signedIn: member);
        var me = await app.Host.GraphQLAsync("{ me { email } }", signedIn: member);
        var newSession = (await app.SignInWithAsync(member.Email)).AsSignedIn(member);
        var newSessionBeforeEnrolling = await app.Host.GraphQLAsync(Requests, signedIn: newSession);
        await app.TurnOnTwoFactorAsync(newSession);
        var afterEnrolling = await app.Host.GraphQLAsync(Requests, signedIn: newSession);

        Assert.True(required.GetProperty("twoFactorRequired").GetBoolean());
        Assert.Equal("FORBIDDEN", beforeEnrolling.SingleError().Code());
        Assert.Equal("TWO_FACTOR_ENROLMENT_REQUIRED", beforeEnrolling.SingleError().Extension("reason"));
        Assert.Equal("TWO_FACTOR_ENROLMENT_REQUIRED", submit.SingleError().Extension("reason"));
        Assert.Equal(member.Email, me.Data("me").GetProperty("email").GetString());
        Assert.Equal("TWO_FACTOR_ENROLMENT_REQUIRED", newSessionBeforeEnrolling.SingleError().Extension("reason"));
        Assert.Equal(0, afterEnrolling.Data("requests").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task A_client_admin_requires_it_for_their_own_organisation_themselves_included()
    {
        var clientAdmin = await app.ClientUserAsync(Role.ClientAdmin);

        (await app.Host.GraphQLAsync(Require, new { clientId = clientAdmin.ClientId, required = true }, clientAdmin)).Data("setTwoFactorRequirement");
        var next = await app.Host.GraphQLAsync(Requests, signedIn: clientAdmin);

        Assert.Equal("TWO_FACTOR_ENROLMENT_REQUIRED", next.SingleError().Extension("reason"));
        await using var session = app.Store.QuerySession();
        var changed = Assert.IsType<TwoFactorRequirementChanged>((await session.Events.FetchStreamAsync(clientAdmin.ClientId!.Value)).Last().Data);
        Assert.Equal(new TwoFactorRequirementChanged(clientAdmin.ClientId.Value, true, clientAdmin.PersonId, app.Clock.GetUtcNow()), changed);
    }

    [Fact]
    public async Task Lifting_the_requirement_lifts_the_restriction()
    {
        var admin = await app.SharedAdministratorAsync();
        var member = await app.ClientUserAsync();
        (await app.Host.GraphQLAsync(Require, new { clientId = member.ClientId, required = true }, admin)).Data("setTwoFactorRequirement");

        (await app.Host.GraphQLAsync(Require, new { clientId = member.ClientId, required = false }, admin)).Data("setTwoFactorRequirement");

        (await app.Host.GraphQLAsync(Requests, signedIn: member)).Data("requests");
    }

    [Fact]
    public async Task Requiring_what_is_already_required_records_nothing()
    {
        var admin = await app.SharedAdministratorAsync();
        var clientId = await app.ClientOrganisationAsync(admin);
        (await app.Host.GraphQLAsync(Require, new { clientId, required = true }, admin)).Data("setTwoFactorRequirement");
        var before = await app.CountEventsAsync();

        (await app.Host.GraphQLAsync(Require, new { clientId, required = true }, admin)).Data("setTwoFactorRequirement");

        Assert.Equal(before, await app.CountEventsAsync());
    }

    [Theory]
    [InlineData(Role.ClientMember)]
    [InlineData(Role.Agent)]
    [InlineData(Role.AccountManager)]
    public async Task Other_roles_may_not_require_it(Role role)
    {
        var scene = await app.RoleSceneAsync(role);

        await app.AssertForbiddenAndNothingRecordedAsync(() => app.Host.GraphQLAsync(Require, new { clientId = scene.ClientId, required = true }, scene.Person));
    }
}
