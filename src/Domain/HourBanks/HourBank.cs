namespace Milestone.Domain.HourBanks;

/// <summary>
/// The write-side state of one client's hour bank, rebuilt from its ledger stream before every decision.
/// Balance = minutes left on credits − overage still owed; it goes negative only through overage.
/// </summary>
public sealed partial record HourBank(
    Guid Id,
    Guid ClientId,
    string Currency,
    int BillingIncrementMinutes,
    decimal OverageRatePerHour,
    LowBalanceThreshold LowBalanceThreshold,
    string TimeZone)
{
    public const int MaxBillingIncrementMinutes = 240;
    public const int MaxCreditMinutes = 10_000 * 60;
    public const int ReasonMaxLength = 500;
    public const int NoteMaxLength = 2_000;

    public int Version { get; set; }

    /// <summary>When the bank was opened: time logged before then is never posted, not even when it is corrected later.</summary>
    public DateTimeOffset OpenedAt { get; init; }

    public ImmutableDictionary<Guid, BankCredit> Credits { get; init; } = ImmutableDictionary<Guid, BankCredit>.Empty;

    public ImmutableDictionary<Guid, AllocationContract> Contracts { get; init; } = ImmutableDictionary<Guid, AllocationContract>.Empty;

    /// <summary>
    /// The debits that still owe overage, oldest first: the order new credits repay them in. Every other debit
    /// is kept outside the bank, one <see cref="BankDebit"/> per worklog, so a decision reads only the one it is about.
    /// </summary>
    public ImmutableList<OwedOverage> Owed { get; init; } = [];

    public ImmutableHashSet<Guid> Adjustments { get; init; } = [];

    public ImmutableHashSet<Guid> HoursRequests { get; init; } = [];

    /// <summary>The balance right after the latest credit: what a percentage threshold is a percentage of.</summary>
    public int LastCreditedBalance { get; init; }

    public bool LowBalanceArmed { get; init; } = true;

    /// <summary>Ledger order of credits: what "the oldest credit first" means.</summary>
    public long Sequence { get; init; }

    public int CreditedMinutesLeft => Credits.Values.Sum(credit => credit.RemainingMinutes);

    public int OverageMinutes => Owed.Sum(owed => owed.Minutes);

    public int BalanceMinutes => CreditedMinutesLeft - OverageMinutes;

    public int LowBalanceThresholdMinutes => LowBalanceThreshold.MinutesFor(LastCreditedBalance);

    public BankCalendar Calendar => new(TimeZone);

    public static HourBank? Evolve(HourBank? state, object @event) => @event switch
    {
        HourBankOpened opened => new HourBank(
            opened.BankId,
            opened.ClientId,
            opened.Currency,
            opened.BillingIncrementMinutes,
            opened.OverageRatePerHour,
            opened.LowBalanceThreshold,
            opened.TimeZone) { OpenedAt = opened.At }.EvolveRates(opened),
        HourBankLowBalanceReached => state! with { LowBalanceArmed = false },
        _ => state?.EvolveRates(@event).EvolveCredits(@event).EvolveDebits(@event).EvolveKeys(@event).Rearmed(),
    };

    /// <summary>
    /// <paramref name="clientTimeZone"/> is the client's zone as it stands, null when there is no such client;
    /// <paramref name="alreadyOpen"/> whether the client's bank stream exists.
    /// </summary>
    public static HourBankOpened Open(
        Actor actor,
        Guid bankId,
        Guid clientId,
        int billingIncrementMinutes,
        decimal overageRatePerHour,
        string currency,
        string? clientTimeZone,
        LowBalanceThreshold lowBalanceThreshold,
        DateTimeOffset now,
        bool alreadyOpen)
    {
        if (clientTimeZone is not { } timeZone || !actor.WorksWith(clientId))
        {
            throw NoSuchClient();
        }

        RequireCommercialStaff(actor, "open hour banks");
        RequireValidTerms(billingIncrementMinutes, overageRatePerHour, lowBalanceThreshold);
        if (!BankCalendar.IsKnown(timeZone))
        {
            throw new CommandRejected(Rejection.Invalid, "The client's time zone is not an IANA time zone.", "timeZone");
        }

        var opened = new HourBankOpened(bankId, clientId, billingIncrementMinutes, overageRatePerHour, CurrencyCode(currency), timeZone, lowBalanceThreshold, actor.PersonId, now);
        return alreadyOpen ? throw new CommandRejected(Rejection.Conflict, "This client has an hour bank already; change its terms instead.") : opened;
    }

    public IEnumerable<object> ChangeTerms(Actor actor, int billingIncrementMinutes, decimal overageRatePerHour, LowBalanceThreshold lowBalanceThreshold, DateTimeOffset now)
    {
        RequireVisibleTo(actor);
        RequireCommercialStaff(actor, "change hour bank terms");
        RequireValidTerms(billingIncrementMinutes, overageRatePerHour, lowBalanceThreshold);
        return (billingIncrementMinutes, overageRatePerHour, lowBalanceThreshold) == (BillingIncrementMinutes, OverageRatePerHour, LowBalanceThreshold)
            ? []
            : [new BankTermsChanged(Id, ClientId, billingIncrementMinutes, overageRatePerHour, lowBalanceThreshold, actor.PersonId, now)];
    }

    /// <summary>Asked by the client (or by staff on their behalf); it becomes a task, the bank is not credited.</summary>
    public IEnumerable<object> RequestMoreHours(Actor actor, Guid hoursRequestId, int minutes, string? note, DateTimeOffset now)
    {
        RequireVisibleTo(actor);
        var ownClient = !actor.IsStaff && actor.ClientId == ClientId;
        if (!ownClient && !actor.Role.IsOperationalStaff())
        {
            throw new CommandRejected(Rejection.Forbidden, "Only the client's own people or delivery staff may ask for more hours.");
        }

        if (AlreadyDone(hoursRequestId, HoursRequests.Contains(hoursRequestId), Terms("more hours", minutes, note?.Trim() ?? string.Empty), "clientRequestId"))
        {
            return [];
        }

        RequireCreditSize(minutes, "minutes");
        var text = note?.Trim() ?? string.Empty;
        if (text.Length > NoteMaxLength)
        {
            throw new CommandRejected(Rejection.Invalid, $"Keep the note under {NoteMaxLength} characters.", "note");
        }

        return [new MoreHoursRequested(Id, ClientId, hoursRequestId, minutes, text, actor.PersonId, now)];
    }

    /// <summary>
    /// Every decision that moves minutes ends here: a new credit first repays overage still owed, then the
    /// low-balance alert is raised if the decision brought an armed bank to or below its threshold.
    /// </summary>
    private List<object> Settled(List<object> decided, DateTimeOffset now)
    {
        if (decided.Count == 0)
        {
            return decided;
        }

        var after = Replay(this, decided);
        var repaid = after.OverageRepayments(now);
        decided.AddRange(repaid);
        after = Replay(after, repaid);
        if (after.LowBalanceArmed && after.BalanceMinutes < BalanceMinutes && after.BalanceMinutes <= after.LowBalanceThresholdMinutes)
        {
            decided.Add(new HourBankLowBalanceReached(Id, ClientId, after.BalanceMinutes, after.LowBalanceThresholdMinutes, now));
        }

        return decided;
    }

    private static HourBank Replay(HourBank state, IEnumerable<object> events) => events.Aggregate(state, (bank, @event) => Evolve(bank, @event)!);

    private HourBank Rearmed() => !LowBalanceArmed && BalanceMinutes > LowBalanceThresholdMinutes ? this with { LowBalanceArmed = true } : this;

    private static void RequireCommercialStaff(Actor actor, string what)
    {
        if (!actor.Role.MaySetHourBankTerms())
        {
            throw new CommandRejected(Rejection.Forbidden, $"Only administrators and account managers may {what}.");
        }
    }

    private static void RequireValidTerms(int billingIncrementMinutes, decimal overageRatePerHour, LowBalanceThreshold lowBalanceThreshold)
    {
        if (billingIncrementMinutes is < 1 or > MaxBillingIncrementMinutes)
        {
            throw new CommandRejected(Rejection.Invalid, $"Bill in increments of 1 to {MaxBillingIncrementMinutes} minutes.", "billingIncrementMinutes");
        }

        if (overageRatePerHour < 0)
        {
            throw new CommandRejected(Rejection.Invalid, "The overage rate cannot be negative.", "overageRatePerHour");
        }

        if (!lowBalanceThreshold.IsValid)
        {
            throw new CommandRejected(Rejection.Invalid, "A low-balance threshold is a number of minutes or a percentage from 0 to 100.", "lowBalanceThreshold");
        }
    }

    private static void RequireCreditSize(int minutes, string field)
    {
        if (minutes is < 1 or > MaxCreditMinutes)
        {
            throw new CommandRejected(Rejection.Invalid, $"Give between 1 minute and {MaxCreditMinutes / 60} hours.", field);
        }
    }

    private static string CurrencyCode(string currency) =>
        Currencies.Active(currency)
        ?? throw new CommandRejected(Rejection.Invalid, "A currency is an ISO 4217 code in use, such as EUR or USD.", "currency");
}

/// <summary>Who may touch an hour bank's money: terms and credits are commercial, adjustments also a team lead's.</summary>
public static class HourBankPermissions
{
    public static bool MaySetHourBankTerms(this Role role) => role is Role.Admin or Role.AccountManager;

    public static bool MayAdjustHours(this Role role) => role is Role.Admin or Role.AccountManager or Role.TeamLead;
}
