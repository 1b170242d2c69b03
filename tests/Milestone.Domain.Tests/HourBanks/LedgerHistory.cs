using static Milestone.Domain.Tests.HourBanks.HourBankFixture;

namespace Milestone.Domain.Tests.HourBanks;

/// <summary>
/// Plays <see cref="LedgerStep"/>s against a real bank: each is a decision of <see cref="HourBank"/>, whose events
/// are appended to the ledger and folded into the state. Keeps what the request side would know of each
/// worklog, to say what the bank should have consumed.
/// </summary>
internal sealed class LedgerHistory
{
    private static readonly Guid Seniors = Id(0x5e1);
    private readonly List<(Guid Id, int Minutes, bool Billable, bool Deleted, DateOnly WorkDate, bool Senior, decimal Multiplier)> worklogs = [];
    private (decimal Senior, decimal Printing) multipliers = (1m, 1m);
    private int entries;

    public LedgerHistory(string timeZone)
    {
        var opened = Opened(timeZone: timeZone);
        Ledger.Add(opened);
        Bank = GivenOpened(opened);
        Now = OpenedAt;
    }

    public HourBank Bank { get; private set; }

    public List<object> Ledger { get; } = [];

    public DateTimeOffset Now { get; private set; }

    /// <summary>
    /// Each standing billable worklog times the multipliers in force when it was last posted, rounded up to the minute
    /// and then on its own to the bank's 15-minute increment.
    /// </summary>
    public int ExpectedConsumedMinutes =>
        worklogs.Where(worklog => worklog.Billable && !worklog.Deleted).Sum(worklog => ((int)Math.Ceiling(worklog.Minutes * worklog.Multiplier) + 14) / 15 * 15);

    public void Apply(LedgerStep step)
    {
        Now = Now.AddSeconds(1);
        var today = Bank.Calendar.Today(Now);
        Record(step switch
        {
            Buy buy => Bank.PurchaseBlock(
                AccountManager, NextId(), buy.Minutes, 100m, "EUR", today, buy.LastDayInDays is { } days ? today.AddDays(days) : null, Now, buy.ValidFromInDays is { } from ? today.AddDays(from) : null),
            AddHours add => Bank.Adjust(TeamLead, NextId(), add.Minutes, "Goodwill", Now),
            Log log => Logged(log),
            Correct correct => Corrected(correct),
            Delete delete => Deleted(delete),
            SetRates rates => RatesSet(rates),
            Wait wait => Waited(wait),
            _ => throw new ArgumentOutOfRangeException(nameof(step)),
        });
    }

    private IEnumerable<object> Logged(Log log)
    {
        var id = NextId();
        var workDate = Bank.Calendar.Today(Now).AddDays(-log.DaysAgo);
        worklogs.Add((id, log.Minutes, log.Billable, Deleted: false, workDate, log.Senior, MultiplierNow(log.Senior)));
        return Bank.PostWorklog(null, id, RequestId, Agent.PersonId, "Printing", workDate, log.Minutes, log.Billable, Now, TeamsOf(log.Senior));
    }

    private IEnumerable<object> Corrected(Correct correct)
    {
        if (Standing(correct.Pick) is not { } index)
        {
            return [];
        }

        var changed = (worklogs[index].Minutes, worklogs[index].Billable) != (correct.Minutes, correct.Billable);
        var senior = worklogs[index].Senior;
        worklogs[index] = worklogs[index] with
        {
            Minutes = correct.Minutes,
            Billable = correct.Billable,
            Multiplier = changed ? MultiplierNow(senior) : worklogs[index].Multiplier,
        };
        return Bank.CorrectWorklog(
            Posted(worklogs[index].Id, Ledger), worklogs[index].Id, RequestId, Agent.PersonId, "Printing", worklogs[index].WorkDate, correct.Minutes, correct.Billable, Now, Now, TeamsOf(senior));
    }

    private IEnumerable<object> Deleted(Delete delete)
    {
        if (Standing(delete.Pick) is not { } index)
        {
            return [];
        }

        worklogs[index] = worklogs[index] with { Deleted = true };
        return Bank.RemoveWorklog(Posted(worklogs[index].Id, Ledger), Now);
    }

    private IEnumerable<object> RatesSet(SetRates rates)
    {
        multipliers = (rates.SeniorHundredths / 100m, rates.PrintingHundredths / 100m);
        return Bank.SetBurnRates(AccountManager, new BurnRates([new TeamBurnRate(Seniors, multipliers.Senior)], [new WorkTypeBurnRate("Printing", multipliers.Printing)]), [Seniors], Now);
    }

    private decimal MultiplierNow(bool senior) => (senior ? multipliers.Senior : 1m) * multipliers.Printing;

    private static Guid[] TeamsOf(bool senior) => senior ? [Seniors] : [];

    private IEnumerable<object> Waited(Wait wait)
    {
        Now = Now.AddMinutes(wait.Minutes);
        return wait.RunExpiry ? Bank.ExpireDueCredits(Now) : [];
    }

    private int? Standing(int pick)
    {
        var standing = Enumerable.Range(0, worklogs.Count).Where(index => !worklogs[index].Deleted).ToList();
        return standing.Count == 0 ? null : standing[pick % standing.Count];
    }

    private void Record(IEnumerable<object> decided)
    {
        var events = decided.ToList();
        Ledger.AddRange(events);
        Bank = Then(Bank, events);
    }

    private Guid NextId() => Id(0x10_000 + ++entries);
}
