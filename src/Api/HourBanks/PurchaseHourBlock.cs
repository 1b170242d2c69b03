using FluentValidation;
using Milestone.Api.Requests;
using Milestone.Domain.HourBanks;
using Milestone.Domain.People;
using Wolverine;
using Wolverine.Marten;
using Wolverine.Runtime.Handlers;

namespace Milestone.Api.HourBanks;

/// <summary>A block of hours the client bought. The caller may choose the credit id, so a retry sells nothing twice.</summary>
public sealed record PurchaseHourBlock(
    Guid BankId,
    Guid CreditId,
    int Minutes,
    decimal Price,
    string Currency,
    DateOnly PurchasedOn,
    DateOnly? ExpiresOn,
    Actor Actor) : IActorCommand;

public sealed class PurchaseHourBlockValidator : AbstractValidator<PurchaseHourBlock>
{
    public PurchaseHourBlockValidator()
    {
        RuleFor(command => command.BankId).NotEmpty();
        RuleFor(command => command.CreditId).NotEmpty();
        RuleFor(command => command.Currency).NotNull();
    }
}

public static class PurchaseHourBlockHandler
{
    public static void Configure(HandlerChain chain) => chain.RetryConcurrentAppends();

    public static (Events, OutgoingMessages) Handle(PurchaseHourBlock command, [WriteAggregate(nameof(PurchaseHourBlock.BankId))] HourBank bank, TimeProvider time)
    {
        var now = time.GetUtcNow();
        return HourBankChores.Decided(
            bank,
            [.. bank.PurchaseBlock(command.Actor, command.CreditId, command.Minutes, command.Price, command.Currency, command.PurchasedOn, command.ExpiresOn, now)],
            now);
    }
}
