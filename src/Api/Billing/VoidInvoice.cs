using Milestone.Domain.Billing;

namespace Milestone.Api.Billing;

public sealed record VoidInvoice(Guid InvoiceId, string Reason, Actor Actor) : IActorCommand;

public static class VoidInvoiceHandler
{
    public static Events Handle(VoidInvoice command, [WriteAggregate] Invoice invoice, TimeProvider time) =>
        [.. invoice.Void(command.Actor, command.Reason, time.GetUtcNow())];
}
