namespace Milestone.Api.HourBanks;

/// <summary>
/// A contract crediting hours every month; the months themselves are credited by the scheduled chores. The
/// caller may choose the contract id, so a retry contracts once.
/// </summary>
public sealed record ContractMonthlyAllocation(
    Guid ClientId,
    Guid? ClientContractId,
    int MinutesPerMonth,
    DateOnly StartMonth,
    DateOnly? EndMonth,
    RolloverInput Rollover,
    decimal? PricePerMonth,
    bool? CatchUp,
    Actor Actor) : IHourBankCommand
{
    public Guid BankId => HourBank.IdFor(ClientId);

    public Guid ContractId { get; } = ClientContractId ?? Guid.CreateVersion7();
}

public static class ContractMonthlyAllocationHandler
{
    public static void Configure(HandlerChain chain) => chain.RetryConcurrentAppends();

    public static (Events, OutgoingMessages) Handle(
        ContractMonthlyAllocation command,
        [WriteAggregate(nameof(ContractMonthlyAllocation.BankId))] HourBank bank,
        TimeProvider time) =>
        HourBankChores.Decided(
            bank,
            time,
            now => bank.ContractMonthlyAllocation(command.Actor, command.ContractId, command.MinutesPerMonth, command.StartMonth, command.EndMonth, command.Rollover.ToRule(), now, command.PricePerMonth ?? 0m, command.CatchUp ?? false));
}
