using Milestone.Domain.Billing;

namespace Milestone.Api.Billing;

/// <summary>A timer set when an invoice is issued: at the start of the day after its due date, in the client's zone.</summary>
public sealed record CheckInvoiceOverdue(Guid InvoiceId, DateTimeOffset DueAt);

public static class CheckInvoiceOverdueHandler
{
    public static void Configure(HandlerChain chain) => chain.RetryConcurrentAppendsDurably();

    public static (Events, OutgoingMessages) Handle(CheckInvoiceOverdue timer, [WriteAggregate(Required = false)] Invoice? invoice, TimeProvider time)
    {
        var now = time.GetUtcNow();
        return Timers.Arrived(
            timer,
            timer.DueAt,
            invoice,
            awaits: current => current.Status is InvoiceStatus.Issued or InvoiceStatus.PartiallyPaid,
            decided: current => ([.. current.FallOverdue(now)], []),
            now);
    }
}
