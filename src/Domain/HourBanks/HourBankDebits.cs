namespace Milestone.Domain.HourBanks;

/// <summary>
/// What draws the bank: billable worklogs, posted by the integration from the request's worklog events.
/// Non-billable time is not posted: the request's own worklog events already record it for reporting, and a
/// zero line would only lengthen the statement.
/// </summary>
public sealed partial record HourBank
{
    public const int MaxMinutesPerWorklog = 24 * 60;

    /// <summary>Posting a worklog the bank already knows (posted, corrected or removed) writes nothing.</summary>
    public IEnumerable<object> PostWorklog(
        Guid worklogId,
        Guid requestId,
        Guid agentId,
        string? category,
        DateOnly workDate,
        int minutes,
        bool billable,
        DateTimeOffset now)
    {
        RequireLogged(minutes);
        return Debits.ContainsKey(worklogId) || !billable
            ? []
            : Settled([Debit(worklogId, requestId, agentId, category, workDate, minutes, now)], now);
    }

    /// <summary>
    /// The old debit is reversed in full and the corrected work posted afresh, so the statement shows both
    /// lines; nothing happens when the correction does not change what the bank recorded. Time logged before
    /// the bank opened (<paramref name="loggedAt"/>) was never posted, and staff were told to adjust the bank
    /// for it if it is to be billed; posting it now that it is corrected would bill it twice.
    /// </summary>
    public IEnumerable<object> CorrectWorklog(
        Guid worklogId,
        Guid requestId,
        Guid agentId,
        string? category,
        DateOnly workDate,
        int minutes,
        bool billable,
        DateTimeOffset loggedAt,
        DateTimeOffset now)
    {
        RequireLogged(minutes);
        var known = Debits.GetValueOrDefault(worklogId);
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
            events.Add(bank.Debit(worklogId, requestId, agentId, category, workDate, minutes, now));
        }

        return Settled(events, now);
    }

    public IEnumerable<object> RemoveWorklog(Guid worklogId, DateTimeOffset now) =>
        Debits.GetValueOrDefault(worklogId) is { Reversed: false } debit
            ? Settled(Reversal(debit, ReversalReason.Deleted, now), now)
            : [];

    private WorklogDebited Debit(Guid worklogId, Guid requestId, Guid agentId, string? category, DateOnly workDate, int minutes, DateTimeOffset now)
    {
        var billed = (minutes + BillingIncrementMinutes - 1) / BillingIncrementMinutes * BillingIncrementMinutes;
        var (draws, overage) = new Drawdown(DrawOrder(now)).Take(billed);
        return new WorklogDebited(Id, ClientId, worklogId, requestId, agentId, CategoryLabel(category), workDate, minutes, billed, draws, overage, now);
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
                now),
        };
        events.AddRange(returns
            .Where(returned => Credits[returned.CreditId].LastDay < today)
            .Select(returned => new CreditExpired(Id, ClientId, returned.CreditId, returned.Minutes, ExpiryReason.Expired, now)));
        return events;
    }

    /// <summary>Overage still owed is repaid from whatever credit can be drawn, the oldest overage first.</summary>
    private List<object> OverageRepayments(DateTimeOffset now)
    {
        var repayments = new List<object>();
        if (OverageMinutes == 0)
        {
            return repayments;
        }

        var drawdown = new Drawdown(DrawOrder(now));
        foreach (var debit in Debits.Values.Where(debit => debit.OutstandingOverageMinutes > 0).OrderBy(debit => debit.Sequence))
        {
            var (draws, _) = drawdown.Take(debit.OutstandingOverageMinutes);
            if (draws.Count > 0)
            {
                repayments.Add(new OverageRepaid(Id, ClientId, debit.WorklogId, debit.RequestId, draws, now));
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

    private HourBank EvolveDebits(object @event) => @event switch
    {
        WorklogDebited debited => (this with
        {
            Debits = Debits.SetItem(
                debited.WorklogId,
                new BankDebit(
                    debited.WorklogId,
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
                    Sequence)),
            Sequence = Sequence + 1,
        }).Moved(debited.Draws, -1),
        OverageRepaid repaid => (this with
        {
            Debits = Debits.SetItem(repaid.WorklogId, Debits[repaid.WorklogId].Repaid(repaid.Draws)),
        }).Moved(repaid.Draws, -1),
        WorklogDebitReversed reversed => (this with
        {
            Debits = Debits.SetItem(
                reversed.WorklogId,
                Debits[reversed.WorklogId] with
                {
                    Draws = [],
                    OutstandingOverageMinutes = 0,
                    Reversed = true,
                    Removed = reversed.Reason == ReversalReason.Deleted,
                }),
        }).Moved(reversed.Returns, +1),
        _ => this,
    };
}

/// <summary>
/// A worklog as the bank last recorded it. <c>Draws</c> + <c>OutstandingOverageMinutes</c> always equal
/// <c>BilledMinutes</c> while it stands; repayments of its overage become draws of its own.
/// </summary>
public sealed record BankDebit(
    Guid WorklogId,
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
    long Sequence)
{
    public BankDebit Repaid(IReadOnlyList<CreditDraw> draws) => this with
    {
        Draws = Draws.AddRange(draws),
        OutstandingOverageMinutes = OutstandingOverageMinutes - draws.Sum(draw => draw.Minutes),
    };
}
