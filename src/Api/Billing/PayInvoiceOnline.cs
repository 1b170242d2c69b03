using Milestone.Api.People;
using Milestone.Api.Tenancy;
using Milestone.Domain.Billing;

namespace Milestone.Api.Billing;

/// <summary>The provider's page where the payer pays what is outstanding.</summary>
public sealed record InvoiceCheckout(string Url, decimal Amount, string Currency);

/// <summary>
/// Paying an invoice online: the provider's checkout page for what is outstanding. Nothing is recorded here; the
/// payment counts when the provider confirms it (<see cref="StripeWebhookEndpoint"/>, <see cref="PaymentWebhookEndpoint"/>).
/// </summary>
public static class PayInvoiceOnline
{
    public static void AddPayInvoiceOnlineMutation(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<InvoiceCheckoutType>>("payInvoiceOnline")
            .Description("Start paying what is outstanding on an issued invoice at the payment provider; answers the page to send the payer to. "
                + "The payment counts once the provider confirms it. Anyone who sees the invoice; UNAVAILABLE when online payment is not set up or the provider cannot be reached.")
            .Argument<NonNullGraphType<IdGraphType>>("invoiceId")
            .ResolveAsync(async context =>
            {
                var actor = context.Caller().AsActor();
                await using var session = context.OpenQuerySession();
                var invoice = Guid.TryParse(context.GetArgument<string>("invoiceId"), out var id) && await session.LoadAsync<Invoice>(id, context.CancellationToken) is { } found
                    ? found
                    : throw Invoice.NoSuchInvoice();
                var amount = invoice.PayableOnlineBy(actor);
                var links = context.Service<EmailLinks>();
                var tenantId = context.Service<CurrentTenant>().Id;
                try
                {
                    var checkout = await context.Service<IPaymentCheckout>().StartAsync(
                        new CheckoutRequest(
                            invoice.Id,
                            invoice.Number!,
                            amount,
                            invoice.Currency,
                            links.InvoiceAfterCheckout(tenantId, invoice.Id, paid: true),
                            links.InvoiceAfterCheckout(tenantId, invoice.Id, paid: false)),
                        context.CancellationToken);
                    return new InvoiceCheckout(checkout.Url, amount, invoice.Currency);
                }
                catch (CheckoutUnavailableException unavailable)
                {
                    throw new CodedError(ErrorCodes.Unavailable, $"{unavailable.Message} Try again later, or pay as the invoice says.");
                }
            });
    }
}

public sealed class InvoiceCheckoutType : ObjectGraphType<InvoiceCheckout>
{
    public InvoiceCheckoutType()
    {
        Name = "InvoiceCheckout";
        Field(checkout => checkout.Url).Description("The provider's payment page.");
        Field(checkout => checkout.Amount).Description("What is outstanding, which the page asks for.");
        Field(checkout => checkout.Currency);
    }
}
