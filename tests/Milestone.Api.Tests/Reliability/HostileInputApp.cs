namespace Milestone.Api.Tests.Reliability;

/// <summary>Who sends hostile input, and the ids a hostile request may aim at.</summary>
public sealed record HostileScene(SignedIn Admin, SignedIn Agent, SignedIn ClientAdmin, SignedIn Member, Guid ClientId, string RequestId)
{
    /// <summary>A token of the right shape that no one signed: header and claims, and no signature ("alg": "none").</summary>
    public const string ForgedToken = "eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.eyJzdWIiOiIwMDAwMDAwMC0wMDAwLTAwMDAtMDAwMC0wMDAwMDAwMDAwMDAifQ.";

    public IReadOnlyList<(string Role, string? AccessToken)> Callers =>
    [
        ("anonymous", null),
        ("a forged token", ForgedToken),
        ("an administrator", Admin.AccessToken),
        ("an agent", Agent.AccessToken),
        ("a client admin", ClientAdmin.AccessToken),
        ("a client member", Member.AccessToken),
    ];

    public IReadOnlyList<string> KnownIds =>
        [RequestId, ClientId.ToString(), Admin.PersonId.ToString(), Agent.PersonId.ToString(), Member.PersonId.ToString(), Guid.NewGuid().ToString(), "not-an-id"];
}

/// <summary>
/// The host with a scene set (a client, its people, an agent, a submitted request and a Jira
/// connection whose webhook secret the test knows), for sending hostile input at.
/// </summary>
public sealed class HostileInputApp : MilestoneApp
{
    public const string WebhookSecret = "a-webhook-secret-the-fuzz-knows";

    /// <summary>A small attachment limit, so uploads over it stay cheap to send.</summary>
    public const int AttachmentMaxBytes = 64 * 1024;

    private readonly Lazy<Task<HostileScene>> _scene;

    public HostileInputApp() => _scene = new(SetSceneAsync);

    protected override IEnumerable<(string Key, string Value)> Settings => [("Milestone:Attachments:MaxBytes", AttachmentMaxBytes.ToString())];

    public Task<HostileScene> SceneAsync() => _scene.Value;

    private async Task<HostileScene> SetSceneAsync()
    {
        var admin = await this.SharedAdministratorAsync();
        var clientId = await this.ClientOrganisationAsync(admin, "Hostile Input Ltd");
        var clientAdmin = await this.InvitedAndSignedInAsync(admin, Role.ClientAdmin, clientId);
        var member = await this.InvitedAndSignedInAsync(admin, Role.ClientMember, clientId);
        var agent = await this.InvitedAndSignedInAsync(admin, Role.Agent, null);
        var submitted = await this.SettledAsync(() => Host.GraphQLAsync(RequestDocuments.Submit, new { input = new { title = "Printer jams" } }, member));
        (await Host.GraphQLAsync(
            "mutation($input: JiraConnectionInput!) { setJiraConnection(input: $input) { siteUrl } }",
            new { input = new { siteUrl = "http://127.0.0.1:9/", accountEmail = "sync@hostile.test", apiToken = "token", webhookSecret = WebhookSecret } },
            admin)).Data("setJiraConnection");
        return new HostileScene(admin, agent, clientAdmin, member, clientId, submitted.Data("submitRequest").GetProperty("request").GetProperty("id").GetString()!);
    }
}
