namespace Milestone.Api.HourBanks;

public sealed class LowBalanceThresholdInput
{
    public LowBalanceMeasure Measure { get; set; }

    public int Value { get; set; }

    public LowBalanceThreshold ToThreshold() => new(Measure, Value);
}

public sealed class HourBankTermsInput
{
    public int BillingIncrementMinutes { get; set; }

    public decimal OverageRatePerHour { get; set; }

    public LowBalanceThresholdInput LowBalanceThreshold { get; set; } = new();
}

public sealed class PurchaseHourBlockInput
{
    public int Minutes { get; set; }

    public decimal Price { get; set; }

    public string Currency { get; set; } = string.Empty;

    public DateOnly PurchasedOn { get; set; }

    public DateOnly? ExpiresOn { get; set; }

    public DateOnly? ValidFrom { get; set; }

    public string? ClientCreditId { get; set; }
}

public sealed class MonthlyAllocationInput
{
    public int MinutesPerMonth { get; set; }

    public DateOnly StartMonth { get; set; }

    public DateOnly? EndMonth { get; set; }

    public RolloverInput Rollover { get; set; } = new();

    public decimal? PricePerMonth { get; set; }

    public bool? CatchUp { get; set; }

    public string? ClientContractId { get; set; }
}

public sealed class BurnRatesInput
{
    public List<TeamBurnRateInput> Teams { get; set; } = [];

    public List<WorkTypeBurnRateInput> WorkTypes { get; set; } = [];
}

public sealed class TeamBurnRateInput
{
    public string TeamId { get; set; } = string.Empty;

    public decimal Multiplier { get; set; }
}

public sealed class WorkTypeBurnRateInput
{
    public string Category { get; set; } = string.Empty;

    public decimal Multiplier { get; set; }
}

public sealed class RolloverInput
{
    public bool CarriesOver { get; set; }

    public int? CapMinutes { get; set; }

    public int? KeepMonths { get; set; }

    public RolloverRule ToRule() => new(CarriesOver, CapMinutes, KeepMonths);
}

public sealed class LowBalanceThresholdInputType : InputObjectGraphType<LowBalanceThresholdInput>
{
    public LowBalanceThresholdInputType()
    {
        Name = "LowBalanceThresholdInput";
        Field(input => input.Measure, type: typeof(NonNullGraphType<LowBalanceMeasureType>));
        Field(input => input.Value).Description("Minutes, or a percentage from 0 to 100.");
    }
}

public sealed class HourBankTermsInputType : InputObjectGraphType<HourBankTermsInput>
{
    public HourBankTermsInputType()
    {
        Name = "HourBankTermsInput";
        Field(input => input.BillingIncrementMinutes).Description("Each billable worklog is rounded up to this, 1 to 240.");
        Field(input => input.OverageRatePerHour).Description("The price of an hour of overage, in the bank's currency.");
        Field(input => input.LowBalanceThreshold, type: typeof(NonNullGraphType<LowBalanceThresholdInputType>));
    }
}

public sealed class BurnRatesInputType : InputObjectGraphType<BurnRatesInput>
{
    public BurnRatesInputType()
    {
        Name = "BurnRatesInput";
        Description = "An hour of work draws the highest multiplier of the agent's listed teams times its request category's multiplier (1 where none is listed).";
        Field(input => input.Teams, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<TeamBurnRateInputType>>>)).Description("Per team, such as senior engineers.");
        Field(input => input.WorkTypes, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<WorkTypeBurnRateInputType>>>)).Description("Per request category, such as after-hours work.");
    }
}

public sealed class TeamBurnRateInputType : InputObjectGraphType<TeamBurnRateInput>
{
    public TeamBurnRateInputType()
    {
        Name = "TeamBurnRateInput";
        Field(input => input.TeamId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(input => input.Multiplier).Description("From 0.25 to 10, in hundredths.");
    }
}

public sealed class WorkTypeBurnRateInputType : InputObjectGraphType<WorkTypeBurnRateInput>
{
    public WorkTypeBurnRateInputType()
    {
        Name = "WorkTypeBurnRateInput";
        Field(input => input.Category).Description("A request category, matched ignoring case.");
        Field(input => input.Multiplier).Description("From 0.25 to 10, in hundredths.");
    }
}

public sealed class PurchaseHourBlockInputType : InputObjectGraphType<PurchaseHourBlockInput>
{
    public PurchaseHourBlockInputType()
    {
        Name = "PurchaseHourBlockInput";
        Field(input => input.Minutes);
        Field(input => input.Price);
        Field(input => input.Currency).Description("Must be the bank's currency.");
        Field(input => input.PurchasedOn);
        Field(input => input.ExpiresOn, nullable: true).Description("The last day (in the bank's time zone) the hours can be used and the last work date they pay for; none: they never expire.");
        Field(input => input.ValidFrom, nullable: true).Description("The first work date the hours pay for; work dated before it never draws this block. None: any earlier work.");
        Field(input => input.ClientCreditId, type: typeof(IdGraphType)).Description("Send one to make a retry safe.");
    }
}

public sealed class MonthlyAllocationInputType : InputObjectGraphType<MonthlyAllocationInput>
{
    public MonthlyAllocationInputType()
    {
        Name = "MonthlyAllocationInput";
        Field(input => input.MinutesPerMonth);
        Field(input => input.StartMonth).Description("The first day of the first month credited: this month or later, or a past month (not before the bank opened) with catchUp.");
        Field(input => input.EndMonth, nullable: true).Description("The first day of the last month credited; none: open-ended.");
        Field(input => input.Rollover, type: typeof(NonNullGraphType<RolloverInputType>));
        Field(input => input.PricePerMonth, nullable: true).Description("What each month is invoiced at when the month closes, in the bank's currency; none or 0: billed outside Milestone.");
        Field(input => input.CatchUp, nullable: true).Description("For a contract starting in a past month: credit the past months now, drawable until the end of this month, instead of refusing it.");
        Field(input => input.ClientContractId, type: typeof(IdGraphType)).Description("Send one to make a retry safe.");
    }
}

public sealed class RolloverInputType : InputObjectGraphType<RolloverInput>
{
    public RolloverInputType()
    {
        Name = "RolloverInput";
        Description = "carriesOver false: a month's unused hours lapse at its end. true: they carry, cut to capMinutes at each month close and kept keepMonths more months, if given.";
        Field(input => input.CarriesOver);
        Field(input => input.CapMinutes, nullable: true);
        Field(input => input.KeepMonths, nullable: true);
    }
}
