namespace Milestone.Api.HourBanks;

/// <summary>New increment, overage rate or threshold from now on; nothing already posted is re-rated.</summary>
public sealed record ChangeHourBankTerms(Guid ClientId, HourBankTermsInput Terms, Actor Actor) : IHourBankCommand
{
    public Guid BankId => HourBank.IdFor(ClientId);
}

public static class ChangeHourBankTermsHandler
{
    public static void Configure(HandlerChain chain) => chain.RetryConcurrentAppends();

    public static Events Handle(ChangeHourBankTerms command, [WriteAggregate(nameof(ChangeHourBankTerms.BankId))] HourBank bank, TimeProvider time) =>
        [.. bank.ChangeTerms(command.Actor, command.Terms.BillingIncrementMinutes, command.Terms.OverageRatePerHour, command.Terms.LowBalanceThreshold.ToThreshold(), time.GetUtcNow())];
}
