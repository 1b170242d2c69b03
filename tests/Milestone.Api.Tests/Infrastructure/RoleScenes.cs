namespace Milestone.Api.Tests.Infrastructure;

/// <summary>Someone signed in with the role a permission test is about, the client organisation they act on, and the administrator who set both up.</summary>
public sealed record RoleScene(SignedIn Admin, Guid ClientId, SignedIn Person);

public static class RoleScenes
{
    public static async Task<RoleScene> RoleSceneAsync(this MilestoneApp app, Role role)
    {
        var admin = await app.SharedAdministratorAsync();
        var clientId = await app.ClientOrganisationAsync(admin);
        return new RoleScene(admin, clientId, await app.InRoleAsync(admin, role, clientId));
    }

    /// <summary>Staff belong to the MSP and client roles to the organisation, so any role can be tried against that organisation.</summary>
    public static Task<SignedIn> InRoleAsync(this MilestoneApp app, SignedIn admin, Role role, Guid clientId) =>
        app.InvitedAndSignedInAsync(admin, role, role.IsStaff() ? null : clientId);

    /// <summary>Asserts the call is refused as FORBIDDEN and leaves no event behind: a refusal must not half-happen.</summary>
    public static async Task AssertForbiddenAndNothingRecordedAsync(this MilestoneApp app, Func<Task<JsonElement>> call)
    {
        var before = await app.CountEventsAsync();

        var response = await call();

        Assert.Equal("FORBIDDEN", response.SingleError().Code());
        Assert.Equal(before, await app.CountEventsAsync());
    }
}
