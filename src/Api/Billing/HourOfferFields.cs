using Milestone.Domain.Billing;

namespace Milestone.Api.Billing;

/// <summary>Buying more hours (issue #24): the MSP's catalogue of hour blocks, clients' requests, and staff's answers.</summary>
public static class HourOfferFields
{
    public static void AddHourOfferQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<HourOfferType>>>>("hourOffers").ListSize(20)
            .Description("The catalogue of hour blocks clients may buy, cheapest first; staff may ask for retired offers too.")
            .Argument<BooleanGraphType>("includeRetired", argument => argument.DefaultValue = false)
            .ResolveAsync(async context =>
            {
                var withRetired = context.GetArgument<bool>("includeRetired") && context.Caller().IsStaff;
                await using var session = context.OpenQuerySession();
                var offers = await session.Query<HourOffer>().OrderBy(offer => offer.Price).ToListAsync(context.CancellationToken);
                return offers.Where(offer => withRetired || !offer.Retired).ToList();
            });

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<HourPurchaseType>>>>("hourPurchases").ListSize(20)
            .Description("A client's purchases of hours, newest first: for staff who work with the client and its administrators.")
            .Argument<NonNullGraphType<IdGraphType>>("clientId")
            .PermittedTo(caller => caller.IsStaff || caller.Role == Role.ClientAdmin, "see purchases of hours")
            .ResolveAsync(async context =>
            {
                var clientId = await context.VisibleClientIdAsync(context.Caller(), context.GetArgument<string>("clientId"));
                await using var session = context.OpenQuerySession();
                return await session.Query<HourPurchase>().Where(purchase => purchase.ClientId == clientId)
                    .OrderByDescending(purchase => purchase.Terms.RequestedAt).ToListAsync(context.CancellationToken);
            });
    }

    public static void AddHourOfferMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<HourOfferType>>("defineHourOffer")
            .Description("Add a block of hours to the catalogue. Administrators and account managers.")
            .Argument<NonNullGraphType<HourOfferInputType>>("input")
            .ResolveAsync(context => context.ChangedAsync((DefineHourOffer command) => context.LoadAsync<HourOffer>(command.OfferId)));

        mutation.Field<NonNullGraphType<HourOfferType>>("retireHourOffer")
            .Description("Take an offer out of the catalogue; purchases already requested keep their terms.")
            .Argument<NonNullGraphType<IdGraphType>>("offerId")
            .ResolveAsync(context => context.ChangedAsync((RetireHourOffer command) => context.LoadAsync<HourOffer>(command.OfferId)));

        mutation.Field<NonNullGraphType<HourPurchaseType>>("requestHourPurchase")
            .Description("A client's administrator asks to buy an offer for their hour bank; staff then approve or decline it.")
            .Argument<NonNullGraphType<IdGraphType>>("clientId")
            .Argument<NonNullGraphType<IdGraphType>>("offerId")
            .ResolveAsync(context => context.ChangedAsync((RequestHourPurchase command) => context.LoadAsync<HourPurchase>(command.PurchaseId)));

        mutation.Field<NonNullGraphType<HourPurchaseType>>("approveHourPurchase")
            .Description("Approve a purchase: the block is credited to the client's hour bank and an invoice for it drafted. Approving again changes nothing.")
            .Argument<NonNullGraphType<IdGraphType>>("purchaseId")
            .ResolveAsync(context => context.ChangedAsync((ApproveHourPurchase command) => context.LoadAsync<HourPurchase>(command.PurchaseId)));

        mutation.Field<NonNullGraphType<HourPurchaseType>>("declineHourPurchase")
            .Description("Decline a purchase, saying why.")
            .Argument<NonNullGraphType<IdGraphType>>("purchaseId")
            .Argument<NonNullGraphType<StringGraphType>>("reason")
            .ResolveAsync(context => context.ChangedAsync((DeclineHourPurchase command) => context.LoadAsync<HourPurchase>(command.PurchaseId)));
    }
}

public sealed class HourOfferType : ObjectGraphType<HourOffer>
{
    public HourOfferType()
    {
        Name = "HourOffer";
        Description = "A block of hours the MSP sells.";
        Field(offer => offer.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(offer => offer.Name);
        Field(offer => offer.Minutes);
        Field(offer => offer.Price);
        Field(offer => offer.Currency);
        Field(offer => offer.ValidityMonths, nullable: true).Description("How many months bought hours stay usable; null: they never expire.");
        Field(offer => offer.Retired);
    }
}

public sealed class HourPurchaseStatusType : EnumerationGraphType<HourPurchaseStatus>;

public sealed class HourPurchaseType : ObjectGraphType<HourPurchase>
{
    public HourPurchaseType()
    {
        Name = "HourPurchase";
        Description = "A client buying hours from the catalogue, on the offer's terms when it asked.";
        Field(purchase => purchase.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(purchase => purchase.ClientId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(purchase => purchase.Status, type: typeof(NonNullGraphType<HourPurchaseStatusType>));
        Field<NonNullGraphType<IdGraphType>>("offerId").Resolve(context => context.Source.Terms.OfferId);
        Field<NonNullGraphType<StringGraphType>>("offerName").Resolve(context => context.Source.Terms.OfferName);
        Field<NonNullGraphType<IntGraphType>>("minutes").Resolve(context => context.Source.Terms.Minutes);
        Field<NonNullGraphType<DecimalGraphType>>("price").Resolve(context => context.Source.Terms.Price);
        Field<NonNullGraphType<StringGraphType>>("currency").Resolve(context => context.Source.Terms.Currency);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("requestedAt").Resolve(context => context.Source.Terms.RequestedAt);
        Field(purchase => purchase.InvoiceId, type: typeof(IdGraphType)).Description("The invoice drafted when it was approved.");
        Field(purchase => purchase.DeclineReason, nullable: true);
    }
}

public sealed record HourOfferInput(string Name, int Minutes, decimal Price, string Currency, int? ValidityMonths);

public sealed class HourOfferInputType : InputObjectGraphType<HourOfferInput>
{
    public HourOfferInputType()
    {
        Name = "HourOfferInput";
        Field(input => input.Name);
        Field(input => input.Minutes).Description("15 minutes to 100,000 hours.");
        Field(input => input.Price).Description("0 or more, in cents.");
        Field(input => input.Currency).Description("ISO 4217; a client buys an offer in its hour bank's currency.");
        Field(input => input.ValidityMonths, nullable: true).Description("1 to 60; leave it out for hours that never expire.");
    }
}
