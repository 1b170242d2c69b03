using FluentValidation;
using Milestone.Api.Requests;
using Milestone.Domain.HourBanks;
using Milestone.Domain.People;
using Wolverine;
using Wolverine.Marten;
using Wolverine.Runtime.Handlers;

namespace Milestone.Api.HourBanks;

/// <summary>A contract crediting hours every month; the months themselves are credited by the scheduled chores.</summary>
public sealed record ContractMonthlyAllocation(
    Guid BankId,
    Guid ContractId,
    int MinutesPerMonth,
    DateOnly StartMonth,
    DateOnly? EndMonth,
    RolloverRule Rollover,
    Actor Actor) : IActorCommand;

public sealed class ContractMonthlyAllocationValidator : AbstractValidator<ContractMonthlyAllocation>
{
    public ContractMonthlyAllocationValidator()
    {
        RuleFor(command => command.BankId).NotEmpty();
        RuleFor(command => command.ContractId).NotEmpty();
    }
}

public static class ContractMonthlyAllocationHandler
{
    public static void Configure(HandlerChain chain) => chain.RetryConcurrentAppends();

    public static (Events, OutgoingMessages) Handle(
        ContractMonthlyAllocation command,
        [WriteAggregate(nameof(ContractMonthlyAllocation.BankId))] HourBank bank,
        TimeProvider time)
    {
        var now = time.GetUtcNow();
        return HourBankChores.Decided(
            bank,
            [.. bank.ContractMonthlyAllocation(command.Actor, command.ContractId, command.MinutesPerMonth, command.StartMonth, command.EndMonth, command.Rollover, now)],
            now);
    }
}
