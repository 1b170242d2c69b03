using FluentValidation;
using Milestone.Api.Requests;
using Milestone.Domain.HourBanks;
using Milestone.Domain.People;
using Wolverine;
using Wolverine.Marten;
using Wolverine.Runtime.Handlers;

namespace Milestone.Api.HourBanks;

/// <summary>New increment, overage rate or threshold from now on; nothing already posted is re-rated.</summary>
public sealed record ChangeHourBankTerms(Guid BankId, int BillingIncrementMinutes, decimal OverageRatePerHour, LowBalanceThreshold LowBalanceThreshold, Actor Actor) : IActorCommand;

public sealed class ChangeHourBankTermsValidator : AbstractValidator<ChangeHourBankTerms>
{
    public ChangeHourBankTermsValidator()
    {
        RuleFor(command => command.BankId).NotEmpty();
    }
}

public static class ChangeHourBankTermsHandler
{
    public static void Configure(HandlerChain chain) => chain.RetryConcurrentAppends();

    public static Events Handle(ChangeHourBankTerms command, [WriteAggregate(nameof(ChangeHourBankTerms.BankId))] HourBank bank, TimeProvider time) =>
        [.. bank.ChangeTerms(command.Actor, command.BillingIncrementMinutes, command.OverageRatePerHour, command.LowBalanceThreshold, time.GetUtcNow())];
}
