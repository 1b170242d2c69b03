using Milestone.Domain.Billing;

namespace Milestone.Api.Billing;

public sealed record RemoveInvoiceLine(Guid InvoiceId, Guid LineId, Actor Actor) : IActorCommand;

public static class RemoveInvoiceLineHandler
{
    public static Events Handle(RemoveInvoiceLine command, [WriteAggregate] Invoice invoice, TimeProvider time) =>
        [.. invoice.RemoveLine(command.Actor, command.LineId, time.GetUtcNow())];
}
