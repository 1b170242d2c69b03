namespace Milestone.FaultSuite;

/// <summary>
/// What the demo MSP needs for the faults to touch every guarantee: a 24×7 SLA whose targets (one and two
/// minutes) fall due during the run, and an hour bank with hours on every client.
/// </summary>
public static class Setup
{
    public const string AdminEmail = "admin@demo.milestone.test";

    public static async Task PrepareAsync(GraphQLClient api, string password, CancellationToken giveUp)
    {
        var admin = await api.SignInAsync(AdminEmail, password, giveUp);
        var calendar = await api.MustAsync(
            admin,
            "mutation($input: BusinessCalendarInput!) { defineBusinessCalendar(input: $input) { id } }",
            new { input = new { name = "Fault suite 24x7", timeZone = "Etc/UTC", alwaysOpen = true } },
            giveUp);
        var calendarId = calendar.GetProperty("defineBusinessCalendar").GetProperty("id").GetString();
        var targets = new[] { "LOW", "NORMAL", "HIGH", "CRITICAL" }.Select(urgency => new { urgency, responseMinutes = 1, resolutionMinutes = 2 });
        var policy = await api.MustAsync(
            admin,
            "mutation($input: SlaPolicyInput!) { defineSlaPolicy(input: $input) { id } }",
            new { input = new { name = "Fault suite minutes", calendarId, timeZoneSource = "CALENDAR", atRiskPercent = 50, targets } },
            giveUp);
        var policyId = policy.GetProperty("defineSlaPolicy").GetProperty("id").GetString();

        var clients = await api.MustAsync(admin, "{ clientOrganisations { id hourBank { currency } } }", new { }, giveUp);
        foreach (var client in clients.GetProperty("clientOrganisations").EnumerateArray())
        {
            var clientId = client.GetProperty("id").GetString();
            await api.MustAsync(
                admin,
                "mutation($clientId: ID!, $policyId: ID) { chooseClientSlaPolicy(clientId: $clientId, policyId: $policyId) { id } }",
                new { clientId, policyId },
                giveUp);

            // The demo opens banks on its clients already; the suite buys its hours on whichever bank is open, in its currency.
            var bank = client.GetProperty("hourBank");
            var currency = bank.ValueKind == System.Text.Json.JsonValueKind.Null ? "EUR" : bank.GetProperty("currency").GetString();
            if (bank.ValueKind == System.Text.Json.JsonValueKind.Null)
            {
                await api.MustAsync(
                    admin,
                    "mutation($clientId: ID!, $currency: String!, $terms: HourBankTermsInput!) { openHourBank(clientId: $clientId, currency: $currency, terms: $terms) { bankId } }",
                    new { clientId, currency, terms = new { billingIncrementMinutes = 15, overageRatePerHour = 120m, lowBalanceThreshold = new { measure = "MINUTES", value = 60 } } },
                    giveUp);
            }

            await api.MustAsync(
                admin,
                "mutation($clientId: ID!, $input: PurchaseHourBlockInput!) { purchaseHourBlock(clientId: $clientId, input: $input) { bankId } }",
                new { clientId, input = new { minutes = 600_000, price = 100_000m, currency, purchasedOn = DateOnly.FromDateTime(DateTime.UtcNow), clientCreditId = Guid.NewGuid() } },
                giveUp);
        }
    }
}
