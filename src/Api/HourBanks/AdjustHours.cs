namespace Milestone.Api.HourBanks;

/// <summary>A staff correction of the bank, up or down, with a reason. The caller may choose the entry id, so a retry adjusts once.</summary>
public sealed record AdjustHours(Guid ClientId, Guid? ClientAdjustmentId, int Minutes, string? Reason, Actor Actor) : IHourBankCommand
{
    public Guid BankId => HourBank.IdFor(ClientId);

    public Guid EntryId { get; } = ClientAdjustmentId ?? Guid.CreateVersion7();
}

public static class AdjustHoursHandler
{
    public static void Configure(HandlerChain chain) => chain.RetryConcurrentAppends();

    public static (Events, OutgoingMessages) Handle(AdjustHours command, [WriteAggregate(nameof(AdjustHours.BankId))] HourBank bank, TimeProvider time) =>
        HourBankChores.Decided(bank, time, now => bank.Adjust(command.Actor, command.EntryId, command.Minutes, command.Reason, now));
}
