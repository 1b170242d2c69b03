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
                var clientId = await VisibleClientIdAsync(context);
                await using var session = context.OpenQuerySession();
                var now = context.Now();
                return await session.BankAsOfAsync(clientId, context.GetArgument<DateTimeOffset?>("asOf") ?? now, now, context.CancellationToken);
            });

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<UsageGroupType>>>>("hourBankUsage")
            .Description("Billable time drawn from the bank for work done from 'from' to 'to' (inclusive), grouped; most billed first.")
            .Argument<NonNullGraphType<IdGraphType>>("clientId")
            .Argument<NonNullGraphType<DateOnlyGraphType>>("from")
            .Argument<NonNullGraphType<DateOnlyGraphType>>("to")
            .Argument<NonNullGraphType<UsageGroupingType>>("groupBy")
            .ResolveAsync(async context =>
            {
                var clientId = await VisibleClientIdAsync(context);
                await using var session = context.OpenQuerySession();
                return await session.UsageAsync(
                    clientId, context.GetArgument<DateOnly>("from"), context.GetArgument<DateOnly>("to"), context.GetArgument<UsageGrouping>("groupBy"), context.CancellationToken);
            });

        query.Field<MonthlyStatementType>("hourBankStatement")
            .Description("The statement for one month (yyyy-MM) in the bank's time zone; null if the client has no bank.")
            .Argument<NonNullGraphType<IdGraphType>>("clientId")
            .Argument<NonNullGraphType<StringGraphType>>("month")
            .ResolveAsync(async context =>
            {
                var clientId = await VisibleClientIdAsync(context);
                var month = HourBankLedger.ParseMonth(context.GetArgument<string>("month")) ?? throw Refusals.Invalid("month", "Give the month as yyyy-MM.");
                await using var session = context.OpenQuerySession();
                return await session.StatementAsync(clientId, month, context.CancellationToken);
            });

        query.Field<HourBankForecastType>("hourBankForecast")
            .Description("How fast the bank is used over the trailing 30 and 90 days, and the day it runs dry at each rate; null if the client has no bank.")
            .Argument<NonNullGraphType<IdGraphType>>("clientId")
            .ResolveAsync(async context =>
            {
                var clientId = await VisibleClientIdAsync(context);
                await using var session = context.OpenQuerySession();
                return await session.ForecastAsync(clientId, context.Now(), context.CancellationToken);
            });
    }

    public static void AddHourBankMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<HourBankType>>("openHourBank")
            .Description("Open the client's hour bank; billable worklogs draw it from now on. Administrators and account managers.")
            .Argument<NonNullGraphType<IdGraphType>>("clientId")
            .Argument<NonNullGraphType<StringGraphType>>("currency", argument => argument.Description = "ISO 4217, fixed for the bank's life.")
            .Argument<NonNullGraphType<HourBankTermsInputType>>("terms")
            .ResolveAsync(ChangedAsync<OpenHourBank>);

        mutation.Field<NonNullGraphType<HourBankType>>("changeHourBankTerms")
            .Description("New increment, overage rate or threshold from now on; nothing posted is re-rated. Administrators and account managers.")
            .Argument<NonNullGraphType<IdGraphType>>("clientId")
            .Argument<NonNullGraphType<HourBankTermsInputType>>("terms")
            .ResolveAsync(ChangedAsync<ChangeHourBankTerms>);

        mutation.Field<NonNullGraphType<HourBankType>>("setHourBankBurnRates")
            .Description("Burn multipliers from now on (senior engineers' hours, after-hours work), replacing the ones before; nothing posted is re-rated. Administrators and account managers.")
            .Argument<NonNullGraphType<IdGraphType>>("clientId")
            .Argument<NonNullGraphType<BurnRatesInputType>>("rates")
            .ResolveAsync(ChangedAsync<SetHourBankBurnRates>);

        mutation.Field<NonNullGraphType<HourBankType>>("purchaseHourBlock")
            .Description("Record a block of hours the client bought; it first repays any overage. Administrators and account managers.")
            .Argument<NonNullGraphType<IdGraphType>>("clientId")
            .Argument<NonNullGraphType<PurchaseHourBlockInputType>>("input")
            .ResolveAsync(ChangedAsync<PurchaseHourBlock>);

        mutation.Field<NonNullGraphType<HourBankType>>("contractMonthlyAllocation")
            .Description("A contract crediting hours at the start of every month it covers, with a rollover rule. Administrators and account managers.")
            .Argument<NonNullGraphType<IdGraphType>>("clientId")
            .Argument<NonNullGraphType<MonthlyAllocationInputType>>("input")
            .ResolveAsync(ChangedAsync<ContractMonthlyAllocation>);

        mutation.Field<NonNullGraphType<HourBankType>>("adjustHours")
            .Description("Add (positive) or take away (negative) minutes, with a reason. Administrators, account managers and team leads.")
            .Argument<NonNullGraphType<IdGraphType>>("clientId")
            .Argument<NonNullGraphType<IntGraphType>>("minutes")
            .Argument<NonNullGraphType<StringGraphType>>("reason")
            .Argument<IdGraphType>("clientAdjustmentId", argument => argument.Description = "Send one to make a retry safe.")
            .ResolveAsync(ChangedAsync<AdjustHours>);

        mutation.Field<NonNullGraphType<HourBankType>>("requestMoreHours")
            .Description("Ask for more hours: a task for the client's account staff, not a credit. The client's own people, or delivery staff for them.")
            .Argument<NonNullGraphType<IdGraphType>>("clientId")
            .Argument<NonNullGraphType<IntGraphType>>("minutes")
            .Argument<StringGraphType>("note")
            .Argument<IdGraphType>("clientRequestId", argument => argument.Description = "Send one to make a retry safe.")
            .ResolveAsync(ChangedAsync<RequestMoreHours>);
    }

    /// <summary>Binds and runs the command, and answers with the bank as it now stands.</summary>
    private static Task<object?> ChangedAsync<TCommand>(IResolveFieldContext context) where TCommand : IHourBankCommand =>
        context.ChangedAsync((TCommand command) => BankAsync(context, command.ClientId));

    private static Task<Guid> VisibleClientIdAsync(IResolveFieldContext context) =>
        context.VisibleClientIdAsync(context.Caller(), context.GetArgument<string>("clientId"));

    private static async Task<HourBankView?> BankAsync(IResolveFieldContext context, Guid clientId)
    {
        await using var session = context.OpenQuerySession();
        return await session.BankNowAsync(clientId, context.Now(), context.CancellationToken);
    }
}
