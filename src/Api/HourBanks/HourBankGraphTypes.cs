namespace Milestone.Api.HourBanks;

public sealed class LowBalanceMeasureType() : EnumGraphType<LowBalanceMeasure>(description: "MINUTES: a fixed number of minutes. PERCENT_OF_LAST_CREDIT: a share of the balance just after the latest credit.");

public sealed class UsageGroupingType() : EnumGraphType<UsageGrouping>(name: "HourBankUsageGrouping");

public sealed class StatementEntryType() : EnumGraphType<StatementEntry>(name: "HourBankStatementEntry");

public sealed class HourBankType : ObjectGraphType<HourBankView>
{
    public HourBankType()
    {
        Name = "HourBank";
        Description = "A client's hour bank as of an instant. All amounts are whole minutes; remaining is negative exactly when overage is owed.";
        Field("bankId", view => view.Bank.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field("clientId", view => view.Bank.ClientId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(view => view.AsOf);
        Field("currency", view => view.Bank.Currency);
        Field("timeZone", view => view.Bank.TimeZone).Description("The client's IANA time zone at opening: days, months and expiry are counted in it.");
        Field("billingIncrementMinutes", view => view.Bank.BillingIncrementMinutes).Description("Each billable worklog is rounded up to this.");
        Field("overageRatePerHour", view => view.Bank.OverageRatePerHour);
        Field("lowBalanceThreshold", view => view.Bank, type: typeof(NonNullGraphType<LowBalanceThresholdType>));
        Field("purchasedMinutes", view => view.Balance.Purchased);
        Field("allocatedMinutes", view => view.Balance.Allocated);
        Field("adjustedMinutes", view => view.Balance.Adjusted).Description("Net of positive and negative adjustments.");
        Field("consumedMinutes", view => view.Balance.Consumed).Description("Billed minutes of debits less those of reversals.");
        Field("expiredMinutes", view => view.Balance.Expired);
        Field("remainingMinutes", view => view.Balance.Remaining).Description("purchased + allocated + adjusted − consumed − expired.");
        Field("overageMinutes", view => view.Balance.Overage).Description("Minutes used beyond the credits and not yet repaid.");
        Field("overageAmount", view => view.Balance.OverageAmount).Description("The overage owed, each worklog's at the overage rate in force on its work date, to the cent.");
        Field("burnRates", view => view.Bank.BurnRates, type: typeof(NonNullGraphType<BurnRatesType>));
        Field("credits", view => view.Bank.Credits.Values.OrderBy(credit => credit.Sequence).ToList(), type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<HourBankCreditType>>>))
            .Description("Every credit in ledger order, with what is left of it.");
        Field("contracts", view => view.Bank.Contracts.Values.OrderBy(contract => contract.StartMonth).ToList(), type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<AllocationContractType>>>));
        Field("moreHoursRequests", view => view.MoreHoursRequests, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<MoreHoursRequestType>>>));
    }
}

public sealed class BurnRatesType : ObjectGraphType<BurnRates>
{
    public BurnRatesType()
    {
        Name = "BurnRates";
        Description = "An hour of work draws the highest multiplier of the agent's listed teams times its request category's multiplier.";
        Field(rates => rates.Teams, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<TeamBurnRateType>>>)).ListSize(HourBank.MaxBurnRates);
        Field(rates => rates.WorkTypes, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<WorkTypeBurnRateType>>>)).ListSize(HourBank.MaxBurnRates);
    }
}

public sealed class TeamBurnRateType : ObjectGraphType<TeamBurnRate>
{
    public TeamBurnRateType()
    {
        Name = "TeamBurnRate";
        Field(rate => rate.TeamId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(rate => rate.Multiplier);
    }
}

public sealed class WorkTypeBurnRateType : ObjectGraphType<WorkTypeBurnRate>
{
    public WorkTypeBurnRateType()
    {
        Name = "WorkTypeBurnRate";
        Field(rate => rate.Category);
        Field(rate => rate.Multiplier);
    }
}

public sealed class LowBalanceThresholdType : ObjectGraphType<HourBank>
{
    public LowBalanceThresholdType()
    {
        Name = "LowBalanceThreshold";
        Field("measure", bank => bank.LowBalanceThreshold.Measure, type: typeof(NonNullGraphType<LowBalanceMeasureType>));
        Field("value", bank => bank.LowBalanceThreshold.Value);
        Field("minutes", bank => bank.LowBalanceThresholdMinutes).Description("The threshold in minutes as it stands now.");
    }
}

public sealed class HourBankCreditType : ObjectGraphType<BankCredit>
{
    public HourBankCreditType()
    {
        Name = "HourBankCredit";
        Description = "A purchased block, a month's allocation or a positive adjustment.";
        Field(credit => credit.CreditId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(credit => credit.Minutes);
        Field(credit => credit.RemainingMinutes);
        Field("expiresOn", credit => credit.LastDay, nullable: true).Description("The last day it can be drawn and the last work date it pays for, in the bank's time zone (it lapses at the following local midnight); null if it never expires.");
        Field("validFrom", credit => credit.FirstDay, nullable: true).Description("The first work date it pays for: work dated earlier never draws it. Null: any earlier work.");
        Field(credit => credit.ContractId, type: typeof(IdGraphType));
        Field(credit => credit.Month, nullable: true).Description("For a monthly allocation, the month (its first day).");
    }
}

public sealed class AllocationContractType : ObjectGraphType<AllocationContract>
{
    public AllocationContractType()
    {
        Name = "HourBankContract";
        Field(contract => contract.ContractId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(contract => contract.MinutesPerMonth);
        Field(contract => contract.StartMonth);
        Field(contract => contract.EndMonth, nullable: true);
        Field("rolloverCarriesOver", contract => contract.Rollover.CarriesOver);
        Field("rolloverCapMinutes", contract => contract.Rollover.CapMinutes, nullable: true);
        Field("rolloverKeepMonths", contract => contract.Rollover.KeepMonths, nullable: true);
        Field(contract => contract.CatchUpUntil, nullable: true).Description("A catch-up contract's past months can be drawn until this day; null for other contracts.");
    }
}

public sealed class MoreHoursRequestType : ObjectGraphType<MoreHoursRequested>
{
    public MoreHoursRequestType()
    {
        Name = "MoreHoursRequest";
        Field("id", request => request.HoursRequestId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(request => request.RequestedMinutes);
        Field(request => request.Note);
        Field("requestedBy", request => request.By, type: typeof(NonNullGraphType<IdGraphType>));
        Field<ParticipantInterface>("requester")
            .Description("The person who asked; null when the caller may not see them.")
            .Resolve(context => context.Participant(context.Source.By));
        Field("requestedAt", request => request.At);
    }
}

public sealed class HourBankBalanceType : ObjectGraphType<HourBankBalance>
{
    public HourBankBalanceType()
    {
        Name = "HourBankBalance";
        Field("purchasedMinutes", balance => balance.Purchased);
        Field("allocatedMinutes", balance => balance.Allocated);
        Field("adjustedMinutes", balance => balance.Adjusted);
        Field("consumedMinutes", balance => balance.Consumed);
        Field("expiredMinutes", balance => balance.Expired);
        Field("remainingMinutes", balance => balance.Remaining);
        Field("overageMinutes", balance => balance.Overage);
        Field(balance => balance.OverageAmount);
    }
}

public sealed class MonthlyStatementType : ObjectGraphType<MonthlyStatement>
{
    public MonthlyStatementType()
    {
        Name = "HourBankStatement";
        Description = "One month in the bank's time zone: opening + credits − debits + reversals − expiries + adjustments = closing, to the minute.";
        Field("month", statement => statement.Month.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture));
        Field(statement => statement.TimeZone).Description("The IANA time zone the month runs in, from local midnight of the 1st to local midnight of the next 1st.");
        Field(statement => statement.Opening, type: typeof(NonNullGraphType<HourBankBalanceType>)).Description("Everything up to the month's first instant.");
        Field(statement => statement.Lines, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<StatementLineType>>>)).Description("Every entry made in the month, in ledger order.").ListSize(200);
        Field(statement => statement.Closing, type: typeof(NonNullGraphType<HourBankBalanceType>)).Description("Everything up to the month's end.");
        Field("creditedMinutes", statement => statement.Credits).Description("Purchases and allocations.");
        Field("debitedMinutes", statement => statement.Debits);
        Field("reversedMinutes", statement => statement.Reversals);
        Field("expiredMinutes", statement => statement.Expiries);
        Field("adjustedMinutes", statement => statement.Adjustments);
        Field(statement => statement.Reconciles);
    }
}

public sealed class StatementLineType : ObjectGraphType<StatementLine>
{
    public StatementLineType()
    {
        Name = "HourBankStatementLine";
        Field(line => line.At);
        Field(line => line.Entry, type: typeof(NonNullGraphType<StatementEntryType>));
        Field(line => line.Minutes).Description("Effect on the remaining balance (signed).");
        Field(line => line.OverageMinutes).Description("Effect on the overage owed (signed).");
        Field(line => line.CreditId, type: typeof(IdGraphType));
        Field(line => line.WorklogId, type: typeof(IdGraphType));
        Field(line => line.RequestId, type: typeof(IdGraphType));
        Field<RequestType>("request").Description("The request the worklog was on; null for credits, or when the caller may not see it.")
            .Resolve(context => context.Source.RequestId is { } requestId ? context.LinkedRequest(requestId) : null);
        Field(line => line.AgentId, type: typeof(IdGraphType));
        Field<ParticipantInterface>("agent").Description("Who logged the worklog; null for credits, or when the caller may not see them.")
            .Resolve(context => context.Participant(context.Source.AgentId));
        Field(line => line.Category, nullable: true);
        Field(line => line.WorkDate, nullable: true);
        Field(line => line.LoggedMinutes, nullable: true).Description("The minutes logged (debits and reversals); times the multiplier and rounded up, they are the minutes drawn.");
        Field(line => line.Multiplier, nullable: true).Description("The burn multiplier the worklog drew at (debits and reversals): 1 unless the bank's burn rates say otherwise.");
        Field(line => line.Draws, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<CreditDrawType>>>)).Description("Credits drawn (debits, repayments, negative adjustments) or returned (reversals).").ListSize(2);
        Field(line => line.Note, nullable: true);
    }
}

public sealed class CreditDrawType : ObjectGraphType<CreditDraw>
{
    public CreditDrawType()
    {
        Name = "HourBankCreditDraw";
        Field(draw => draw.CreditId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(draw => draw.Minutes);
    }
}

public sealed class UsageGroupType : ObjectGraphType<UsageGroup>
{
    public UsageGroupType()
    {
        Name = "HourBankUsageGroup";
        Field(group => group.Key).Description("The request id, category (empty: none), agent id or month (yyyy-MM).");
        Field(group => group.LoggedMinutes);
        Field(group => group.BilledMinutes).Description("Rounded per worklog, as drawn from the bank.");
        Field(group => group.Worklogs);
    }
}

public sealed class HourBankForecastType : ObjectGraphType<HourBankForecast>
{
    public HourBankForecastType()
    {
        Name = "HourBankForecast";
        Field(forecast => forecast.RemainingMinutes);
        Field(forecast => forecast.Trailing30Days, type: typeof(NonNullGraphType<BurnRateType>));
        Field(forecast => forecast.Trailing90Days, type: typeof(NonNullGraphType<BurnRateType>));
    }
}

public sealed class BurnRateType : ObjectGraphType<BurnRate>
{
    public BurnRateType()
    {
        Name = "HourBankBurnRate";
        Field(rate => rate.Days);
        Field(rate => rate.ConsumedMinutes).Description("Billed minutes entered in the window, less reversals.");
        Field(rate => rate.MinutesPerDay);
        Field(rate => rate.RunsDryOn, nullable: true).Description("The day (in the bank's time zone) the balance runs out at this rate; null if nothing is being drawn.");
    }
}
