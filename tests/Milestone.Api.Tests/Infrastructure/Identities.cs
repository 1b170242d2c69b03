using Milestone.Api.People;

namespace Milestone.Api.Tests.Infrastructure;

/// <summary>
/// Gets people signed in the way real people are: invited, the link read from the e-mail that arrived
/// over SMTP, the invitation accepted and the sign-in mutation called.
/// </summary>
public static partial class Identities
{
    public const string Password = "correct horse battery staple";

    public const string AcceptInvitation = """
        mutation Accept($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { id email status } }
        """;

    public const string SignIn = """
        mutation SignIn($input: SignInInput!) {
          signIn(input: $input) { personId accessToken accessTokenExpiresAt refreshToken refreshTokenExpiresAt }
        }
        """;

    public const string Invite = """
        mutation Invite($input: InvitePersonInput!) { invitePerson(input: $input) { id email role clientId status invitationExpiresAt } }
        """;

    public const string CreateClient = """
        mutation CreateClient($input: CreateClientOrganisationInput!) { createClientOrganisation(input: $input) { id name timeZone locations } }
        """;

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<MilestoneApp, Task<SignedIn>> SharedAdministrators = new();

    /// <summary>
    /// One administrator per host, for tests that only need someone to set the scene; signed in
    /// afresh each time, since tests move the clock past token lifetimes.
    /// </summary>
    public static async Task<SignedIn> SharedAdministratorAsync(this MilestoneApp app) =>
        await app.SignInAsync((await SharedAdministrators.GetValue(app, fixture => fixture.AdministratorAsync())).Email);

    /// <summary>A new client organisation with one signed-in user of the given client role.</summary>
    public static async Task<SignedIn> ClientUserAsync(this MilestoneApp app, Role role = Role.ClientMember, string clientName = "Acme Corp")
    {
        var admin = await app.SharedAdministratorAsync();
        return await app.InvitedAndSignedInAsync(admin, role, await app.ClientOrganisationAsync(admin, clientName));
    }

    /// <summary>An administrator made the way the `admin create` command makes one.</summary>
    public static async Task<SignedIn> AdministratorAsync(this MilestoneApp app)
    {
        var email = UniqueEmail("admin", "msp.test");
        using var scope = app.Host.Services.CreateScope();
        if (app.Tenant is { } tenant)
        {
            scope.ServiceProvider.EnterTenant(tenant);
        }

        var invitation = new InvitePerson(Actor: null, Guid.CreateVersion7(app.Clock.GetUtcNow()), email, "Ada Admin", Role.Admin, ClientId: null);
        await scope.ServiceProvider.GetRequiredService<IMessageBus>().InvokeAsync(invitation);
        (await app.Host.GraphQLAsync(AcceptInvitation, new { input = new { token = invitation.Token, password = Password } })).Data("acceptInvitation");
        return await app.SignInAsync(email);
    }

    public static async Task<Guid> ClientOrganisationAsync(this MilestoneApp app, SignedIn admin, string name = "Acme Corp")
    {
        var created = await app.Host.GraphQLAsync(CreateClient, new { input = new { name, timeZone = "Europe/London", locations = new[] { "London" } } }, admin);
        return created.Data("createClientOrganisation").GetProperty("id").GetGuid();
    }

    public static async Task<SignedIn> InvitedAndSignedInAsync(this MilestoneApp app, SignedIn inviter, Role role, Guid? clientId, string? name = null)
    {
        var email = await app.InviteAsync(inviter, role, clientId, name);
        (await app.Host.GraphQLAsync(AcceptInvitation, new { input = new { token = await app.InvitationTokenSentToAsync(email), password = Password } }))
            .Data("acceptInvitation");
        return await app.SignInAsync(email);
    }

    public static async Task<string> InviteAsync(this MilestoneApp app, SignedIn inviter, Role role, Guid? clientId, string? name = null)
    {
        var email = UniqueEmail(role.ToString().ToLowerInvariant(), clientId is null ? "msp.test" : "client.test");
        var input = new { email, name = name ?? $"Test {role}", role = RoleName(role), clientId };
        (await app.Host.GraphQLAsync(Invite, new { input }, inviter)).Data("invitePerson");
        return email;
    }

    public static async Task<string> InvitationTokenSentToAsync(this MilestoneApp app, string email, int nth = 1)
    {
        await app.Mail.WaitForAsync(mail => mail.To.Contains(email, StringComparison.OrdinalIgnoreCase) && Count(app, email) >= nth, TimeSpan.FromSeconds(30));
        var mail = app.Mail.Received.Where(received => received.To.Contains(email, StringComparison.OrdinalIgnoreCase)).ElementAt(nth - 1);
        return Uri.UnescapeDataString(TokenInLink().Match(mail.TextBody!).Groups["token"].Value);
    }

    public static async Task<SignedIn> SignInAsync(this MilestoneApp app, string email, string password = Password)
    {
        var session = (await app.Host.GraphQLAsync(SignIn, new { input = new { email, password } })).Data("signIn");
        var accessToken = session.GetProperty("accessToken").GetString()!;
        var me = (await app.Host.GraphQLAsync("{ me { id clientId } }", signedIn: new SignedIn(Guid.Empty, email, null, accessToken, string.Empty))).Data("me");
        return new SignedIn(
            session.GetProperty("personId").GetGuid(),
            email,
            me.GetProperty("clientId").ValueKind == JsonValueKind.Null ? null : me.GetProperty("clientId").GetGuid(),
            accessToken,
            session.GetProperty("refreshToken").GetString()!);
    }

    public static string RoleName(Role role) => Regex.Replace(role.ToString(), "(?<=[a-z])(?=[A-Z])", "_").ToUpperInvariant();

    private static int Count(MilestoneApp app, string email) =>
        app.Mail.Received.Count(received => received.To.Contains(email, StringComparison.OrdinalIgnoreCase));

    private static string UniqueEmail(string who, string domain) => $"{who}-{Guid.NewGuid():N}@{domain}";

    [GeneratedRegex(@"token=(?<token>[A-Za-z0-9%_\-]+)")]
    private static partial Regex TokenInLink();
}
