using Milestone.Domain.Billing;

namespace Milestone.Api.Billing;

/// <summary>Add an offer to the catalogue of hour blocks clients may buy.</summary>
public sealed record DefineHourOffer([NewId] Guid OfferId, string Name, int Minutes, decimal Price, string Currency, int? ValidityMonths, Actor Actor) : IActorCommand;

public static class DefineHourOfferHandler
{
    public static IStartStream Handle(DefineHourOffer command, TimeProvider time) =>
        MartenOps.StartStream<HourOffer>(
            command.OfferId,
            HourOffer.Define(command.OfferId, command.Name, command.Minutes, command.Price, command.Currency, command.ValidityMonths, command.Actor, time.GetUtcNow()));
}

public sealed record RetireHourOffer(Guid OfferId, Actor Actor) : IActorCommand;

public static class RetireHourOfferHandler
{
    public static Events Handle(RetireHourOffer command, [WriteAggregate(nameof(RetireHourOffer.OfferId))] HourOffer offer, TimeProvider time) => [.. offer.Retire(command.Actor, time.GetUtcNow())];
}
