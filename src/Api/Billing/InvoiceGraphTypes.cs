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
        Field<NonNullGraphType<BooleanGraphType>>("payableOnline")
            .Description("Whether payInvoiceOnline would take the payer to the provider now: online payment is set up and something is owed on it.")
            .Resolve(context => context.Service<IPaymentCheckout>().IsAvailable && context.Source.IsPayable);
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
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<BilledEntryType>>>>("bills")
            .Description("The hour-bank entries or worklogs the line bills, as a month's close or a purchase of hours put them; empty on a line typed by staff.")
            .Resolve(context => context.Source.Bills ?? []).ListSize(5);
    }
}

public sealed class BilledEntryKindType : EnumerationGraphType<BilledEntryKind>;

public sealed class BilledEntryType : ObjectGraphType<BilledEntry>
{
    public BilledEntryType()
    {
        Name = "BilledEntry";
        Description = "What a line bills: a block or month's allocation (its credit in the hour bank), settled overage (the credit that repaid it), or a worklog.";
        Field(entry => entry.Kind, type: typeof(NonNullGraphType<BilledEntryKindType>));
        Field(entry => entry.EntryId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(entry => entry.Minutes).Description("Negative where a correction credits time billed before.");
        Field(entry => entry.RatePerHour).Description("The hourly rate the minutes were billed at; 0 for a fixed price.");
    }
}

public sealed class RateCardType : ObjectGraphType<RateCard>
{
    public RateCardType()
    {
        Name = "RateCard";
        Description = "What pay-as-you-go time costs a client without an hour bank: the service's rate, else the role's, else the hourly rate.";
        Field(card => card.Currency);
        Field(card => card.IncrementMinutes).Description("Each billable worklog is rounded up to this.");
        Field(card => card.HourlyRate);
        Field(card => card.ServiceRates, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<ServiceRateType>>>)).ListSize(10);
        Field(card => card.RoleRates, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<RoleRateType>>>)).ListSize(5);
    }
}

public sealed class ServiceRateType : ObjectGraphType<ServiceRate>
{
    public ServiceRateType()
    {
        Name = "ServiceRate";
        Field(rate => rate.Category).Description("A request category, compared without regard to case.");
        Field(rate => rate.RatePerHour);
    }
}

public sealed class RoleRateType : ObjectGraphType<RoleRate>
{
    public RoleRateType()
    {
        Name = "RoleRate";
        Field(rate => rate.Role, type: typeof(NonNullGraphType<RoleType>));
        Field(rate => rate.RatePerHour);
    }
}

public sealed class ClosedBillingMonthType : ObjectGraphType<ClosedBillingMonth>
{
    public ClosedBillingMonthType()
    {
        Name = "ClosedBillingMonth";
        Field(closed => closed.Month).Description("The month's first day.");
        Field(closed => closed.InvoiceId, type: typeof(IdGraphType)).Description("The draft the close made; null when there was nothing to bill.");
    }
}

public sealed class ServiceRateInputType : InputObjectGraphType<ServiceRate>
{
    public ServiceRateInputType()
    {
        Name = "ServiceRateInput";
        Field(rate => rate.Category);
        Field(rate => rate.RatePerHour);
    }
}

public sealed class RoleRateInputType : InputObjectGraphType<RoleRate>
{
    public RoleRateInputType()
    {
        Name = "RoleRateInput";
        Field(rate => rate.Role, type: typeof(NonNullGraphType<RoleType>));
        Field(rate => rate.RatePerHour);
    }
}

public sealed class ClientRatesInputType : InputObjectGraphType
{
    public ClientRatesInputType()
    {
        Name = "ClientRatesInput";
        Field<NonNullGraphType<StringGraphType>>("currency").Description("ISO 4217; fixed once set.");
        Field<NonNullGraphType<IntGraphType>>("incrementMinutes").Description("1 to 240.");
        Field<NonNullGraphType<DecimalGraphType>>("hourlyRate").Description("For work no service or role rate prices.");
        Field<ListGraphType<NonNullGraphType<ServiceRateInputType>>>("serviceRates");
        Field<ListGraphType<NonNullGraphType<RoleRateInputType>>>("roleRates").Description("Staff roles only.");
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
