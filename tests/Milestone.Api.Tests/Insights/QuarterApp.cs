using Milestone.Api.Tests.Teams;

namespace Milestone.Api.Tests.Insights;

/// <summary>
/// A quarter (2026-Q4) seeded once through the API, to check dashboards and reports against figures worked out
/// by hand. Office hours 09:00–17:00 London (= UTC in November); NORMAL 4 h / 16 h, HIGH 2 h / 8 h, LOW 8 h / 40 h.
/// Initech has an hour bank (EUR, 15-minute increments) with a 600-minute block bought on Monday 2 November.
///
/// | when            | what                                                        | SLA                                |
/// |-----------------|-------------------------------------------------------------|------------------------------------|
/// | Mon 2 Nov 08:00 | teams: Ann in Service desk, Bob in Field                    |                                    |
/// | Mon 08:00       | Initech submits R1 NORMAL, R2 HIGH, R3 NORMAL; Globex G1    | clocks count from 09:00            |
/// | Mon 09:30       | Bob replies on R2                                           | R2 response 30 min, met (Bob)      |
/// | Mon 10:00       | Ann replies on R1 and logs 90 min on it                     | R1 response 1 h, met (Ann)         |
/// | Mon 12:00       | Ann completes R1                                            | R1 resolution 3 h, met (Ann)       |
/// | Tue 3 Nov 09:00 | Bob leaves Field and joins Service desk                     |                                    |
/// | Tue 10:00       | Bob completes R2 and logs 60 min on it (work date 3 Nov)    | R2 resolution 9 h of 8 h, late     |
/// | Wed 4 Nov 09:00 | the Initech member reopens R1                               | R1 resolution cycle 2 starts       |
/// | Wed 11:00       | Ann completes R1 again                                      | cycle 2: 2 h, met (Ann)            |
/// | Tue 1 Dec 09:00 | Initech submits R4 LOW; cancels it at 10:00                 | not counted                        |
///
/// R3 and G1 stay open; "now" is Tuesday 1 December 10:00.
/// </summary>
public sealed class QuarterApp : MilestoneApp, IAsyncLifetime
{
    public static readonly DateTimeOffset Monday = new(2026, 11, 2, 0, 0, 0, TimeSpan.Zero);

    public SignedIn Admin { get; private set; } = null!;

    public SignedIn Member { get; private set; } = null!;

    public SignedIn GlobexMember { get; private set; } = null!;

    public SignedIn Ann { get; private set; } = null!;

    public SignedIn Bob { get; private set; } = null!;

    public Guid ServiceDesk { get; private set; }

    public Guid Field { get; private set; }

    public Guid Initech => Member.ClientId!.Value;

    public Guid Globex => GlobexMember.ClientId!.Value;

    protected override IEnumerable<(string Key, string Value)> Settings =>
    [
        ("Milestone:Auth:AccessTokenLifetime", "60.00:00:00"),
        ("Milestone:ScheduledMessagePolling", "00:00:01"),
    ];

    async Task IAsyncLifetime.InitializeAsync()
    {
        await InitializeAsync();
        await SeedAsync();
    }

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync();

    private async Task SeedAsync()
    {
        Clock.SetUtcNow(Monday.AddHours(8));
        await this.DefaultPolicyAsync();
        Admin = await this.SharedAdministratorAsync();
        var initech = await this.ClientOrganisationAsync(Admin, "Initech");
        var globex = await this.ClientOrganisationAsync(Admin, "Globex");
        Member = await this.InvitedAndSignedInAsync(Admin, Role.ClientAdmin, initech);
        GlobexMember = await this.InvitedAndSignedInAsync(Admin, Role.ClientMember, globex);
        Ann = await this.InvitedAndSignedInAsync(Admin, Role.Agent, null, "Ann Agent");
        Bob = await this.InvitedAndSignedInAsync(Admin, Role.Agent, null, "Bob Agent");
        ServiceDesk = await TeamAsync("Service desk", Ann);
        Field = await TeamAsync("Field", Bob);
        Ok(await Host.GraphQLAsync(HourBankScenes.Open, new { clientId = initech, threshold = 0 }, Admin));
        Ok(await Host.GraphQLAsync(HourBankScenes.Purchase, new { clientId = initech, minutes = 600, purchasedOn = "2026-11-02" }, Admin));

        var r1 = await this.SubmitAsync(Member);
        var r2 = await this.SubmitAsync(Member, "HIGH");
        await this.SubmitAsync(Member);
        await this.SubmitAsync(GlobexMember);

        await At(Monday.AddHours(9.5), () => Reply(Bob, r2));
        await At(Monday.AddHours(10), () => Reply(Ann, r1));
        await At(Monday.AddHours(10), () => Log(Ann, r1, 90, "2026-11-02"));
        await At(Monday.AddHours(12), async () => await Change(Ann, r1, "completeRequest"));
        await At(Monday.AddDays(1).AddHours(9), async () =>
        {
            Ok(await Host.GraphQLAsync(TeamScenes.Remove, new { teamId = Field, personId = Bob.PersonId }, Admin));
            Ok(await Host.GraphQLAsync(TeamScenes.Add, new { teamId = ServiceDesk, personId = Bob.PersonId }, Admin));
        });
        await At(Monday.AddDays(1).AddHours(10), async () => await Change(Bob, r2, "completeRequest"));
        await At(Monday.AddDays(1).AddHours(10), () => Log(Bob, r2, 60, "2026-11-03"));
        await At(Monday.AddDays(2).AddHours(9), async () => await Change(Member, r1, "reopenRequest", ", reason: \"Still jams\""));
        await At(Monday.AddDays(2).AddHours(11), async () => await Change(Ann, r1, "completeRequest"));
        await At(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero), async () => Ok(await Host.GraphQLAsync(
            "mutation { submitRequest(input: {title: \"New laptop\", urgency: LOW}) { request { id } } }", signedIn: Member)));
        var r4 = (await Host.GraphQLAsync("{ requests(first: 1) { edges { node { id } } } }", signedIn: Member))
            .Data("requests").GetProperty("edges")[0].GetProperty("node").GetProperty("id").GetString()!;
        await At(new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.Zero), async () => await Change(Member, r4, "cancelRequest", ", reason: \"Bought one\""));
        await Host.WaitForNonStaleProjectionDataAsync(TimeSpan.FromSeconds(60));
    }

    private async Task At(DateTimeOffset moment, Func<Task> change)
    {
        Clock.SetUtcNow(moment);
        await this.SettledAsync(async () =>
        {
            await change();
            return true;
        });
    }

    private async Task<Guid> TeamAsync(string name, SignedIn member)
    {
        var team = (await Host.GraphQLAsync(TeamScenes.Create, new { name }, Admin)).Data("createTeam").GetProperty("id").GetGuid();
        Ok(await Host.GraphQLAsync(TeamScenes.Add, new { teamId = team, personId = member.PersonId }, Admin));
        return team;
    }

    private async Task Reply(SignedIn agent, string requestId) =>
        Ok(await Host.GraphQLAsync("mutation($requestId: ID!) { postMessage(requestId: $requestId, body: \"On it\") { id } }", new { requestId }, agent));

    private async Task Log(SignedIn agent, string requestId, int minutes, string workDate) =>
        Ok(await Host.GraphQLAsync(HourBankScenes.Log, new { requestId, minutes, workDate, billable = true }, agent));

    private async Task Change(SignedIn who, string requestId, string mutation, string arguments = "")
    {
        var version = (await Host.GraphQLAsync("query($id: ID!) { request(id: $id) { version } }", new { id = requestId }, Admin)).Data("request").GetProperty("version").GetInt32();
        Ok(await Host.GraphQLAsync($"mutation($id: ID!, $version: Int!) {{ {mutation}(requestId: $id, version: $version{arguments}) {{ id }} }}", new { id = requestId, version }, who));
    }

    private static void Ok(JsonElement response) => Assert.False(response.TryGetProperty("errors", out var errors), errors.ToString());
}
