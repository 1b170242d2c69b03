namespace Milestone.Domain.HourBanks;

/// <summary>What fills the bank: purchased blocks, monthly allocations and staff adjustments.</summary>
public sealed partial record HourBank
{
    public IEnumerable<object> PurchaseBlock(
        Actor actor,
        Guid creditId,
        int minutes,
        decimal price,
        string currency,
        DateOnly purchasedOn,
        DateOnly? expiresOn,
        DateTimeOffset now,
        DateOnly? validFrom = null)
    {
        RequireVisibleTo(actor);
        RequireCommercialStaff(actor, "sell hour blocks");
        if (AlreadyDone(creditId, Credits.ContainsKey(creditId), PurchaseTerms(minutes, price, currency, purchasedOn, expiresOn, validFrom), "clientCreditId"))
        {
            return [];
        }

        RequireCreditSize(minutes, "minutes");
        if (price < 0)
        {
            throw new CommandRejected(Rejection.Invalid, "A price cannot be negative.", "price");
        }

        // Compared as written, not looked up, so a bank opened before the list was checked can still be sold hours.
        if (!string.Equals(currency.Trim(), Currency, StringComparison.OrdinalIgnoreCase))
        {
            throw new CommandRejected(Rejection.Invalid, $"This bank is kept in {Currency}.", "currency");
        }

        var today = Calendar.Today(now);
        // A day of slack for staff dating the invoice in a zone ahead of the client's.
        if (purchasedOn > today.AddDays(1))
        {
            throw new CommandRejected(Rejection.Invalid, "A purchase cannot be dated in the future.", "purchasedOn");
        }

        if (expiresOn is { } lastDay && (lastDay < purchasedOn || lastDay < today))
        {
            throw new CommandRejected(Rejection.Invalid, "A block cannot expire before it is bought or in the past.", "expiresOn");
        }

        if (validFrom is { } firstDay && firstDay > expiresOn)
        {
            throw new CommandRejected(Rejection.Invalid, "A block's window cannot begin after its last day.", "validFrom");
        }

        return Settled([new HourBlockPurchased(Id, ClientId, creditId, minutes, price, Currency, purchasedOn, expiresOn, actor.PersonId, now, validFrom)], now);
    }

    /// <summary>
    /// Records the contract only; each month is credited by <see cref="AllocateMonth"/> when it begins. A contract
    /// starting before this month must say it is a catch-up (<paramref name="catchUp"/>): otherwise its past months would
    /// be credited and lapse at once, counting as sold and expired hours nobody could use. None starts before the bank
    /// opened.
    /// </summary>
    public IEnumerable<object> ContractMonthlyAllocation(
        Actor actor,
        Guid contractId,
        int minutesPerMonth,
        DateOnly startMonth,
        DateOnly? endMonth,
        RolloverRule rollover,
        DateTimeOffset now,
        decimal pricePerMonth = 0m,
        bool catchUp = false)
    {
        RequireVisibleTo(actor);
        RequireCommercialStaff(actor, "contract monthly hours");
        var thisMonth = Calendar.MonthOf(now);
        var catchUpUntil = catchUp && startMonth < thisMonth ? Months.LastDay(thisMonth) : (DateOnly?)null;
        if (AlreadyDone(contractId, Contracts.ContainsKey(contractId), ContractTerms(minutesPerMonth, startMonth, endMonth, rollover, pricePerMonth, catchUpUntil is not null), "clientContractId"))
        {
            return [];
        }

        RequireCreditSize(minutesPerMonth, "minutesPerMonth");
        if (!Months.IsMonth(startMonth))
        {
            throw new CommandRejected(Rejection.Invalid, "A contract starts on the first day of a month.", "startMonth");
        }

        if (startMonth < Calendar.MonthOf(OpenedAt))
        {
            throw new CommandRejected(Rejection.Invalid, $"A contract cannot start before the hour bank opened ({Calendar.MonthOf(OpenedAt):yyyy-MM}).", "startMonth");
        }

        if (startMonth < thisMonth && !catchUp)
        {
            throw new CommandRejected(
                Rejection.Invalid,
                "This contract starts in a past month. Start it this month, or make it a catch-up (catchUp: true): its past months are credited now and can be drawn until the end of this month.",
                "startMonth");
        }

        if (endMonth is { } end && (!Months.IsMonth(end) || end < startMonth))
        {
            throw new CommandRejected(Rejection.Invalid, "A contract ends with a month (its first day) no earlier than it starts.", "endMonth");
        }

        if (!rollover.IsValid)
        {
            throw new CommandRejected(Rejection.Invalid, "Roll over nothing, or everything with an optional positive cap and a keep of 1 to 36 months.", "rollover");
        }

        if (pricePerMonth < 0 || decimal.Round(pricePerMonth, 2) != pricePerMonth)
        {
            throw new CommandRejected(Rejection.Invalid, "A monthly price is 0 or more, in cents.", "pricePerMonth");
        }

        return [new MonthlyAllocationContracted(Id, ClientId, contractId, minutesPerMonth, startMonth, endMonth, rollover, actor.PersonId, now, pricePerMonth, catchUpUntil)];
    }

    /// <summary>
    /// A positive adjustment is a credit that never expires; a negative one takes minutes in drawdown order and
    /// may not take more than the credits hold, because staff correcting the bank should not invent overage.
    /// Asking for too much is bad input, not a clash with another writer, so it is refused as invalid.
    /// </summary>
    public IEnumerable<object> Adjust(Actor actor, Guid entryId, int minutes, string? reason, DateTimeOffset now)
    {
        RequireVisibleTo(actor);
        if (!actor.Role.MayAdjustHours())
        {
            throw new CommandRejected(Rejection.Forbidden, "Only administrators, account managers and team leads may adjust an hour bank.");
        }

        if (AlreadyDone(entryId, Adjustments.Contains(entryId), Terms("adjustment", minutes, reason?.Trim() ?? string.Empty), "clientAdjustmentId"))
        {
            return [];
        }

        RequireCreditSize(Math.Abs(minutes), "minutes");
        var text = reason?.Trim() ?? string.Empty;
        if (text.Length is 0 or > ReasonMaxLength)
        {
            throw new CommandRejected(Rejection.Invalid, $"Give a reason of up to {ReasonMaxLength} characters.", "reason");
        }

        IReadOnlyList<CreditDraw> draws = [];
        if (minutes < 0)
        {
            (draws, var shortfall) = new Drawdown(DrawOrder(now)).Take(-minutes);
            if (shortfall > 0)
            {
                throw new CommandRejected(Rejection.Invalid, $"Only {-minutes - shortfall} minutes are left to take away.", "minutes");
            }
        }

        return Settled([new HoursAdjusted(Id, ClientId, entryId, minutes, text, draws, actor.PersonId, now)], now);
    }

    /// <summary>Credits that may still be drawn at <paramref name="now"/>: the one that lapses first, then the oldest.</summary>
    private IEnumerable<BankCredit> DrawOrder(DateTimeOffset now)
    {
        var today = Calendar.Today(now);
        return Credits.Values
            .Where(credit => credit.RemainingMinutes > 0 && !(credit.LastDay < today))
            .OrderBy(credit => credit.LastDay ?? DateOnly.MaxValue)
            .ThenBy(credit => credit.Sequence);
    }

    private HourBank EvolveCredits(object @event) => @event switch
    {
        BankTermsChanged changed => this with
        {
            BillingIncrementMinutes = changed.BillingIncrementMinutes,
            OverageRatePerHour = changed.OverageRatePerHour,
            LowBalanceThreshold = changed.LowBalanceThreshold,
        },
        HourBlockPurchased purchased => Credited(
            new BankCredit(purchased.CreditId, purchased.Minutes, purchased.Minutes, purchased.ExpiresOn, Sequence, ContractId: null, Month: null, FirstDay: purchased.ValidFrom)),
        MonthlyAllocationContracted contracted => this with
        {
            Contracts = Contracts.Add(
                contracted.ContractId,
                new AllocationContract(contracted.ContractId, contracted.MinutesPerMonth, contracted.StartMonth, contracted.EndMonth, contracted.Rollover, contracted.CatchUpUntil)),
        },
        MonthlyHoursAllocated allocated => (this with
        {
            Contracts = Contracts.SetItem(allocated.ContractId, Contracts[allocated.ContractId].Allocated(allocated.Month)),
        }).Credited(new BankCredit(allocated.CreditId, allocated.Minutes, allocated.Minutes, allocated.ExpiresOn, Sequence, allocated.ContractId, allocated.Month)),
        HoursAdjusted { Minutes: > 0 } added => (this with { Adjustments = Adjustments.Add(added.EntryId) })
            .Credited(new BankCredit(added.EntryId, added.Minutes, added.Minutes, LastDay: null, Sequence, ContractId: null, Month: null)),
        HoursAdjusted taken => (this with { Adjustments = Adjustments.Add(taken.EntryId) }).Moved(taken.Draws, -1),
        CreditExpired expired => Moved([new CreditDraw(expired.CreditId, expired.UnusedMinutes)], -1),
        UnusedHoursRolledOver rolled => this with
        {
            Contracts = Contracts.SetItem(rolled.ContractId, Contracts[rolled.ContractId].Closed(rolled.Month)),
        },
        MoreHoursRequested requested => this with { HoursRequests = HoursRequests.Add(requested.HoursRequestId) },
        _ => this,
    };

    private HourBank Credited(BankCredit credit)
    {
        var credited = this with
        {
            Credits = Credits.Add(credit.CreditId, credit),
            Sequence = Sequence + 1,
        };
        return credited with { LastCreditedBalance = credited.BalanceMinutes };
    }

    /// <summary>Adds (sign +1) or removes (sign −1) minutes on the credits named in <paramref name="draws"/>.</summary>
    private HourBank Moved(IEnumerable<CreditDraw> draws, int sign) => this with
    {
        Credits = draws.Aggregate(
            Credits,
            (credits, draw) => credits.SetItem(
                draw.CreditId,
                credits[draw.CreditId] with { RemainingMinutes = credits[draw.CreditId].RemainingMinutes + (sign * draw.Minutes) })),
    };

    /// <summary>
    /// Takes minutes from credits in the order given, remembering what each gave. Work is drawn only from credits whose
    /// window holds its date (<paramref name="workDate"/>); null for draws that are not for work (adjustments, forfeits).
    /// </summary>
    private sealed class Drawdown(IEnumerable<BankCredit> credits)
    {
        private readonly List<(BankCredit Credit, int Left)> pool = credits.Select(credit => (credit, credit.RemainingMinutes)).ToList();

        public (IReadOnlyList<CreditDraw> Draws, int Shortfall) Take(int minutes, DateOnly? workDate = null)
        {
            var draws = new List<CreditDraw>();
            for (var i = 0; i < pool.Count && minutes > 0; i++)
            {
                var taken = Math.Min(pool[i].Left, minutes);
                if (taken == 0 || (workDate is { } day && !pool[i].Credit.Pays(day)))
                {
                    continue;
                }

                draws.Add(new CreditDraw(pool[i].Credit.CreditId, taken));
                pool[i] = (pool[i].Credit, pool[i].Left - taken);
                minutes -= taken;
            }

            return (draws, minutes);
        }
    }
}

/// <summary>
/// A credit in the bank. <c>LastDay</c> is the last day (in the bank's time zone) it can be drawn (null: never lapses) and
/// the last work date it pays for; <c>FirstDay</c>, when set, the first work date it pays for. A monthly allocation also
/// names its contract and month.
/// </summary>
public sealed record BankCredit(Guid CreditId, int Minutes, int RemainingMinutes, DateOnly? LastDay, long Sequence, Guid? ContractId, DateOnly? Month, DateOnly? FirstDay = null)
{
    public bool Pays(DateOnly workDate) => !(workDate < FirstDay) && !(workDate > LastDay);
}

/// <summary><c>CatchUpUntil</c>: for a catch-up contract, the last day its months before the one it was made in can be drawn.</summary>
public sealed record AllocationContract(Guid ContractId, int MinutesPerMonth, DateOnly StartMonth, DateOnly? EndMonth, RolloverRule Rollover, DateOnly? CatchUpUntil = null)
{
    public ImmutableHashSet<DateOnly> AllocatedMonths { get; init; } = [];

    public ImmutableHashSet<DateOnly> ClosedMonths { get; init; } = [];

    public bool Covers(DateOnly month) => month >= StartMonth && !(month > EndMonth);

    public bool CatchesUp(DateOnly month) => CatchUpUntil is { } until && month < Months.Of(until);

    /// <summary>The last day the month's allocation can be drawn: the rollover rule's, and for a caught-up month no earlier than the catch-up's end.</summary>
    public DateOnly? LastDayFor(DateOnly month) =>
        Rollover.LastDayFor(month) is { } lastDay && CatchesUp(month) && CatchUpUntil > lastDay ? CatchUpUntil : Rollover.LastDayFor(month);

    public AllocationContract Allocated(DateOnly month) => this with { AllocatedMonths = AllocatedMonths.Add(month) };

    public AllocationContract Closed(DateOnly month) => this with { ClosedMonths = ClosedMonths.Add(month) };
}
