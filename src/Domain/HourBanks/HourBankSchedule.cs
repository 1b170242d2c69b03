using System.Security.Cryptography;

namespace Milestone.Domain.HourBanks;

public enum HourBankChore
{
    ExpireCredits,
    CloseMonth,
    AllocateMonth,
}

/// <summary>
/// A decision the integration should run at <c>DueAt</c> (now, if that has passed). Chores due at the same
/// instant run in <see cref="HourBankChore"/> order: lapse, close the old month, then credit the new one.
/// </summary>
public sealed record HourBankDue(HourBankChore Chore, DateOnly? Month, DateTimeOffset DueAt);

/// <summary>
/// What happens on time: lapsing credits, crediting each contract month, closing months that roll over.
/// Each decision re-checks the state, so running it early, late or twice is safe.
/// </summary>
public sealed partial record HourBank
{
    public IEnumerable<object> ExpireDueCredits(DateTimeOffset now)
    {
        var today = Calendar.Today(now);
        return Settled(
            Credits.Values
                .Where(credit => credit.RemainingMinutes > 0 && credit.LastDay < today)
                .OrderBy(credit => credit.LastDay)
                .ThenBy(credit => credit.Sequence)
                .Select(object (credit) => new CreditExpired(Id, ClientId, credit.CreditId, credit.RemainingMinutes, ExpiryReason.Expired, now))
                .ToList(),
            now);
    }

    /// <summary>Credits each contract covering <paramref name="month"/> once, in full, from the month's first instant (local midnight).</summary>
    public IEnumerable<object> AllocateMonth(DateOnly month, DateTimeOffset now)
    {
        RequireMonth(month);
        if (now < Calendar.Start(month))
        {
            return [];
        }

        return Settled(
            Contracts.Values
                .Where(contract => contract.Covers(month) && !contract.AllocatedMonths.Contains(month))
                .OrderBy(contract => contract.StartMonth)
                .ThenBy(contract => contract.ContractId)
                .Select(object (contract) => new MonthlyHoursAllocated(
                    Id,
                    ClientId,
                    AllocationCreditId(contract.ContractId, month),
                    contract.ContractId,
                    month,
                    contract.MinutesPerMonth,
                    contract.LastDayFor(month),
                    now,
                    contract.CatchesUp(month)))
                .ToList(),
            now);
    }

    /// <summary>
    /// Closes an allocated month of every contract whose hours roll over: what the contract's credits still
    /// hold past the month carries on, cut to the cap (the minutes that would be drawn first go first).
    /// A later month's allocation, if already credited, is not part of what carries. Contracts that do not roll over need no close: their allocation lapses on its last day.
    /// </summary>
    public IEnumerable<object> CloseMonth(DateOnly month, DateTimeOffset now)
    {
        RequireMonth(month);
        if (now < Calendar.End(month))
        {
            return [];
        }

        var lastDay = Months.LastDay(month);
        var events = new List<object>();
        foreach (var contract in Contracts.Values
            .Where(contract => contract.Rollover.CarriesOver && contract.AllocatedMonths.Contains(month) && !contract.ClosedMonths.Contains(month))
            .OrderBy(contract => contract.StartMonth)
            .ThenBy(contract => contract.ContractId))
        {
            var carried = Credits.Values
                .Where(credit => credit.ContractId == contract.ContractId && credit.Month <= month && credit.RemainingMinutes > 0 && !(credit.LastDay <= lastDay))
                .OrderBy(credit => credit.LastDay ?? DateOnly.MaxValue)
                .ThenBy(credit => credit.Sequence)
                .ToList();
            var total = carried.Sum(credit => credit.RemainingMinutes);
            var kept = Math.Min(total, contract.Rollover.CapMinutes ?? total);
            var (forfeits, _) = new Drawdown(carried).Take(total - kept);
            events.AddRange(forfeits.Select(forfeit => new CreditExpired(Id, ClientId, forfeit.CreditId, forfeit.Minutes, ExpiryReason.RolloverCap, now)));
            events.Add(new UnusedHoursRolledOver(Id, ClientId, contract.ContractId, month, kept, now));
        }

        return Settled(events, now);
    }

    /// <summary>The next time each chore has work to do, earliest first, for the integration to schedule.</summary>
    public IReadOnlyList<HourBankDue> Upcoming()
    {
        var due = new List<HourBankDue>();
        var nextLapse = Credits.Values.Where(credit => credit.RemainingMinutes > 0 && credit.LastDay is not null).Min(credit => credit.LastDay);
        if (nextLapse is { } lastDay)
        {
            due.Add(new HourBankDue(HourBankChore.ExpireCredits, null, Calendar.EndOfDay(lastDay)));
        }

        due.AddRange(Contracts.Values
            .Select(NextUnallocated)
            .OfType<DateOnly>()
            .Distinct()
            .Select(month => new HourBankDue(HourBankChore.AllocateMonth, month, Calendar.Start(month))));
        due.AddRange(Contracts.Values
            .Where(contract => contract.Rollover.CarriesOver)
            .SelectMany(contract => contract.AllocatedMonths.Except(contract.ClosedMonths))
            .Distinct()
            .Select(month => new HourBankDue(HourBankChore.CloseMonth, month, Calendar.End(month))));
        return [.. due.OrderBy(chore => chore.DueAt).ThenBy(chore => chore.Chore)];
    }

    private static DateOnly? NextUnallocated(AllocationContract contract)
    {
        var month = contract.StartMonth;
        while (contract.AllocatedMonths.Contains(month))
        {
            month = month.AddMonths(1);
        }

        return contract.Covers(month) ? month : null;
    }

    /// <summary>Derived from contract and month, so a redelivered allocation names the same credit.</summary>
    private static Guid AllocationCreditId(Guid contractId, DateOnly month)
    {
        Span<byte> input = stackalloc byte[20];
        contractId.TryWriteBytes(input);
        BitConverter.TryWriteBytes(input[16..], month.DayNumber);
        var hash = SHA256.HashData(input);
        hash[6] = (byte)((hash[6] & 0x0F) | 0x80);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash.AsSpan(0, 16), bigEndian: true);
    }

    private static void RequireMonth(DateOnly month)
    {
        if (!Months.IsMonth(month))
        {
            throw new CommandRejected(Rejection.Invalid, "A month is given by its first day.", "month");
        }
    }
}
