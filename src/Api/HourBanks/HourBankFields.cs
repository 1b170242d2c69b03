using GraphQL;
using GraphQL.Types;
using Milestone.Api.GraphQL;
using Milestone.Api.Organisations;
using Milestone.Domain.HourBanks;
using Milestone.Domain.People;
using Wolverine;

namespace Milestone.Api.HourBanks;

/// <summary>
/// A client's people see their own client's bank, staff the banks of the clients in their scope; a client the
/// caller may not see is NOT_FOUND, exactly like one that does not exist. Who may change what is the domain's
/// decision (terms and credits: administrators and account managers; adjustments: team leads too).
/// </summary>
public static class HourBankFields
{
    public static void AddHourBankQueries(this ObjectGraphType query)
    {
        query.Field<HourBankType>("hourBank")
            .Description("The client's hour bank as of now, or as of any past instant; null if it had no bank then.")
            .Argument<NonNullGraphType<IdGraphType>>("clientId")
            .Argument<DateTimeOffsetGraphType>("asOf")
            .ResolveAsync(async context =>
            {
                var ledger = await VisibleLedgerAsync(context);
                return HourBankView.Of(ledger, context.GetArgument<DateTimeOffset?>("asOf") ?? context.Now());
            });

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<UsageGroupType>>>>("hourBankUsage")
            .Description("Billable time drawn from the bank for work done from 'from' to 'to' (inclusive), grouped; most billed first.")
            .Argument<NonNullGraphType<IdGraphType>>("clientId")
            .Argument<NonNullGraphType<DateOnlyGraphType>>("from")
            .Argument<NonNullGraphType<DateOnlyGraphType>>("to")
            .Argument<NonNullGraphType<UsageGroupingType>>("groupBy")
            .ResolveAsync(async context =>
            {
                var ledger = await VisibleLedgerAsync(context);
                return HourBankUsage.For(ledger, context.GetArgument<DateOnly>("from"), context.GetArgument<DateOnly>("to"), context.GetArgument<UsageGrouping>("groupBy"));
            });

        query.Field<MonthlyStatementType>("hourBankStatement")
            .Description("The statement for one month (yyyy-MM) in the bank's time zone; null if the client has no bank.")
            .Argument<NonNullGraphType<IdGraphType>>("clientId")
            .Argument<NonNullGraphType<StringGraphType>>("month")
            .ResolveAsync(async context =>
            {
                var ledger = await VisibleLedgerAsync(context);
                var month = HourBankLedger.ParseMonth(context.GetArgument<string>("month")) ?? throw Refusals.Invalid("month", "Give the month as yyyy-MM.");
                return ledger.Count == 0 ? null : MonthlyStatement.For(ledger, month);
            });

        query.Field<HourBankForecastType>("hourBankForecast")
            .Description("How fast the bank is used over the trailing 30 and 90 days, and the day it runs dry at each rate; null if the client has no bank.")
            .Argument<NonNullGraphType<IdGraphType>>("clientId")
            .ResolveAsync(async context =>
            {
                var ledger = await VisibleLedgerAsync(context);
                return ledger.Count == 0 ? null : HourBankForecast.For(ledger, context.Now());
            });
    }

    public static void AddHourBankMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<HourBankType>>("openHourBank")
            .Description("Open the client's hour bank; billable worklogs draw it from now on. Administrators and account managers.")
            .Argument<NonNullGraphType<IdGraphType>>("clientId")
            .Argument<NonNullGraphType<StringGraphType>>("currency", argument => argument.Description = "ISO 4217, fixed for the bank's life.")
            .Argument<NonNullGraphType<HourBankTermsInputType>>("terms")
            .ResolveAsync(async context =>
            {
                var caller = context.Caller();
                var clientId = await context.VisibleClientIdAsync(caller, context.GetArgument<string>("clientId"));
                var terms = context.GetArgument<HourBankTermsInput>("terms");
                await context.Service<IMessageBus>().InvokeAsync(
                    new OpenHourBank(clientId, terms.BillingIncrementMinutes, terms.OverageRatePerHour, context.GetArgument<string>("currency"), terms.LowBalanceThreshold.ToThreshold(), caller.AsActor()),
                    context.CancellationToken);
                return await BankAsync(context, clientId);
            });

        mutation.Field<NonNullGraphType<HourBankType>>("changeHourBankTerms")
            .Description("New increment, overage rate or threshold from now on; nothing posted is re-rated. Administrators and account managers.")
            .Argument<NonNullGraphType<IdGraphType>>("clientId")
            .Argument<NonNullGraphType<HourBankTermsInputType>>("terms")
            .ResolveAsync(context => ChangeAsync(context, (bankId, actor) =>
            {
                var terms = context.GetArgument<HourBankTermsInput>("terms");
                return new ChangeHourBankTerms(bankId, terms.BillingIncrementMinutes, terms.OverageRatePerHour, terms.LowBalanceThreshold.ToThreshold(), actor);
            }));

        mutation.Field<NonNullGraphType<HourBankType>>("purchaseHourBlock")
            .Description("Record a block of hours the client bought; it first repays any overage. Administrators and account managers.")
            .Argument<NonNullGraphType<IdGraphType>>("clientId")
            .Argument<NonNullGraphType<PurchaseHourBlockInputType>>("input")
            .ResolveAsync(context => ChangeAsync(context, (bankId, actor) =>
            {
                var input = context.GetArgument<PurchaseHourBlockInput>("input");
                return new PurchaseHourBlock(bankId, ChosenId(context, input.ClientCreditId, "clientCreditId"), input.Minutes, input.Price, input.Currency, input.PurchasedOn, input.ExpiresOn, actor);
            }));

        mutation.Field<NonNullGraphType<HourBankType>>("contractMonthlyAllocation")
            .Description("A contract crediting hours at the start of every month it covers, with a rollover rule. Administrators and account managers.")
            .Argument<NonNullGraphType<IdGraphType>>("clientId")
            .Argument<NonNullGraphType<MonthlyAllocationInputType>>("input")
            .ResolveAsync(context => ChangeAsync(context, (bankId, actor) =>
            {
                var input = context.GetArgument<MonthlyAllocationInput>("input");
                return new ContractMonthlyAllocation(
                    bankId, ChosenId(context, input.ClientContractId, "clientContractId"), input.MinutesPerMonth, input.StartMonth, input.EndMonth, input.Rollover.ToRule(), actor);
            }));

        mutation.Field<NonNullGraphType<HourBankType>>("adjustHours")
            .Description("Add (positive) or take away (negative) minutes, with a reason. Administrators, account managers and team leads.")
            .Argument<NonNullGraphType<IdGraphType>>("clientId")
            .Argument<NonNullGraphType<IntGraphType>>("minutes")
            .Argument<NonNullGraphType<StringGraphType>>("reason")
            .Argument<IdGraphType>("clientAdjustmentId", argument => argument.Description = "Send one to make a retry safe.")
            .ResolveAsync(context => ChangeAsync(context, (bankId, actor) => new AdjustHours(
                bankId, ChosenId(context, context.GetArgument<string?>("clientAdjustmentId"), "clientAdjustmentId"), context.GetArgument<int>("minutes"), context.GetArgument<string>("reason"), actor)));

        mutation.Field<NonNullGraphType<HourBankType>>("requestMoreHours")
            .Description("Ask for more hours: a task for the client's account staff, not a credit. The client's own people, or delivery staff for them.")
            .Argument<NonNullGraphType<IdGraphType>>("clientId")
            .Argument<NonNullGraphType<IntGraphType>>("minutes")
            .Argument<StringGraphType>("note")
            .Argument<IdGraphType>("clientRequestId", argument => argument.Description = "Send one to make a retry safe.")
            .ResolveAsync(context => ChangeAsync(context, (bankId, actor) => new RequestMoreHours(
                bankId, ChosenId(context, context.GetArgument<string?>("clientRequestId"), "clientRequestId"), context.GetArgument<int>("minutes"), context.GetArgument<string?>("note"), actor)));
    }

    private static async Task<IReadOnlyList<object>> VisibleLedgerAsync(IResolveFieldContext context)
    {
        var clientId = await context.VisibleClientIdAsync(context.Caller(), context.GetArgument<string>("clientId"));
        await using var session = context.OpenQuerySession();
        return await session.LedgerOfAsync(clientId, context.CancellationToken);
    }

    /// <summary>Looks the bank up within the caller's visibility, dispatches the command the caller builds, and answers with the bank as it now stands.</summary>
    private static async Task<object?> ChangeAsync(IResolveFieldContext context, Func<Guid, Actor, object> command)
    {
        var caller = context.Caller();
        var clientId = await context.VisibleClientIdAsync(caller, context.GetArgument<string>("clientId"));
        await using (var session = context.OpenQuerySession())
        {
            if (await session.LoadAsync<HourBank>(HourBank.IdFor(clientId), context.CancellationToken) is null)
            {
                throw Refusals.NotFound("hour bank");
            }
        }

        await context.Service<IMessageBus>().InvokeAsync(command(HourBank.IdFor(clientId), caller.AsActor()), context.CancellationToken);
        return await BankAsync(context, clientId);
    }

    private static async Task<HourBankView?> BankAsync(IResolveFieldContext context, Guid clientId)
    {
        await using var session = context.OpenQuerySession();
        return HourBankView.Of(await session.LedgerOfAsync(clientId, context.CancellationToken), context.Now());
    }

    /// <summary>A client-chosen id makes a retried mutation a no-op; one that is not an id names nothing.</summary>
    private static Guid ChosenId(IResolveFieldContext context, string? chosen, string field) =>
        chosen is null ? Guid.CreateVersion7(context.Now()) : Guid.TryParse(chosen, out var id) ? id : throw Refusals.Invalid(field, "That is not an id.");
}
