using System.Text.Json;

namespace Milestone.Domain.Tests.HourBanks;

internal static class HourBankFixture
{
    public static readonly DateOnly Today = new(2026, 11, 26);
    public static readonly DateTimeOffset OpenedAt = Now.AddDays(-60);
    public static readonly Guid BankId = Id(0xb1);
    public static readonly Guid WorklogId = Id(0xf1);
    public static readonly Guid W2 = Id(0xf2);
    public static readonly Guid W3 = Id(0xf3);
    public static readonly Guid C1 = Id(0x101);
    public static readonly Guid C2 = Id(0x102);
    public static readonly Guid C3 = Id(0x103);
    public static readonly Guid ContractId = Id(0xcc1);

    /// <summary>The credits the contract allocates for October and November, the months its tests run through.</summary>
    public static readonly Guid October = Id(0x110);
    public static readonly Guid November = Id(0x111);
    public static readonly DateOnly Oct = new(2026, 10, 1);
    public static readonly DateOnly Nov = new(2026, 11, 1);
    public static readonly DateOnly Dec = new(2026, 12, 1);
    public static readonly Actor GlobexAdmin = new(Id(0xd2), Role.ClientAdmin, Globex);

    public static Guid Id(int n) => Guid.Parse($"0193a1b2-0000-7000-8000-{n:x12}");

    public static HourBankOpened Opened(LowBalanceThreshold? threshold = null, string timeZone = "Etc/UTC") =>
        new(BankId, Acme, 15, Rate, "EUR", timeZone, threshold ?? LowBalanceThreshold.AtMinutes(0), Admin.PersonId, OpenedAt);

    public static HourBlockPurchased Block(Guid creditId, int minutes, DateOnly? expiresOn = null, DateTimeOffset? at = null) =>
        new(BankId, Acme, creditId, minutes, 1_000m, "EUR", DateOnly.FromDateTime((at ?? OpenedAt).UtcDateTime), expiresOn, AccountManager.PersonId, at ?? OpenedAt);

    /// <summary>The bank's overage rate from opening.</summary>
    public const decimal Rate = 150m;

    public static WorklogDebited Debited(Guid worklogId, int logged, int billed, IReadOnlyList<CreditDraw> draws, int overage = 0, DateTimeOffset? at = null) =>
        new(BankId, Acme, worklogId, RequestId, Agent.PersonId, "Printing", Today, logged, billed, draws, overage, at ?? Now, 1m, Rate);

    public static WorklogDebitReversed Reversed(Guid worklogId, int logged, int billed, IReadOnlyList<CreditDraw> returns, int overageCancelled, ReversalReason reason) =>
        new(BankId, Acme, worklogId, RequestId, Agent.PersonId, "Printing", Today, logged, billed, returns, overageCancelled, reason, Now, 1m, Rate);

    public static OverageRepaid Repaid(Guid worklogId, IReadOnlyList<CreditDraw> draws, DateTimeOffset? at = null) =>
        new(BankId, Acme, worklogId, RequestId, draws, at ?? Now, Rate);

    public static MonthlyAllocationContracted Contract(Guid contractId, int minutesPerMonth, RolloverRule rollover, DateOnly? start = null, DateOnly? end = null) =>
        new(BankId, Acme, contractId, minutesPerMonth, start ?? new DateOnly(2026, 10, 1), end, rollover, AccountManager.PersonId, OpenedAt);

    public static CreditDraw Draw(Guid creditId, int minutes) => new(creditId, minutes);

    public static HourBank Given(params object[] events) => GivenOpened(Opened(), events);

    public static HourBank GivenOpened(HourBankOpened opened, params object[] events) =>
        new object[] { opened }.Concat(events).Aggregate((HourBank?)null, HourBank.Evolve)!;

    /// <summary>
    /// The worklog's debit as the store beside the bank keeps it after these ledger entries (null: never posted),
    /// folded like the projection folds it: what the integration loads and hands to a posting decision.
    /// </summary>
    public static BankDebit? Posted(Guid worklogId, IEnumerable<object> ledger) =>
        ledger.Where(@event => WorklogOf(@event) == worklogId).Aggregate((BankDebit?)null, BankDebit.Evolve);

    public static BankDebit? Posted(Guid worklogId, params object[] ledger) => Posted(worklogId, ledger.AsEnumerable());

    private static Guid? WorklogOf(object @event) => @event switch
    {
        WorklogDebited debited => debited.WorklogId,
        OverageRepaid repaid => repaid.WorklogId,
        WorklogDebitReversed reversed => reversed.WorklogId,
        _ => null,
    };

    public static HourBank Then(HourBank bank, IEnumerable<object> events) => events.Aggregate(bank, (state, @event) => HourBank.Evolve(state, @event)!);

    /// <summary>The low-balance alert has its own tests; elsewhere it would only repeat itself.</summary>
    public static IEnumerable<object> WithoutAlerts(IEnumerable<object> events) => events.Where(@event => @event is not HourBankLowBalanceReached);

    /// <summary>Compares type and every field in order; events hold lists, which records compare by reference.</summary>
    public static void AssertEvents(IEnumerable<object> expected, IEnumerable<object> actual) =>
        Assert.Equal(Json(expected), Json(actual));

    public static string Json(IEnumerable<object> events) =>
        JsonSerializer.Serialize(events.Select(@event => new { Type = @event.GetType().Name, Event = @event }).ToList(), new JsonSerializerOptions { WriteIndented = true });
}
