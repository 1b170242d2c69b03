namespace Milestone.Api.Tests.Sla;

/// <summary>
/// SLA set-ups in GraphQL: office hours Monday to Friday 09:00–17:00 and targets (minutes) of
/// LOW 480/2400, NORMAL 240/960, HIGH 120/480, CRITICAL 30/240, at risk at 75 %.
/// The tests' clock starts on Monday 2 November 2026, 08:00 UTC, when London is on UTC.
/// </summary>
public static class SlaScenes
{
    public const string DefineCalendar = """
        mutation($input: BusinessCalendarInput!) { defineBusinessCalendar(input: $input) { id name calendarVersion streamVersion timeZone workingHours { day start end } } }
        """;

    public const string DefinePolicy = """
        mutation($input: SlaPolicyInput!, $isDefault: Boolean) { defineSlaPolicy(input: $input, isDefault: $isDefault) { id name isDefault policyVersion streamVersion atRiskPercent targets { urgency responseMinutes resolutionMinutes } } }
        """;

    public const string RevisePolicy = """
        mutation($id: ID!, $version: Int!, $input: SlaPolicyInput!) { reviseSlaPolicy(id: $id, version: $version, input: $input) { id policyVersion streamVersion } }
        """;

    public const string Sla = """
        query($id: ID!) {
          request(id: $id) {
            sla {
              policyId policyVersion standing
              response { state colour cycle dueAt stoppedAt targetSeconds elapsedSeconds remainingSeconds }
              resolution { state colour cycle dueAt stoppedAt targetSeconds elapsedSeconds remainingSeconds }
            }
          }
        }
        """;

    public static object OfficeHours(string name = "London office", string timeZone = "Europe/London") => new
    {
        name,
        timeZone,
        workingHours = new[] { "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY" }.Select(day => new { day, start = "09:00", end = "17:00" }),
        holidays = new[] { new { date = "2026-12-25", name = "Christmas Day", recursYearly = true } },
    };

    public static object Standard(string calendarId, string name = "Standard", string timeZoneSource = "CALENDAR", int normalResponseMinutes = 240) => new
    {
        name,
        calendarId,
        timeZoneSource,
        atRiskPercent = 75,
        targets = new[]
        {
            new { urgency = "LOW", responseMinutes = 480, resolutionMinutes = 2400 },
            new { urgency = "NORMAL", responseMinutes = normalResponseMinutes, resolutionMinutes = 960 },
            new { urgency = "HIGH", responseMinutes = 120, resolutionMinutes = 480 },
            new { urgency = "CRITICAL", responseMinutes = 30, resolutionMinutes = 240 },
        },
    };

    /// <summary>The default policy on London office hours, defined once per database.</summary>
    public static async Task<string> DefaultPolicyAsync(this MilestoneApp app)
    {
        var admin = await app.SharedAdministratorAsync();
        var existing = (await app.Host.GraphQLAsync("{ slaPolicies { id isDefault } }", signedIn: admin)).Data("slaPolicies")
            .EnumerateArray().FirstOrDefault(policy => policy.GetProperty("isDefault").GetBoolean());
        if (existing.ValueKind == JsonValueKind.Object)
        {
            return existing.GetProperty("id").GetString()!;
        }

        var calendarId = await app.CalendarAsync(admin, OfficeHours());
        return (await app.Host.GraphQLAsync(DefinePolicy, new { input = Standard(calendarId), isDefault = true }, admin))
            .Data("defineSlaPolicy").GetProperty("id").GetString()!;
    }

    public static async Task<string> CalendarAsync(this MilestoneApp app, SignedIn admin, object calendar) =>
        (await app.Host.GraphQLAsync(DefineCalendar, new { input = calendar }, admin)).Data("defineBusinessCalendar").GetProperty("id").GetString()!;

    /// <summary>A client member and an agent, and the member's request submitted now (NORMAL unless said otherwise), its clocks started.</summary>
    public static async Task<(SignedIn Member, SignedIn Agent, string RequestId)> SubmittedAsync(
        this MilestoneApp app, string urgency = "NORMAL", string clientName = "Acme Corp", string timeZone = "Europe/London")
    {
        var admin = await app.SharedAdministratorAsync();
        var clientId = (await app.Host.GraphQLAsync(
            "mutation($input: CreateClientOrganisationInput!) { createClientOrganisation(input: $input) { id } }",
            new { input = new { name = clientName, timeZone } },
            admin)).Data("createClientOrganisation").GetProperty("id").GetGuid();
        var member = await app.InvitedAndSignedInAsync(admin, Role.ClientMember, clientId);
        var agent = await app.InvitedAndSignedInAsync(admin, Role.Agent, null);
        return (member, agent, await app.SubmitAsync(member, urgency));
    }

    public static async Task<string> SubmitAsync(this MilestoneApp app, SignedIn member, string urgency = "NORMAL") =>
        (await app.SettledAsync(() => app.Host.GraphQLAsync(RequestDocuments.Submit, new { input = new { title = "Printer jams", urgency } }, member)))
            .Data("submitRequest").GetProperty("request").GetProperty("id").GetString()!;

    public static async Task<JsonElement> SlaAsync(this MilestoneApp app, SignedIn who, string requestId) =>
        (await app.Host.GraphQLAsync(Sla, new { id = requestId }, who)).Data("request").GetProperty("sla");

    public static DateTimeOffset DueAt(this JsonElement target) => target.GetProperty("dueAt").GetDateTimeOffset();

    public static string State(this JsonElement target) => target.GetProperty("state").GetString()!;

    /// <summary>A change to the request through GraphQL, waiting until the clock has followed it.</summary>
    public static Task<JsonElement> ChangedAsync(this MilestoneApp app, SignedIn who, string document, object variables) =>
        app.SettledAsync(() => app.Host.GraphQLAsync(document, variables, who));
}
