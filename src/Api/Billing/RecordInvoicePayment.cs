using Milestone.Domain.Billing;

namespace Milestone.Api.Billing;

/// <summary>
/// Record money received against an invoice. <see cref="PaymentId"/> is the caller's key, scoped to this invoice:
/// recording the same payment twice counts it once.
/// </summary>
public sealed record RecordInvoicePayment(
    Guid InvoiceId, Guid PaymentId, decimal Amount, DateOnly PaidOn, string Method, string? Reference, Actor Actor) : IActorCommand;

public static class RecordInvoicePaymentHandler
{
    public static Events Handle(RecordInvoicePayment command, [WriteAggregate] Invoice invoice, TimeProvider time) =>
        [.. invoice.RecordPayment(command.Actor, command.PaymentId, command.Amount, command.PaidOn, command.Method, command.Reference ?? string.Empty, time.GetUtcNow())];
}
