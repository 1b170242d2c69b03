using FluentValidation;
using Milestone.Api.Requests;
using Milestone.Domain.HourBanks;
using Milestone.Domain.People;
using Wolverine;
using Wolverine.Marten;
using Wolverine.Runtime.Handlers;

namespace Milestone.Api.HourBanks;

/// <summary>A staff correction of the bank, up or down, with a reason. The caller may choose the entry id, so a retry adjusts once.</summary>
public sealed record AdjustHours(Guid BankId, Guid EntryId, int Minutes, string? Reason, Actor Actor) : IActorCommand;

public sealed class AdjustHoursValidator : AbstractValidator<AdjustHours>
{
    public AdjustHoursValidator()
    {
        RuleFor(command => command.BankId).NotEmpty();
        RuleFor(command => command.EntryId).NotEmpty();
    }
}

public static class AdjustHoursHandler
{
    public static void Configure(HandlerChain chain) => chain.RetryConcurrentAppends();

    public static (Events, OutgoingMessages) Handle(AdjustHours command, [WriteAggregate(nameof(AdjustHours.BankId))] HourBank bank, TimeProvider time)
    {
        var now = time.GetUtcNow();
        return HourBankChores.Decided(bank, [.. bank.Adjust(command.Actor, command.EntryId, command.Minutes, command.Reason, now)], now);
    }
}
