namespace Milestone.Api.Tests.Requests;

[Collection(Collections.Requests)]
public sealed class ChangingARequestTests(MilestoneApp app)
{
    private const string Fields = "id version title description urgency category assigneeId sharedWith";

    [Fact]
    public async Task An_agent_takes_a_request_and_hands_it_on()
    {
        var scene = await Scene();
        var colleague = await app.InvitedAndSignedInAsync(scene.Admin, Role.Agent, null);

        var taken = await Change(scene.Agent, $"assignRequest(requestId: \"{scene.RequestId}\", version: 1, assigneeId: \"{scene.Agent.PersonId}\")");
        var handedOn = await Change(scene.Agent, $"assignRequest(requestId: \"{scene.RequestId}\", version: 2, assigneeId: \"{colleague.PersonId}\")");
        var released = await Change(scene.Agent, $"assignRequest(requestId: \"{scene.RequestId}\", version: 3)");

        Assert.Equal(scene.Agent.PersonId, taken.GetProperty("assigneeId").GetGuid());
        Assert.Equal(colleague.PersonId, handedOn.GetProperty("assigneeId").GetGuid());
        Assert.Equal(JsonValueKind.Null, released.GetProperty("assigneeId").ValueKind);
    }

    [Fact]
    public async Task Requests_go_to_delivery_staff_who_work_for_that_client()
    {
        var scene = await Scene();
        var elsewhere = await app.ClientOrganisationAsync(scene.Admin, "Elsewhere");
        var scopedAgent = await app.InvitedAndSignedInAsync(scene.Admin, Role.Agent, null);
        (await app.Host.GraphQLAsync("mutation($id: ID!, $c: [ID!]) { scopeStaffToClients(personId: $id, clientIds: $c) { id } }",
            new { id = scopedAgent.PersonId, c = new[] { elsewhere } }, scene.Admin)).Data("scopeStaffToClients");
        var executive = await app.InvitedAndSignedInAsync(scene.Admin, Role.Executive, null);

        var toClientUser = await ChangeResponse(scene.Agent, $"assignRequest(requestId: \"{scene.RequestId}\", version: 1, assigneeId: \"{scene.Member.PersonId}\")");
        var toExecutive = await ChangeResponse(scene.Agent, $"assignRequest(requestId: \"{scene.RequestId}\", version: 1, assigneeId: \"{executive.PersonId}\")");
        var toOtherBook = await ChangeResponse(scene.Agent, $"assignRequest(requestId: \"{scene.RequestId}\", version: 1, assigneeId: \"{scopedAgent.PersonId}\")");

        Assert.All([toClientUser, toExecutive, toOtherBook], response => Assert.Equal("assigneeId", response.SingleError().Extension("field")));
    }

    [Fact]
    public async Task The_client_raises_the_urgency_and_says_why()
    {
        var scene = await Scene();

        var raised = await Change(scene.Member, $"changeUrgency(requestId: \"{scene.RequestId}\", version: 1, urgency: CRITICAL, reason: \"Whole office is down\")");
        var history = (await app.Host.GraphQLAsync("query($id: ID!) { requestHistory(id: $id) { type data } }", new { id = scene.RequestId }, scene.Member)).Data("requestHistory");

        Assert.Equal("CRITICAL", raised.GetProperty("urgency").GetString());
        var changed = history.EnumerateArray().Last();
        Assert.Equal("UrgencyChanged", changed.GetProperty("type").GetString());
        Assert.Equal("Whole office is down", changed.GetProperty("data").GetProperty("reason").GetString());
        Assert.Equal(scene.Member.PersonId, changed.GetProperty("data").GetProperty("changedBy").GetGuid());
    }

    [Fact]
    public async Task The_submitter_rewords_until_work_begins()
    {
        var scene = await Scene();

        var edited = await Change(scene.Member, $"editRequestDetails(requestId: \"{scene.RequestId}\", version: 1, title: \"Printer on floor 3 jams\", description: \"Since Monday\")");
        await Change(scene.Agent, $"startWork(requestId: \"{scene.RequestId}\", version: 2)");
        var late = await ChangeResponse(scene.Member, $"editRequestDetails(requestId: \"{scene.RequestId}\", version: 3, title: \"Too late\")");

        Assert.Equal("Printer on floor 3 jams", edited.GetProperty("title").GetString());
        Assert.Equal("Since Monday", edited.GetProperty("description").GetString());
        Assert.Equal("CONFLICT", late.SingleError().Code());
    }

    [Fact]
    public async Task A_category_is_recorded()
    {
        var scene = await Scene();

        var categorised = await Change(scene.Agent, $"categoriseRequest(requestId: \"{scene.RequestId}\", version: 1, category: \"Hardware\")");

        Assert.Equal("Hardware", categorised.GetProperty("category").GetString());
    }

    [Fact]
    public async Task A_colleague_the_request_is_shared_with_can_follow_it()
    {
        var scene = await Scene();
        var colleague = await app.InvitedAndSignedInAsync(scene.Admin, Role.ClientMember, scene.ClientId);
        var byId = "query($id: ID!) { request(id: $id) { id } }";

        var before = await app.Host.GraphQLAsync(byId, new { id = scene.RequestId }, colleague);
        var shared = await Change(scene.Member, $"shareRequest(requestId: \"{scene.RequestId}\", version: 1, personId: \"{colleague.PersonId}\")");
        var after = await app.Host.GraphQLAsync(byId, new { id = scene.RequestId }, colleague);
        await Change(scene.Member, $"unshareRequest(requestId: \"{scene.RequestId}\", version: 2, personId: \"{colleague.PersonId}\")");
        var unshared = await app.Host.GraphQLAsync(byId, new { id = scene.RequestId }, colleague);

        Assert.Equal("NOT_FOUND", before.SingleError().Code());
        Assert.Equal([colleague.PersonId], shared.GetProperty("sharedWith").EnumerateArray().Select(id => id.GetGuid()));
        after.Data("request");
        Assert.Equal("NOT_FOUND", unshared.SingleError().Code());
    }

    [Fact]
    public async Task A_request_is_not_shared_outside_its_client()
    {
        var scene = await Scene();
        var outsider = await app.ClientUserAsync(clientName: "Globex");

        var response = await ChangeResponse(scene.Agent, $"shareRequest(requestId: \"{scene.RequestId}\", version: 1, personId: \"{outsider.PersonId}\")");

        Assert.Equal("NOT_FOUND", response.SingleError().Code());
    }

    private async Task<(SignedIn Admin, Guid ClientId, SignedIn Member, SignedIn Agent, string RequestId)> Scene()
    {
        var admin = await app.SharedAdministratorAsync();
        var clientId = await app.ClientOrganisationAsync(admin);
        var member = await app.InvitedAndSignedInAsync(admin, Role.ClientMember, clientId);
        var agent = await app.InvitedAndSignedInAsync(admin, Role.Agent, null);
        var submitted = await app.Host.GraphQLAsync(RequestDocuments.Submit, new { input = new { title = "Printer jams" } }, member);
        return (admin, clientId, member, agent, submitted.Data("submitRequest").GetProperty("request").GetProperty("id").GetString()!);
    }

    private async Task<JsonElement> Change(SignedIn who, string call)
    {
        var name = call[..call.IndexOf('(')];
        return (await ChangeResponse(who, call)).Data(name);
    }

    private Task<JsonElement> ChangeResponse(SignedIn who, string call) =>
        app.Host.GraphQLAsync($"mutation {{ {call} {{ {Fields} }} }}", signedIn: who);
}
