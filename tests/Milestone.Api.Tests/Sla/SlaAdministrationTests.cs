namespace Milestone.Api.Tests.Sla;

/// <summary>Administrators manage calendars, policies and client overrides; everything else is refused and writes nothing.</summary>
[Collection(Collections.Sla)]
public sealed class SlaAdministrationTests(SlaApp app)
{
    [Fact]
    public async Task An_administrator_defines_a_calendar_and_a_policy_and_revising_the_policy_makes_a_new_version()
    {
        var admin = await app.SharedAdministratorAsync();
        var calendarId = await app.CalendarAsync(admin, SlaScenes.OfficeHours("Dublin office", "Europe/Dublin"));
        var policy = (await app.Host.GraphQLAsync(SlaScenes.DefinePolicy, new { input = SlaScenes.Standard(calendarId, "Gold") }, admin)).Data("defineSlaPolicy");

        var revised = (await app.Host.GraphQLAsync(
            SlaScenes.RevisePolicy,
            new { id = policy.GetProperty("id").GetString(), version = policy.GetProperty("streamVersion").GetInt32(), input = SlaScenes.Standard(calendarId, "Gold", normalResponseMinutes: 120) },
            admin)).Data("reviseSlaPolicy");

        Assert.Equal(("Gold", false, 1), (policy.GetProperty("name").GetString(), policy.GetProperty("isDefault").GetBoolean(), policy.GetProperty("policyVersion").GetInt32()));
        Assert.Equal(240, policy.GetProperty("targets")[1].GetProperty("responseMinutes").GetInt32());
        Assert.Equal(2, revised.GetProperty("policyVersion").GetInt32());
    }

    [Fact]
    public async Task Revising_a_policy_from_a_stale_version_is_a_conflict_and_writes_nothing()
    {
        var admin = await app.SharedAdministratorAsync();
        var calendarId = await app.CalendarAsync(admin, SlaScenes.OfficeHours());
        var policyId = (await app.Host.GraphQLAsync(SlaScenes.DefinePolicy, new { input = SlaScenes.Standard(calendarId, "Silver") }, admin))
            .Data("defineSlaPolicy").GetProperty("id").GetString();
        await app.Host.GraphQLAsync(SlaScenes.RevisePolicy, new { id = policyId, version = 1, input = SlaScenes.Standard(calendarId, "Silver", normalResponseMinutes: 180) }, admin);
        var before = await app.CountEventsAsync();

        var stale = await app.Host.GraphQLAsync(SlaScenes.RevisePolicy, new { id = policyId, version = 1, input = SlaScenes.Standard(calendarId, "Silver", normalResponseMinutes: 60) }, admin);

        Assert.Equal("CONFLICT", stale.SingleError().Code());
        Assert.Equal(before, await app.CountEventsAsync());
    }

    public static TheoryData<string, object, string> InvalidPolicies => new()
    {
        { "an at-risk threshold of 100 %", new { name = "Bad", atRiskPercent = 100 }, "atRiskPercent" },
        { "a target of zero", new { name = "Bad", normalResponseMinutes = 0 }, "targets" },
        { "no name", new { name = " ", atRiskPercent = 75 }, "name" },
    };

    [Theory]
    [MemberData(nameof(InvalidPolicies))]
    public async Task An_invalid_policy_is_refused_naming_the_field_and_writes_nothing(string why, object change, string field)
    {
        var admin = await app.SharedAdministratorAsync();
        var calendarId = await app.CalendarAsync(admin, SlaScenes.OfficeHours());
        var input = Invalid(calendarId, change);
        var before = await app.CountEventsAsync();

        var response = await app.Host.GraphQLAsync(SlaScenes.DefinePolicy, new { input }, admin);

        Assert.True(response.SingleError().Code() == "VALIDATION", why);
        Assert.Equal(field, response.SingleError().Extension("field"));
        Assert.Equal(before, await app.CountEventsAsync());
    }

    [Fact]
    public async Task A_calendar_without_working_time_or_with_an_unknown_zone_is_refused()
    {
        var admin = await app.SharedAdministratorAsync();
        var before = await app.CountEventsAsync();

        var idle = await app.Host.GraphQLAsync(SlaScenes.DefineCalendar, new { input = new { name = "Idle", timeZone = "Europe/London" } }, admin);
        var nowhere = await app.Host.GraphQLAsync(SlaScenes.DefineCalendar, new { input = new { name = "Nowhere", timeZone = "Mars/Olympus_Mons", alwaysOpen = true } }, admin);
        var badTime = await app.Host.GraphQLAsync(
            SlaScenes.DefineCalendar,
            new { input = new { name = "Odd", timeZone = "Europe/London", workingHours = new[] { new { day = "MONDAY", start = "9am", end = "17:00" } } } },
            admin);

        Assert.Equal(["VALIDATION", "VALIDATION", "VALIDATION"], new[] { idle, nowhere, badTime }.Select(response => response.SingleError().Code()));
        Assert.Equal("workingHours.start", badTime.SingleError().Extension("field"));
        Assert.Equal(before, await app.CountEventsAsync());
    }

    [Fact]
    public async Task There_is_one_default_policy()
    {
        await app.DefaultPolicyAsync();
        var admin = await app.SharedAdministratorAsync();
        var calendarId = await app.CalendarAsync(admin, SlaScenes.OfficeHours());
        var before = await app.CountEventsAsync();

        var second = await app.Host.GraphQLAsync(SlaScenes.DefinePolicy, new { input = SlaScenes.Standard(calendarId, "Another default"), isDefault = true }, admin);

        Assert.Equal("CONFLICT", second.SingleError().Code());
        Assert.Equal(before, await app.CountEventsAsync());
    }

    [Theory]
    [InlineData(Role.Agent)]
    [InlineData(Role.TeamLead)]
    [InlineData(Role.Executive)]
    public async Task Only_administrators_change_SLAs(Role role)
    {
        var scene = await app.RoleSceneAsync(role);
        var calendarId = await app.CalendarAsync(scene.Admin, SlaScenes.OfficeHours());

        await app.AssertForbiddenAndNothingRecordedAsync(() => app.Host.GraphQLAsync(SlaScenes.DefineCalendar, new { input = SlaScenes.OfficeHours() }, scene.Person));
        await app.AssertForbiddenAndNothingRecordedAsync(() => app.Host.GraphQLAsync(SlaScenes.DefinePolicy, new { input = SlaScenes.Standard(calendarId) }, scene.Person));
    }

    [Fact]
    public async Task Client_users_cannot_read_the_policies()
    {
        var member = await app.ClientUserAsync(Role.ClientAdmin);

        Assert.Equal("FORBIDDEN", (await app.Host.GraphQLAsync("{ slaPolicies { id } }", signedIn: member)).SingleError().Code());
        Assert.Equal("FORBIDDEN", (await app.Host.GraphQLAsync("{ businessCalendars { id } }", signedIn: member)).SingleError().Code());
    }

    [Fact]
    public async Task A_client_given_its_own_policy_counts_new_requests_under_it_and_running_clocks_keep_their_version()
    {
        await app.DefaultPolicyAsync();
        var admin = await app.SharedAdministratorAsync();
        var calendarId = await app.CalendarAsync(admin, SlaScenes.OfficeHours());
        var platinum = (await app.Host.GraphQLAsync(SlaScenes.DefinePolicy, new { input = SlaScenes.Standard(calendarId, "Platinum") }, admin)).Data("defineSlaPolicy");
        var platinumId = platinum.GetProperty("id").GetString();
        var (member, _, defaultRequest) = await app.SubmittedAsync(clientName: "Initech");
        var clientId = member.ClientId;

        var chosen = (await app.Host.GraphQLAsync(
            "mutation($clientId: ID!, $policyId: ID) { chooseClientSlaPolicy(clientId: $clientId, policyId: $policyId) { slaPolicyId } }",
            new { clientId, policyId = platinumId },
            admin)).Data("chooseClientSlaPolicy");
        var underPlatinum = await app.SubmitAsync(member);
        await app.Host.GraphQLAsync(SlaScenes.RevisePolicy, new { id = platinumId, version = 1, input = SlaScenes.Standard(calendarId, "Platinum", normalResponseMinutes: 60) }, admin);
        var underRevision = await app.SubmitAsync(member);

        Assert.Equal(platinumId, chosen.GetProperty("slaPolicyId").GetString());
        Assert.NotEqual(platinumId, (await app.SlaAsync(member, defaultRequest)).GetProperty("policyId").GetString());
        var first = await app.SlaAsync(member, underPlatinum);
        var second = await app.SlaAsync(member, underRevision);
        Assert.Equal((platinumId, 1, 4 * 3600), (first.GetProperty("policyId").GetString(), first.GetProperty("policyVersion").GetInt32(), first.GetProperty("response").GetProperty("targetSeconds").GetInt32()));
        Assert.Equal((platinumId, 2, 3600), (second.GetProperty("policyId").GetString(), second.GetProperty("policyVersion").GetInt32(), second.GetProperty("response").GetProperty("targetSeconds").GetInt32()));
    }

    [Fact]
    public async Task A_policy_that_follows_the_client_counts_in_the_clients_own_office_hours()
    {
        var monday = app.Clock.AdvanceToMondayMorning();
        var admin = await app.SharedAdministratorAsync();
        var calendarId = await app.CalendarAsync(admin, SlaScenes.OfficeHours("Office hours"));
        var local = (await app.Host.GraphQLAsync(SlaScenes.DefinePolicy, new { input = SlaScenes.Standard(calendarId, "Local hours", "CLIENT") }, admin))
            .Data("defineSlaPolicy").GetProperty("id").GetString();
        var (member, _, _) = await app.SubmittedAsync(clientName: "Gotham Inc", timeZone: "America/New_York");
        await app.Host.GraphQLAsync(
            "mutation($clientId: ID!, $policyId: ID) { chooseClientSlaPolicy(clientId: $clientId, policyId: $policyId) { id } }", new { clientId = member.ClientId, policyId = local }, admin);

        var requestId = await app.SubmitAsync(member);

        Assert.Equal(monday.AddHours(18), (await app.SlaAsync(member, requestId)).GetProperty("response").DueAt());
    }

    [Fact]
    public async Task A_request_about_a_location_with_its_own_time_zone_counts_in_the_locations_office_hours()
    {
        var monday = app.Clock.AdvanceToMondayMorning();
        var admin = await app.SharedAdministratorAsync();
        var calendarId = await app.CalendarAsync(admin, SlaScenes.OfficeHours("Office hours"));
        var local = (await app.Host.GraphQLAsync(SlaScenes.DefinePolicy, new { input = SlaScenes.Standard(calendarId, "Site hours", "CLIENT") }, admin))
            .Data("defineSlaPolicy").GetProperty("id").GetString();
        var (member, _, _) = await app.SubmittedAsync(clientName: "Wayne Enterprises", timeZone: "Europe/London");
        await app.Host.GraphQLAsync(
            "mutation($clientId: ID!, $policyId: ID) { chooseClientSlaPolicy(clientId: $clientId, policyId: $policyId) { id } }", new { clientId = member.ClientId, policyId = local }, admin);
        var newYork = (await app.Host.GraphQLAsync(
            "mutation($input: AddLocationInput!) { addLocation(input: $input) { id } }",
            new { input = new { clientId = member.ClientId, name = "New York office", timeZone = "America/New_York" } },
            admin)).Data("addLocation").GetProperty("id").GetString();

        var inLondon = await app.SubmitAsync(member);
        var inNewYork = (await app.SettledAsync(() => app.Host.GraphQLAsync(
            RequestDocuments.Submit, new { input = new { title = "Printer jams in New York", locationId = newYork } }, member)))
            .Data("submitRequest").GetProperty("request").GetProperty("id").GetString()!;

        var londonDue = (await app.SlaAsync(member, inLondon)).GetProperty("response").DueAt();
        Assert.Equal(monday.AddHours(18), (await app.SlaAsync(member, inNewYork)).GetProperty("response").DueAt());
        Assert.True(londonDue < monday.AddHours(18), $"London's hours come first, yet the request was due {londonDue:O}");
    }

    private static Dictionary<string, object?> Invalid(string calendarId, object change)
    {
        var input = System.Text.Json.JsonSerializer.SerializeToNode(SlaScenes.Standard(calendarId))!.AsObject();
        foreach (var property in System.Text.Json.JsonSerializer.SerializeToNode(change)!.AsObject())
        {
            if (property.Key == "normalResponseMinutes")
            {
                input["targets"]![1]!["responseMinutes"] = property.Value!.DeepClone();
            }
            else
            {
                input[property.Key] = property.Value!.DeepClone();
            }
        }

        return System.Text.Json.JsonSerializer.Deserialize<Dictionary<string, object?>>(input.ToJsonString())!;
    }
}
