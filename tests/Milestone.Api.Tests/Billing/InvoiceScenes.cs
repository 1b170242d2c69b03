namespace Milestone.Api.Tests.Billing;

public static class InvoiceScenes
{
    /// <summary>An invoice issued to the client for 100.00 GBP of support at 20 % tax: 120.00 to pay.</summary>
    public static async Task<string> IssuedInvoiceAsync(this MilestoneApp app, SignedIn admin, Guid clientId)
    {
        var invoiceId = (await app.Host.GraphQLAsync(
            "mutation($input: DraftInvoiceInput!) { draftInvoice(input: $input) { id } }",
            new { input = new { clientId, currency = "GBP", taxRatePercent = 20m, paymentTermsDays = 30 } },
            admin)).Data("draftInvoice").GetProperty("id").GetString()!;
        (await app.Host.GraphQLAsync(
            "mutation($invoiceId: ID!, $input: InvoiceLineInput!) { addInvoiceLine(invoiceId: $invoiceId, input: $input) { id } }",
            new { invoiceId, input = new { lineId = Guid.NewGuid(), description = "Monthly support", quantity = 1m, unitPrice = 100m } },
            admin)).Data("addInvoiceLine");
        (await app.Host.GraphQLAsync("mutation($invoiceId: ID!) { issueInvoice(invoiceId: $invoiceId) { id } }", new { invoiceId }, admin)).Data("issueInvoice");
        return invoiceId;
    }
}
