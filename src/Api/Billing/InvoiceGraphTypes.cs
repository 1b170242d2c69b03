using Milestone.Domain.Billing;

namespace Milestone.Api.Billing;

public sealed class InvoiceStatusType : EnumerationGraphType<InvoiceStatus>;

public sealed class InvoiceType : ObjectGraphType<Invoice>
{
    public InvoiceType()
    {
        Name = "Invoice";
        Description = "An invoice to one client: a draft staff edit, then issued with a number and paid, overdue or voided. Money in the invoice's currency.";
        Field(invoice => invoice.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(invoice => invoice.Number, nullable: true).Description("Given when issued, such as INV-2026-0042: one series per MSP and year, without gaps.");
        Field(invoice => invoice.ClientId, type: typeof(NonNullGraphType<IdGraphType>));
        Field<ClientOrganisationType>("client").Resolve(context => context.Client(context.Source.ClientId));
        Field(invoice => invoice.Status, type: typeof(NonNullGraphType<InvoiceStatusType>));
        Field(invoice => invoice.Currency).Description("ISO 4217.");
        Field(invoice => invoice.TaxRatePercent).Description("The one tax rate of the invoice, in percent, on the subtotal.");
        Field(invoice => invoice.PaymentTermsDays).Description("Days from the issue date to the due date.");
        Field(invoice => invoice.Lines, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<InvoiceLineType>>>));
        Field(invoice => invoice.Subtotal);
        Field(invoice => invoice.Tax).Description("The subtotal × the tax rate, rounded half away from zero to the cent.");
        Field(invoice => invoice.Total);
        Field(invoice => invoice.Paid);
        Field(invoice => invoice.Outstanding).Description("What is left to pay; 0 for a draft or a voided invoice.");
        Field(invoice => invoice.IssuedOn, nullable: true).Description("In the client's time zone.");
        Field(invoice => invoice.DueOn, nullable: true).Description("Overdue from the start of the next day in the client's time zone, if still owed.");
        Field(invoice => invoice.Payments, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<InvoicePaymentType>>>));
        Field(invoice => invoice.VoidReason, nullable: true);
        Field(invoice => invoice.DraftedAt);
    }
}

public sealed class InvoiceLineType : ObjectGraphType<InvoiceLine>
{
    public InvoiceLineType()
    {
        Name = "InvoiceLine";
        Field(line => line.LineId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(line => line.Description);
        Field(line => line.Quantity);
        Field(line => line.UnitPrice).Description("Negative for a credit.");
        Field(line => line.Amount).Description("Quantity × unit price, rounded half away from zero to the cent.");
    }
}

public sealed class InvoicePaymentType : ObjectGraphType<InvoicePayment>
{
    public InvoicePaymentType()
    {
        Name = "InvoicePayment";
        Field(payment => payment.PaymentId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(payment => payment.Amount);
        Field(payment => payment.PaidOn);
        Field(payment => payment.Method);
        Field(payment => payment.Reference);
    }
}

public sealed record DraftInvoiceInput(string ClientId, string Currency, decimal? TaxRatePercent, int? PaymentTermsDays);

public sealed class DraftInvoiceInputType : InputObjectGraphType<DraftInvoiceInput>
{
    public DraftInvoiceInputType()
    {
        Name = "DraftInvoiceInput";
        Field(input => input.ClientId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(input => input.Currency).Description("ISO 4217, such as EUR.");
        Field(input => input.TaxRatePercent, nullable: true).Description("0 to 100, to at most three decimals; left out: the client's rate.");
        Field(input => input.PaymentTermsDays, nullable: true).Description("0 to 365; left out: the client's terms.");
    }
}

public sealed record InvoiceLineInput(string LineId, string Description, decimal Quantity, decimal UnitPrice);

public sealed class InvoiceLineInputType : InputObjectGraphType<InvoiceLineInput>
{
    public InvoiceLineInputType()
    {
        Name = "InvoiceLineInput";
        Field(input => input.LineId, type: typeof(NonNullGraphType<IdGraphType>)).Description("Your key for the line: sending it again adds it once.");
        Field(input => input.Description);
        Field(input => input.Quantity).Description("More than 0, to at most four decimals.");
        Field(input => input.UnitPrice).Description("Negative for a credit; to at most four decimals.");
    }
}

public sealed record InvoicePaymentInput(string PaymentId, decimal Amount, DateOnly PaidOn, string Method, string? Reference);

public sealed class InvoicePaymentInputType : InputObjectGraphType<InvoicePaymentInput>
{
    public InvoicePaymentInputType()
    {
        Name = "InvoicePaymentInput";
        Field(input => input.PaymentId, type: typeof(NonNullGraphType<IdGraphType>)).Description("Your key for the payment: recording it again counts it once.");
        Field(input => input.Amount).Description("More than 0, at most what is outstanding, in cents.");
        Field(input => input.PaidOn);
        Field(input => input.Method).Description("Such as bank transfer or card.");
        Field(input => input.Reference, nullable: true);
    }
}

public sealed class UnappliedProviderPaymentType : ObjectGraphType<UnappliedProviderPayment>
{
    public UnappliedProviderPaymentType()
    {
        Name = "UnappliedPayment";
        Field(payment => payment.ProviderPaymentId).Description("The provider's own id of the payment.");
        Field(payment => payment.InvoiceId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The invoice the provider named.");
        Field(payment => payment.ClientId, type: typeof(IdGraphType));
        Field(payment => payment.Amount);
        Field(payment => payment.Currency);
        Field(payment => payment.PaidAt);
        Field(payment => payment.Reason).Description("Why no invoice took it.");
        Field(payment => payment.ReceivedAt);
    }
}
