namespace Milestone.Domain.HourBanks;

/// <summary>
/// What draws the bank: billable worklogs, posted by the integration from the request's worklog events.
/// Non-billable time is not posted: the request's own worklog events already record it for reporting, and a
/// zero line would only lengthen the statement.
/// </summary>
public sealed partial record HourBank
{
    public const int MaxMinutesPerWorklog = 24 * 60;

    /// <summary>
    /// <paramref name="known"/> is what the bank last recorded for this worklog (null: never posted). Posting a
    /// worklog the bank already knows (posted, corrected or removed) writes nothing. <paramref name="agentTeams"/> are
    /// the teams named in the bank's burn rates that the agent belongs to.
    /// </summary>
    public IEnumerable<object> PostWorklog(
        BankDebit? known,
        Guid worklogId,
        Guid requestId,
        Guid agentId,
        string? category,
        DateOnly workDate,
        int minutes,
        bool billable,
        DateTimeOffset now,
        IReadOnlyCollection<Guid>? agentTeams = null)
    {
        RequireLogged(minutes);
        return known is not null || !billable
            ? []
            : Settled([Debit(worklogId, requestId, agentId, category, workDate, minutes, agentTeams ?? [], now)], now);
    }

    /// <summary>
    /// The old debit (<paramref name="known"/>, null if the worklog was never posted) is reversed in full and
    /// the corrected work posted afresh, so the statement shows both lines; nothing happens when the correction
    /// does not change what the bank recorded. Time logged before the bank opened (<paramref name="loggedAt"/>)
    /// was never posted, and staff were told to adjust the bank for it if it is to be billed; posting it now
    /// that it is corrected would bill it twice.
    /// </summary>
    public IEnumerable<object> CorrectWorklog(
        BankDebit? known,
        Guid worklogId,
        Guid requestId,
        Guid agentId,
        string? category,
        DateOnly workDate,
        int minutes,
        bool billable,
        DateTimeOffset loggedAt,
        DateTimeOffset now,
        IReadOnlyCollection<Guid>? agentTeams = null)
    {
        RequireLogged(minutes);
        if (known is { Removed: true } || (known is null && loggedAt < OpenedAt))
        {
            return [];
        }

        var label = CategoryLabel(category);
        if (known is { Reversed: false } && billable && (known.RequestId, known.AgentId, known.Category, known.WorkDate, known.LoggedMinutes) == (requestId, agentId, label, workDate, minutes))
        {
            return [];
        }

        var events = new List<object>();
        var bank = this;
        if (known is { Reversed: false })
        {
            events.AddRange(Reversal(known, ReversalReason.Corrected, now));
            bank = Replay(this, events);
        }

        if (billable)
        {
            events.Add(bank.Debit(worklogId, requestId, agentId, category, workDate, minutes, agentTeams ?? [], now));
        }

        return Settled(events, now);
    }

    /// <summary><paramref name="known"/> is what the bank last recorded for the worklog; null if it was never posted.</summary>
    public IEnumerable<object> RemoveWorklog(BankDebit? known, DateTimeOffset now) =>
        known is { Reversed: false }
            ? Settled(Reversal(known, ReversalReason.Deleted, now), now)
            : [];

    private WorklogDebited Debit(
        Guid worklogId, Guid requestId, Guid agentId, string? category, DateOnly workDate, int minutes, IReadOnlyCollection<Guid> agentTeams, DateTimeOffset now)
    {
        var multiplier = MultiplierFor(agentTeams, category);
        var billed = Billed(minutes, multiplier);
        var (draws, overage) = new Drawdown(DrawOrder(now)).Take(billed, workDate);
        return new WorklogDebited(
            Id, ClientId, worklogId, requestId, agentId, CategoryLabel(category), workDate, minutes, billed, draws, overage, now, multiplier, OverageRateOn(workDate));
    }

    /// <summary>
    /// Gives back everything the worklog drew, to the credits it came from. Minutes returned to a credit that
    /// has already lapsed lapse again at once, so a reversal never revives an expired credit.
    /// </summary>
    private List<object> Reversal(BankDebit debit, ReversalReason reason, DateTimeOffset now)
    {
        var returns = debit.Draws
            .GroupBy(draw => draw.CreditId)
            .Select(drawn => new CreditDraw(drawn.Key, drawn.Sum(draw => draw.Minutes)))
            .ToList();
        var today = Calendar.Today(now);
        var events = new List<object>
        {
            new WorklogDebitReversed(
                Id,
                ClientId,
                debit.WorklogId,
                debit.RequestId,
                debit.AgentId,
                debit.Category,
                debit.WorkDate,
                debit.LoggedMinutes,
                debit.BilledMinutes,
                returns,
                debit.OutstandingOverageMinutes,
                reason,
                now,
                debit.Multiplier,
                debit.OverageRatePerHour),
        };
        events.AddRange(returns
            .Where(returned => Credits[returned.CreditId].LastDay < today)
            .Select(returned => new CreditExpired(Id, ClientId, returned.CreditId, returned.Minutes, ExpiryReason.Expired, now)));
        return events;
    }

    /// <summary>Overage still owed is repaid from whatever credit can be drawn and pays for its work date, the oldest overage first.</summary>
    private List<object> OverageRepayments(DateTimeOffset now)
    {
        var repayments = new List<object>();
        if (OverageMinutes == 0)
        {
            return repayments;
        }

        var drawdown = new Drawdown(DrawOrder(now));
        foreach (var owed in Owed)
        {
            var (draws, _) = drawdown.Take(owed.Minutes, owed.WorkDate);
            if (draws.Count > 0)
            {
                repayments.Add(new OverageRepaid(Id, ClientId, owed.WorklogId, owed.RequestId, draws, now, owed.RatePerHour));
            }
        }

        return repayments;
    }

    private static string? CategoryLabel(string? category) => string.IsNullOrWhiteSpace(category) ? null : category.Trim();

    private static void RequireLogged(int minutes)
    {
        if (minutes is < 1 or > MaxMinutesPerWorklog)
        {
            throw new CommandRejected(Rejection.Invalid, $"A worklog is between 1 minute and {MaxMinutesPerWorklog / 60} hours.", "minutes");
        }
    }

    /// <summary>The bank keeps only what owes overage; what each worklog drew is its <see cref="BankDebit"/>'s to keep.</summary>
    private HourBank EvolveDebits(object @event) => @event switch
    {
        WorklogDebited debited => (debited.OverageMinutes > 0
            ? this with { Owed = Owed.Add(new OwedOverage(debited.WorklogId, debited.RequestId, debited.OverageMinutes, debited.WorkDate, debited.OverageRatePerHour)) }
            : this).Moved(debited.Draws, -1),
        OverageRepaid repaid => (this with { Owed = Repaid(repaid) }).Moved(repaid.Draws, -1),
        WorklogDebitReversed reversed => (this with { Owed = Owed.RemoveAll(owed => owed.WorklogId == reversed.WorklogId) }).Moved(reversed.Returns, +1),
        _ => this,
    };

    private ImmutableList<OwedOverage> Repaid(OverageRepaid repaid)
    {
        var index = Owed.FindIndex(owed => owed.WorklogId == repaid.WorklogId);
        var left = Owed[index].Minutes - repaid.Draws.Sum(draw => draw.Minutes);
        return left > 0 ? Owed.SetItem(index, Owed[index] with { Minutes = left }) : Owed.RemoveAt(index);
    }
}

/// <summary>
/// Overage a worklog ran up and no credit has repaid yet, at the rate that prices it; only a credit that pays for its
/// work date repays it (none known: any).
/// </summary>
public sealed record OwedOverage(Guid WorklogId, Guid RequestId, int Minutes, DateOnly? WorkDate = null, decimal? RatePerHour = null);

/// <summary>
/// A worklog as the bank last recorded it, kept beside the bank (one per worklog) and folded from the ledger
/// entries about that worklog. <c>Draws</c> + <c>OutstandingOverageMinutes</c> always equal <c>BilledMinutes</c>
/// while it stands; repayments of its overage become draws of its own.
/// </summary>
public sealed record BankDebit(
    Guid WorklogId,
    Guid BankId,
    Guid RequestId,
    Guid AgentId,
    string? Category,
    DateOnly WorkDate,
    int LoggedMinutes,
    int BilledMinutes,
    ImmutableList<CreditDraw> Draws,
    int OutstandingOverageMinutes,
    bool Reversed,
    bool Removed,
    decimal Multiplier = 1m,
    decimal? OverageRatePerHour = null)
{
    /// <summary>A repost after a correction starts afresh: the reversed debit is what the statement keeps of the old one.</summary>
    public static BankDebit? Evolve(BankDebit? debit, object @event) => @event switch
    {
        WorklogDebited debited => new BankDebit(
            debited.WorklogId,
            debited.BankId,
            debited.RequestId,
            debited.AgentId,
            debited.Category,
            debited.WorkDate,
            debited.LoggedMinutes,
            debited.BilledMinutes,
            [.. debited.Draws],
            debited.OverageMinutes,
            Reversed: false,
            Removed: false,
            debited.Multiplier,
            debited.OverageRatePerHour),
        OverageRepaid repaid => debit! with
        {
            Draws = debit.Draws.AddRange(repaid.Draws),
            OutstandingOverageMinutes = debit.OutstandingOverageMinutes - repaid.Draws.Sum(draw => draw.Minutes),
        },
        WorklogDebitReversed reversed => debit! with
        {
            Draws = [],
            OutstandingOverageMinutes = 0,
            Reversed = true,
            Removed = reversed.Reason == ReversalReason.Deleted,
        },
        _ => debit,
    };
}
