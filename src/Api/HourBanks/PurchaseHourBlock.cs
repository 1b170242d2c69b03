namespace Milestone.Api.HourBanks;

/// <summary>A block of hours the client bought. The caller may choose the credit id, so a retry sells nothing twice.</summary>
public sealed record PurchaseHourBlock(
    Guid ClientId,
    Guid? ClientCreditId,
    int Minutes,
    decimal Price,
    string Currency,
    DateOnly PurchasedOn,
    DateOnly? ExpiresOn,
    DateOnly? ValidFrom,
    Actor Actor) : IHourBankCommand
{
    public Guid BankId => HourBank.IdFor(ClientId);

    public Guid CreditId { get; } = ClientCreditId ?? Guid.CreateVersion7();
}

public static class PurchaseHourBlockHandler
{
    public static void Configure(HandlerChain chain) => chain.RetryConcurrentAppends();

    public static (Events, OutgoingMessages) Handle(PurchaseHourBlock command, [WriteAggregate(nameof(PurchaseHourBlock.BankId))] HourBank bank, TimeProvider time) =>
        HourBankChores.Decided(
            bank,
            time,
            now => bank.PurchaseBlock(command.Actor, command.CreditId, command.Minutes, command.Price, command.Currency, command.PurchasedOn, command.ExpiresOn, now, command.ValidFrom));
}
