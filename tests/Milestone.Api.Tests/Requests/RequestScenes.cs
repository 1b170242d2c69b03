namespace Milestone.Api.Tests.Requests;

public static class RequestScenes
{
    /// <summary>A new client with a member who has just submitted "Printer jams", and an agent to work on it.</summary>
    public static async Task<(SignedIn Member, SignedIn Agent, string RequestId)> SubmittedRequestAsync(this MilestoneApp app)
    {
        var admin = await app.SharedAdministratorAsync();
        var clientId = await app.ClientOrganisationAsync(admin);
        var member = await app.InvitedAndSignedInAsync(admin, Role.ClientMember, clientId);
        var agent = await app.InvitedAndSignedInAsync(admin, Role.Agent, null);
        var submitted = await app.Host.GraphQLAsync(RequestDocuments.Submit, new { input = new { title = "Printer jams" } }, member);
        return (member, agent, submitted.Data("submitRequest").GetProperty("request").GetProperty("id").GetString()!);
    }
}
