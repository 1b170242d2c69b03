using BenchmarkDotNet.Attributes;
using JasperFx.Events;
using Milestone.Domain.HourBanks;
using Milestone.Domain.Requests;
using Milestone.Projections.Requests;

namespace Milestone.Benchmarks;

/// <summary>Projection apply: the request read model folded over a request's typical stream, and one hour-bank posting.</summary>
[MemoryDiagnoser]
public class ProjectionApply
{
    private static readonly DateTimeOffset Now = new(2026, 11, 2, 10, 0, 0, TimeSpan.Zero);
    private IEvent<RequestSubmitted> _submitted = null!;
    private IEvent<WorkStarted> _started = null!;
    private IEvent<MessagePosted> _posted = null!;
    private WorkLogged _logged = null!;
    private IEvent<RequestCompleted> _completed = null!;

    [GlobalSetup]
    public void Setup()
    {
        var (requestId, clientId, agentId) = (Guid.CreateVersion7(Now), Guid.NewGuid(), Guid.NewGuid());
        _submitted = Wrapped(new RequestSubmitted(requestId, clientId, Guid.NewGuid(), "VPN drops every hour", "Since Monday.", Urgency.High, Now));
        _started = Wrapped(new WorkStarted(requestId, clientId, agentId, Now));
        _posted = Wrapped(new MessagePosted(requestId, clientId, Guid.NewGuid(), agentId, true, false, "On it.", Now));
        _logged = new WorkLogged(requestId, clientId, Guid.NewGuid(), agentId, DateOnly.FromDateTime(Now.UtcDateTime), 30, true, "Fixed.", agentId, Now);
        _completed = Wrapped(new RequestCompleted(requestId, clientId, agentId, Now, null));
    }

    [Benchmark(Description = "RequestDetails: create and apply 5 events")]
    public RequestDetails RequestDetailsFold()
    {
        var details = RequestDetailsProjection.Create(_submitted);
        details = RequestDetailsProjection.Apply(_started, details);
        details = RequestDetailsProjection.Apply(_posted, details);
        details = RequestDetailsProjection.Apply(_logged, details);
        return RequestDetailsProjection.Apply(_completed, details);
    }

    private static IEvent<T> Wrapped<T>(T data) where T : notnull => new Event<T>(data) { Timestamp = Now, Version = 1, Sequence = 1 };
}

/// <summary>
/// One billable worklog posted to a bank that already holds <see cref="Debits"/> postings, and the oldest of
/// them corrected: the hot stream's decisions. The bank keeps running totals and each decision is handed the
/// one debit it is about, so both should cost the same at 100 and 100,000 prior debits.
/// </summary>
[MemoryDiagnoser]
public class HourBankPosting
{
    private static readonly DateTimeOffset Now = new(2026, 11, 2, 10, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = DateOnly.FromDateTime(Now.UtcDateTime);
    private HourBank _bank = null!;
    private BankDebit _oldest = null!;

    [Params(100, 100_000)]
    public int Debits { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var clientId = Guid.NewGuid();
        var bankId = HourBank.IdFor(clientId);
        var manager = new Milestone.Domain.People.Actor(Guid.NewGuid(), Milestone.Domain.People.Role.AccountManager, null);
        // Billed by the minute, so 100,000 prior debits of 5 minutes leave the one block with minutes to draw.
        var bank = HourBank.Evolve(null, HourBank.Open(manager, bankId, clientId, 1, 90m, "GBP", "Europe/London", LowBalanceThreshold.AtMinutes(60), Now, alreadyOpen: false))!;
        bank = Apply(bank, bank.PurchaseBlock(manager, Guid.NewGuid(), HourBank.MaxCreditMinutes, 0m, "GBP", Today, null, Now));
        var creditId = bank.Credits.Keys.First();
        for (var i = 0; i < Debits; i++)
        {
            var debited = new WorklogDebited(bankId, clientId, Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), null, Today, 5, 5, [new CreditDraw(creditId, 5)], 0, Now);
            _oldest ??= BankDebit.Evolve(null, debited)!;
            bank = Apply(bank, [debited]);
        }

        _bank = bank;
    }

    [Benchmark(Description = "HourBank.PostWorklog decision")]
    public List<object> Post() => [.. _bank.PostWorklog(null, Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), "Network", Today, 30, billable: true, Now)];

    [Benchmark(Description = "HourBank.CorrectWorklog decision, oldest debit")]
    public List<object> CorrectOldest() =>
        [.. _bank.CorrectWorklog(_oldest, _oldest.WorklogId, _oldest.RequestId, _oldest.AgentId, null, Today, 40, billable: true, Now, Now)];

    private static HourBank Apply(HourBank bank, IEnumerable<object> events) => events.Aggregate(bank, (state, e) => HourBank.Evolve(state, e)!);
}
