namespace Milestone.Api.Tests.Sla;

/// <summary>
/// A client on its own policy over London office hours (09:00–17:00; NORMAL: 4 h to respond, 16 h to resolve). A NORMAL
/// request submitted Monday 08:00 is answered at 10:00 (1 h) and completed Wednesday 11:00: 8 h Monday, 8 h Tuesday,
/// 2 h Wednesday = 18 h, due Tuesday 17:00, late. The calendar forgot that Tuesday was a holiday: corrected, it took
/// 10 h, due Wednesday 17:00, in time. The response does not change.
/// </summary>
[Collection(Collections.Sla)]
public sealed class SlaRecomputationTests(SlaApp app)
{
    private const string Recompute = """
        mutation($policyId: ID!, $from: DateTimeOffset!, $to: DateTimeOffset!, $dryRun: Boolean!) {
          recomputeSlaClocks(policyId: $policyId, from: $from, to: $to, reason: "Tuesday was a holiday", dryRun: $dryRun) {
            dryRun clocksExamined changes { requestId kind cycle oldDueAt newDueAt oldElapsedSeconds newElapsedSeconds oldMet newMet }
          }
        }
        """;

    private const string WhatIf = """
        query($clientId: ID!, $policy: SlaPolicyInput!, $from: DateTimeOffset!, $to: DateTimeOffset!) {
          slaWhatIf(clientId: $clientId, policy: $policy, from: $from, to: $to) {
            requests actual { stopped met breached attainmentPercent atRisk running } proposed { stopped met breached attainmentPercent atRisk running }
          }
        }
        """;

    [Fact]
    public async Task Correcting_a_forgotten_holiday_recomputes_the_clocks_that_ran_over_it_and_a_dry_run_lists_exactly_what_the_real_run_records()
    {
        await app.DefaultPolicyAsync();
        var monday = app.Clock.AdvanceToMondayMorning();
        var admin = await app.SharedAdministratorAsync();
        var calendar = (await app.Host.GraphQLAsync(SlaScenes.DefineCalendar, new { input = SlaScenes.OfficeHours("Correctable office") }, admin)).Data("defineBusinessCalendar");
        var calendarId = calendar.GetProperty("id").GetString()!;
        var policyId = (await app.Host.GraphQLAsync(SlaScenes.DefinePolicy, new { input = SlaScenes.Standard(calendarId, "Correctable") }, admin))
            .Data("defineSlaPolicy").GetProperty("id").GetString()!;
        var (member, agent) = await ClientOnPolicyAsync(admin, policyId);
        var requestId = await app.SubmitAsync(member);
        await At(monday.AddHours(10), () => app.Host.GraphQLAsync("mutation($id: ID!) { postMessage(requestId: $id, body: \"On it\") { id } }", new { id = requestId }, agent));
        await At(monday.AddDays(2).AddHours(11), () => app.Host.GraphQLAsync($"mutation {{ completeRequest(requestId: \"{requestId}\", version: 2) {{ id }} }}", signedIn: agent));
        var tuesday = DateOnly.FromDateTime(monday.AddDays(1).UtcDateTime).ToString("yyyy-MM-dd");
        await app.Host.GraphQLAsync(
            "mutation($id: ID!, $input: BusinessCalendarInput!) { reviseBusinessCalendar(id: $id, version: 1, input: $input) { id } }",
            new { id = calendarId, input = WithHoliday(tuesday) },
            admin);
        var period = new { policyId, from = monday, to = monday.AddDays(7) };
        var before = await app.CountEventsAsync();

        var dryRun = (await app.Host.GraphQLAsync(Recompute, new { period.policyId, period.from, period.to, dryRun = true }, admin)).Data("recomputeSlaClocks");
        var afterDryRun = await app.CountEventsAsync();
        var real = (await app.Host.GraphQLAsync(Recompute, new { period.policyId, period.from, period.to, dryRun = false }, admin)).Data("recomputeSlaClocks");
        var again = (await app.Host.GraphQLAsync(Recompute, new { period.policyId, period.from, period.to, dryRun = false }, admin)).Data("recomputeSlaClocks");
        await app.Host.WaitForNonStaleProjectionDataAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(before, afterDryRun);
        var change = Assert.Single(dryRun.GetProperty("changes").EnumerateArray());
        Assert.Equal(
            (requestId, "RESOLUTION", monday.AddDays(1).AddHours(17), monday.AddDays(2).AddHours(17), 18 * 3600, 10 * 3600, false, true),
            (change.GetProperty("requestId").GetString(), change.GetProperty("kind").GetString(), change.GetProperty("oldDueAt").GetDateTimeOffset(),
                change.GetProperty("newDueAt").GetDateTimeOffset(), change.GetProperty("oldElapsedSeconds").GetInt32(), change.GetProperty("newElapsedSeconds").GetInt32(),
                change.GetProperty("oldMet").GetBoolean(), change.GetProperty("newMet").GetBoolean()));
        Assert.Equal(dryRun.GetProperty("changes").ToString(), real.GetProperty("changes").ToString());
        Assert.Equal(before + 1, await app.CountEventsAsync());
        Assert.Empty(again.GetProperty("changes").EnumerateArray());
        Assert.Equal("MET", (await app.SlaAsync(member, requestId)).GetProperty("resolution").State());
        var month = monday.AddDays(2).ToString("yyyy-MM");
        var compliance = (await app.Host.GraphQLAsync(
            "query($m: String!, $c: ID) { slaCompliance(fromMonth: $m, toMonth: $m, clientId: $c) { groups { resolutions { total met } } } }",
            new { m = month, c = member.ClientId },
            admin)).Data("slaCompliance");
        var resolutions = Assert.Single(compliance.GetProperty("groups").EnumerateArray()).GetProperty("resolutions");
        Assert.Equal((1, 1), (resolutions.GetProperty("total").GetInt32(), resolutions.GetProperty("met").GetInt32()));

        var tighter = SlaScenes.Standard(calendarId, "Tighter", normalResponseMinutes: 60);
        var priced = (await app.Host.GraphQLAsync(WhatIf, new { clientId = member.ClientId, policy = tighter, from = monday, to = monday.AddDays(7) }, admin)).Data("slaWhatIf");
        Assert.Equal(1, priced.GetProperty("requests").GetInt32());
        Assert.Equal("2/2/0", Figures(priced.GetProperty("actual")));
        Assert.Equal("2/1/1", Figures(priced.GetProperty("proposed")));
    }

    [Fact]
    public async Task Only_administrators_recompute_and_a_refused_recompute_writes_nothing()
    {
        var policyId = await app.DefaultPolicyAsync();
        var admin = await app.SharedAdministratorAsync();
        var manager = await app.InvitedAndSignedInAsync(admin, Role.AccountManager, null);
        var now = app.Clock.GetUtcNow();
        var before = await app.CountEventsAsync();

        var byManager = await app.Host.GraphQLAsync(Recompute, new { policyId, from = now.AddDays(-7), to = now, dryRun = false }, manager);
        var backwards = await app.Host.GraphQLAsync(Recompute, new { policyId, from = now, to = now.AddDays(-7), dryRun = false }, admin);

        Assert.Equal(("FORBIDDEN", "VALIDATION"), (byManager.SingleError().Code(), backwards.SingleError().Code()));
        Assert.Equal(before, await app.CountEventsAsync());
    }

    private async Task<(SignedIn Member, SignedIn Agent)> ClientOnPolicyAsync(SignedIn admin, string policyId)
    {
        var clientId = (await app.Host.GraphQLAsync(
            "mutation($input: CreateClientOrganisationInput!) { createClientOrganisation(input: $input) { id } }",
            new { input = new { name = "Correctable Ltd", timeZone = "Europe/London" } },
            admin)).Data("createClientOrganisation").GetProperty("id").GetGuid();
        await app.Host.GraphQLAsync(
            "mutation($clientId: ID!, $policyId: ID) { chooseClientSlaPolicy(clientId: $clientId, policyId: $policyId) { slaPolicyId } }", new { clientId, policyId }, admin);
        return (await app.InvitedAndSignedInAsync(admin, Role.ClientMember, clientId), await app.InvitedAndSignedInAsync(admin, Role.Agent, null));
    }

    private static object WithHoliday(string day) => new
    {
        name = "Correctable office",
        timeZone = "Europe/London",
        workingHours = new[] { "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY" }.Select(weekday => new { day = weekday, start = "09:00", end = "17:00" }),
        holidays = new[] { new { date = "2026-12-25", name = "Christmas Day", recursYearly = true }, new { date = day, name = "Forgotten holiday", recursYearly = false } },
    };

    private static string Figures(JsonElement figures) =>
        $"{figures.GetProperty("stopped").GetInt32()}/{figures.GetProperty("met").GetInt32()}/{figures.GetProperty("breached").GetInt32()}";

    private async Task At(DateTimeOffset moment, Func<Task<JsonElement>> change)
    {
        app.Clock.SetUtcNow(moment);
        var response = await app.SettledAsync(change);
        Assert.False(response.TryGetProperty("errors", out var errors), errors.ToString());
    }
}
