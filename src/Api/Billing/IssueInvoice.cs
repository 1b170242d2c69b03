using JasperFx.Events;
using Milestone.Domain.Billing;

namespace Milestone.Api.Billing;

/// <summary>Issue a draft: it takes the MSP's next number, in the same transaction as the number is recorded taken.</summary>
public sealed record IssueInvoice(Guid InvoiceId, Actor Actor) : IActorCommand
{
    public Guid NumberingId => InvoiceNumbering.StreamId;
}

public static class IssueInvoiceHandler
{
    /// <summary>Issuers at once race for the numbering stream; the ones that lose decide again on the number it holds now.</summary>
    public static void Configure(HandlerChain chain) => chain.RetryConcurrentAppendsToASharedStream();

    public static OutgoingMessages Handle(
        IssueInvoice command,
        [WriteAggregate] IEventStream<Invoice> invoice,
        [WriteAggregate(nameof(IssueInvoice.NumberingId), Required = false)] IEventStream<InvoiceNumbering> numbering,
        TimeProvider time)
    {
        var now = time.GetUtcNow();
        if (invoice.Aggregate!.Issue(command.Actor, numbering.Aggregate ?? InvoiceNumbering.Unused, now) is not { } issued)
        {
            return [];
        }

        invoice.AppendOne(issued.Issued);
        numbering.AppendOne(issued.Number);
        var overdueAt = Invoice.Evolve(invoice.Aggregate, issued.Issued)!.OverdueAt!.Value;
        return [Timers.DueAt(new CheckInvoiceOverdue(command.InvoiceId, overdueAt), overdueAt, now)];
    }
}
