namespace Milestone.Domain.HourBanks;

/// <summary>Every entry in a bank's ledger: whose bank, and when it happened (what "as of" and statements cut on).</summary>
public interface IHourBankEvent
{
    Guid BankId { get; }

    Guid ClientId { get; }

    DateTimeOffset At { get; }
}

/// <summary>
/// A client's hour bank was opened. Starts the stream; the bank's currency is fixed here because every
/// price and the overage rate are read in it, and its time zone (IANA id, the client's) because every day,
/// month and expiry of the bank is counted in it.
/// </summary>
public sealed record HourBankOpened(
    Guid BankId,
    Guid ClientId,
    int BillingIncrementMinutes,
    decimal OverageRatePerHour,
    string Currency,
    string TimeZone,
    LowBalanceThreshold LowBalanceThreshold,
    Guid By,
    DateTimeOffset At) : IHourBankEvent;

/// <summary>New terms apply to entries from now on; nothing already posted is re-rated.</summary>
public sealed record BankTermsChanged(
    Guid BankId,
    Guid ClientId,
    int BillingIncrementMinutes,
    decimal OverageRatePerHour,
    LowBalanceThreshold LowBalanceThreshold,
    Guid By,
    DateTimeOffset At) : IHourBankEvent;

/// <summary>
/// A block of hours the client bought. <c>ExpiresOn</c> is the last day (in the bank's time zone) it can be drawn and
/// the last work date it pays for; <c>ValidFrom</c>, when set, the first work date it pays for: work dated outside
/// the window never draws it.
/// </summary>
public sealed record HourBlockPurchased(
    Guid BankId,
    Guid ClientId,
    Guid CreditId,
    int Minutes,
    decimal Price,
    string Currency,
    DateOnly PurchasedOn,
    DateOnly? ExpiresOn,
    Guid By,
    DateTimeOffset At,
    DateOnly? ValidFrom = null) : IHourBankEvent;

/// <summary>
/// A contract that credits the bank every month from <c>StartMonth</c> to <c>EndMonth</c> (first days of the bank's
/// local months, inclusive). <c>PricePerMonth</c> is what each month's allocation is invoiced at; 0 when it is billed
/// outside Milestone (and for contracts made before prices were kept). A contract starting in a past month is a
/// catch-up: its past months are credited at once and can be drawn until <c>CatchUpUntil</c>, the last day of the month
/// it was made in, instead of lapsing the moment they are credited.
/// </summary>
public sealed record MonthlyAllocationContracted(
    Guid BankId,
    Guid ClientId,
    Guid ContractId,
    int MinutesPerMonth,
    DateOnly StartMonth,
    DateOnly? EndMonth,
    RolloverRule Rollover,
    Guid By,
    DateTimeOffset At,
    decimal PricePerMonth = 0m,
    DateOnly? CatchUpUntil = null) : IHourBankEvent;

/// <summary>
/// One month's allocation under a contract, credited when the month begins at the bank's local midnight, or at once
/// for a past month of a catch-up contract (<c>CatchUp</c>).
/// </summary>
public sealed record MonthlyHoursAllocated(
    Guid BankId,
    Guid ClientId,
    Guid CreditId,
    Guid ContractId,
    DateOnly Month,
    int Minutes,
    DateOnly? ExpiresOn,
    DateTimeOffset At,
    bool CatchUp = false) : IHourBankEvent;

/// <summary>
/// A manual correction by staff. A positive adjustment is a credit of its own (its id is <c>EntryId</c>,
/// it never expires); a negative one takes minutes from the credits listed in <c>Draws</c>.
/// </summary>
public sealed record HoursAdjusted(
    Guid BankId,
    Guid ClientId,
    Guid EntryId,
    int Minutes,
    string Reason,
    IReadOnlyList<CreditDraw> Draws,
    Guid By,
    DateTimeOffset At) : IHourBankEvent;

/// <summary>
/// Billable time drawn from the bank. <c>BilledMinutes</c> = <c>LoggedMinutes</c> × <c>Multiplier</c> rounded up to the
/// minute, then to the billing increment = the sum of <c>Draws</c> + <c>OverageMinutes</c>. <c>OverageRatePerHour</c> is
/// the rate in force on the work date that prices its overage (null on debits recorded before rates were kept: the
/// bank's rate at the time).
/// </summary>
public sealed record WorklogDebited(
    Guid BankId,
    Guid ClientId,
    Guid WorklogId,
    Guid RequestId,
    Guid AgentId,
    string? Category,
    DateOnly WorkDate,
    int LoggedMinutes,
    int BilledMinutes,
    IReadOnlyList<CreditDraw> Draws,
    int OverageMinutes,
    DateTimeOffset At,
    decimal Multiplier = 1m,
    decimal? OverageRatePerHour = null) : IHourBankEvent;

/// <summary>
/// The compensating entry for a debit. <c>Returns</c> gives back every minute the worklog drew (including
/// minutes later drawn to repay its overage) to the credit it came from; <c>OverageCancelledMinutes</c> is
/// the overage it still owed. Returns + cancelled overage = the debit's <c>BilledMinutes</c>.
/// </summary>
public sealed record WorklogDebitReversed(
    Guid BankId,
    Guid ClientId,
    Guid WorklogId,
    Guid RequestId,
    Guid AgentId,
    string? Category,
    DateOnly WorkDate,
    int LoggedMinutes,
    int BilledMinutes,
    IReadOnlyList<CreditDraw> Returns,
    int OverageCancelledMinutes,
    ReversalReason Reason,
    DateTimeOffset At,
    decimal Multiplier = 1m,
    decimal? OverageRatePerHour = null) : IHourBankEvent;

/// <summary>
/// A new credit paid back overage a worklog had run up; the balance does not change, the overage falls.
/// <c>OverageRatePerHour</c> is the rate that overage was priced at (null when its debit recorded none).
/// </summary>
public sealed record OverageRepaid(
    Guid BankId,
    Guid ClientId,
    Guid WorklogId,
    Guid RequestId,
    IReadOnlyList<CreditDraw> Draws,
    DateTimeOffset At,
    decimal? OverageRatePerHour = null) : IHourBankEvent;

/// <summary>
/// The bank's burn multipliers from now on: worklogs posted afterwards draw their minutes times the highest
/// multiplier of the agent's listed teams and the multiplier of the request's category; nothing posted is re-rated.
/// </summary>
public sealed record BurnRatesSet(
    Guid BankId,
    Guid ClientId,
    IReadOnlyList<TeamBurnRate> Teams,
    IReadOnlyList<WorkTypeBurnRate> WorkTypes,
    Guid By,
    DateTimeOffset At) : IHourBankEvent;

/// <summary>Unused minutes of a credit lapsed: past its last day, or above a contract's rollover cap.</summary>
public sealed record CreditExpired(
    Guid BankId,
    Guid ClientId,
    Guid CreditId,
    int UnusedMinutes,
    ExpiryReason Reason,
    DateTimeOffset At) : IHourBankEvent;

/// <summary>
/// A month under a rolling-over contract was closed; <c>RolledOverMinutes</c> of the contract's credits
/// carry into the next month. Moves no minutes: any forfeit above the cap is a <see cref="CreditExpired"/>.
/// </summary>
public sealed record UnusedHoursRolledOver(
    Guid BankId,
    Guid ClientId,
    Guid ContractId,
    DateOnly Month,
    int RolledOverMinutes,
    DateTimeOffset At) : IHourBankEvent;

/// <summary>The balance fell to or below the low-balance threshold; raised once until it climbs back above.</summary>
public sealed record HourBankLowBalanceReached(
    Guid BankId,
    Guid ClientId,
    int BalanceMinutes,
    int ThresholdMinutes,
    DateTimeOffset At) : IHourBankEvent;

/// <summary>Someone asked for more hours: a task for the account's staff, not a credit.</summary>
public sealed record MoreHoursRequested(
    Guid BankId,
    Guid ClientId,
    Guid HoursRequestId,
    int RequestedMinutes,
    string Note,
    Guid By,
    DateTimeOffset At) : IHourBankEvent;

public sealed record CreditDraw(Guid CreditId, int Minutes);

public enum ReversalReason
{
    Corrected,
    Deleted,
}

public enum ExpiryReason
{
    Expired,
    RolloverCap,
}
