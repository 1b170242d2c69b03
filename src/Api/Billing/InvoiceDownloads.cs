using Milestone.Domain.Billing;
using Wolverine.Http;

namespace Milestone.Api.Billing;

/// <summary>
/// An invoice as a PDF to file and as a CSV of its lines, for whoever may see it (<see cref="Invoice.IsVisibleTo"/>):
/// anyone else, and an invoice that does not exist, are NOT_FOUND alike.
/// </summary>
public static class InvoiceDownloads
{
    [WolverineGet("/invoices/{invoiceId}.pdf")]
    public static async Task<IResult> Pdf(Guid invoiceId, HttpContext http, IOptions<BillingSettings> settings)
    {
        if (await VisibleAsync(invoiceId, http) is not ({ } invoice, { } clientName))
        {
            return ProblemResponses.CallerRefusal(http) ?? ProblemResponses.For(Refusals.NotFound("invoice"));
        }

        return Results.File(InvoicePdf.Write(invoice, clientName, settings.Value), "application/pdf", $"{FileName(invoice)}.pdf");
    }

    [WolverineGet("/invoices/{invoiceId}.csv")]
    public static async Task<IResult> Csv(Guid invoiceId, HttpContext http)
    {
        if (await VisibleAsync(invoiceId, http) is not ({ } invoice, _))
        {
            return ProblemResponses.CallerRefusal(http) ?? ProblemResponses.For(Refusals.NotFound("invoice"));
        }

        return Results.File(InvoiceCsv.Write(invoice), "text/csv; charset=utf-8; header=present", $"{FileName(invoice)}.csv");
    }

    private static async Task<(Invoice?, string?)> VisibleAsync(Guid invoiceId, HttpContext http)
    {
        if (ProblemResponses.CallerRefusal(http) is not null)
        {
            return (null, null);
        }

        await using var session = http.OpenQuerySession();
        var invoice = await session.LoadAsync<Invoice>(invoiceId, http.RequestAborted);
        if (invoice is null || !invoice.IsVisibleTo(http.GetCaller()!.AsActor()))
        {
            return (null, null);
        }

        var client = await session.LoadAsync<ClientOrganisationDetails>(invoice.ClientId, http.RequestAborted);
        return (invoice, client?.Name ?? "Client");
    }

    private static string FileName(Invoice invoice) => invoice.Number ?? $"draft-invoice-{invoice.Id:N}";
}
