namespace Milestone.Api.Tests.HourBanks;

/// <summary>A client with a client admin, an agent, one request, and (unless asked not to) a bank in EUR billed in 15-minute increments.</summary>
public sealed record BankScene(SignedIn Admin, Guid ClientId, SignedIn ClientAdmin, SignedIn Agent, string RequestId);

public static class HourBankScenes
{
    public const string Fields = """
        bankId clientId asOf currency timeZone billingIncrementMinutes overageRatePerHour
        lowBalanceThreshold { measure value minutes }
        purchasedMinutes allocatedMinutes adjustedMinutes consumedMinutes expiredMinutes remainingMinutes overageMinutes overageAmount
        credits { creditId minutes remainingMinutes expiresOn contractId month }
        moreHoursRequests { id requestedMinutes note }
        """;

    public const string Bank = $$"""query($clientId: ID!, $asOf: DateTimeOffset) { hourBank(clientId: $clientId, asOf: $asOf) { {{Fields}} } }""";

    public const string Open = $$"""
        mutation($clientId: ID!, $threshold: Int!) {
          openHourBank(clientId: $clientId, currency: "eur", terms: { billingIncrementMinutes: 15, overageRatePerHour: 120, lowBalanceThreshold: { measure: MINUTES, value: $threshold } }) { {{Fields}} }
        }
        """;

    public const string Purchase = $$"""
        mutation($clientId: ID!, $minutes: Int!, $purchasedOn: DateOnly!, $expiresOn: DateOnly, $id: ID) {
          purchaseHourBlock(clientId: $clientId, input: { minutes: $minutes, price: 1000, currency: "EUR", purchasedOn: $purchasedOn, expiresOn: $expiresOn, clientCreditId: $id }) { {{Fields}} }
        }
        """;

    public const string Contract = $$"""
        mutation($clientId: ID!, $minutes: Int!, $startMonth: DateOnly!) {
          contractMonthlyAllocation(clientId: $clientId, input: { minutesPerMonth: $minutes, startMonth: $startMonth, rollover: { carriesOver: false } }) { {{Fields}} }
        }
        """;

    public const string Adjust = $$"""
        mutation($clientId: ID!, $minutes: Int!, $reason: String!) { adjustHours(clientId: $clientId, minutes: $minutes, reason: $reason) { {{Fields}} } }
        """;

    public const string AskForMore = $$"""
        mutation($clientId: ID!, $minutes: Int!, $note: String) { requestMoreHours(clientId: $clientId, minutes: $minutes, note: $note) { {{Fields}} } }
        """;

    public const string Log = """
        mutation($requestId: ID!, $minutes: Int!, $workDate: DateOnly!, $billable: Boolean, $idempotencyKey: String) {
          logWork(requestId: $requestId, minutes: $minutes, workDate: $workDate, billable: $billable, idempotencyKey: $idempotencyKey) { id }
        }
        """;

    public static async Task<BankScene> SceneAsync(this MilestoneApp app, bool open = true, int threshold = 0)
    {
        var admin = await app.SharedAdministratorAsync();
        var clientId = await app.ClientOrganisationAsync(admin, "Initech");
        var clientAdmin = await app.InvitedAndSignedInAsync(admin, Role.ClientAdmin, clientId);
        var agent = await app.InvitedAndSignedInAsync(admin, Role.Agent, null);
        var submitted = await app.Host.GraphQLAsync(RequestDocuments.Submit, new { input = new { title = "Printer jams" } }, clientAdmin);
        var requestId = submitted.Data("submitRequest").GetProperty("request").GetProperty("id").GetString()!;
        if (open)
        {
            (await app.Host.GraphQLAsync(Open, new { clientId, threshold }, admin)).Data("openHourBank");
        }

        return new BankScene(admin, clientId, clientAdmin, agent, requestId);
    }

    public static DateOnly Today(this MilestoneApp app) => DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime);

    /// <summary>The month the scene's banks (in London) are in now, as statements name it: not always the UTC month (an hour apart in summer).</summary>
    public static string BankMonth(this MilestoneApp app) => new BankCalendar("Europe/London").MonthOf(app.Clock.GetUtcNow()).ToString("yyyy-MM", CultureInfo.InvariantCulture);

    public static async Task<JsonElement> PurchaseAsync(this MilestoneApp app, BankScene scene, int minutes, DateOnly? expiresOn = null) =>
        (await app.Host.GraphQLAsync(Purchase, new { clientId = scene.ClientId, minutes, purchasedOn = app.Today(), expiresOn }, scene.Admin)).Data("purchaseHourBlock");

    /// <summary>Logs work and waits until the forwarded worklog event has been posted to the bank.</summary>
    public static async Task<string> LogAsync(this MilestoneApp app, BankScene scene, int minutes, bool billable = true, string? requestId = null) =>
        await app.SettledAsync(async () => (await app.Host.GraphQLAsync(
            Log, new { requestId = requestId ?? scene.RequestId, minutes, workDate = app.Today(), billable }, scene.Agent)).Data("logWork").GetProperty("id").GetString()!);

    public static async Task<JsonElement> BankAsync(this MilestoneApp app, BankScene scene, SignedIn? caller = null, DateTimeOffset? asOf = null) =>
        (await app.Host.GraphQLAsync(Bank, new { clientId = scene.ClientId, asOf }, caller ?? scene.Admin)).Data("hourBank");

    public static int Minutes(this JsonElement bank, string field) => bank.GetProperty(field).GetInt32();
}
