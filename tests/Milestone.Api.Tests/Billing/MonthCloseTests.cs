using Milestone.Api.Billing;
using Milestone.Domain.Billing;
using Milestone.Api.Tests.HourBanks;

namespace Milestone.Api.Tests.Billing;

/// <summary>
/// Closing a month through the host: a bank client's block and overage, a pay-as-you-go client's time, and worklogs
/// corrected after the invoice was issued, billed on the next month's invoice — closed by the service itself a day after
/// the month ends. The clients are in London.
/// </summary>
[Collection(Collections.HourBanks)]
public sealed class MonthCloseTests(HourBankApp app)
{
    private static readonly BankCalendar London = new("Europe/London");

    private const string Close = """
        mutation($clientId: ID!, $month: DateOnly!) {
          closeBillingMonth(clientId: $clientId, month: $month) { id status currency subtotal lines { description quantity unitPrice amount bills { kind entryId minutes ratePerHour } } }
        }
        """;

    private const string Correct = """
        mutation($r: ID!, $w: ID!, $m: Int!, $d: DateOnly!) { correctWorklog(requestId: $r, worklogId: $w, minutes: $m, workDate: $d, billable: true) { id } }
        """;

    [Fact]
    public async Task A_bank_clients_month_bills_its_block_and_overage_settles_the_overage_and_a_later_correction_is_billed_next_month()
    {
        var scene = await app.SceneAsync();
        var month = London.MonthOf(app.Clock.GetUtcNow());
        await app.PurchaseAsync(scene, 60);
        var worklogId = await app.LogAsync(scene, 135);
        var workDate = app.Today();

        var early = await app.Host.GraphQLAsync(Close, new { clientId = scene.ClientId, month }, scene.Admin);
        app.Clock.SetUtcNow(London.End(month).AddMinutes(5));
        var november = (await app.SettledAsync(() => app.Host.GraphQLAsync(Close, new { clientId = scene.ClientId, month }, scene.Admin))).Data("closeBillingMonth");
        var closedAgain = (await app.Host.GraphQLAsync(Close, new { clientId = scene.ClientId, month }, scene.Admin)).Data("closeBillingMonth");
        var settled = await app.BankAsync(scene);
        (await app.Host.GraphQLAsync("mutation($id: ID!) { issueInvoice(invoiceId: $id) { status } }", new { id = november.GetProperty("id").GetString() }, scene.Admin)).Data("issueInvoice");

        app.Clock.Advance(TimeSpan.FromDays(1));
        await app.SettledAsync(() => app.Host.GraphQLAsync(Correct, new { r = scene.RequestId, w = worklogId, m = 180, d = workDate }, scene.Agent));
        app.Clock.SetUtcNow(London.End(month.AddMonths(1)).AddDays(1).AddMinutes(1));
        Assert.Equal(2, await app.MakeDueAsync(nameof(BillingMonthDue), scene.ClientId.ToString()));
        var december = await DraftedAsync(BillingMonth.InvoiceIdFor(scene.ClientId, month.AddMonths(1)), scene.Admin);

        Assert.Equal(("VALIDATION", "month"), (early.SingleError().Code(), early.SingleError().Extension("field")));
        Assert.Equal(
            [("Hour block of 1 hours, bought " + workDate.ToString("yyyy-MM-dd"), 1000m), ("Overage beyond the hour bank: 1h 15m over 1 worklog(s) at 120.00 EUR/h", 150m)],
            Lines(november));
        Assert.Equal(("DRAFT", 1150m), (november.GetProperty("status").GetString(), november.GetProperty("subtotal").GetDecimal()));
        Assert.Equal(november.GetProperty("id").GetString(), closedAgain.GetProperty("id").GetString());
        Assert.Equal((0, 0), (settled.Minutes("overageMinutes"), settled.Minutes("remainingMinutes")));
        Assert.Equal(
            [("Overage beyond the hour bank: 2 hours over 1 worklog(s) at 120.00 EUR/h", 240m), ("Overage billed before and given back by corrected worklogs: 1h 15m at 120.00 EUR/h", -150m)],
            Lines(december));
        Assert.Equal("OVERAGE_RETURNED", december.GetProperty("lines")[1].GetProperty("bills")[0].GetProperty("kind").GetString());
        var drafted = await app.SettledAsync(() => app.Host.GraphQLAsync("{ notifications(first: 50) { edges { node { kind title body clientId } } } }", signedIn: scene.Admin));
        Assert.Equal(
            [($"Initech's invoice for {month.AddMonths(1).ToString("MMMM yyyy", CultureInfo.InvariantCulture)} is ready to review", "The month's close drafted 2 line(s), 90.00 EUR before tax; review and issue it.")],
            drafted.Data("notifications").GetProperty("edges").EnumerateArray().Select(edge => edge.GetProperty("node"))
                .Where(notification => notification.GetProperty("kind").GetString() == "INVOICE_DRAFTED" && notification.GetProperty("clientId").GetString() == scene.ClientId.ToString())
                .Select(notification => (notification.GetProperty("title").GetString(), notification.GetProperty("body").GetString())));
    }

    [Fact]
    public async Task A_pay_as_you_go_clients_time_is_billed_at_its_rates_and_a_correction_after_issue_is_a_line_on_the_next_invoice()
    {
        var scene = await app.SceneAsync(open: false);
        var rates = await app.Host.GraphQLAsync(
            """
            mutation($clientId: ID!) {
              setClientRates(clientId: $clientId, input: { currency: "gbp", incrementMinutes: 15, hourlyRate: 100, serviceRates: [{ category: "Printing", ratePerHour: 90 }], roleRates: [{ role: TEAM_LEAD, ratePerHour: 140 }] }) {
                rates { currency incrementMinutes hourlyRate serviceRates { category ratePerHour } roleRates { role ratePerHour } }
              }
            }
            """,
            new { clientId = scene.ClientId }, scene.Admin);
        var refused = await app.Host.GraphQLAsync(
            "mutation($clientId: ID!) { setClientRates(clientId: $clientId, input: { currency: \"GBP\", incrementMinutes: 15, hourlyRate: 100 }) { id } }",
            new { clientId = scene.ClientId }, scene.ClientAdmin);
        var month = London.MonthOf(app.Clock.GetUtcNow());
        var worklogId = await app.LogAsync(scene, 50);
        await app.LogAsync(scene, 20, billable: false);
        var workDate = app.Today();

        app.Clock.SetUtcNow(London.End(month).AddMinutes(5));
        var first = (await app.SettledAsync(() => app.Host.GraphQLAsync(Close, new { clientId = scene.ClientId, month }, scene.Admin))).Data("closeBillingMonth");
        (await app.Host.GraphQLAsync("mutation($id: ID!) { issueInvoice(invoiceId: $id) { status } }", new { id = first.GetProperty("id").GetString() }, scene.Admin)).Data("issueInvoice");
        await app.SettledAsync(() => app.Host.GraphQLAsync(Correct, new { r = scene.RequestId, w = worklogId, m = 100, d = workDate }, scene.Agent));
        app.Clock.SetUtcNow(London.End(month.AddMonths(1)).AddMinutes(5));
        var next = (await app.SettledAsync(() => app.Host.GraphQLAsync(Close, new { clientId = scene.ClientId, month = month.AddMonths(1) }, scene.Admin))).Data("closeBillingMonth");
        await app.Host.WaitForNonStaleProjectionDataAsync(TimeSpan.FromSeconds(60));
        await using var connection = new NpgsqlConnection(app.ConnectionString);
        await connection.OpenAsync();
        var billedEntries = await connection.RowsAsync(
            $"select kind, entry_id, minutes, rate_per_hour from reporting.invoice_line_entries where invoice_id in ('{first.GetProperty("id").GetString()}', '{next.GetProperty("id").GetString()}') order by minutes");

        Assert.Equal("GBP", rates.Data("setClientRates").GetProperty("rates").GetProperty("currency").GetString());
        Assert.Equal("FORBIDDEN", refused.SingleError().Code());
        Assert.Equal([("Support: 1 hours over 1 worklog(s) at 100.00 GBP/h", 100m)], Lines(first));
        Assert.Equal(("GBP", worklogId), (first.GetProperty("currency").GetString(), first.GetProperty("lines")[0].GetProperty("bills")[0].GetProperty("entryId").GetString()));
        Assert.Equal([($"Correction to work of {workDate:yyyy-MM-dd} (Support): billed 1 hours, now 1h 45m, at 100.00 GBP/h", 75m)], Lines(next));
        Assert.Equal([$"Worklog|{worklogId}|45|100.0000", $"Worklog|{worklogId}|60|100.0000"], billedEntries);
    }

    [Fact]
    public async Task Only_commercial_staff_who_work_with_the_client_close_its_month_and_a_month_with_nothing_to_bill_makes_no_invoice()
    {
        var scene = await app.SceneAsync();
        var month = London.MonthOf(app.Clock.GetUtcNow());
        var outsider = await app.ClientUserAsync(Role.ClientAdmin, "Not Initech");
        app.Clock.SetUtcNow(London.End(month).AddMinutes(5));

        var byAgent = await app.Host.GraphQLAsync(Close, new { clientId = scene.ClientId, month }, scene.Agent);
        var byClient = await app.Host.GraphQLAsync(Close, new { clientId = scene.ClientId, month }, scene.ClientAdmin);
        var byOutsider = await app.Host.GraphQLAsync(Close, new { clientId = scene.ClientId, month }, outsider);
        var beforeTheClient = await app.Host.GraphQLAsync(Close, new { clientId = scene.ClientId, month = month.AddMonths(-1) }, scene.Admin);
        var endOfTime = await app.Host.GraphQLAsync(Close, new { clientId = scene.ClientId, month = "9999-12-01" }, scene.Admin);
        var nothing = await app.Host.GraphQLAsync(Close, new { clientId = scene.ClientId, month }, scene.Admin);
        var client = (await app.Host.GraphQLAsync("query($id: ID!) { clientOrganisation(id: $id) { closedBillingMonths { month invoiceId } } }", new { id = scene.ClientId }, scene.Admin))
            .Data("clientOrganisation");

        Assert.Equal(("FORBIDDEN", "FORBIDDEN", "NOT_FOUND"), (byAgent.SingleError().Code(), byClient.SingleError().Code(), byOutsider.SingleError().Code()));
        Assert.Equal(("VALIDATION", "month"), (beforeTheClient.SingleError().Code(), beforeTheClient.SingleError().Extension("field")));
        Assert.Equal(("VALIDATION", "month"), (endOfTime.SingleError().Code(), endOfTime.SingleError().Extension("field")));
        Assert.Equal(JsonValueKind.Null, nothing.Data("closeBillingMonth").ValueKind);
        Assert.Equal($"{month:yyyy-MM-dd}|", string.Join(",", client.GetProperty("closedBillingMonths").EnumerateArray().Select(closed => $"{closed.GetProperty("month").GetString()}|{closed.GetProperty("invoiceId").GetString()}")));
    }

    private async Task<JsonElement> DraftedAsync(Guid invoiceId, SignedIn admin)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (true)
        {
            var response = await app.Host.GraphQLAsync(
                "query($id: ID!) { invoice(id: $id) { id status currency subtotal lines { description quantity unitPrice amount bills { kind entryId minutes ratePerHour } } } }",
                new { id = invoiceId }, admin);
            if (!response.TryGetProperty("errors", out _))
            {
                return response.Data("invoice");
            }

            Assert.True(DateTime.UtcNow < deadline, "The month was not closed within 30 s.");
            await Task.Delay(TimeSpan.FromMilliseconds(100));
        }
    }

    private static List<(string, decimal)> Lines(JsonElement invoice) =>
        [.. invoice.GetProperty("lines").EnumerateArray().Select(line => (line.GetProperty("description").GetString()!, line.GetProperty("amount").GetDecimal()))];
}
