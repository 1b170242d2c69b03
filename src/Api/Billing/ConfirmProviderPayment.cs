using Milestone.Domain.Billing;

namespace Milestone.Api.Billing;

/// <summary>
/// The provider says a payment of an invoice succeeded. <see cref="ProviderPaymentId"/> is the provider's own id: the
/// payment's key on the invoice is named after it, so however often the provider delivers it, it counts once.
/// </summary>
public sealed record ConfirmProviderPayment(Guid InvoiceId, string ProviderPaymentId, decimal Amount, string Currency, DateTimeOffset PaidAt, string Provider)
{
    private static readonly Guid ProviderPayments = Guid.Parse("b8f4c1de-52a7-4e0b-9d63-7a1e2f5c8b90");

    public Guid PaymentId => NameBasedGuid.Create(ProviderPayments, ProviderPaymentId);
}

public static class ConfirmProviderPaymentHandler
{
    public static void Configure(HandlerChain chain) => chain.RetryConcurrentAppends();

    public static (Events, IEnumerable<IMartenOp>) Handle(
        ConfirmProviderPayment command, [WriteAggregate(Required = false)] Invoice? invoice, TimeProvider time, ILogger<ConfirmProviderPayment> logger)
    {
        var now = time.GetUtcNow();
        var outcome = invoice?.ConfirmProviderPayment(command.PaymentId, command.Amount, command.Currency, command.PaidAt, command.Provider, command.ProviderPaymentId, now)
            ?? new ProviderPaymentUnapplied("There is no such invoice.");
        switch (outcome)
        {
            case ProviderPaymentApplied applied:
                return ([applied.Recorded], []);
            case ProviderPaymentUnapplied unapplied:
                UnappliedPaymentLog.Unapplied(logger, command.ProviderPaymentId, command.InvoiceId, unapplied.Reason);
                return ([], [MartenOps.Store(new UnappliedProviderPayment(
                    command.PaymentId, command.ProviderPaymentId, command.InvoiceId, invoice?.ClientId, command.Amount, command.Currency, command.PaidAt, unapplied.Reason, now))]);
            default:
                return ([], []);
        }
    }
}

/// <summary>A provider's payment that no invoice took: staff settle it (a refund, a credit). Kept once per payment.</summary>
public sealed record UnappliedProviderPayment(
    Guid Id, string ProviderPaymentId, Guid InvoiceId, Guid? ClientId, decimal Amount, string Currency, DateTimeOffset PaidAt, string Reason, DateTimeOffset ReceivedAt);

internal static partial class UnappliedPaymentLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "Provider payment {ProviderPaymentId} for invoice {InvoiceId} was left unapplied: {Reason}")]
    public static partial void Unapplied(ILogger logger, string providerPaymentId, Guid invoiceId, string reason);
}
