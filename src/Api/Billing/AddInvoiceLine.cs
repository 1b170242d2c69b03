using Milestone.Domain.Billing;

namespace Milestone.Api.Billing;

/// <summary>Add a line to a draft; <see cref="LineId"/> is the caller's key for it, so sending the same line twice adds it once.</summary>
public sealed record AddInvoiceLine(Guid InvoiceId, Guid LineId, string Description, decimal Quantity, decimal UnitPrice, Actor Actor) : IActorCommand;

public static class AddInvoiceLineHandler
{
    public static Events Handle(AddInvoiceLine command, [WriteAggregate] Invoice invoice, TimeProvider time) =>
        [.. invoice.AddLine(command.Actor, command.LineId, command.Description, command.Quantity, command.UnitPrice, time.GetUtcNow())];
}
