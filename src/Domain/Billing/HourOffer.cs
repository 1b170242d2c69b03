namespace Milestone.Domain.Billing;

/// <summary>One entry of the MSP's catalogue of hour blocks clients may buy; one stream each.</summary>
public sealed record HourOffer(Guid Id, string Name, int Minutes, decimal Price, string Currency, int? ValidityMonths, DateTimeOffset DefinedAt)
{
    public const int NameMaxLength = 100;

    public const int MaxMinutes = 100_000 * 60;

    public bool Retired { get; init; }

    public int Version { get; set; }

    public static HourOffer? Evolve(HourOffer? state, object @event) => @event switch
    {
        HourOfferDefined defined => new HourOffer(defined.OfferId, defined.Name, defined.Minutes, defined.Price, defined.Currency, defined.ValidityMonths, defined.DefinedAt),
        HourOfferRetired => state! with { Retired = true },
        _ => state,
    };

    public static HourOfferDefined Define(Guid offerId, string name, int minutes, decimal price, string currency, int? validityMonths, Actor actor, DateTimeOffset now)
    {
        RequireMayBill(actor);
        RequestRules.RequireText(name, "name", NameMaxLength, "Name the offer.");
        if (minutes is < 15 or > MaxMinutes)
        {
            throw new CommandRejected(Rejection.Invalid, "An offer is between 15 minutes and 100,000 hours.", "minutes");
        }

        if (price < 0 || Money.Cents(price) != price)
        {
            throw new CommandRejected(Rejection.Invalid, "A price is 0 or more, in cents.", "price");
        }

        if (validityMonths is < 1 or > 60)
        {
            throw new CommandRejected(Rejection.Invalid, "Hours are valid for 1 to 60 months, or leave it out for no expiry.", "validityMonths");
        }

        var code = Currencies.Active(currency) ?? throw new CommandRejected(Rejection.Invalid, "A currency is an ISO 4217 code in use, such as EUR or USD.", "currency");
        return new HourOfferDefined(offerId, name.Trim(), minutes, price, code, validityMonths, actor.PersonId, now);
    }

    public IEnumerable<object> Retire(Actor actor, DateTimeOffset now)
    {
        RequireMayBill(actor);
        return Retired ? [] : [new HourOfferRetired(Id, actor.PersonId, now)];
    }

    /// <summary>The last day hours bought on <paramref name="purchasedOn"/> may be drawn, or null when they never expire.</summary>
    public static DateOnly? LastDay(DateOnly purchasedOn, int? validityMonths) => validityMonths is { } months ? purchasedOn.AddMonths(months).AddDays(-1) : null;

    private static void RequireMayBill(Actor actor)
    {
        if (!actor.Role.MayBill())
        {
            throw new CommandRejected(Rejection.Forbidden, "Only administrators and account managers keep the catalogue of hour offers.");
        }
    }
}
