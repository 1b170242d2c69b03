using Milestone.Api.Billing;
using Milestone.Domain.Billing;
using Npgsql;

namespace Milestone.Api.Tests.Billing;

/// <summary>Invoices through the real host: drafted, issued with numbers without gaps, paid, overdue on time, seen only by whom they concern.</summary>
[Collection(Collections.HourBanks)]
public sealed class InvoicingTests(HourBankApp app)
{
    private const string Fields = "id number status currency subtotal tax total paid outstanding issuedOn dueOn lines { lineId amount } payments { paymentId amount }";

    private const string Draft = $"mutation($input: DraftInvoiceInput!) {{ draftInvoice(input: $input) {{ {Fields} }} }}";

    private const string AddLine = $"mutation($invoiceId: ID!, $input: InvoiceLineInput!) {{ addInvoiceLine(invoiceId: $invoiceId, input: $input) {{ {Fields} }} }}";

    private const string Issue = $"mutation($invoiceId: ID!) {{ issueInvoice(invoiceId: $invoiceId) {{ {Fields} }} }}";

    private const string Pay = $"mutation($invoiceId: ID!, $input: InvoicePaymentInput!) {{ recordInvoicePayment(invoiceId: $invoiceId, input: $input) {{ {Fields} }} }}";

    private const string Read = $"query($id: ID!) {{ invoice(id: $id) {{ {Fields} }} }}";

    [Fact]
    public async Task A_drafted_invoice_totals_its_lines_is_issued_with_a_number_and_paid_in_two_payments_counted_once_each()
    {
        var admin = await app.SharedAdministratorAsync();
        var clientAdmin = await app.ClientUserAsync(Role.ClientAdmin, "Invoiced Ltd");
        var invoiceId = await DraftedAsync(admin, clientAdmin.ClientId!.Value, ("Support block, 10 hours", 1m, 1000m), ("Overage", 1.5m, 95m));

        var hiddenDraft = await app.Host.GraphQLAsync(Read, new { id = invoiceId }, clientAdmin);
        var issued = (await app.SettledAsync(() => app.Host.GraphQLAsync(Issue, new { invoiceId }, admin))).Data("issueInvoice");
        var bell = (await app.Host.GraphQLAsync("{ notifications(first: 5) { edges { node { kind title body } } } }", signedIn: clientAdmin)).Data("notifications");
        var paymentId = Guid.NewGuid();
        await app.Host.GraphQLAsync(Pay, new { invoiceId, input = new { paymentId, amount = 500m, paidOn = "2026-12-01", method = "Bank transfer" } }, admin);
        var again = (await app.Host.GraphQLAsync(Pay, new { invoiceId, input = new { paymentId, amount = 500m, paidOn = "2026-12-01", method = "Bank transfer" } }, admin))
            .Data("recordInvoicePayment");
        var seenByClient = (await app.Host.GraphQLAsync(Read, new { id = invoiceId }, clientAdmin)).Data("invoice");
        var overview = (await app.Host.GraphQLAsync(
            "query($clientId: ID!) { billingOverview(clientId: $clientId) { currency outstanding overdue openInvoices lastPayment { amount paidOn } lastPaidInvoice } }",
            new { clientId = clientAdmin.ClientId },
            clientAdmin)).Data("billingOverview");

        Assert.Equal("NOT_FOUND", hiddenDraft.SingleError().Code());
        Assert.Equal(("ISSUED", 1142.5m, 228.5m, 1371m), (
            issued.GetProperty("status").GetString(), issued.GetProperty("subtotal").GetDecimal(), issued.GetProperty("tax").GetDecimal(), issued.GetProperty("total").GetDecimal()));
        Assert.Matches(@"^INV-\d{4}-\d{4}$", issued.GetProperty("number").GetString());
        Assert.Equal(("PARTIALLY_PAID", 500m, 871m, 1), (
            again.GetProperty("status").GetString(), again.GetProperty("paid").GetDecimal(), again.GetProperty("outstanding").GetDecimal(), again.GetProperty("payments").GetArrayLength()));
        Assert.Equal(issued.GetProperty("number").GetString(), seenByClient.GetProperty("number").GetString());
        var notice = bell.GetProperty("edges")[0].GetProperty("node");
        Assert.Equal(("INVOICE_ISSUED", $"Invoice {issued.GetProperty("number").GetString()} issued: 1,371.00 GBP"), (notice.GetProperty("kind").GetString(), notice.GetProperty("title").GetString()));
        var balance = Assert.Single(overview.EnumerateArray());
        Assert.Equal(("GBP", 871m, 0m, 1, 500m, "2026-12-01", issued.GetProperty("number").GetString()), (
            balance.GetProperty("currency").GetString(),
            balance.GetProperty("outstanding").GetDecimal(),
            balance.GetProperty("overdue").GetDecimal(),
            balance.GetProperty("openInvoices").GetInt32(),
            balance.GetProperty("lastPayment").GetProperty("amount").GetDecimal(),
            balance.GetProperty("lastPayment").GetProperty("paidOn").GetString(),
            balance.GetProperty("lastPaidInvoice").GetString()));
    }

    [Fact]
    public async Task A_draft_starts_with_the_clients_own_tax_rate_and_payment_terms()
    {
        var admin = await app.SharedAdministratorAsync();
        var clientId = await app.ClientOrganisationAsync(admin, "Own Terms Ltd");
        var client = (await app.Host.GraphQLAsync(
            "mutation($clientId: ID!) { setClientBillingTerms(clientId: $clientId, taxRatePercent: 21, paymentTermsDays: 14) { taxRatePercent paymentTermsDays } }",
            new { clientId }, admin)).Data("setClientBillingTerms");

        var invoiceId = (await app.Host.GraphQLAsync(
            "mutation($input: DraftInvoiceInput!) { draftInvoice(input: $input) { id } }", new { input = new { clientId, currency = "EUR" } }, admin))
            .Data("draftInvoice").GetProperty("id").GetString()!;
        (await app.Host.GraphQLAsync(AddLine, new { invoiceId, input = new { lineId = Guid.NewGuid(), description = "Support", quantity = 1m, unitPrice = 100m } }, admin))
            .Data("addInvoiceLine");
        var issued = (await app.Host.GraphQLAsync(Issue, new { invoiceId }, admin)).Data("issueInvoice");

        Assert.Equal((21m, 14), (client.GetProperty("taxRatePercent").GetDecimal(), client.GetProperty("paymentTermsDays").GetInt32()));
        Assert.Equal(121m, issued.GetProperty("total").GetDecimal());
        Assert.Equal(
            DateOnly.Parse(issued.GetProperty("issuedOn").GetString()!, CultureInfo.InvariantCulture).AddDays(14),
            DateOnly.Parse(issued.GetProperty("dueOn").GetString()!, CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task The_reporting_tables_show_each_invoice_and_its_lines_as_they_stand()
    {
        var admin = await app.SharedAdministratorAsync();
        var clientId = await app.ClientOrganisationAsync(admin, "Reported Ltd");
        var invoiceId = await DraftedAsync(admin, clientId, ("Support block, 10 hours", 1m, 1000m), ("Overage", 1.5m, 95m));
        var draftId = await DraftedAsync(admin, clientId, ("Not issued yet", 1m, 10m));
        var number = (await app.Host.GraphQLAsync(Issue, new { invoiceId }, admin)).Data("issueInvoice").GetProperty("number").GetString();
        (await app.Host.GraphQLAsync(Pay, new { invoiceId, input = new { paymentId = Guid.NewGuid(), amount = 371m, paidOn = "2026-12-03", method = "Card" } }, admin))
            .Data("recordInvoicePayment");

        await app.Host.WaitForNonStaleProjectionDataAsync(TimeSpan.FromSeconds(60));
        var invoices = await RowsAsync(
            $"select invoice_id, number, status, currency, subtotal, tax, total, paid, outstanding, last_paid_on from reporting.invoices where client_id = '{clientId}' order by drafted_at");
        var lines = await RowsAsync($"select description, quantity, unit_price, amount from reporting.invoice_lines where invoice_id = '{invoiceId}' order by amount");

        Assert.Equal(
            [$"{invoiceId}|{number}|PartiallyPaid|GBP|1142.50|228.50|1371.00|371.00|1000.00|2026-12-03", $"{draftId}||Draft|GBP||||||"],
            invoices);
        Assert.Equal(["Overage|1.5000|95.0000|142.50", "Support block, 10 hours|1.0000|1000.0000|1000.00"], lines);
    }

    [Fact]
    public async Task Eight_issuers_at_once_take_eight_consecutive_numbers()
    {
        var admin = await app.SharedAdministratorAsync();
        var clientId = await app.ClientOrganisationAsync(admin, "Numbered Ltd");
        var drafts = new List<string>();
        for (var invoice = 0; invoice < 8; invoice++)
        {
            drafts.Add(await DraftedAsync(admin, clientId, ("Monthly support", 1m, 100m)));
        }

        var issued = await Task.WhenAll(drafts.Select(invoiceId => app.Host.GraphQLAsync(Issue, new { invoiceId }, admin)));

        var sequences = issued.Select(response => int.Parse(response.Data("issueInvoice").GetProperty("number").GetString()![9..], CultureInfo.InvariantCulture)).Order().ToList();
        Assert.Equal(Enumerable.Range(sequences[0], 8), sequences);
        await using var session = app.Store.QuerySession();
        var taken = (await session.Events.FetchStreamAsync(InvoiceNumbering.StreamId)).Select(stored => (InvoiceNumberTaken)stored.Data).ToList();
        Assert.All(taken.GroupBy(number => number.Year), year => Assert.Equal(Enumerable.Range(1, year.Count()), year.Select(number => number.Sequence)));
    }

    [Fact]
    public async Task An_unpaid_invoice_falls_overdue_at_the_start_of_the_day_after_its_due_date_in_the_clients_zone()
    {
        var admin = await app.SharedAdministratorAsync();
        var clientId = await app.ClientOrganisationAsync(admin, "Late Payers Ltd");
        var invoiceId = await DraftedAsync(admin, clientId, ("Monthly support", 1m, 100m), paymentTermsDays: 14);
        var issued = (await app.Host.GraphQLAsync(Issue, new { invoiceId }, admin)).Data("issueInvoice");
        var dueOn = DateOnly.Parse(issued.GetProperty("dueOn").GetString()!, CultureInfo.InvariantCulture);
        var overdueAt = new BankCalendar("Europe/London").EndOfDay(dueOn);

        app.Clock.SetUtcNow(overdueAt.AddMinutes(-1));
        await app.MakeDueAsync(nameof(CheckInvoiceOverdue), invoiceId);
        await app.Host.InvokeMessageAndWaitAsync(new CheckInvoiceOverdue(Guid.Parse(invoiceId), overdueAt));
        var beforeMidnight = (await app.Host.GraphQLAsync(Read, new { id = invoiceId }, await app.SharedAdministratorAsync())).Data("invoice");
        app.Clock.SetUtcNow(overdueAt);
        await app.MakeDueAsync(nameof(CheckInvoiceOverdue), invoiceId);
        var overdue = await EventuallyAsync(invoiceId, "OVERDUE");

        Assert.Equal(dueOn, DateOnly.Parse(issued.GetProperty("issuedOn").GetString()!, CultureInfo.InvariantCulture).AddDays(14));
        Assert.Equal("ISSUED", beforeMidnight.GetProperty("status").GetString());
        Assert.Equal(120m, overdue.GetProperty("outstanding").GetDecimal());
    }

    [Fact]
    public async Task Another_clients_administrator_and_a_member_find_no_invoice_and_change_nothing()
    {
        var admin = await app.SharedAdministratorAsync();
        var owner = await app.ClientUserAsync(Role.ClientAdmin, "Owner Ltd");
        var outsider = await app.ClientUserAsync(Role.ClientAdmin, "Outsider Ltd");
        var colleague = await app.InvitedAndSignedInAsync(admin, Role.ClientMember, owner.ClientId);
        var invoiceId = await DraftedAsync(admin, owner.ClientId!.Value, ("Monthly support", 1m, 100m));
        (await app.Host.GraphQLAsync(Issue, new { invoiceId }, admin)).Data("issueInvoice");
        var before = await app.CountEventsAsync();

        foreach (var caller in new[] { outsider, colleague })
        {
            var read = await app.Host.GraphQLAsync(Read, new { id = invoiceId }, caller);
            var pay = await app.Host.GraphQLAsync(Pay, new { invoiceId, input = new { paymentId = Guid.NewGuid(), amount = 1m, paidOn = "2026-12-01", method = "Card" } }, caller);
            var voided = await app.Host.GraphQLAsync("mutation($invoiceId: ID!) { voidInvoice(invoiceId: $invoiceId, reason: \"Not ours\") { id } }", new { invoiceId }, caller);

            Assert.Equal(["NOT_FOUND", "NOT_FOUND", "NOT_FOUND"], new[] { read, pay, voided }.Select(response => response.SingleError().Code()));
        }

        Assert.Equal(before, await app.CountEventsAsync());
    }

    private async Task<string> DraftedAsync(SignedIn admin, Guid clientId, (string Description, decimal Quantity, decimal UnitPrice) firstLine, int paymentTermsDays = 30) =>
        await DraftedAsync(admin, clientId, [firstLine], paymentTermsDays);

    private async Task<string> DraftedAsync(SignedIn admin, Guid clientId, params (string Description, decimal Quantity, decimal UnitPrice)[] lines) =>
        await DraftedAsync(admin, clientId, lines, paymentTermsDays: 30);

    private async Task<string> DraftedAsync(SignedIn admin, Guid clientId, IReadOnlyList<(string Description, decimal Quantity, decimal UnitPrice)> lines, int paymentTermsDays)
    {
        var drafted = (await app.Host.GraphQLAsync(Draft, new { input = new { clientId, currency = "GBP", taxRatePercent = 20m, paymentTermsDays } }, admin)).Data("draftInvoice");
        var invoiceId = drafted.GetProperty("id").GetString()!;
        foreach (var (description, quantity, unitPrice) in lines)
        {
            (await app.Host.GraphQLAsync(AddLine, new { invoiceId, input = new { lineId = Guid.NewGuid(), description, quantity, unitPrice } }, admin)).Data("addInvoiceLine");
        }

        return invoiceId;
    }

    private async Task<JsonElement> EventuallyAsync(string invoiceId, string status)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (true)
        {
            var invoice = (await app.Host.GraphQLAsync(Read, new { id = invoiceId }, await app.SharedAdministratorAsync())).Data("invoice");
            if (invoice.GetProperty("status").GetString() == status)
            {
                return invoice;
            }

            Assert.True(DateTime.UtcNow < deadline, $"The invoice did not become {status} within 30 s.");
            await Task.Delay(TimeSpan.FromMilliseconds(100));
        }
    }

    private async Task<List<string>> RowsAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(app.ConnectionString);
        await connection.OpenAsync();
        return await connection.RowsAsync(sql);
    }
}
